/**
 * The passage tools' words (the server fills them from the `cite` messages, components/cite/PassageTools.tsx). Their
 * own module, so ArticleTools, CitePanel and QuoteBar all import it and none imports another just for a type.
 */
export interface ToolStrings {
  tools: string;
  rovingHint: string;
  copyLink: string;
  linkCopied: string;
  cite: string;
  citePassage: string;
  close: string;
  copy: string;
  copied: string;
  citationCopied: string;
  copyFailed: string;
  copyPassageQuote: string;
  quoteCopied: string;
  download: string;
  quoteTools: string;
  copyQuote: string;
  copyTextLink: string;
  textLinkCopied: string;
}
