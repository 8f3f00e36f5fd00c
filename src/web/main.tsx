import "./zod-config.js";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { setRunningRelease } from "./app/release.js";
import { registerServiceWorker } from "./pwa/register.js";
import "./styles.css";

// This script's own path names the release this page runs (the server names the one it serves).
setRunningRelease(new URL(import.meta.url).pathname);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerServiceWorker();
