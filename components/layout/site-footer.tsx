/** `database` names the engine for everyone; only admins are given its host and name (`detail`). */
export function SiteFooter({ database }: { database: { engine: string; detail?: string } }) {
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-3 text-xs text-muted sm:px-6">
        <span>Covenant — a research record of non-compete disputes</span>
        <span>
          Database: {database.engine}
          {database.detail && ` (${database.detail})`}
        </span>
      </div>
    </footer>
  );
}
