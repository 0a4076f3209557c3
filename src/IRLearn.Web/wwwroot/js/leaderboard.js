// Live leaderboards: the hub only says "this board changed"; the page then fetches itself again
// (same URL, same cookie, same checks as a reload) and swaps in the new #board. Without this
// script, or without SignalR, a reload shows the current standings.
(function () {
    "use strict";
    var board = document.querySelector("[data-live-board]");
    var status = document.querySelector("[data-live-status]");
    if (!board) {
        return;
    }

    // The viewer's rank change since their last visit to this board in this browser: the last rank seen is kept
    // in localStorage (nothing leaves the browser), compared on every load and live refresh, then replaced.
    function showRankChange() {
        var key = board.getAttribute("data-rank-key");
        var rank = parseInt(board.getAttribute("data-my-rank") || "", 10);
        var target = board.querySelector("[data-rank-change]");
        if (!key || isNaN(rank) || !target) {
            return;
        }
        var storageKey = "irlearn.rank." + key;
        var before;
        try {
            before = parseInt(window.localStorage.getItem(storageKey) || "", 10);
            window.localStorage.setItem(storageKey, String(rank));
        } catch (e) {
            return; // storage refused (private mode, quota): no change to show
        }
        if (isNaN(before) || before === rank) {
            return;
        }
        var places = Math.abs(before - rank);
        var up = rank < before;
        target.textContent = (up ? "▲ up " : "▼ down ") + places + (places === 1 ? " place" : " places") + " since your last visit";
        target.className = "rank-change " + (up ? "rank-up" : "rank-down");
        target.setAttribute("data-testid", "rank-change");
    }

    showRankChange();
    if (!window.signalR) {
        return;
    }

    var refreshing = null;
    var again = false;

    function setStatus(text) {
        if (status) {
            status.textContent = text;
        }
    }

    function refresh() {
        // Many grades in a burst become one fetch, plus one more if any arrived during it.
        if (refreshing) {
            again = true;
            return refreshing;
        }
        refreshing = fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (!html) {
                    return;
                }
                var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("board");
                if (fresh) {
                    board.replaceChildren.apply(board, Array.prototype.slice.call(fresh.childNodes).map(function (n) { return document.importNode(n, true); }));
                    board.setAttribute("data-my-rank", fresh.getAttribute("data-my-rank") || "");
                    showRankChange();
                    board.setAttribute("data-refreshed-at", new Date().toISOString());
                }
            })
            .catch(function () { setStatus("Live updates paused; reload to see the latest standings."); })
            .finally(function () {
                refreshing = null;
                if (again) {
                    again = false;
                    refresh();
                }
            });
        return refreshing;
    }

    var connection = new signalR.HubConnectionBuilder()
        .withUrl("/hubs/leaderboards")
        .withAutomaticReconnect()
        .build();
    var join = function () {
        return connection.invoke(board.getAttribute("data-hub-method"), board.getAttribute("data-hub-id"));
    };

    connection.on("boardChanged", refresh);
    connection.onreconnecting(function () { setStatus("Reconnecting…"); });
    connection.onreconnected(function () {
        // Groups do not survive a new connection, and grades may have landed while away.
        join().then(function () { setStatus("Live"); return refresh(); });
    });
    connection.start()
        .then(join)
        .then(function () {
            setStatus("Live");
            board.setAttribute("data-live", "connected");
        })
        .catch(function () { setStatus("Live updates unavailable; reload to see the latest standings."); });
})();
