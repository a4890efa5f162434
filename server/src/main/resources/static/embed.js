// Slotwise booking widget loader. Add to a page:
//   <div data-slotwise-calendar="EMBED_KEY"></div>      (all the venue's activities), or
//   <div data-slotwise-activity="ACTIVITY_ID"></div>    (one activity)
//   <script src="https://YOUR-SLOTWISE-SERVER/embed.js" async></script>
// Optional attributes: data-accent="#0b57d0", data-locale="de".
(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  function mount(element) {
    if (element.dataset.slotwiseMounted) return;
    element.dataset.slotwiseMounted = 'true';
    var query = element.dataset.slotwiseActivity
      ? 'widget=singlegame&activityId=' + encodeURIComponent(element.dataset.slotwiseActivity)
      : 'widget=calendar&key=' + encodeURIComponent(element.dataset.slotwiseCalendar);
    if (element.dataset.accent) query += '&accent=' + encodeURIComponent(element.dataset.accent);
    if (element.dataset.locale) query += '&locale=' + encodeURIComponent(element.dataset.locale);
    var frame = document.createElement('iframe');
    frame.src = origin + '/embed?' + query;
    frame.title = 'Booking';
    frame.style.cssText = 'width:100%;border:0;min-height:420px;display:block';
    frame.setAttribute('loading', 'lazy');
    element.appendChild(frame);
    explainRefusal(element, frame, query);
    window.addEventListener('message', function (event) {
      if (event.origin === origin && event.source === frame.contentWindow
          && event.data && event.data.type === 'slotwise:resize') {
        frame.style.height = Math.ceil(event.data.height) + 'px';
      }
    });
  }
  // A site the venue has not allowed would show the browser's broken-frame picture: say why instead
  // (to the site's owner in the console, to visitors in a line with a link to book on the venue's page).
  var NOT_HERE = {
    en: ['Online booking cannot be shown on this page.', 'Book online'],
    de: ['Die Online-Buchung kann auf dieser Seite nicht angezeigt werden.', 'Online buchen'],
    fr: ['La réservation en ligne ne peut pas s\u2019afficher sur cette page.', 'Réserver en ligne'],
    es: ['La reserva online no se puede mostrar en esta página.', 'Reservar online'],
    nl: ['Online boeken kan niet op deze pagina worden getoond.', 'Online boeken'],
  };
  function explainRefusal(element, frame, query) {
    if (!window.fetch) return;
    fetch(origin + '/embed/framing?' + query).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (!answer || answer.allowed) return;
      console.error('Slotwise: this site (' + location.origin + ') is not one of the venue\'s allowed websites, so the '
        + 'browser will not show the booking widget here. Add ' + location.origin + ' to the venue\'s allowed websites '
        + 'in the Slotwise admin app (Venue settings).');
      var language = (element.dataset.locale || document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
      var texts = NOT_HERE[language] || NOT_HERE.en;
      var notice = document.createElement('p');
      notice.className = 'slotwise-notice';
      notice.setAttribute('role', 'status');
      notice.style.cssText = 'margin:0;padding:.75rem 1rem;border:1px solid #c4c6cf;border-radius:.4rem;font:inherit';
      notice.appendChild(document.createTextNode(texts[0] + ' '));
      var link = document.createElement('a');
      link.href = frame.src;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = texts[1];
      notice.appendChild(link);
      element.replaceChild(notice, frame);
    }).catch(function () {
      // The server out of reach: the frame says so itself once it loads.
    });
  }
  document.querySelectorAll('[data-slotwise-calendar],[data-slotwise-activity]').forEach(mount);
})();
