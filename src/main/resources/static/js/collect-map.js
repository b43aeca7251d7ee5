// Draws the points of a coordinates table on a Leaflet map. The table stays the full view: without JavaScript,
// without Leaflet or when tiles cannot load, nothing is lost (failed tiles only leave the background empty).
(function () {
  'use strict';
  function start() {
    var element = document.getElementById('points-map');
    if (!element || typeof window.L === 'undefined') {
      return;
    }
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var points = [];
    table.querySelectorAll('tr[data-lat]').forEach(function (row) {
      var lat = parseFloat(row.getAttribute('data-lat'));
      var lon = parseFloat(row.getAttribute('data-lon'));
      if (!isNaN(lat) && !isNaN(lon)) {
        points.push({ at: [lat, lon], label: row.cells[0].textContent + ' — ' + row.cells[1].textContent });
      }
    });
    if (points.length === 0) {
      return;
    }
    element.hidden = false;
    var map = window.L.map(element, { keyboard: true });
    window.L.tileLayer(element.getAttribute('data-tiles'), {
      maxZoom: 19, attribution: element.getAttribute('data-attribution')
    }).addTo(map);
    var markers = points.map(function (p) {
      return window.L.circleMarker(p.at, { radius: 6 }).bindPopup(p.label).addTo(map);
    });
    map.fitBounds(window.L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 15 });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
