/** The Graph share id of an absolute URL: "u!" + unpadded base64url of its UTF-8 bytes (shares-get). */
export function shareIdOf(url: string): string {
  const bytes = new TextEncoder().encode(url);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return "u!" + btoa(binary).replace(/=+$/, "").replace(/\//g, "_").replace(/\+/g, "-");
}
