/* Assistant d'orientation: the page keeps the conversation in memory only and sends it whole
   each turn (the backend stores nothing). DOM built with textContent: no HTML from the server. */
(function () {
  "use strict";

  var root = document.getElementById("orientation-assistant");
  if (!root) { return; }
  if (!document.documentElement.getAttribute("lang")) { document.documentElement.setAttribute("lang", "fr"); }

  var form = document.getElementById("oa-form");
  var description = document.getElementById("oa-description");
  var descriptionError = document.getElementById("oa-description-error");
  var submit = document.getElementById("oa-submit");
  var result = document.getElementById("oa-result");
  var FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"];
  var answers = [];   // [{question, answer}], sent back each turn
  var busy = false;

  function backendUrl(path) {
    if (typeof window.getWebAppBackendUrl === "function") { return window.getWebAppBackendUrl(path); }
    if (window.dataiku && typeof window.dataiku.getWebAppBackendUrl === "function") {
      return window.dataiku.getWebAppBackendUrl(path);
    }
    return path.replace(/^\//, "");  // local server: relative to the page
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function formFields() {
    var out = {};
    FIELDS.forEach(function (name) {
      var value = document.getElementById("oa-" + name).value;
      if (value) { out[name] = value; }
    });
    return out;
  }

  function showDescriptionError(message) {
    descriptionError.textContent = message;
    descriptionError.hidden = !message;
    if (message) {
      description.setAttribute("aria-invalid", "true");
    } else {
      description.removeAttribute("aria-invalid");
    }
  }

  function setBusy(on) {
    busy = on;
    submit.disabled = on;
    submit.textContent = on ? "Recherche en cours…" : "Trouver le bon service";
    result.setAttribute("aria-busy", on ? "true" : "false");
  }

  function focusHeading(container) {
    var heading = container.querySelector("h2");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function renderEmergency(emergency) {
    var box = el("div", { "class": "oa-emergency", role: "alert", "data-testid": "emergency" });
    box.appendChild(el("h2", {}, "Urgence : appelez maintenant"));
    box.appendChild(el("p", {}, emergency.message));
    var calls = el("p", { "class": "oa-calls" });
    emergency.call.forEach(function (number) {
      calls.appendChild(el("a", { "class": "oa-button", href: "tel:" + number }, "Appeler le " + number));
    });
    calls.appendChild(el("a", { "class": "oa-button", href: "sms:" + emergency.sms }, "SMS au " + emergency.sms));
    box.appendChild(calls);
    return box;
  }

  function renderAnswers(given) {
    if (!given.length) { return null; }
    var wrap = el("div");
    wrap.appendChild(el("h3", {}, "Vos réponses"));
    var list = el("ul", { "class": "oa-answers" });
    given.forEach(function (a) { list.appendChild(el("li", {}, a.text + " " + a.label)); });
    wrap.appendChild(list);
    return wrap;
  }

  function renderQuestion(q) {
    var card = el("form", { "class": "oa-card", "data-testid": "question", novalidate: "" });
    card.appendChild(el("h2", { id: "oa-question-title" }, "Question " + q.number + " sur " + q.max + " au plus"));
    var set = el("fieldset", { "aria-describedby": "oa-question-error" });
    set.appendChild(el("legend", {}, q.text));
    q.choices.forEach(function (choice) {
      var id = "oa-choice-" + choice.index;
      var label = el("label", { "class": "oa-choice", "for": id });
      var input = el("input", { type: "radio", name: "oa-choice", id: id, value: String(choice.index) });
      label.appendChild(input);
      label.appendChild(el("span", {}, choice.label));
      set.appendChild(label);
    });
    card.appendChild(set);
    var error = el("p", { "class": "oa-error", id: "oa-question-error", hidden: "" });
    card.appendChild(error);
    var actions = el("div", { "class": "oa-actions" });
    actions.appendChild(el("button", { type: "submit", "class": "oa-button" }, "Valider ma réponse"));
    card.appendChild(actions);
    card.addEventListener("submit", function (event) {
      event.preventDefault();
      var picked = card.querySelector("input[name=oa-choice]:checked");
      if (!picked) {
        error.textContent = "Choisissez une réponse.";
        error.hidden = false;
        card.querySelector("input[name=oa-choice]").focus();
        return;
      }
      answers.push({ question: q.id, answer: parseInt(picked.value, 10) });
      ask();
    });
    return card;
  }

  function renderChannel(channel, given) {
    var card = el("div", { "class": "oa-card", "data-testid": "channel", "data-channel": channel.id });
    card.appendChild(el("h2", {}, "Service conseillé : " + channel.name));
    card.appendChild(el("h3", {}, "Pourquoi ce service"));
    card.appendChild(el("p", { "class": "oa-reason" }, channel.reason));
    card.appendChild(el("h3", {}, "À préparer"));
    card.appendChild(el("p", {}, channel.prepare));
    var answered = renderAnswers(given);
    if (answered) { card.appendChild(answered); }
    var actions = el("div", { "class": "oa-actions" });
    actions.appendChild(el("a", { "class": "oa-button", href: channel.url, target: "_blank", rel: "noopener noreferrer" },
      "Aller sur « " + channel.name + " » (nouvel onglet)"));
    var again = el("button", { type: "button", "class": "oa-button oa-button-secondary" }, "Décrire une autre situation");
    again.addEventListener("click", restart);
    actions.appendChild(again);
    card.appendChild(actions);
    return card;
  }

  function render(reply) {
    result.textContent = "";
    if (reply.emergency) { result.appendChild(renderEmergency(reply.emergency)); }
    var main = reply.status === "question" ? renderQuestion(reply.question) : renderChannel(reply.channel, reply.answers);
    result.appendChild(main);
    focusHeading(reply.emergency ? result : main);
  }

  function renderError(message) {
    result.textContent = "";
    var box = el("div", { "class": "oa-card", role: "alert" });
    box.appendChild(el("h2", {}, "L'orientation n'a pas abouti"));
    box.appendChild(el("p", { "class": "oa-error" }, message));
    result.appendChild(box);
    focusHeading(box);
  }

  function ask() {
    if (busy) { return; }
    var text = description.value;
    if (!text.trim()) {
      showDescriptionError("Décrivez ce qui s'est passé avant de lancer la recherche.");
      description.focus();
      return;
    }
    showDescriptionError("");
    setBusy(true);
    var request = new XMLHttpRequest();
    request.open("POST", backendUrl("/turn"));
    request.setRequestHeader("Content-Type", "application/json");
    request.onload = function () {
      setBusy(false);
      var body = null;
      try { body = JSON.parse(request.responseText); } catch (e) { body = null; }
      if (request.status === 200 && body) {
        render(body);
      } else if (body && body.error) {
        answers = [];
        if (body.error.field === "description") {
          result.textContent = "";
          showDescriptionError(body.error.message);
          description.focus();
        } else {
          renderError(body.error.message);
        }
      } else {
        renderError("Le service ne répond pas correctement. Réessayez dans un instant.");
      }
    };
    request.onerror = function () {
      setBusy(false);
      renderError("Le service est injoignable. Vérifiez votre connexion et réessayez.");
    };
    request.send(JSON.stringify({ description: text, form: formFields(), answers: answers }));
  }

  function restart() {
    answers = [];
    description.value = "";
    FIELDS.forEach(function (name) { document.getElementById("oa-" + name).value = ""; });
    result.textContent = "";
    description.focus();
  }

  // A changed description or form field starts the questions again.
  description.addEventListener("input", function () { answers = []; });
  FIELDS.forEach(function (name) {
    document.getElementById("oa-" + name).addEventListener("change", function () { answers = []; });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    answers = [];
    ask();
  });
}());
