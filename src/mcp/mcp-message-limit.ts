/**
 * Largest MCP message read, on stdio and over HTTP: an upload_knowledge_file call carries up to
 * 10 MB as base64 (13.4 MB of text) plus its JSON-RPC envelope. The SDK defaults (10 MB stdio,
 * 4 MB HTTP) would refuse the largest documents the API accepts.
 */
export const maxMcpMessageBytes = 16 * 1024 * 1024;
