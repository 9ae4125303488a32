import { escapeHtml as e } from "./errors";

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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} - DigiLocker (sandbox)</title><style>${STYLE}</style></head>
<body><header><strong>DigiLocker</strong><span>Meri Pehchaan</span></header>
<div class="banner" role="note">LockerKit sandbox: a simulator with fictional people. Never enter real Aadhaar numbers, mobiles or PINs here.</div>
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
    .map((u) => `<tr><td>${e(u.name)}</td><td>${e(u.mobile)}</td><td>${e(u.username)}</td><td>${e(u.pin)}</td></tr>`)
    .join("");
  return `<details><summary>Sandbox users (fictional)</summary><table><caption class="muted">The OTP is shown on the next page.</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Mobile</th><th scope="col">Username</th><th scope="col">PIN</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

export function signInPage(flow: string, opts: { error?: string; notice?: string; hint?: string; users?: DemoUser[] } = {}): string {
  return layout(
    "Sign in to your account",
    `${alert(opts.error)}${notice(opts.notice)}
<form method="post" action="authorize/signin">${hidden(flow)}<input type="hidden" name="method" value="mobile">
<fieldset><legend>Sign in with mobile</legend>
<label for="mobile">Mobile number</label>
<input type="tel" id="mobile" name="identifier" inputmode="numeric" autocomplete="tel-national" maxlength="13" value="${e(opts.hint ?? "")}" required>
<button type="submit">Sign in with mobile</button></fieldset></form>
<form method="post" action="authorize/signin">${hidden(flow)}<input type="hidden" name="method" value="aadhaar">
<fieldset><legend>Sign in with Aadhaar</legend>
<label for="aadhaar">Aadhaar number</label>
<input type="text" id="aadhaar" name="identifier" inputmode="numeric" autocomplete="off" maxlength="14" aria-describedby="aadhaar-help" required>
<p id="aadhaar-help" class="muted">Sandbox users have UIDAI test numbers, 9999 9999 00xx.</p>
<button type="submit">Sign in with Aadhaar</button></fieldset></form>
<form method="post" action="authorize/signin">${hidden(flow)}<input type="hidden" name="method" value="username">
<fieldset><legend>Sign in with username</legend>
<label for="username">Username</label>
<input type="text" id="username" name="identifier" autocomplete="username" required>
<button type="submit">Sign in with username</button></fieldset></form>
<form method="post" action="authorize/start-signup">${hidden(flow)}
<p>New to DigiLocker? <button type="submit" class="link">Sign up</button></p></form>
${demoUsers(opts.users ?? [])}`,
  );
}

export function otpPage(flow: string, opts: { otp: string; maskedMobile: string; error?: string; heading?: string }): string {
  return layout(
    opts.heading ?? "Enter the OTP",
    `${alert(opts.error)}
<p>An OTP was sent to the mobile number ending in ${e(opts.maskedMobile)}.</p>
<p class="notice" role="status">Sandbox OTP: <output id="sandbox-otp" class="otp">${e(opts.otp)}</output></p>
<form method="post" action="authorize/otp">${hidden(flow)}
<label for="otp">One-time password (6 digits)</label>
<input type="text" id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">Verify OTP</button></form>`,
  );
}

export function pinPage(flow: string, opts: { name: string; error?: string; notice?: string }): string {
  return layout(
    "Enter your security PIN",
    `${alert(opts.error)}${notice(opts.notice)}
<p>Signing in as ${e(opts.name)}.</p>
<form method="post" action="authorize/pin">${hidden(flow)}
<label for="pin">6-digit security PIN</label>
<input type="password" id="pin" name="pin" inputmode="numeric" autocomplete="current-password" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">Sign in</button></form>
<form method="post" action="authorize/forgot-pin">${hidden(flow)}
<button type="submit" class="link">Forgot security PIN?</button></form>`,
  );
}

export function resetPinPage(flow: string, opts: { otp: string; maskedMobile: string; error?: string }): string {
  return layout(
    "Reset your security PIN",
    `${alert(opts.error)}
<p>An OTP was sent to the mobile number ending in ${e(opts.maskedMobile)}.</p>
<p class="notice" role="status">Sandbox OTP: <output id="sandbox-otp" class="otp">${e(opts.otp)}</output></p>
<form method="post" action="authorize/reset-pin">${hidden(flow)}
<label for="otp">One-time password (6 digits)</label>
<input type="text" id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<label for="new-pin">New 6-digit security PIN</label>
<input type="password" id="new-pin" name="pin" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<label for="confirm-pin">Confirm the new PIN</label>
<input type="password" id="confirm-pin" name="pin_confirm" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">Reset PIN</button></form>`,
  );
}

export function signUpPage(flow: string, opts: { error?: string } = {}): string {
  return layout(
    "Create your DigiLocker account",
    `${alert(opts.error)}
<form method="post" action="authorize/signup">${hidden(flow)}
<label for="signup-aadhaar">Aadhaar number</label>
<input type="text" id="signup-aadhaar" name="aadhaar" inputmode="numeric" autocomplete="off" maxlength="14" aria-describedby="signup-help" required>
<p id="signup-help" class="muted">An OTP goes to the mobile linked with this Aadhaar. Sandbox: use a UIDAI test number, 9999 9999 00xx.</p>
<p><input type="checkbox" id="signup-consent" name="consent" value="Y" required>
<label for="signup-consent" style="display:inline;font-weight:400">I agree to share my Aadhaar details with DigiLocker to create my account</label></p>
<button type="submit">Send OTP</button></form>
<form method="post" action="authorize/start-signin">${hidden(flow)}
<p>Already have an account? <button type="submit" class="link">Sign in</button></p></form>`,
  );
}

export function setPinPage(flow: string, opts: { name: string; error?: string }): string {
  return layout(
    "Set your security PIN",
    `${alert(opts.error)}
<p>Welcome, ${e(opts.name)}. Choose a username and a 6-digit security PIN for your new account.</p>
<form method="post" action="authorize/set-pin">${hidden(flow)}
<label for="new-username">Username (optional)</label>
<input type="text" id="new-username" name="username" autocomplete="username">
<label for="new-pin">6-digit security PIN</label>
<input type="password" id="new-pin" name="pin" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<label for="confirm-pin">Confirm the PIN</label>
<input type="password" id="confirm-pin" name="pin_confirm" inputmode="numeric" autocomplete="new-password" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">Create account</button></form>`,
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
    ? `<ul class="docs" aria-label="Requested documents">${view.documents
        .map((d) => `<li><span data-doctype="${e(d.doctype)}">${e(d.name)}</span> (${e(d.doctype)})${d.available ? "" : ` <span class="muted">- not in your DigiLocker yet</span>`}</li>`)
        .join("")}</ul>`
    : `<p>Your issued documents.</p>`;
  return layout(
    "Allow access to your DigiLocker",
    `<p>Signed in as ${e(view.userName)}.</p>
<section aria-labelledby="partner-h"><h2 id="partner-h" style="font-size:1.05rem">Partner</h2><p id="partner">${e(view.partner)}</p></section>
<section aria-labelledby="purpose-h"><h2 id="purpose-h" style="font-size:1.05rem">Purpose</h2><p id="purpose">${e(view.purpose ?? "Not stated")}</p></section>
<section aria-labelledby="docs-h"><h2 id="docs-h" style="font-size:1.05rem">Documents requested</h2>${docs}</section>
<p class="muted">Access: ${e(view.scopes.join(", "))}. Valid till ${e(view.validTill)}. You can revoke this consent in DigiLocker at any time.</p>
<form method="post" action="authorize/consent">${hidden(flow)}
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button></form>`,
  );
}
