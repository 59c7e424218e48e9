/**
 * The two small scripts that apply reader settings before the first paint, inline in every
 * page and allowed by their hashes in the Content-Security-Policy (scripts/security.ts):
 *
 * - in <head>, before anything paints: the stored settings become `data-*` attributes of
 *   <html> (theme, text size, line height, width; harakat and digits for the next script),
 *   and `data-font="web"` once an earlier page has fetched the web font (web-font.ts);
 * - at the end of <body>, before the app's script: with harakat hidden, the marks leave the
 *   prerendered document text (`[data-doc]`), and with Arabic-Indic digits, the interface's
 *   numbers (`[data-num]`) change, exactly as the app renders them, so hydration matches.
 *
 * Plain ES5 strings, the same bytes in every process that hashes or inserts them.
 */
import { HARAKAT, SETTING_VALUES, SETTINGS_KEY } from './reader-settings.ts';
import { WEB_FONT_KEY } from './web-font.ts';

export const HEAD_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||"{}"),v=${JSON.stringify(SETTING_VALUES)},d=document.documentElement;for(var k in v)if(v[k].indexOf(s[k])>0)d.setAttribute("data-"+k,s[k]);if(localStorage.getItem(${JSON.stringify(WEB_FONT_KEY)})==="web")d.setAttribute("data-font","web")}catch(e){}})()`;

export const BODY_SCRIPT = `(function(){var d=document.documentElement;function w(q,f){var e=document.querySelectorAll(q);for(var i=0;i<e.length;i++){var t=document.createTreeWalker(e[i],4),n;while((n=t.nextNode()))n.nodeValue=f(n.nodeValue)}}if(d.getAttribute("data-harakat")==="hidden"){var h=new RegExp(${JSON.stringify(HARAKAT)},"g");w("[data-doc]",function(x){return x.replace(h,"")})}if(d.getAttribute("data-digits")==="arab"&&d.lang==="ar")w("[data-num]",function(x){return x.replace(/[0-9]/g,function(c){return String.fromCharCode(1632+Number(c))})})})()`;
