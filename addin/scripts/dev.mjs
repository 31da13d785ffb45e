// npm run dev: Vite over HTTPS with the office-addin-dev-certs localhost certificate, as Office's templates do.
import { createServer } from "vite";
import { getHttpsServerOptions } from "office-addin-dev-certs";

const https = await getHttpsServerOptions();
const server = await createServer({ server: { https, port: 3000, strictPort: true } });
await server.listen();
server.printUrls();
