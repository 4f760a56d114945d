/** "10.10.40.50, 10.10.40.51" → ["10.10.40.50", "10.10.40.51"]. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
