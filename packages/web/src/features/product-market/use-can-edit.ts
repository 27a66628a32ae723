import { useWorkspace } from '../workspaces/workspaces.queries';

/**
 * True when the signed-in user may change the register and the market analysis (a member or
 * above; the server refuses viewers too). False while the workspace is loading.
 */
export function useCanEdit(workspaceId: string): boolean {
  const role = useWorkspace(workspaceId).data?.role;
  return role === 'owner' || role === 'admin' || role === 'member';
}
