/**
 * The `itdose` command-line adapter.
 * @since 0.1.0
 */
export async function main(_argv: readonly string[]): Promise<number> {
  return 1;
}
