// Values the server project's globalSetup hands to every test file (vitest `provide` / `inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server the tests create their databases on. */
    tandemPostgresUrl: string;
  }
}

export {};
