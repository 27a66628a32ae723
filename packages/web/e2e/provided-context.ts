// What the web-e2e global setup hands to every test file (vitest `provide` / `inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the Tandem server under test, e.g. `http://127.0.0.1:41234`. */
    tandemBaseUrl: string;
    /** Password of the demo owner `demo@tandem.local` on that server. */
    tandemDemoPassword: string;
  }
}

export {};
