import type { TokenSource } from "../sharepoint/http";

/** Where the pane gets its settings (addin-config.json, written by scripts/manifest.mjs for a target). */
export interface PaneConfig {
  /** "local": the CopSites local tenant with a dev token; "entra": a real tenant through MSAL nested app auth. */
  mode: "local" | "entra";
  /** Graph v1.0 base; "same-origin" means {page origin}/v1.0 (the local tenant serves the pane). */
  graphBase: string;
  clientId: string;
  authority: string;
}

/** The local tenant's dev token: given in the page's fragment (#devToken=…) and kept for the session. */
export function devTokenSource(location: Location, storage: Storage): TokenSource {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("devToken");
  if (fromHash) storage.setItem("copsites.devToken", fromHash);
  return async () => {
    const token = storage.getItem("copsites.devToken");
    if (!token) throw new Error("No dev token: open the pane from the URL `copsites demo` prints.");
    return token;
  };
}

/**
 * Delegated scopes per resource, the narrowest that work: Graph to resolve the file, read the library, its
 * content type, items and the term set, and to update the item; SharePoint to write term columns.
 */
export function scopesFor(resource: string): string[] {
  return resource === "graph"
    ? ["https://graph.microsoft.com/Sites.ReadWrite.All", "https://graph.microsoft.com/TermStore.Read.All"]
    : [`${resource}/AllSites.Write`];
}

/** MSAL.js nested app authentication, with the popup (dialog) fallback; MSAL loads only for real tenants. */
export function naaTokenSource(config: PaneConfig): TokenSource {
  let app: Promise<import("@azure/msal-browser").IPublicClientApplication> | null = null;
  const load = () =>
    (app ??= import("@azure/msal-browser").then((msal) =>
      msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } }),
    ));
  return async (resource) => {
    const pca = await load();
    const request = { scopes: scopesFor(resource) };
    try {
      return (await pca.acquireTokenSilent({ ...request, account: pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? undefined })).accessToken;
    } catch {
      const result = await pca.acquireTokenPopup(request);
      pca.setActiveAccount(result.account);
      return result.accessToken;
    }
  };
}
