// Mantine components that navigate with TanStack Router and keep its type-checked `to`/`params`
// (Mantine's polymorphic `component={Link}` loses them).
import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  Menu,
  type MenuItemProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

interface AnchorBaseProps extends AnchorProps, AnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
}
const AnchorBase = (props: AnchorBaseProps) => <Anchor {...props} />;
const CreatedAnchorLink = createLink(AnchorBase);
/** A text link to a route. */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => <CreatedAnchorLink {...props} />;

interface ButtonBaseProps extends ButtonProps, AnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
}
const ButtonBase = (props: ButtonBaseProps) => <Button component="a" {...props} />;
const CreatedButtonLink = createLink(ButtonBase);
/** A button that is a link to a route. */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => <CreatedButtonLink {...props} />;

interface NavLinkBaseProps extends NavLinkProps, Omit<AnchorAttributes, keyof NavLinkProps> {
  ref?: Ref<HTMLAnchorElement>;
}
const NavLinkBase = (props: NavLinkBaseProps) => <NavLink component="a" {...props} />;
const CreatedNavLinkLink = createLink(NavLinkBase);
/** A sidebar navigation entry. */
export const NavLinkLink: LinkComponent<typeof NavLinkBase> = (props) => <CreatedNavLinkLink {...props} />;

interface MenuItemBaseProps extends MenuItemProps, AnchorAttributes {
  ref?: Ref<HTMLAnchorElement>;
}
const MenuItemBase = (props: MenuItemBaseProps) => <Menu.Item component="a" {...props} />;
const CreatedMenuItemLink = createLink(MenuItemBase);
/** A menu entry that is a link to a route. */
export const MenuItemLink: LinkComponent<typeof MenuItemBase> = (props) => <CreatedMenuItemLink {...props} />;
