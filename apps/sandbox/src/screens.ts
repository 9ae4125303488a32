import { escapeHtml as e } from "./errors";
import { language, t } from "./i18n";

/** Server-rendered screens of the sandbox's DigiLocker: no scripts, no external assets. */
const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f9;color:#1b2430;margin:0}
header{background:#1d3f8f;color:#fff;padding:.75rem 1.25rem;display:flex;justify-content:space-between;align-items:center}
header strong{font-size:1.2rem}
.banner{background:#fff4cc;color:#5c4400;padding:.5rem 1.25rem;font-size:.9rem}
main{max-width:30rem;margin:1.5rem auto;background:#fff;border-radius:.5rem;padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.35rem;margin-top:0}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=password],input[type=tel]{width:100%;box-sizing:border-box;padding:.55rem;font-size:1rem;border:1px solid #8a94a6;border-radius:.3rem}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;border-radius:.3rem;border:1px solid #1d3f8f;background:#1d3f8f;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1d3f8f}
button.link{background:none;border:none;color:#1d3f8f;text-decoration:underline;padding:0;margin-top:.75rem}
fieldset{border:1px solid #d5dae3;border-radius:.4rem;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:700}
.alert{background:#fde8e8;color:#8a1c1c;padding:.5rem .75rem;border-radius:.3rem}
.notice{background:#e8f4fd;color:#0b4a75;padding:.5rem .75rem;border-radius:.3rem}
.otp{font-family:ui-monospace,monospace;font-size:1.2rem;font-weight:700;letter-spacing:.15em}
ul.docs{padding-left:1.2rem}
.muted{color:#5a6577;font-size:.9rem}
`;

export function layout(title: string, body: string): string {
  return `<!doctype html><html lang="${language()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t("layout.title", { title }))}</title><style>${STYLE}</style></head>
<body><header><strong>DigiLocker</strong><span>Meri Pehchaan</span></header>
<div class="banner" role="note">${e(t("layout.banner"))}</div>
<main><h1>${e(title)}</h1>${body}</main></body></html>`;
}

export function hidden(flow: string): string {
  return `<input type="hidden" name="flow" value="${e(flow)}">`;
}

function alert(message?: string): string {
  return message ? `<p class="alert" role="alert">${e(message)}</p>` : "";
}

function notice(message?: string): string {
  return message ? `<p class="notice" role="status">${e(message)}</p>` : "";
}

export interface DemoUser {
  name: string;
  mobile: string;
  username: string;
  pin: string;
}

/** The fictional sandbox users and their credentials, so a demo can sign in without reading code. */
function demoUsers(users: DemoUser[]): string {
  if (!users.length) return "";
  const rows = users
    .map(
      (u) =>
        `<tr><td>${e(u.name)}</td><td>${e(u.mobile)}</td><td>${e(u.username)}</td><td>${e(u.pin)}</td></tr>`,
    )
    .join("");
  return `<details><summary>${e(t("signIn.users"))}</summary><table><caption class="muted">${e(t("signIn.usersCaption"))}</caption>
<thead><tr><th scope="col">${e(t("signIn.name"))}</th><th scope="col">${e(t("signIn.mobile"))}</th><th scope="col">${e(t("signIn.username"))}</th><th scope="col">${e(t("signIn.pin"))}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

export function signInPage(
  flow: string,
  opts: { error?: string; notice?: string; hint?: string; users?: DemoUser[] } = {},
): string {
  return layout(
    t("signIn.title"),
    `${alert(opts.error)}${notice(opts.notice)}
<form method="post" action="authorize/signin">${hidden(flow)}<input type="hidden" name="method" value="mobile">
<fieldset><legend>${e(t("signIn.mobileLegend"))}</legend>
<label for="mobile">${e(t("signIn.mobile"))}</label>
<input type="tel" id="mobile" name="identifier" inputmode="numeric" autocomplete="tel-national" maxlength="13" value="${e(opts.hint ?? "")}" required>
<button type="submit">${e(t("signIn.mobileSubmit"))}</button></fieldset></form>
<form method="post" action="authorize/signin">${hidden(flow)}<input type="hidden" name="method" value="aadhaar">
<fieldset><legend>${e(t("signIn.aadhaarLegend"))}</legend>
<label for="aadhaar">${e(t("signIn.aadhaar"))}</label>
<input type="text" id="aadhaar" name="identifier" inputmode="numeric" autocomplete="off" maxlength="14" aria-describedby="aadhaar-help" required>
<p id="aadhaar-help" class="muted">${e(t("signIn.aadhaarHelp"))}</p>
<button type="submit">${e(t("signIn.aadhaarSubmit"))}</button></fieldset></form>
<form method="post" action="authorize/signin">${hidden(flow)}<input type="hidden" name="method" value="username">
<fieldset><legend>${e(t("signIn.usernameLegend"))}</legend>
<label for="username">${e(t("signIn.username"))}</label>
<input type="text" id="username" name="identifier" autocomplete="username" required>
<button type="submit">${e(t("signIn.usernameSubmit"))}</button></fieldset></form>
<form method="post" action="authorize/start-signup">${hidden(flow)}
<p>${e(t("signIn.newHere"))} <button type="submit" class="link">${e(t("signIn.signUp"))}</button></p></form>
${demoUsers(opts.users ?? [])}`,
  );
}

export function otpPage(
  flow: string,
  opts: { otp: string; maskedMobile: string; error?: string; heading?: string },
): string {
  return layout(
    opts.heading ?? t("otp.title"),
    `${alert(opts.error)}
<p>${e(t("otp.sent", { mobile: opts.maskedMobile }))}</p>
<p class="notice" role="status">${e(t("otp.sandboxOtp"))} <output id="sandbox-otp" class="otp">${e(opts.otp)}</output></p>
<form method="post" action="authorize/otp">${hidden(flow)}
<label for="otp">${e(t("otp.label"))}</label>
<input type="text" id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${e(t("otp.submit"))}</button></form>`,
  );
}

export function pinPage(flow: string, opts: { name: string; error?: string; notice?: string }): string {
  return layout(
    t("pin.title"),
    `${alert(opts.error)}${notice(opts.notice)}
<p>${e(t("pin.signingInAs", { name: opts.name }))}</p>
<form method="post" action="authorize/pin">${hidden(flow)}
<label for="pin">${e(t("pin.label"))}</label>
<input type="password" id="pin" name="pin" inputmode="numeric" autocomplete="current-password" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${e(t("pin.submit"))}</button></form>
<form method="post" action="authorize/forgot-pin">${hidden(flow)}
<button type="submit" class="link">${e(t("pin.forgot"))}</button></form>`,
  );
}

export function resetPinPage(
  flow: string,
  opts: { otp: string; maskedMobile: string; error?: string },
): string {
  return layout(
    t("resetPin.title"),
    `${alert(opts.error)}
<p>${e(t("otp.sent", { mobile: opts.maskedMobile }))}</p>
<p class="notice" role="status">${e(t("otp.sandboxOtp"))} <output id="sandbox-otp" class="otp">${e(opts.otp)}</output></p>
<form method="post" action="authorize/reset-pin">${hidden(flow)}
<label for="otp">${e(t("otp.label"))}</label>
<input type="text" id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<label for="new-pin">${e(t("resetPin.newPin"))}</label>
<input type="password" id="new-pin" name="pin" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<label for="confirm-pin">${e(t("resetPin.confirm"))}</label>
<input type="password" id="confirm-pin" name="pin_confirm" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${e(t("resetPin.submit"))}</button></form>`,
  );
}

export function signUpPage(flow: string, opts: { error?: string } = {}): string {
  return layout(
    t("signUp.title"),
    `${alert(opts.error)}
<form method="post" action="authorize/signup">${hidden(flow)}
<label for="signup-aadhaar">${e(t("signIn.aadhaar"))}</label>
<input type="text" id="signup-aadhaar" name="aadhaar" inputmode="numeric" autocomplete="off" maxlength="14" aria-describedby="signup-help" required>
<p id="signup-help" class="muted">${e(t("signUp.help"))}</p>
<p><input type="checkbox" id="signup-consent" name="consent" value="Y" required>
<label for="signup-consent" style="display:inline;font-weight:400">${e(t("signUp.agree"))}</label></p>
<button type="submit">${e(t("signUp.submit"))}</button></form>
<form method="post" action="authorize/start-signin">${hidden(flow)}
<p>${e(t("signUp.haveAccount"))} <button type="submit" class="link">${e(t("signUp.signIn"))}</button></p></form>`,
  );
}

export function setPinPage(flow: string, opts: { name: string; error?: string }): string {
  return layout(
    t("setPin.title"),
    `${alert(opts.error)}
<p>${e(t("setPin.welcome", { name: opts.name }))}</p>
<form method="post" action="authorize/set-pin">${hidden(flow)}
<label for="new-username">${e(t("setPin.username"))}</label>
<input type="text" id="new-username" name="username" autocomplete="username">
<label for="new-pin">${e(t("pin.label"))}</label>
<input type="password" id="new-pin" name="pin" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<label for="confirm-pin">${e(t("setPin.confirm"))}</label>
<input type="password" id="confirm-pin" name="pin_confirm" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${e(t("setPin.submit"))}</button></form>`,
  );
}

export interface ConsentView {
  partner: string;
  purpose: string | null;
  documents: Array<{ doctype: string; name: string; available: boolean }>;
  scopes: string[];
  validTill: string;
  userName: string;
}

export function consentPage(flow: string, view: ConsentView): string {
  const docs = view.documents.length
    ? `<ul class="docs" aria-label="${e(t("consent.requested"))}">${view.documents
        .map(
          (d) =>
            `<li><span data-doctype="${e(d.doctype)}">${e(d.name)}</span> (${e(d.doctype)})${d.available ? "" : ` <span class="muted">${e(t("consent.notYet"))}</span>`}</li>`,
        )
        .join("")}</ul>`
    : `<p>${e(t("consent.issued"))}</p>`;
  return layout(
    t("consent.title"),
    `<p>${e(t("consent.signedInAs", { name: view.userName }))}</p>
<section aria-labelledby="partner-h"><h2 id="partner-h" style="font-size:1.05rem">${e(t("consent.partner"))}</h2><p id="partner">${e(view.partner)}</p></section>
<section aria-labelledby="purpose-h"><h2 id="purpose-h" style="font-size:1.05rem">${e(t("consent.purpose"))}</h2><p id="purpose">${e(view.purpose ?? t("consent.notStated"))}</p></section>
<section aria-labelledby="docs-h"><h2 id="docs-h" style="font-size:1.05rem">${e(t("consent.documents"))}</h2>${docs}</section>
<p class="muted">${e(t("consent.access", { scopes: view.scopes.join(", "), validTill: view.validTill }))}</p>
<form method="post" action="authorize/consent">${hidden(flow)}
<button type="submit" name="decision" value="allow">${e(t("consent.allow"))}</button>
<button type="submit" name="decision" value="deny" class="secondary">${e(t("consent.deny"))}</button></form>`,
  );
}
