// @ts-check
/*
 * 长者模式 (适老化): keeps the mode on from page to page. Loaded in <head> as a classic script so the
 * mode is applied before the page is first drawn; a plain file under public/, so the page's
 * security policy ('self') allows it and nothing inline is needed.
 *
 * Without JavaScript the header's links lead to the page's copy under /elder/, built with the mode
 * on and with links that stay in the copy (src/utils/elder-pages.ts). On a copy this script keeps
 * the mode on, remembers it for the ordinary pages, and switching it off leads back to the ordinary
 * page. The choice is kept in localStorage: no cookie is ever sent.
 */
(function () {
  var KEY = 'gongkai-elder-mode';
  var root = document.documentElement;
  /** @type {'off' | 'on' | 'larger'} */
  var state = 'off';
  try {
    var saved = localStorage.getItem(KEY);
    if (saved === 'on' || saved === 'larger') state = saved;
  } catch (error) {
    // Storage refused (private browsing): the mode still works on this page.
  }
  // A copy under /elder/ is the mode; a link made without JavaScript (…#elder-mode) opens in the mode it names.
  var route = root.hasAttribute('data-elder-route');
  if (route && state === 'off') state = 'on';
  if (location.hash === '#elder-mode') state = 'on';
  if (location.hash === '#elder-mode-larger') state = 'larger';

  function apply() {
    root.classList.toggle('elder', state !== 'off');
    root.classList.toggle('elder-larger', state === 'larger');
    try {
      localStorage.setItem(KEY, state);
    } catch (error) {
      // See above.
    }
  }
  root.classList.add('elder-mode-scripted');
  apply();

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('[data-elder-mode-toggle]');
    var larger = document.querySelector('[data-elder-mode-larger]');
    if (!(toggle instanceof HTMLButtonElement) || !(larger instanceof HTMLButtonElement)) return;
    function render() {
      if (!(toggle instanceof HTMLButtonElement) || !(larger instanceof HTMLButtonElement)) return;
      toggle.setAttribute('aria-pressed', String(state !== 'off'));
      larger.setAttribute('aria-pressed', String(state === 'larger'));
      toggle.hidden = false;
      larger.hidden = state === 'off';
    }
    var exit = document.querySelector('.elder-mode-exit');
    toggle.addEventListener('click', function () {
      state = state === 'off' ? 'on' : 'off';
      apply();
      // Off on a copy: to the ordinary page, whose links stay out of the copy.
      if (route && state === 'off' && exit instanceof HTMLAnchorElement) {
        location.assign(exit.href);
        return;
      }
      render();
    });
    larger.addEventListener('click', function () {
      state = state === 'larger' ? 'on' : 'larger';
      apply();
      render();
    });
    render();
  });
})();
