// The phone page: join with the code, then follow the session (long polls of /api/state) and
// answer each month's decision before the countdown ends. No framework, no build step.
"use strict";

const $ = (id) => document.getElementById(id);
let texts = {};
let lang = localStorage.getItem("minga-lang") || ((navigator.language || "en").slice(0, 2));
let view = null;          // the player's last state from the server
let shownStep = -1;       // the window whose controls are on screen
let deadline = 0;         // when the open window's countdown ends (local clock, ms)
let sent = false;

function t(key, vars) {
  let s = texts[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(v);
  return s;
}

function fmt(x, digits) {
  if (x === null || x === undefined) return t("none");
  return x.toLocaleString(lang, { maximumFractionDigits: digits || 0, minimumFractionDigits: digits || 0 });
}
const money = (x) => x === null ? t("none") : t("money", { n: fmt(x) });
const pct = (x) => x === null ? t("none") : fmt(100 * x) + " %";

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
  };
  const r = await fetch(path, init);
  const data = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) { const e = new Error(data.error || r.statusText); e.status = r.status; throw e; }
  return data;
}

async function setLanguage(code) {
  texts = await api("/api/texts/" + code);
  lang = code;
  localStorage.setItem("minga-lang", code);
  document.documentElement.lang = code;
  document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t(el.dataset.text); });
  document.querySelectorAll("#languages button").forEach((b) =>
    b.setAttribute("aria-pressed", String(b.dataset.lang === code)));
  shownStep = -1;
  if (view) render(view);
}

async function languages() {
  const all = await api("/api/languages");
  const nav = $("languages");
  for (const [code, name] of Object.entries(all)) {
    const b = document.createElement("button");
    b.type = "button"; b.id = "lang-" + code; b.dataset.lang = code; b.textContent = code.toUpperCase();
    b.title = name; b.setAttribute("aria-label", name);
    b.addEventListener("click", () => setLanguage(code));
    nav.appendChild(b);
  }
  await setLanguage(all[lang] ? lang : "en");
}

// ---- joining ------------------------------------------------------------------------------

$("join-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  $("join-error").textContent = "";
  try {
    render(await api("/api/join", { code: $("code").value, board: $("board").checked }));
    follow();
  } catch (e) {
    $("join-error").textContent = e.message;
  }
});

// ---- following the session ----------------------------------------------------------------

async function follow() {
  for (;;) {
    try {
      render(await api("/api/state?since=" + (view ? view.version : -1)));
      if (view.over) return;
    } catch (e) {
      if (e.status === 401) { showJoin(); return; }
      await new Promise((ok) => setTimeout(ok, 2000));
    }
  }
}

function showJoin() {
  $("join").hidden = false; $("play").hidden = true;
  const code = new URLSearchParams(location.search).get("code");
  if (code && !$("code").value) $("code").value = code;
}

function render(v) {
  view = v;
  $("join").hidden = true; $("play").hidden = false;
  $("who").textContent = v.role === "board" ? t("who.board", { n: v.agent })
    : t("who.household", { n: v.agent });
  $("when").textContent = t("when", { month: t("month." + (v.step % 12 + 1)), year: Math.floor(v.step / 12) + 1 });
  const w = v.window;
  const asked = w && w.screen;
  $("decision").hidden = !asked || w.answered;
  if (v.over) notice(t("over"));
  else if (!v.started) notice(t("waiting.start"));
  else if (asked && w.answered) notice(t("decided"));
  else if (asked) notice("");
  else notice(t("waiting.month"));
  // The last window's outcome stays in view, also once the next month asks again.
  const out = $("outcome");
  out.textContent = !v.last ? "" : t("last", { month: t("month." + (v.last.step % 12 + 1)) }) + " "
    + (v.last.timedOut ? t("timedout." + v.role) : t("counted"));
  out.classList.toggle("timedout", !!(v.last && v.last.timedOut));
  if (asked && !w.answered && w.step !== shownStep) {
    shownStep = w.step; sent = false;
    deadline = Date.now() + w.remainingMs;
    $("decide-error").textContent = "";
    facts(w.screen);
    controls(w);
  }
}

function notice(text) { $("notice").textContent = text; }

function tick() {
  const el = $("countdown");
  if (!view || !view.window || $("decision").hidden) return;
  const s = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  el.textContent = t("countdown", { s: s });
  el.classList.toggle("low", s <= 10);
  $("decide").disabled = s === 0 || sent;
}
setInterval(tick, 250);

// ---- what the player faces ----------------------------------------------------------------

