import { useTranslation } from "react-i18next";

interface Props {
  /** The API's explorer (`/explorer`, development only). */
  url: string;
  token: string;
}

/**
 * "Open in GraphQL explorer": GraphiQL in a new tab with this session's token preset. The token travels
 * in the URL fragment, which never reaches a server, a log or a Referer; the explorer moves it into its
 * headers and clears the address bar at once. The link's own href carries no token, so hovering or
 * copying the link never shows it.
 */
export function ExplorerLink({ url, token }: Props) {
  const { t } = useTranslation();
  return (
    <p className="muted">
      <a
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="open-explorer"
        onClick={(event) => {
          event.preventDefault();
          window.open(`${url}#token=${encodeURIComponent(token)}`, "_blank", "noopener,noreferrer");
        }}
      >
        {t("session.openExplorer")}
        <span className="visually-hidden">{t("document.newTab")}</span>
      </a>{" "}
      {t("session.explorerHelp")}
    </p>
  );
}
