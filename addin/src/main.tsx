import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./ui/App";
import { createOfficeHost } from "./office/officeHost";
import { JsonClient } from "./sharepoint/http";
import { Toolkit } from "./sharepoint/Toolkit";
import { devTokenSource, naaTokenSource, type PaneConfig } from "./auth/tokens";
import { stringsFor } from "./i18n";
import "./pane.css";

async function loadConfig(): Promise<PaneConfig> {
  const response = await fetch(new URL("addin-config.json", document.baseURI));
  return (await response.json()) as PaneConfig;
}

function report(name: string, ms: number) {
  (window as unknown as { __paneTimings?: Record<string, number> }).__paneTimings ??= {};
  (window as unknown as { __paneTimings: Record<string, number> }).__paneTimings[name] = ms;
}

Office.onReady(async () => {
  const config = await loadConfig();
  const host = createOfficeHost();
  const tokens = config.mode === "local" ? devTokenSource(window.location, window.sessionStorage) : naaTokenSource(config);
  const graphBase = config.graphBase === "same-origin" ? `${window.location.origin}/v1.0` : config.graphBase;
  const toolkit = new Toolkit(new JsonClient(tokens), graphBase);
  const t = stringsFor(host.displayLanguage);
  document.documentElement.lang = t.lang;
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} toolkit={toolkit} t={t} onTimings={report} />
    </FluentProvider>,
  );
});