function facts(screen) {
  const dl = $("facts");
  dl.textContent = "";
  const row = (key, value, vars) => {
    const dt = document.createElement("dt"); dt.textContent = t("fact." + key, vars);
    const dd = document.createElement("dd"); dd.textContent = value;
    dl.append(dt, dd);
  };
  const h = screen.household;
  if (h) {
    row("cash", money(h.cash));
    row("debt", money(h.debt));
    row("needs", money(h.needs));
    row("crop", t("units", { n: fmt(h.crop) }));
    row("trader", h.traderPrice === null ? t("fact.trader.none") : money2(h.traderPrice));
    if (h.advance !== null) {
      row("advance", money2(h.advance));
      row("remainder", money2(h.remainder), { months: h.remainderMonths });
    }
    row("income", money(h.income12));
    row("neighbours", pct(h.neighboursCooperative));
  } else {
    const b = screen.board;
    row("reserve", money(b.reserve));
    row("reserve.months", b.reserveMonths === null ? t("none") : t("months", { n: fmt(b.reserveMonths, 1) }));
    row("members", fmt(b.members));
    row("board.advance", money2(b.advance));
    row("reference", money2(b.referencePrice));
    row("world", money2(b.worldPrice));
    row("expected", t("units", { n: fmt(b.expectedOutput) }));
    row("forward", t("units", { n: fmt(b.forwardOpen) }));
    row("contract", t(b.buyerContract ? "yes" : "no"));
  }
}

function money2(x) { return x === null ? t("none") : t("money", { n: fmt(x, 2) }); }

function controls(w) {
  const box = $("controls");
  box.textContent = "";
  const h = w.screen.household;
  const b = w.screen.board;
  for (const c of w.controls) {
    const fs = document.createElement("fieldset");
    fs.dataset.decision = c.id;
    const legend = document.createElement("legend");
    legend.textContent = t("ask." + c.id);
    fs.appendChild(legend);
    if (c.options.length) {
      let options = c.options;
      if (c.id === "membership") options = h.member ? ["stay", "leave"] : ["stay", "join"];
      const initial = c.id === "advance_rule" ? b.rule.toLowerCase() : null;
      for (const o of options) {
        const label = document.createElement("label"); label.className = "option";
        const input = document.createElement("input");
        input.type = "radio"; input.name = c.id; input.value = o; input.id = c.id + "-" + o;
        input.checked = o === initial;
        const span = document.createElement("span");
        span.textContent = t("option." + c.id + "." + o + (c.id === "membership" && !h.member ? ".outsider" : ""));
        label.append(input, span);
        fs.appendChild(label);
      }
    } else {
      const share = c.max === 1;
      const input = document.createElement("input");
      input.type = "range"; input.id = c.id; input.name = c.id; input.min = 0;
      input.max = share ? 100 : c.max; input.step = share ? 5 : 1;
      input.value = share ? Math.round(100 * initialShare(c.id, b)) : (b ? b.reserveTargetMonths : 0);
      input.setAttribute("aria-describedby", c.id + "-out");
      legend.id = c.id + "-legend"; input.setAttribute("aria-labelledby", c.id + "-legend");
      const out = document.createElement("output"); out.id = c.id + "-out"; out.htmlFor = c.id;
      const say = () => { out.textContent = slider(c.id, Number(input.value), h); };
      input.addEventListener("input", say); say();
      fs.append(input, out);
    }
    box.appendChild(fs);
  }
}

function initialShare(id, b) {
  if (id === "advance_share") return b.advanceShare;
  if (id === "forward_share") return b.forwardShare;
  return 1; // delivery: everything to the cooperative, as a member promised
}

function slider(id, value, h) {
  if (id === "delivery") {
    const s = value / 100;
    const now = h.crop * (s * (h.advance || 0) + (1 - s) * (h.traderPrice || 0));
    const later = h.crop * s * (h.remainder || 0);
    return t("say.delivery", { coop: value, trader: 100 - value, now: fmt(now), later: fmt(later), months: h.remainderMonths });
  }
  if (id === "reserve_months") return t("months", { n: value });
  return t("say." + id, { n: value });
}

$("decide-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const choices = {};
  for (const c of view.window.controls) {
    if (c.options.length) {
      const picked = document.querySelector("input[name='" + c.id + "']:checked");
      if (!picked) { $("decide-error").textContent = t("error.choose"); return; }
      choices[c.id] = picked.value;
    } else {
      const v = Number($(c.id).value);
      choices[c.id] = String(c.max === 1 ? v / 100 : v);
    }
  }
  sent = true; $("decide").disabled = true;
  try {
    render(await api("/api/decide", { step: view.window.step, choices: choices }));
  } catch (e) {
    sent = false;
    $("decide-error").textContent = e.message;
  }
});

// ---- start ------------------------------------------------------------------------------

(async () => {
  await languages();
  try {
    render(await api("/api/state?since=-1"));
    follow();
  } catch (e) {
    showJoin();
  }
})();
