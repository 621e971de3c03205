// Talking to the newsgraph API: the bearer token, JSON requests, errors and downloads.
//
// The token arrives once in ?token=..., is kept in sessionStorage (this tab only, gone when it
// closes) and removed from the address bar so it is not bookmarked, shared or kept in history.
// Without one, a 401 from the server opens the token dialog and the request is retried.

const TOKEN_KEY = "newsgraph-token";
export const API = "/api/v1";

export function adoptTokenFromUrl() {
  const url = new URL(window.location.href);
  const token = url.searchParams.get("token");
  if (token !== null) {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete("token");
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  }
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

function askForToken() {
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token-input");
  return new Promise((resolve) => {
    dialog.addEventListener(
      "close",
      () => {
        const value = input.value.trim();
        input.value = "";
        if (value) sessionStorage.setItem(TOKEN_KEY, value);
        resolve(Boolean(value));
      },
      { once: true },
    );
    if (!dialog.open) dialog.showModal();
    input.focus();
  });
}

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// fetch() with the token; on 401 ask for a token and try again (up to three times).
async function authorisedFetch(path, options = {}) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const headers = new Headers(options.headers || {});
    const current = token();
    if (current) headers.set("Authorization", `Bearer ${current}`);
    const response = await fetch(path, { ...options, headers });
    if (response.status !== 401) return response;
    sessionStorage.removeItem(TOKEN_KEY);
    if (!(await askForToken())) break;
  }
  throw new ApiError(401, "unauthorized", "this server needs a valid token");
}

async function failure(response) {
  let code = "error";
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    code = body.error || code;
    message = body.message || message;
  } catch (_) {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, code, message);
}

export async function getJSON(path, params) {
  const query = params ? `?${params}` : "";
  const response = await authorisedFetch(`${API}${path}${query}`);
  if (!response.ok) throw await failure(response);
  return response.json();
}

export async function postBody(path, body, contentType, params) {
  const headers = contentType ? { "Content-Type": contentType } : {};
  const query = params ? `?${params}` : "";
  const response = await authorisedFetch(`${API}${path}${query}`, { method: "POST", body, headers });
  if (!response.ok) throw await failure(response);
  return response.json();
}

// Downloads go through fetch (a plain link could not carry the Authorization header), then
// hand the browser a blob under the server's file name.
export async function download(path, params) {
  const query = params ? `?${params}` : "";
  const response = await authorisedFetch(`${API}${path}${query}`);
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = /filename="([^"]+)"/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = match ? match[1] : "newsgraph-export";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
