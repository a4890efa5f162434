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
    window.addEventListener('message', function (event) {
      if (event.origin === origin && event.source === frame.contentWindow
          && event.data && event.data.type === 'slotwise:resize') {
        frame.style.height = Math.ceil(event.data.height) + 'px';
      }
    });
  }
  document.querySelectorAll('[data-slotwise-calendar],[data-slotwise-activity]').forEach(mount);
})();
