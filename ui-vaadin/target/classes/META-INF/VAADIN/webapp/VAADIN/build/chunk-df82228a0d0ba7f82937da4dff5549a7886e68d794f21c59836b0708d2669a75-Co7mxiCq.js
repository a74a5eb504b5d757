import{C as e,N as t,P as n,d as r,g as i,m as a,u as o}from"./indexhtml-BfnNYcbf.js";import{A as s,C as c,D as l,M as u,N as d,P as f,S as p,a as m,b as h,f as g,o as _,p as v,w as y,x as b}from"./style-props-Bl7R53HL.js";import{n as x,t as S}from"./lumo-injection-mixin-BbzDt33H.js";import{r as C,s as w}from"./focus-utils-BNxZhBiI.js";import{D as T,E,d as D,f as O,l as k,n as A,u as j}from"./vaadin-tooltip-C-rTOb98.js";import{O as M}from"./labelled-input-controller-CLH9co12.js";import{h as N,i as P,n as F,t as I}from"./i18n-mixin-BomB4Q70.js";var L,R,z=n((()=>{o(),E(),L=e`
  [part='overlay'] {
    padding: var(
      --vaadin-rich-text-editor-overlay-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
  }

  [part='content'] {
    display: grid;
    gap: var(--vaadin-rich-text-editor-overlay-gap, var(--vaadin-gap-s));
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }

  [part='content'] ::slotted(button) {
    background-color: var(--_btn-background);
    border: var(--vaadin-rich-text-editor-overlay-color-option-border-width, 1px) solid
      var(--vaadin-rich-text-editor-overlay-color-option-border-color, transparent);
    border-radius: var(--vaadin-rich-text-editor-overlay-color-option-border-radius, 9999px);
    cursor: var(--vaadin-clickable-cursor);
    font: inherit;
    height: var(--vaadin-rich-text-editor-overlay-color-option-height, 1lh);
    padding: 0;
    width: var(--vaadin-rich-text-editor-overlay-color-option-width, 1lh);
  }

  [part='content'] ::slotted(button:first-of-type) {
    background-color: transparent;
    border-color: var(--vaadin-border-color-secondary);
    background-image: repeating-linear-gradient(
      135deg,
      transparent 0%,
      transparent 47%,
      red 50%,
      transparent 53%,
      transparent 100%
    );
  }

  [part='content'] ::slotted(button:focus-visible) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: 1px;
  }
`,R=[T,L]})),B,V,H=n((()=>{o(),f(),c(),v(),O(),j(),x(),_(),z(),B=class extends g(r){static get is(){return`vaadin-rich-text-editor-popup`}static get styles(){return e`
      :host([opened]),
      :host([opening]),
      :host([closing]) {
        display: block !important;
        position: fixed;
      }

      :host,
      :host([hidden]) {
        display: none !important;
      }
    `}static get properties(){return{target:{type:Object},opened:{type:Boolean,reflectToAttribute:!0,notify:!0},colors:{type:Array}}}static get observers(){return[`__openedOrTargetChanged(opened, target)`,`__colorsChanged(colors)`]}render(){return i`
      <vaadin-rich-text-editor-popup-overlay
        id="overlay"
        .owner="${this}"
        .opened="${this.opened}"
        .positionTarget="${this.target}"
        no-vertical-overlap
        horizontal-align="start"
        vertical-align="top"
        focus-trap
        exportparts="overlay, content"
        @opened-changed="${this._onOpenedChanged}"
        @vaadin-overlay-escape-press="${this._onOverlayEscapePress}"
      >
        <slot></slot>
      </vaadin-rich-text-editor-popup-overlay>
    `}_onOpenedChanged(e){this.opened=e.detail.value}_onOverlayEscapePress(){this.target.focus()}_onColorClick(e){let{color:t}=e.target.dataset;this.dispatchEvent(new CustomEvent(`color-selected`,{detail:{color:t}}))}__colorsChanged(e){a(i`
        ${e.map(e=>i`
            <button data-color="${e}" style="--_btn-background: ${e}" @click="${this._onColorClick}"></button>
          `)}
      `,this,{host:this})}__openedOrTargetChanged(e,t){t&&t.setAttribute(`aria-expanded`,e?`true`:`false`)}},d(B),V=class extends k(D(p(m(g(S(r)))))){static get is(){return`vaadin-rich-text-editor-popup-overlay`}static get styles(){return R}render(){return i`
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <slot></slot>
        </div>
      </div>
    `}get _contentRoot(){return this.owner}get _focusTrapRoot(){return this.owner}},d(V)})),U,ee=n((()=>{o(),U=e`
  :host {
    --_vaadin-icon-align-center: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 5H3"/><path d="M17 12H7"/><path d="M19 19H5"/></svg>');
    --_vaadin-icon-align-left: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 5H3"/><path d="M15 12H3"/><path d="M17 19H3"/></svg>');
    --_vaadin-icon-align-right: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 5H3"/><path d="M21 12H9"/><path d="M21 19H7"/></svg>');
    --_vaadin-icon-background: url('data:image/svg+xml,<svg viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M14.6 12L12 9.4L8 13.4L10.575 16L14.6 12ZM13.425 8L16 10.575L20 6.6L17.4 4L13.425 8ZM11.325 7.275L16.725 12.675L12 17.425C11.6 17.825 11.1292 18.025 10.5875 18.025C10.0458 18.025 9.575 17.825 9.175 17.425L8.5 18H3.5L6.65 14.875C6.25 14.475 6.04167 13.9958 6.025 13.4375C6.00833 12.8792 6.2 12.4 6.6 12L11.325 7.275ZM11.325 7.275L16 2.6C16.4 2.2 16.8708 2 17.4125 2C17.9542 2 18.425 2.2 18.825 2.6L21.425 5.175C21.825 5.575 22.025 6.04583 22.025 6.5875C22.025 7.12917 21.825 7.6 21.425 8L16.725 12.675L11.325 7.275Z" fill="currentColor"/></svg>');
    --_vaadin-icon-bold: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor"><path stroke-linejoin="round" d="M6.75 3.744h-.753v8.25h7.125a4.125 4.125 0 0 0 0-8.25H6.75Zm0 0v.38m0 16.122h6.747a4.5 4.5 0 0 0 0-9.001h-7.5v9h.753Zm0 0v-.37m0-15.751h6a3.75 3.75 0 1 1 0 7.5h-6m0-7.5v7.5m0 0v8.25m0-8.25h6.375a4.125 4.125 0 0 1 0 8.25H6.75m.747-15.38h4.875a3.375 3.375 0 0 1 0 6.75H7.497v-6.75Zm0 7.5h5.25a3.75 3.75 0 0 1 0 7.5h-5.25v-7.5Z" /></svg>');
    --_vaadin-icon-clear: url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960" fill="currentColor"><path d="m528-546-93-93-121-121h486v120H568l-40 94ZM792-56 460-388l-80 188H249l119-280L56-792l56-56 736 736-56 56Z"/></svg>');
    --_vaadin-icon-code: url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m16 18 6-6-6-6"/><path d="m8 6-6 6 6 6"/></svg>');
    --_vaadin-icon-color: url('data:image/svg+xml,<svg viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M5.5 17L10.75 3H13.25L18.5 17H16.1L14.85 13.4H9.2L7.9 17H5.5ZM9.9 11.4H14.1L12.05 5.6H11.95L9.9 11.4Z" fill="currentColor"/></svg>');
    --_vaadin-icon-color-underline: url('data:image/svg+xml,<svg viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M2 24V20H22V24H2Z" fill="currentColor"/></svg>');
    --_vaadin-icon-h1: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 12h8"/><path d="M4 18V6"/><path d="M12 18V6"/><path d="m17 12 3-2v8"/></svg>');
    --_vaadin-icon-h2: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 12h8"/><path d="M4 18V6"/><path d="M12 18V6"/><path d="M21 18h-4c0-4 4-3 4-6 0-1.5-2-2.5-4-1"/></svg>');
    --_vaadin-icon-h3: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 12h8"/><path d="M4 18V6"/><path d="M12 18V6"/><path d="M17.5 10.5c1.7-1 3.5 0 3.5 1.5a2 2 0 0 1-2 2"/><path d="M17 17.5c2 1.5 4 .3 4-1.5a2 2 0 0 0-2-2"/></svg>');
    --_vaadin-icon-indent: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 5H11"/><path d="M21 12H11"/><path d="M21 19H11"/><path d="m3 8 4 4-4 4"/></svg>');
    --_vaadin-icon-italic: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><line x1="19" x2="10" y1="4" y2="4"/><line x1="14" x2="5" y1="20" y2="20"/><line x1="15" x2="9" y1="4" y2="20"/></svg>');
    --_vaadin-icon-list-number: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M11 5h10"/><path d="M11 12h10"/><path d="M11 19h10"/><path d="M4 4h1v5"/><path d="M4 9h2"/><path d="M6.5 20H3.4c0-1 2.6-1.925 2.6-3.5a1.5 1.5 0 0 0-2.6-1.02"/></svg>');
    --_vaadin-icon-list-bullet: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 5h.01"/><path d="M3 12h.01"/><path d="M3 19h.01"/><path d="M8 5h13"/><path d="M8 12h13"/><path d="M8 19h13"/></svg>');
    --_vaadin-icon-outdent: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 5H11"/><path d="M21 12H11"/><path d="M21 19H11"/><path d="m7 8-4 4 4 4"/></svg>');
    --_vaadin-icon-quote: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17 5H3"/><path d="M21 12H8"/><path d="M21 19H8"/><path d="M3 12v7"/></svg>');
    --_vaadin-icon-strikethrough: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M16 4H9a3 3 0 0 0-2.83 4"/><path d="M14 12a4 4 0 0 1 0 8H6"/><line x1="4" x2="20" y1="12" y2="12"/></svg>');
    --_vaadin-icon-subscript: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m4 5 8 8"/><path d="m12 5-8 8"/><path d="M20 19h-4c0-1.5.44-2 1.5-2.5S20 15.33 20 14c0-.47-.17-.93-.48-1.29a2.11 2.11 0 0 0-2.62-.44c-.42.24-.74.62-.9 1.07"/></svg>');
    --_vaadin-icon-superscript: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m4 19 8-8"/><path d="m12 19-8-8"/><path d="M20 12h-4c0-1.5.442-2 1.5-2.5S20 8.334 20 7.002c0-.472-.17-.93-.484-1.29a2.105 2.105 0 0 0-2.617-.436c-.42.239-.738.614-.899 1.06"/></svg>');
    --_vaadin-icon-underline: url('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 4v6a6 6 0 0 0 12 0V4"/><line x1="4" x2="20" y1="20" y2="20"/></svg>');
  }
`})),W,G,K,q,J,te=n((()=>{o(),ee(),W=e`
  :host {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    background: var(--vaadin-rich-text-editor-background, var(--vaadin-background-color));
    border: var(--vaadin-input-field-border-width, 1px) solid
      var(--vaadin-input-field-border-color, var(--vaadin-border-color));
    border-radius: var(--vaadin-input-field-border-radius, var(--vaadin-radius-m));
  }

  :host([hidden]) {
    display: none !important;
  }

  .announcer {
    clip: rect(0, 0, 0, 0);
    position: fixed;
  }

  input[type='file'] {
    display: none;
  }

  .vaadin-rich-text-editor-container {
    display: flex;
    flex: auto;
    flex-direction: column;
    min-height: 0;
    border-radius: inherit;
    contain: paint;
  }

  .vaadin-rich-text-editor-container:has([part='content']:focus-within),
  .vaadin-rich-text-editor-container:has([part~='toolbar-button']:active) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }
`,G=e`
  :host {
    --_item-indent: var(--vaadin-padding-s);
    --_marker-indent: var(--vaadin-gap-s);
    --_list-indent: var(--_item-indent);
  }

  [part='content'] {
    box-sizing: border-box;
    display: flex;
    flex: auto;
    flex-direction: column;
    overflow: hidden;
    position: relative;
    cursor: text;
  }

  /*
    Quill core styles.
    CSS selectors removed: margin & padding reset, check list, indentation, video, colors, ordered & unordered list, h1-6, anchor
  */
  .ql-clipboard {
    height: 1px;
    left: -100000px;
    overflow-y: hidden;
    position: absolute;
    top: 50%;
  }

  .ql-clipboard p {
    margin: 0;
    padding: 0;
  }

  .ql-editor {
    box-sizing: border-box;
    color: var(--vaadin-rich-text-editor-content-color, var(--vaadin-text-color));
    flex: 1;
    font-size: var(--vaadin-rich-text-editor-content-font-size, var(--vaadin-input-field-value-font-size, inherit));
    height: 100%;
    line-height: var(--vaadin-rich-text-editor-content-line-height, inherit);
    outline: none;
    overflow-y: auto;
    padding: var(
      --vaadin-rich-text-editor-content-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    tab-size: calc(var(--_item-indent) * 2);
    text-align: left;
    white-space: pre-wrap;
    word-wrap: break-word;
  }

  .ql-editor > * {
    cursor: text;
  }

  .ql-align-left {
    text-align: left;
  }

  .ql-direction-rtl {
    direction: rtl;
    text-align: inherit;
  }

  .ql-align-center {
    text-align: center;
  }

  .ql-align-justify {
    text-align: justify;
  }

  .ql-align-right {
    text-align: right;
  }

  .ql-code-block-container {
    font-family: monospace;
    background-color: var(--vaadin-background-container);
    border-radius: var(--vaadin-radius-s);
    white-space: pre-wrap;
    margin-block: var(--vaadin-padding-s);
    padding: var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container);
  }

  /* lists */
  .ql-editor ol {
    padding-inline-start: var(--_list-indent);
  }

  .ql-editor li {
    list-style-type: none;
    position: relative;
    padding-inline-start: var(--_item-indent);
  }

  .ql-editor li > .ql-ui::before {
    display: inline-block;
    width: var(--_item-indent);
    margin-inline: calc(var(--_item-indent) * -1) var(--_marker-indent);
    text-align: end;
    white-space: nowrap;
  }

  .ql-editor li[data-list='bullet'] > .ql-ui::before {
    content: '\\2022';
    font-size: 1.5rem;
    line-height: 1rem;
    align-self: baseline;
    vertical-align: text-top;
  }

  .ql-editor p,
  .ql-editor h1,
  .ql-editor h2,
  .ql-editor h3,
  .ql-editor h4,
  .ql-editor h5,
  .ql-editor h6 {
    counter-set: list-0 list-1 list-2 list-3 list-4 list-5 list-6 list-7 list-8 list-9;
  }

  /* 0 */
  .ql-editor li[data-list='ordered'] {
    counter-increment: list-0;
  }

  .ql-editor li[data-list='ordered'] > .ql-ui::before {
    content: counter(list-0, decimal) '. ';
  }

  /* 1 */
  .ql-editor li[data-list='ordered'].ql-indent-1 {
    counter-increment: list-1;
  }

  .ql-editor li[data-list='ordered'].ql-indent-1 > .ql-ui::before {
    content: counter(list-1, lower-alpha) '. ';
  }

  .ql-editor li[data-list].ql-indent-1 {
    counter-set: list-2 list-3 list-4 list-5 list-6 list-7 list-8 list-9;
  }

  /* 2 */
  .ql-editor li[data-list='ordered'].ql-indent-2 {
    counter-increment: list-2;
  }

  .ql-editor li[data-list='ordered'].ql-indent-2 > .ql-ui::before {
    content: counter(list-2, lower-roman) '. ';
  }

  .ql-editor li[data-list].ql-indent-2 {
    counter-set: list-3 list-4 list-5 list-6 list-7 list-8 list-9;
  }

  /* 3 */
  .ql-editor li[data-list='ordered'].ql-indent-3 {
    counter-increment: list-3;
  }

  .ql-editor li[data-list='ordered'].ql-indent-3 > .ql-ui::before {
    content: counter(list-3, decimal) '. ';
  }

  .ql-editor li[data-list].ql-indent-3 {
    counter-set: list-4 list-5 list-6 list-7 list-8 list-9;
  }

  /* 4 */
  .ql-editor li[data-list='ordered'].ql-indent-4 {
    counter-increment: list-4;
  }

  .ql-editor li[data-list='ordered'].ql-indent-4 > .ql-ui::before {
    content: counter(list-4, lower-alpha) '. ';
  }

  .ql-editor li[data-list].ql-indent-4 {
    counter-set: list-5 list-6 list-7 list-8 list-9;
  }

  /* 5 */
  .ql-editor li[data-list='ordered'].ql-indent-5 {
    counter-increment: list-5;
  }

  .ql-editor li[data-list='ordered'].ql-indent-5 > .ql-ui::before {
    content: counter(list-5, lower-roman) '. ';
  }

  .ql-editor li[data-list].ql-indent-5 {
    counter-set: list-6 list-7 list-8 list-9;
  }

  /* 6 */
  .ql-editor li[data-list='ordered'].ql-indent-6 {
    counter-increment: list-6;
  }

  .ql-editor li[data-list='ordered'].ql-indent-6 > .ql-ui::before {
    content: counter(list-6, decimal) '. ';
  }

  .ql-editor li[data-list].ql-indent-6 {
    counter-set: list-7 list-8 list-9;
  }

  /* 7 */
  .ql-editor li[data-list='ordered'].ql-indent-7 {
    counter-increment: list-7;
  }

  .ql-editor li[data-list='ordered'].ql-indent-7 > .ql-ui::before {
    content: counter(list-7, lower-alpha) '. ';
  }

  .ql-editor li[data-list].ql-indent-7 {
    counter-set: list-8 list-9;
  }

  /* 8 */
  .ql-editor li[data-list='ordered'].ql-indent-8 {
    counter-increment: list-8;
  }

  .ql-editor li[data-list='ordered'].ql-indent-8 > .ql-ui::before {
    content: counter(list-8, lower-roman) '. ';
  }

  .ql-editor li[data-list].ql-indent-8 {
    counter-set: list-9;
  }

  /* indent 1 */
  .ql-editor .ql-indent-1 {
    padding-inline-start: calc(var(--_item-indent) * 2);
  }

  .ql-editor li.ql-indent-1 {
    padding-inline-start: calc(var(--_list-indent) + var(--_item-indent) * 2);
  }

  /* indent 2 */
  .ql-editor .ql-indent-2 {
    padding-inline-start: calc(var(--_item-indent) * 4);
  }

  .ql-editor li.ql-indent-2 {
    padding-inline-start: calc(var(--_list-indent) * 2 + var(--_item-indent) * 3);
  }

  /* indent 3 */
  .ql-editor .ql-indent-3 {
    padding-inline-start: calc(var(--_item-indent) * 6);
  }

  .ql-editor li.ql-indent-3 {
    padding-inline-start: calc(var(--_list-indent) * 3 + var(--_item-indent) * 4);
  }

  /* indent 4 */
  .ql-editor .ql-indent-4 {
    padding-inline-start: calc(var(--_item-indent) * 8);
  }

  .ql-editor li.ql-indent-4 {
    padding-inline-start: calc(var(--_list-indent) * 4 + var(--_item-indent) * 5);
  }

  /* indent 5 */
  .ql-editor .ql-indent-5 {
    padding-inline-start: calc(var(--_item-indent) * 10);
  }

  .ql-editor li.ql-indent-5 {
    padding-inline-start: calc(var(--_list-indent) * 5 + var(--_item-indent) * 6);
  }

  /* indent 6 */
  .ql-editor .ql-indent-6 {
    padding-inline-start: calc(var(--_item-indent) * 12);
  }

  .ql-editor li.ql-indent-6 {
    padding-inline-start: calc(var(--_list-indent) * 6 + var(--_item-indent) * 7);
  }

  /* indent 7 */
  .ql-editor .ql-indent-7 {
    padding-inline-start: calc(var(--_item-indent) * 14);
  }

  .ql-editor li.ql-indent-7 {
    padding-inline-start: calc(var(--_list-indent) * 7 + var(--_item-indent) * 8);
  }

  /* indent 8 */
  .ql-editor .ql-indent-8 {
    padding-inline-start: calc(var(--_item-indent) * 16);
  }

  .ql-editor li.ql-indent-8 {
    padding-inline-start: calc(var(--_list-indent) * 8 + var(--_item-indent) * 9);
  }
  /* quill core end */

  blockquote {
    border-inline-start: 4px solid var(--vaadin-border-color-secondary);
    margin: var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container);
    padding-inline-start: var(--vaadin-padding-s);
  }

  code {
    background-color: var(--vaadin-background-container);
    border-radius: var(--vaadin-radius-s);
    padding: 0.125rem 0.25rem;
  }

  img {
    max-width: 100%;
  }

  .ql-editor > :is(p, ol, ul, blockquote, .ql-code-block-container):first-child {
    margin-top: 0;
  }

  .ql-editor > :is(p, ol, ul, blockquote, .ql-code-block-container):last-child {
    margin-bottom: 0;
  }

  /* RTL specific styles */
  :host([dir='rtl']) .ql-editor {
    direction: rtl;
    text-align: right;
  }
`,K=e`
  [part='toolbar'] {
    background-color: var(--vaadin-rich-text-editor-toolbar-background, var(--vaadin-background-container));
    display: flex;
    flex-shrink: 0;
    flex-wrap: wrap;
    gap: var(--vaadin-rich-text-editor-toolbar-gap, var(--vaadin-gap-s));
    padding: var(--vaadin-rich-text-editor-toolbar-padding, var(--vaadin-padding-s));
  }

  [part~='toolbar-group'] {
    display: flex;
  }

  [part~='toolbar-button'] {
    background: var(--vaadin-rich-text-editor-toolbar-button-background, var(--vaadin-background-container));
    border: var(--vaadin-rich-text-editor-toolbar-button-border-width, 1px) solid
      var(--vaadin-rich-text-editor-toolbar-button-border-color, transparent);
    border-radius: var(--vaadin-rich-text-editor-toolbar-button-border-radius, var(--vaadin-radius-m));
    color: var(--vaadin-rich-text-editor-toolbar-button-text-color, var(--vaadin-text-color));
    cursor: var(--vaadin-clickable-cursor);
    flex-shrink: 0;
    font: inherit;
    padding: var(
      --vaadin-rich-text-editor-toolbar-button-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    position: relative;
  }

  [part~='toolbar-button']::before {
    background: currentColor;
    content: '';
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    width: var(--vaadin-icon-size, 1lh);
    mask-size: var(--vaadin-icon-visual-size, 100%);
    mask-repeat: no-repeat;
    mask-position: 50%;
  }

  [part~='toolbar-button']:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: 1px;
    z-index: 1;
  }

  [part~='toolbar-button-pressed'],
  [part~='toolbar-button'][aria-expanded='true'] {
    --vaadin-rich-text-editor-toolbar-button-background: var(--vaadin-background-container-strong);
  }

  [part~='toolbar-button-undo']::before {
    mask-image: var(--_vaadin-icon-undo);
  }

  [part~='toolbar-button-redo']::before {
    mask-image: var(--_vaadin-icon-redo);
  }

  [part~='toolbar-button-bold']::before {
    mask-image: var(--_vaadin-icon-bold);
  }

  [part~='toolbar-button-italic']::before {
    mask-image: var(--_vaadin-icon-italic);
  }

  [part~='toolbar-button-underline']::before {
    mask-image: var(--_vaadin-icon-underline);
  }

  [part~='toolbar-button-strike']::before {
    mask-image: var(--_vaadin-icon-strikethrough);
  }

  [part~='toolbar-button-color']::before {
    mask-image: var(--_vaadin-icon-color);
  }

  [part~='toolbar-button-color']::after {
    background-color: var(--_color-value, currentColor);
  }

  [part~='toolbar-button-background']::before {
    mask-image: var(--_vaadin-icon-background);
  }

  [part~='toolbar-button-background']::after {
    background-color: var(--_background-value, currentColor);
  }

  [part~='toolbar-button-color']::after,
  [part~='toolbar-button-background']::after {
    bottom: 50%;
    content: '';
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    mask-image: var(--_vaadin-icon-color-underline);
    position: absolute;
    transform: translateY(50%);
    width: var(--vaadin-icon-size, 1lh);
  }

  [part~='toolbar-button-h1']::before {
    mask-image: var(--_vaadin-icon-h1);
  }

  [part~='toolbar-button-h2']::before {
    mask-image: var(--_vaadin-icon-h2);
  }

  [part~='toolbar-button-h3']::before {
    mask-image: var(--_vaadin-icon-h3);
  }

  [part~='toolbar-button-subscript']::before {
    mask-image: var(--_vaadin-icon-subscript);
  }

  [part~='toolbar-button-superscript']::before {
    mask-image: var(--_vaadin-icon-superscript);
  }

  [part~='toolbar-button-list-ordered']::before {
    mask-image: var(--_vaadin-icon-list-number);
  }

  [part~='toolbar-button-list-bullet']::before {
    mask-image: var(--_vaadin-icon-list-bullet);
  }

  [part~='toolbar-button-outdent']::before {
    mask-image: var(--_vaadin-icon-outdent);
  }

  [part~='toolbar-button-indent']::before {
    mask-image: var(--_vaadin-icon-indent);
  }

  [part~='toolbar-button-align-left']::before {
    mask-image: var(--_vaadin-icon-align-left);
  }

  [part~='toolbar-button-align-center']::before {
    mask-image: var(--_vaadin-icon-align-center);
  }

  [part~='toolbar-button-align-right']::before {
    mask-image: var(--_vaadin-icon-align-right);
  }

  [part~='toolbar-button-image']::before {
    mask-image: var(--_vaadin-icon-image);
  }

  [part~='toolbar-button-link']::before {
    mask-image: var(--_vaadin-icon-link);
  }

  [part~='toolbar-button-blockquote']::before {
    mask-image: var(--_vaadin-icon-quote);
  }

  [part~='toolbar-button-code-block']::before {
    mask-image: var(--_vaadin-icon-code);
  }

  [part~='toolbar-button-clean']::before {
    mask-image: var(--_vaadin-icon-clear);
  }

  @media (forced-colors: active) {
    [part~='toolbar-button']::before {
      background: CanvasText;
    }

    [part~='toolbar-button-pressed'] {
      background: Highlight;
    }

    [part~='toolbar-button-pressed']::before {
      background: HighlightText;
    }
  }
`,q=e`
  :host([readonly]) [part='toolbar'] {
    display: none;
  }

  :host([disabled]) {
    pointer-events: none;
    opacity: 0.5;
    -webkit-user-select: none;
    user-select: none;
  }
`,J=[U,W,G,K,q]})),ne=t(((e,t)=>{(function(e,t){e.Quill=t()})(window,(function(){return function(){var e={698:function(e,t,n){n.d(t,{Ay:function(){return c},Ji:function(){return u},zo:function(){return l}});var r=n(3),i=n(398),a=n(36),o=n(850),s=n(508);class c extends r.BlockBlot{cache={};delta(){return this.cache.delta??(this.cache.delta=function(e){let t=!(arguments.length>1&&arguments[1]!==void 0)||arguments[1];return e.descendants(r.LeafBlot).reduce(((e,n)=>n.length()===0?e:e.insert(n.value(),u(n,{},t))),new i.Ay).insert(`
`,u(e))}(this)),this.cache.delta}deleteAt(e,t){super.deleteAt(e,t),this.cache={}}formatAt(e,t,n,i){t<=0||(this.scroll.query(n,r.Scope.BLOCK)?e+t===this.length()&&this.format(n,i):super.formatAt(e,Math.min(t,this.length()-e-1),n,i),this.cache={})}insertAt(e,t,n){if(n!=null)return super.insertAt(e,t,n),void(this.cache={});if(t.length===0)return;let r=t.split(`
`),i=r.shift();i.length>0&&(e<this.length()-1||this.children.tail==null?super.insertAt(Math.min(e,this.length()-1),i):this.children.tail.insertAt(this.children.tail.length(),i),this.cache={});let a=this;r.reduce(((e,t)=>(a=a.split(e,!0),a.insertAt(0,t),t.length)),e+i.length)}insertBefore(e,t){let{head:n}=this.children;super.insertBefore(e,t),n instanceof a.A&&n.remove(),this.cache={}}length(){return this.cache.length??(this.cache.length=super.length()+1),this.cache.length}moveChildren(e,t){super.moveChildren(e,t),this.cache={}}optimize(e){super.optimize(e),this.cache={}}path(e){return super.path(e,!0)}removeChild(e){super.removeChild(e),this.cache={}}split(e){let t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];if(t&&(e===0||e>=this.length()-1)){let t=this.clone();return e===0?(this.parent.insertBefore(t,this),this):(this.parent.insertBefore(t,this.next),t)}let n=super.split(e,t);return this.cache={},n}}c.blotName=`block`,c.tagName=`P`,c.defaultChild=a.A,c.allowedChildren=[a.A,o.A,r.EmbedBlot,s.A];class l extends r.EmbedBlot{attach(){super.attach(),this.attributes=new r.AttributorStore(this.domNode)}delta(){return new i.Ay().insert(this.value(),{...this.formats(),...this.attributes.values()})}format(e,t){let n=this.scroll.query(e,r.Scope.BLOCK_ATTRIBUTE);n!=null&&this.attributes.attribute(n,t)}formatAt(e,t,n,r){this.format(n,r)}insertAt(e,t,n){if(n!=null)return void super.insertAt(e,t,n);let r=t.split(`
`),i=r.pop(),a=r.map((e=>{let t=this.scroll.create(c.blotName);return t.insertAt(0,e),t})),o=this.split(e);a.forEach((e=>{this.parent.insertBefore(e,o)})),i&&this.parent.insertBefore(this.scroll.create(`text`,i),o)}}function u(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=!(arguments.length>2&&arguments[2]!==void 0)||arguments[2];return e==null?t:(`formats`in e&&typeof e.formats==`function`&&(t={...t,...e.formats()},n&&delete t[`code-token`]),e.parent==null||e.parent.statics.blotName===`scroll`||e.parent.statics.scope!==e.statics.scope?t:u(e.parent,t,n))}l.scope=r.Scope.BLOCK_BLOT},36:function(e,t,n){var r=n(3);class i extends r.EmbedBlot{static value(){}optimize(){(this.prev||this.next)&&this.remove()}length(){return 0}value(){return``}}i.blotName=`break`,i.tagName=`BR`,t.A=i},580:function(e,t,n){var r=n(3);class i extends r.ContainerBlot{}t.A=i},541:function(e,t,n){var r=n(3),i=n(508);class a extends r.EmbedBlot{static blotName=`cursor`;static className=`ql-cursor`;static tagName=`span`;static CONTENTS=`﻿`;static value(){}constructor(e,t,n){super(e,t),this.selection=n,this.textNode=document.createTextNode(a.CONTENTS),this.domNode.appendChild(this.textNode),this.savedLength=0}detach(){this.parent!=null&&this.parent.removeChild(this)}format(e,t){if(this.savedLength!==0)return void super.format(e,t);let n=this,i=0;for(;n!=null&&n.statics.scope!==r.Scope.BLOCK_BLOT;)i+=n.offset(n.parent),n=n.parent;n!=null&&(this.savedLength=a.CONTENTS.length,n.optimize(),n.formatAt(i,a.CONTENTS.length,e,t),this.savedLength=0)}index(e,t){return e===this.textNode?0:super.index(e,t)}length(){return this.savedLength}position(){return[this.textNode,this.textNode.data.length]}remove(){super.remove(),this.parent=null}restore(){if(this.selection.composing||this.parent==null)return null;let e=this.selection.getNativeRange();for(;this.domNode.lastChild!=null&&this.domNode.lastChild!==this.textNode;)this.domNode.parentNode.insertBefore(this.domNode.lastChild,this.domNode);let t=this.prev instanceof i.A?this.prev:null,n=t?t.length():0,r=this.next instanceof i.A?this.next:null,o=r?r.text:``,{textNode:s}=this,c=s.data.split(a.CONTENTS).join(``),l;if(s.data=a.CONTENTS,t)l=t,(c||r)&&(t.insertAt(t.length(),c+o),r&&r.remove());else if(r)l=r,r.insertAt(0,c);else{let e=document.createTextNode(c);l=this.scroll.create(e),this.parent.insertBefore(l,this)}if(this.remove(),e){let i=(e,i)=>t&&e===t.domNode?i:e===s?n+i-1:r&&e===r.domNode?n+c.length+i:null,a=i(e.start.node,e.start.offset),o=i(e.end.node,e.end.offset);if(a!==null&&o!==null)return{startNode:l.domNode,startOffset:a,endNode:l.domNode,endOffset:o}}return null}update(e,t){if(e.some((e=>e.type===`characterData`&&e.target===this.textNode))){let e=this.restore();e&&(t.range=e)}}optimize(e){super.optimize(e);let{parent:t}=this;for(;t;){if(t.domNode.tagName===`A`){this.savedLength=a.CONTENTS.length,t.isolate(this.offset(t),this.length()).unwrap(),this.savedLength=0;break}t=t.parent}}value(){return``}}t.A=a},746:function(e,t,n){var r=n(3),i=n(508);class a extends r.EmbedBlot{constructor(e,t){super(e,t),this.contentNode=document.createElement(`span`),this.contentNode.setAttribute(`contenteditable`,`false`),Array.from(this.domNode.childNodes).forEach((e=>{this.contentNode.appendChild(e)})),this.leftGuard=document.createTextNode(`﻿`),this.rightGuard=document.createTextNode(`﻿`),this.domNode.appendChild(this.leftGuard),this.domNode.appendChild(this.contentNode),this.domNode.appendChild(this.rightGuard)}index(e,t){return e===this.leftGuard?0:e===this.rightGuard?1:super.index(e,t)}restore(e){let t,n=null,r=e.data.split(`﻿`).join(``);if(e===this.leftGuard)if(this.prev instanceof i.A){let e=this.prev.length();this.prev.insertAt(e,r),n={startNode:this.prev.domNode,startOffset:e+r.length}}else t=document.createTextNode(r),this.parent.insertBefore(this.scroll.create(t),this),n={startNode:t,startOffset:r.length};else e===this.rightGuard&&(this.next instanceof i.A?(this.next.insertAt(0,r),n={startNode:this.next.domNode,startOffset:r.length}):(t=document.createTextNode(r),this.parent.insertBefore(this.scroll.create(t),this.next),n={startNode:t,startOffset:r.length}));return e.data=`﻿`,n}update(e,t){e.forEach((e=>{if(e.type===`characterData`&&(e.target===this.leftGuard||e.target===this.rightGuard)){let n=this.restore(e.target);n&&(t.range=n)}}))}}t.A=a},850:function(e,t,n){var r=n(3),i=n(36),a=n(508);class o extends r.InlineBlot{static allowedChildren=[o,i.A,r.EmbedBlot,a.A];static order=[`cursor`,`inline`,`link`,`underline`,`strike`,`italic`,`bold`,`script`,`code`];static compare(e,t){let n=o.order.indexOf(e),r=o.order.indexOf(t);return n>=0||r>=0?n-r:e===t?0:e<t?-1:1}formatAt(e,t,n,i){if(o.compare(this.statics.blotName,n)<0&&this.scroll.query(n,r.Scope.BLOT)){let r=this.isolate(e,t);i&&r.wrap(n,i)}else super.formatAt(e,t,n,i)}optimize(e){if(super.optimize(e),this.parent instanceof o&&o.compare(this.statics.blotName,this.parent.statics.blotName)>0){let e=this.parent.isolate(this.offset(),this.length());this.moveChildren(e),e.wrap(this)}}}t.A=o},508:function(e,t,n){n.d(t,{A:function(){return i},X:function(){return o}});var r=n(3);class i extends r.TextBlot{}let a={"&":`&amp;`,"<":`&lt;`,">":`&gt;`,'"':`&quot;`,"'":`&#39;`};function o(e){return e.replace(/[&<>"']/g,(e=>a[e]))}},729:function(e,t,n){n.d(t,{default:function(){return N}});var r=n(543),i=n(698),a=n(36),o=n(580),s=n(541),c=n(746),l=n(850),u=n(3),d=n(398),f=n(200);function p(e){return e instanceof i.Ay||e instanceof i.zo}function m(e){return typeof e.updateContent==`function`}class h extends u.ScrollBlot{static blotName=`scroll`;static className=`ql-editor`;static tagName=`DIV`;static defaultChild=i.Ay;static allowedChildren=[i.Ay,i.zo,o.A];constructor(e,t,n){let{emitter:r}=n;super(e,t),this.emitter=r,this.batch=!1,this.optimize(),this.enable(),this.domNode.addEventListener(`dragstart`,(e=>this.handleDragStart(e)))}batchStart(){Array.isArray(this.batch)||(this.batch=[])}batchEnd(){if(!this.batch)return;let e=this.batch;this.batch=!1,this.update(e)}emitMount(e){this.emitter.emit(f.A.events.SCROLL_BLOT_MOUNT,e)}emitUnmount(e){this.emitter.emit(f.A.events.SCROLL_BLOT_UNMOUNT,e)}emitEmbedUpdate(e,t){this.emitter.emit(f.A.events.SCROLL_EMBED_UPDATE,e,t)}deleteAt(e,t){let[n,r]=this.line(e),[o]=this.line(e+t);if(super.deleteAt(e,t),o!=null&&n!==o&&r>0){if(n instanceof i.zo||o instanceof i.zo)return void this.optimize();let e=o.children.head instanceof a.A?null:o.children.head;n.moveChildren(o,e),n.remove()}this.optimize()}enable(){let e=!(arguments.length>0&&arguments[0]!==void 0)||arguments[0];this.domNode.setAttribute(`contenteditable`,e?`true`:`false`)}formatAt(e,t,n,r){super.formatAt(e,t,n,r),this.optimize()}insertAt(e,t,n){if(e>=this.length())if(n==null||this.scroll.query(t,u.Scope.BLOCK)==null){let e=this.scroll.create(this.statics.defaultChild.blotName);this.appendChild(e),n==null&&t.endsWith(`
`)?e.insertAt(0,t.slice(0,-1),n):e.insertAt(0,t,n)}else{let e=this.scroll.create(t,n);this.appendChild(e)}else super.insertAt(e,t,n);this.optimize()}insertBefore(e,t){if(e.statics.scope===u.Scope.INLINE_BLOT){let n=this.scroll.create(this.statics.defaultChild.blotName);n.appendChild(e),super.insertBefore(n,t)}else super.insertBefore(e,t)}insertContents(e,t){let n=this.deltaToRenderBlocks(t.concat(new d.Ay().insert(`
`))),r=n.pop();if(r==null)return;this.batchStart();let a=n.shift();if(a){let t=a.type===`block`&&(a.delta.length()===0||!this.descendant(i.zo,e)[0]&&e<this.length()),n=a.type===`block`?a.delta:new d.Ay().insert({[a.key]:a.value});g(this,e,n);let r=+(a.type===`block`),o=e+n.length()+r;t&&this.insertAt(o-1,`
`);let s=(0,i.Ji)(this.line(e)[0]),c=d.xb.diff(s,a.attributes)||{};Object.keys(c).forEach((e=>{this.formatAt(o-1,1,e,c[e])})),e=o}let[o,s]=this.children.find(e);n.length&&(o&&(o=o.split(s),s=0),n.forEach((e=>{if(e.type===`block`)g(this.createBlock(e.attributes,o||void 0),0,e.delta);else{let t=this.create(e.key,e.value);this.insertBefore(t,o||void 0),Object.keys(e.attributes).forEach((n=>{t.format(n,e.attributes[n])}))}}))),r.type===`block`&&r.delta.length()&&g(this,o?o.offset(o.scroll)+s:this.length(),r.delta),this.batchEnd(),this.optimize()}isEnabled(){return this.domNode.getAttribute(`contenteditable`)===`true`}leaf(e){let t=this.path(e).pop();if(!t)return[null,-1];let[n,r]=t;return n instanceof u.LeafBlot?[n,r]:[null,-1]}line(e){return e===this.length()?this.line(e-1):this.descendant(p,e)}lines(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:Number.MAX_VALUE,n=(e,t,r)=>{let i=[],a=r;return e.children.forEachAt(t,r,((e,t,r)=>{p(e)?i.push(e):e instanceof u.ContainerBlot&&(i=i.concat(n(e,t,a))),a-=r})),i};return n(this,e,t)}optimize(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:[],t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};this.batch||(super.optimize(e,t),e.length>0&&this.emitter.emit(f.A.events.SCROLL_OPTIMIZE,e,t))}path(e){return super.path(e).slice(1)}remove(){}update(e){if(this.batch)return void(Array.isArray(e)&&(this.batch=this.batch.concat(e)));let t=f.A.sources.USER;typeof e==`string`&&(t=e),Array.isArray(e)||(e=this.observer.takeRecords()),(e=e.filter((e=>{let{target:t}=e,n=this.find(t,!0);return n&&!m(n)}))).length>0&&this.emitter.emit(f.A.events.SCROLL_BEFORE_UPDATE,t,e),super.update(e.concat([])),e.length>0&&this.emitter.emit(f.A.events.SCROLL_UPDATE,t,e)}updateEmbedAt(e,t,n){let[r]=this.descendant((e=>e instanceof i.zo),e);r&&r.statics.blotName===t&&m(r)&&r.updateContent(n)}handleDragStart(e){e.preventDefault()}deltaToRenderBlocks(e){let t=[],n=new d.Ay;return e.forEach((e=>{let r=e?.insert;if(r)if(typeof r==`string`){let i=r.split(`
`);i.slice(0,-1).forEach((r=>{n.insert(r,e.attributes),t.push({type:`block`,delta:n,attributes:e.attributes??{}}),n=new d.Ay}));let a=i[i.length-1];a&&n.insert(a,e.attributes)}else{let i=Object.keys(r)[0];if(!i)return;this.query(i,u.Scope.INLINE)?n.push(e):(n.length()&&t.push({type:`block`,delta:n,attributes:{}}),n=new d.Ay,t.push({type:`blockEmbed`,key:i,value:r[i],attributes:e.attributes??{}}))}})),n.length()&&t.push({type:`block`,delta:n,attributes:{}}),t}createBlock(e,t){let n,r={};Object.entries(e).forEach((e=>{let[t,i]=e;this.query(t,u.Scope.BLOCK&u.Scope.BLOT)==null?r[t]=i:n=t}));let i=this.create(n||this.statics.defaultChild.blotName,n?e[n]:void 0);this.insertBefore(i,t||void 0);let a=i.length();return Object.entries(r).forEach((e=>{let[t,n]=e;i.formatAt(0,a,t,n)})),i}}function g(e,t,n){n.reduce(((t,n)=>{let r=d.Op.length(n),a=n.attributes||{};if(n.insert!=null){if(typeof n.insert==`string`){let r=n.insert;e.insertAt(t,r);let[o]=e.descendant(u.LeafBlot,t),s=(0,i.Ji)(o);a=d.xb.diff(s,a)||{}}else if(typeof n.insert==`object`){let r=Object.keys(n.insert)[0];if(r==null)return t;if(e.insertAt(t,r,n.insert[r]),e.scroll.query(r,u.Scope.INLINE)!=null){let[n]=e.descendant(u.LeafBlot,t),r=(0,i.Ji)(n);a=d.xb.diff(r,a)||{}}}}return Object.keys(a).forEach((n=>{e.formatAt(t,r,n,a[n])})),t+r}),t)}var _=h,v=n(508),y=n(584),b=n(266);class x extends b.A{static DEFAULTS={delay:1e3,maxStack:100,userOnly:!1};lastRecorded=0;ignoreChange=!1;stack={undo:[],redo:[]};currentRange=null;constructor(e,t){super(e,t),this.quill.on(r.Ay.events.EDITOR_CHANGE,((e,t,n,i)=>{e===r.Ay.events.SELECTION_CHANGE?t&&i!==r.Ay.sources.SILENT&&(this.currentRange=t):e===r.Ay.events.TEXT_CHANGE&&(this.ignoreChange||(this.options.userOnly&&i!==r.Ay.sources.USER?this.transform(t):this.record(t,n)),this.currentRange=C(this.currentRange,t))})),this.quill.keyboard.addBinding({key:`z`,shortKey:!0},this.undo.bind(this)),this.quill.keyboard.addBinding({key:[`z`,`Z`],shortKey:!0,shiftKey:!0},this.redo.bind(this)),/Win/i.test(navigator.platform)&&this.quill.keyboard.addBinding({key:`y`,shortKey:!0},this.redo.bind(this)),this.quill.root.addEventListener(`beforeinput`,(e=>{e.inputType===`historyUndo`?(this.undo(),e.preventDefault()):e.inputType===`historyRedo`&&(this.redo(),e.preventDefault())}))}change(e,t){if(this.stack[e].length===0)return;let n=this.stack[e].pop();if(!n)return;let i=this.quill.getContents(),a=n.delta.invert(i);this.stack[t].push({delta:a,range:C(n.range,a)}),this.lastRecorded=0,this.ignoreChange=!0,this.quill.updateContents(n.delta,r.Ay.sources.USER),this.ignoreChange=!1,this.restoreSelection(n)}clear(){this.stack={undo:[],redo:[]}}cutoff(){this.lastRecorded=0}record(e,t){if(e.ops.length===0)return;this.stack.redo=[];let n=e.invert(t),r=this.currentRange,i=Date.now();if(this.lastRecorded+this.options.delay>i&&this.stack.undo.length>0){let e=this.stack.undo.pop();e&&(n=n.compose(e.delta),r=e.range)}else this.lastRecorded=i;n.length()!==0&&(this.stack.undo.push({delta:n,range:r}),this.stack.undo.length>this.options.maxStack&&this.stack.undo.shift())}redo(){this.change(`redo`,`undo`)}transform(e){S(this.stack.undo,e),S(this.stack.redo,e)}undo(){this.change(`undo`,`redo`)}restoreSelection(e){if(e.range)this.quill.setSelection(e.range,r.Ay.sources.USER);else{let t=function(e,t){let n=t.reduce(((e,t)=>e+(t.delete||0)),0),r=t.length()-n;return function(e,t){let n=t.ops[t.ops.length-1];return n!=null&&(n.insert==null?n.attributes!=null&&Object.keys(n.attributes).some((t=>e.query(t,u.Scope.BLOCK)!=null)):typeof n.insert==`string`&&n.insert.endsWith(`
`))}(e,t)&&--r,r}(this.quill.scroll,e.delta);this.quill.setSelection(t,r.Ay.sources.USER)}}}function S(e,t){let n=t;for(let t=e.length-1;t>=0;--t){let r=e[t];e[t]={delta:n.transform(r.delta,!0),range:r.range&&C(r.range,n)},n=r.delta.transform(n),e[t].delta.length()===0&&e.splice(t,1)}}function C(e,t){if(!e)return e;let n=t.transformPosition(e.index);return{index:n,length:t.transformPosition(e.index+e.length)-n}}var w=n(123);class T extends b.A{constructor(e,t){super(e,t),e.root.addEventListener(`drop`,(t=>{t.preventDefault();let n=null;if(document.caretRangeFromPoint)n=document.caretRangeFromPoint(t.clientX,t.clientY);else if(document.caretPositionFromPoint){let e=document.caretPositionFromPoint(t.clientX,t.clientY);n=document.createRange(),n.setStart(e.offsetNode,e.offset),n.setEnd(e.offsetNode,e.offset)}let r=n&&e.selection.normalizeNative(n);if(r){let n=e.selection.normalizedToRange(r);t.dataTransfer?.files&&this.upload(n,t.dataTransfer.files)}}))}upload(e,t){let n=[];Array.from(t).forEach((e=>{e&&this.options.mimetypes?.includes(e.type)&&n.push(e)})),n.length>0&&this.options.handler.call(this,e,n)}}T.DEFAULTS={mimetypes:[`image/png`,`image/jpeg`],handler(e,t){if(!this.quill.scroll.query(`image`))return;let n=t.map((e=>new Promise((t=>{let n=new FileReader;n.onload=()=>{t(n.result)},n.readAsDataURL(e)}))));Promise.all(n).then((t=>{let n=t.reduce(((e,t)=>e.insert({image:t})),new d.Ay().retain(e.index).delete(e.length));this.quill.updateContents(n,f.A.sources.USER),this.quill.setSelection(e.index+t.length,f.A.sources.SILENT)}))}};var E=T;let D=[`insertText`,`insertReplacementText`];class O extends b.A{constructor(e,t){super(e,t),e.root.addEventListener(`beforeinput`,(e=>{this.handleBeforeInput(e)})),/Android/i.test(navigator.userAgent)||e.on(r.Ay.events.COMPOSITION_BEFORE_START,(()=>{this.handleCompositionStart()}))}deleteRange(e){(0,w.Xo)({range:e,quill:this.quill})}replaceText(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;if(e.length===0)return!1;if(t){let n=this.quill.getFormat(e.index,1);this.deleteRange(e),this.quill.updateContents(new d.Ay().retain(e.index).insert(t,n),r.Ay.sources.USER)}else this.deleteRange(e);return this.quill.setSelection(e.index+t.length,0,r.Ay.sources.SILENT),!0}handleBeforeInput(e){if(this.quill.composition.isComposing||e.defaultPrevented||!D.includes(e.inputType))return;let t=e.getTargetRanges?e.getTargetRanges()[0]:null;if(!t||!0===t.collapsed)return;let n=function(e){return typeof e.data==`string`?e.data:e.dataTransfer?.types.includes(`text/plain`)?e.dataTransfer.getData(`text/plain`):null}(e);if(n==null)return;let r=this.quill.selection.normalizeNative(t),i=r?this.quill.selection.normalizedToRange(r):null;i&&this.replaceText(i,n)&&e.preventDefault()}handleCompositionStart(){let e=this.quill.getSelection();e&&this.replaceText(e)}}var k=O;let A=/Mac/i.test(navigator.platform);class j extends b.A{isListening=!1;selectionChangeDeadline=0;constructor(e,t){super(e,t),this.handleArrowKeys(),this.handleNavigationShortcuts()}handleArrowKeys(){this.quill.keyboard.addBinding({key:[`ArrowLeft`,`ArrowRight`],offset:0,shiftKey:null,handler(e,t){let{line:n,event:i}=t;if(!(n instanceof u.ParentBlot&&n.uiNode))return!0;let a=getComputedStyle(n.domNode).direction===`rtl`;return!!(a&&i.key!==`ArrowRight`||!a&&i.key!==`ArrowLeft`)||(this.quill.setSelection(e.index-1,e.length+ +!!i.shiftKey,r.Ay.sources.USER),!1)}})}handleNavigationShortcuts(){this.quill.root.addEventListener(`keydown`,(e=>{!e.defaultPrevented&&(e=>e.key===`ArrowLeft`||e.key===`ArrowRight`||e.key===`ArrowUp`||e.key===`ArrowDown`||e.key===`Home`||!(!A||e.key!==`a`||!0!==e.ctrlKey))(e)&&this.ensureListeningToSelectionChange()}))}ensureListeningToSelectionChange(){this.selectionChangeDeadline=Date.now()+100,this.isListening||(this.isListening=!0,document.addEventListener(`selectionchange`,(()=>{this.isListening=!1,Date.now()<=this.selectionChangeDeadline&&this.handleSelectionChange()}),{once:!0}))}handleSelectionChange(){let e=document.getSelection();if(!e)return;let t=e.getRangeAt(0);if(!0!==t.collapsed||t.startOffset!==0)return;let n=this.quill.scroll.find(t.startContainer);if(!(n instanceof u.ParentBlot&&n.uiNode))return;let r=document.createRange();r.setStartAfter(n.uiNode),r.setEndAfter(n.uiNode),e.removeAllRanges(),e.addRange(r)}}var M=j;r.Ay.register({"blots/block":i.Ay,"blots/block/embed":i.zo,"blots/break":a.A,"blots/container":o.A,"blots/cursor":s.A,"blots/embed":c.A,"blots/inline":l.A,"blots/scroll":_,"blots/text":v.A,"modules/clipboard":y.Ay,"modules/history":x,"modules/keyboard":w.Ay,"modules/uploader":E,"modules/input":k,"modules/uiNode":M});var N=r.Ay},200:function(e,t,n){n.d(t,{A:function(){return s}});class r{listener;context;once;constructor(e,t,n=!1){this.listener=e,this.context=t,this.once=n}}class i{static prefixed=!1;_events=Object.create(null);_eventsCount=0;#e(e,t,n,i){if(typeof t!=`function`)throw TypeError(`The listener must be a function`);let a=new r(t,n||this,i),o=this._events[e];return Array.isArray(o)?o.push(a):o?this._events[e]=[o,a]:(this._events[e]=a,this._eventsCount++),this}clearEvent(e){--this._eventsCount==0?this._events=Object.create(null):delete this._events[e]}eventNames(){return this._eventsCount===0?[]:Reflect.ownKeys(this._events)}listeners(e){let t=this._events[e];return t?Array.isArray(t)?t.map((e=>e.listener)):[t.listener]:[]}listenerCount(e){let t=this._events[e];return t?Array.isArray(t)?t.length:1:0}emit(e,...t){let n=this._events[e];return!!n&&(Array.isArray(n)?n.slice(0).forEach((n=>{n.once&&this.removeListener(e,n.listener,void 0,!0),n.listener.call(n.context,...t)})):(n.once&&this.removeListener(e,n.listener,void 0,!0),n.listener.call(n.context,...t)),!0)}on(e,t,n){return this.#e(e,t,n,!1)}once(e,t,n){return this.#e(e,t,n,!0)}removeListener(e,t,n,r){let i=this._events[e];if(!i)return this;if(!t)return this.clearEvent(e),this;if(Array.isArray(i)){let a=[];i.forEach((e=>{(e.listener!==t||r&&!e.once||n&&e.context!==n)&&a.push(e)})),a.length?this._events[e]=a.length===1?a[0]:a:this.clearEvent(e)}else i.listener!==t||r&&!i.once||n&&i.context!==n||this.clearEvent(e);return this}removeAllListeners(e){return e?this._events[e]&&this.clearEvent(e):(this._events=Object.create(null),this._eventsCount=0),this}off(e,t,n,r){return this.removeListener(e,t,n,r)}addListener(e,t,n){return this.on(e,t,n)}}let a=(0,n(78).A)(`quill:events`),o=[];[`selectionchange`,`mousedown`,`mouseup`,`click`].forEach((e=>{document.addEventListener(e,(function(){var e=[...arguments];o.forEach((t=>{t.handleDOM(...e)}))}))}));var s=class extends i{static events={EDITOR_CHANGE:`editor-change`,SCROLL_BEFORE_UPDATE:`scroll-before-update`,SCROLL_BLOT_MOUNT:`scroll-blot-mount`,SCROLL_BLOT_UNMOUNT:`scroll-blot-unmount`,SCROLL_OPTIMIZE:`scroll-optimize`,SCROLL_UPDATE:`scroll-update`,SCROLL_EMBED_UPDATE:`scroll-embed-update`,SELECTION_CHANGE:`selection-change`,TEXT_CHANGE:`text-change`,COMPOSITION_BEFORE_START:`composition-before-start`,COMPOSITION_START:`composition-start`,COMPOSITION_BEFORE_END:`composition-before-end`,COMPOSITION_END:`composition-end`};static sources={API:`api`,SILENT:`silent`,USER:`user`};constructor(){super(),this.domListeners={},this.on(`error`,a.error)}connect(){o.push(this)}disconnect(){o.splice(o.indexOf(this),1)}emit(){var e=[...arguments];return a.log.call(a,...e),super.emit(...e)}handleDOM(e){var t=[...arguments].slice(1);let n=e.composedPath()[0];(this.domListeners[e.type]||[]).forEach((r=>{let{node:i,handler:a}=r;(n===i||((e,t)=>{if(t.getRootNode()===document)return e.contains(t);for(;!e.contains(t);){let e=t.getRootNode();if(!e)return!1;let n=e.host;if(!n)return!1;t=n}return!0})(i,n))&&a(e,...t)}))}listenDOM(e,t,n){this.domListeners[e]||(this.domListeners[e]=[]),this.domListeners[e].push({node:t,handler:n})}}},78:function(e,t){let n=[`error`,`warn`,`log`,`info`],r=`warn`;function i(e){if(r&&n.indexOf(e)<=n.indexOf(r)){var t=[...arguments].slice(1);console[e](...t)}}function a(e){return n.reduce(((t,n)=>(t[n]=i.bind(console,n,e),t)),{})}a.level=e=>{r=e},i.level=a.level,t.A=a},266:function(e,t){t.A=class{static DEFAULTS={};constructor(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};this.quill=e,this.options=t}}},543:function(e,t,n){n.d(t,{Ay:function(){return N}});var r=n(3),i=n(398),a=n(698),o=n(36),s=n(541),c=n(508),l=n(298),u=n(857),d=n(697);let f=/^[ -~]*$/;function p(e,t,n){if(e.length===0){let[e]=g(n.pop());return t<=0?`</li></${e}>`:`</li></${e}>${p([],t-1,n)}`}let[{child:r,offset:i,length:a,indent:o,type:s},...c]=e,[l,u]=g(s);if(o>t)return n.push(s),o===t+1?`<${l}><li${u}>${m(r,i,a)}${p(c,o,n)}`:`<${l}><li>${p(e,t+1,n)}`;let d=n[n.length-1];if(o===t&&s===d)return`</li><li${u}>${m(r,i,a)}${p(c,o,n)}`;let[f]=g(n.pop());return`</li></${f}>${p(e,t-1,n)}`}function m(e,t,n){let i=arguments.length>3&&arguments[3]!==void 0&&arguments[3];if(`html`in e&&typeof e.html==`function`)return e.html(t,n);if(e instanceof c.A)return(0,c.X)(e.value().slice(t,t+n)).replaceAll(/  +/g,(e=>`&nbsp;`.repeat(e.length-1)+` `));if(e instanceof r.ParentBlot){if(e.statics.blotName===`list-container`){let r=[];return e.children.forEachAt(t,n,((e,t,n)=>{let i=`formats`in e&&typeof e.formats==`function`?e.formats():{};r.push({child:e,offset:t,length:n,indent:i.indent||0,type:i.list})})),p(r,-1,[])}let r=[];if(e.children.forEachAt(t,n,((e,t,n)=>{r.push(m(e,t,n))})),i||e.statics.blotName===`list`)return r.join(``);let{outerHTML:a,innerHTML:o}=e.domNode,[s,c]=a.split(`>${o}<`);return s===`<table`?`<table style="border: 1px solid #000;">${r.join(``)}<${c}`:`${s}>${r.join(``)}<${c}`}return e.domNode instanceof Element?e.domNode.outerHTML:``}function h(e,t){return Object.keys(t).reduce(((n,r)=>{if(e[r]==null)return n;let i=t[r];return i===e[r]?n[r]=i:Array.isArray(i)?i.indexOf(e[r])<0?n[r]=i.concat([e[r]]):n[r]=i:n[r]=[i,e[r]],n}),{})}function g(e){let t=e===`ordered`?`ol`:`ul`;switch(e){case`checked`:return[t,` data-list="checked"`];case`unchecked`:return[t,` data-list="unchecked"`];default:return[t,``]}}function _(e){return e.reduce(((e,t)=>{if(typeof t.insert==`string`){let n=t.insert.replace(/\r\n/g,`
`).replace(/\r/g,`
`);return e.insert(n,t.attributes)}return e.push(t)}),new i.Ay)}function v(e,t){let{index:n,length:r}=e;return new l.Q(n+t,r)}var y=class{constructor(e){this.scroll=e,this.delta=this.getDelta()}applyDelta(e){this.scroll.update();let t=this.scroll.length();this.scroll.batchStart();let n=_(e),o=new i.Ay;return function(e){let t=[];return e.forEach((e=>{typeof e.insert==`string`?e.insert.split(`
`).forEach(((n,r)=>{r&&t.push({insert:`
`,attributes:e.attributes}),n&&t.push({insert:n,attributes:e.attributes})})):t.push(e)})),t}(n.ops.slice()).reduce(((e,n)=>{let s=i.Op.length(n),l=n.attributes||{},u=!1,d=!1;if(n.insert!=null){if(o.retain(s),typeof n.insert==`string`){let o=n.insert;d=!o.endsWith(`
`)&&(t<=e||!!this.scroll.descendant(a.zo,e)[0]),this.scroll.insertAt(e,o);let[s,c]=this.scroll.line(e),u=Object.assign({},(0,a.Ji)(s));if(s instanceof a.Ay){let[e]=s.descendant(r.LeafBlot,c);e&&(u=Object.assign(u,(0,a.Ji)(e)))}l=i.xb.diff(u,l)||{}}else if(typeof n.insert==`object`){let o=Object.keys(n.insert)[0];if(o==null)return e;let s=this.scroll.query(o,r.Scope.INLINE)!=null;if(s)(t<=e||this.scroll.descendant(a.zo,e)[0])&&(d=!0);else if(e>0){let[t,n]=this.scroll.descendant(r.LeafBlot,e-1);t instanceof c.A?t.value()[n]!==`
`&&(u=!0):t instanceof r.EmbedBlot&&t.statics.scope===r.Scope.INLINE_BLOT&&(u=!0)}if(this.scroll.insertAt(e,o,n.insert[o]),s){let[t]=this.scroll.descendant(r.LeafBlot,e);if(t){let e=Object.assign({},(0,a.Ji)(t));l=i.xb.diff(e,l)||{}}}}t+=s}else if(o.push(n),n.retain!==null&&typeof n.retain==`object`){let t=Object.keys(n.retain)[0];if(t==null)return e;this.scroll.updateEmbedAt(e,t,n.retain[t])}Object.keys(l).forEach((t=>{this.scroll.formatAt(e,s,t,l[t])}));let f=+!!u,p=+!!d;return t+=f+p,o.retain(f),o.delete(p),e+s+f+p}),0),o.reduce(((e,t)=>typeof t.delete==`number`?(this.scroll.deleteAt(e,t.delete),e):e+i.Op.length(t)),0),this.scroll.batchEnd(),this.scroll.optimize(),this.update(n)}deleteText(e,t){return this.scroll.deleteAt(e,t),this.update(new i.Ay().retain(e).delete(t))}formatLine(e,t){let n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};this.scroll.update(),Object.keys(n).forEach((r=>{this.scroll.lines(e,Math.max(t,1)).forEach((e=>{e.format(r,n[r])}))})),this.scroll.optimize();let r=new i.Ay().retain(e).retain(t,(0,u.A)(n));return this.update(r)}formatText(e,t){let n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};Object.keys(n).forEach((r=>{this.scroll.formatAt(e,t,r,n[r])}));let r=new i.Ay().retain(e).retain(t,(0,u.A)(n));return this.update(r)}getContents(e,t){return this.delta.slice(e,e+t)}getDelta(){return this.scroll.lines().reduce(((e,t)=>e.concat(t.delta())),new i.Ay)}getFormat(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0,n=[],i=[];t===0?this.scroll.path(e).forEach((e=>{let[t]=e;t instanceof a.Ay?n.push(t):t instanceof r.LeafBlot&&i.push(t)})):(n=this.scroll.lines(e,t),i=this.scroll.descendants(r.LeafBlot,e,t));let[o,s]=[n,i].map((e=>{let t=e.shift();if(t==null)return{};let n=(0,a.Ji)(t);for(;Object.keys(n).length>0;){let t=e.shift();if(t==null)return n;n=h((0,a.Ji)(t),n)}return n}));return{...o,...s}}getHTML(e,t){let[n,r]=this.scroll.line(e);if(n){let i=n.length();return n.length()>=r+t&&(r!==0||t!==i)?m(n,r,t,!0):m(this.scroll,e,t,!0)}return``}getText(e,t){return this.getContents(e,t).filter((e=>typeof e.insert==`string`)).map((e=>e.insert)).join(``)}insertContents(e,t){let n=_(t),r=new i.Ay().retain(e).concat(n);return this.scroll.insertContents(e,n),this.update(r)}insertEmbed(e,t,n){return this.scroll.insertAt(e,t,n),this.update(new i.Ay().retain(e).insert({[t]:n}))}insertText(e,t){let n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return t=t.replace(/\r\n/g,`
`).replace(/\r/g,`
`),this.scroll.insertAt(e,t),Object.keys(n).forEach((r=>{this.scroll.formatAt(e,t.length,r,n[r])})),this.update(new i.Ay().retain(e).insert(t,(0,u.A)(n)))}isBlank(){if(this.scroll.children.length===0)return!0;if(this.scroll.children.length>1)return!1;let e=this.scroll.children.head;if(e?.statics.blotName!==a.Ay.blotName)return!1;let t=e;return!(t.children.length>1)&&t.children.head instanceof o.A}removeFormat(e,t){let n=this.getText(e,t),[r,a]=this.scroll.line(e+t),o=0,s=new i.Ay;r!=null&&(o=r.length()-a,s=r.delta().slice(a,a+o-1).insert(`
`));let c=this.getContents(e,t+o).diff(new i.Ay().insert(n).concat(s)),l=new i.Ay().retain(e).concat(c);return this.applyDelta(l)}update(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:[],n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:void 0,r=this.delta;if(t.length===1&&t[0].type===`characterData`&&t[0].target.data.match(f)&&this.scroll.find(t[0].target)){let o=this.scroll.find(t[0].target),c=(0,a.Ji)(o),l=o.offset(this.scroll),u=t[0].oldValue.replace(s.A.CONTENTS,``),d=new i.Ay().insert(u),f=new i.Ay().insert(o.value()),p=n&&{oldRange:v(n.oldRange,-l),newRange:v(n.newRange,-l)};e=new i.Ay().retain(l).concat(d.diff(f,p)).reduce(((e,t)=>t.insert?e.insert(t.insert,c):e.push(t)),new i.Ay),this.delta=r.compose(e)}else this.delta=this.getDelta(),e&&(0,d.A)(r.compose(e),this.delta)||(e=r.diff(this.delta,n));return e}},b=n(200),x=new WeakMap,S=n(78),C=n(266),w=n(746),T=class{isComposing=!1;constructor(e,t){this.scroll=e,this.emitter=t,this.setupListeners()}setupListeners(){this.scroll.domNode.addEventListener(`compositionstart`,(e=>{this.isComposing||this.handleCompositionStart(e)})),this.scroll.domNode.addEventListener(`compositionend`,(e=>{this.isComposing&&queueMicrotask((()=>{this.handleCompositionEnd(e)}))}))}handleCompositionStart(e){let t=e.target instanceof Node?this.scroll.find(e.target,!0):null;!t||t instanceof w.A||(this.emitter.emit(b.A.events.COMPOSITION_BEFORE_START,e),this.scroll.batchStart(),this.emitter.emit(b.A.events.COMPOSITION_START,e),this.isComposing=!0)}handleCompositionEnd(e){this.emitter.emit(b.A.events.COMPOSITION_BEFORE_END,e),this.scroll.batchEnd(),this.emitter.emit(b.A.events.COMPOSITION_END,e),this.isComposing=!1}},E=n(609);let D=e=>{let t=e.getBoundingClientRect(),n=`offsetWidth`in e&&Math.abs(t.width)/e.offsetWidth||1,r=`offsetHeight`in e&&Math.abs(t.height)/e.offsetHeight||1;return{top:t.top,right:t.left+e.clientWidth*n,bottom:t.top+e.clientHeight*r,left:t.left}},O=e=>{let t=parseInt(e,10);return Number.isNaN(t)?0:t},k=(e,t,n,r,i,a)=>e<n&&t>r?0:e<n?-(n-e+i):t>r?t-e>r-n?e+i-n:t-r+a:0,A=[`block`,`break`,`cursor`,`inline`,`scroll`,`text`],j=(0,S.A)(`quill`),M=new r.Registry;r.ParentBlot.uiClass=`ql-ui`;class N{static DEFAULTS={bounds:null,modules:{clipboard:!0,keyboard:!0,history:!0,uploader:!0},placeholder:``,readOnly:!1,registry:M,theme:`default`};static events=b.A.events;static sources=b.A.sources;static version=`2.0.3`;static imports={delta:i.Ay,parchment:r,"core/module":C.A,"core/theme":E.A};static debug(e){!0===e&&(e=`log`),S.A.level(e)}static find(e){let t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];return x.get(e)||M.find(e,t)}static import(e){return this.imports[e]??j.error(`Cannot import ${e}. Are you sure it was registered?`),this.imports[e]}static register(){if(typeof(arguments.length<=0?void 0:arguments[0])!=`string`){let e=arguments.length<=0?void 0:arguments[0],t=!!(!(arguments.length<=1)&&arguments[1]),n=`attrName`in e?e.attrName:e.blotName;typeof n==`string`?this.register(`formats/${n}`,e,t):Object.keys(e).forEach((n=>{this.register(n,e[n],t)}))}else{let e=arguments.length<=0?void 0:arguments[0],t=arguments.length<=1?void 0:arguments[1],n=!!(!(arguments.length<=2)&&arguments[2]);this.imports[e]==null||n||j.warn(`Overwriting ${e} with`,t),this.imports[e]=t,(e.startsWith(`blots/`)||e.startsWith(`formats/`))&&t&&typeof t!=`boolean`&&t.blotName!==`abstract`&&M.register(t),typeof t.register==`function`&&t.register(M)}}constructor(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.options=function(e,t){let n=P(e);if(!n)throw Error(`Invalid Quill container`);let i=!t.theme||t.theme===N.DEFAULTS.theme?E.A:N.import(`themes/${t.theme}`);if(!i)throw Error(`Invalid theme ${t.theme}. Did you register it?`);let{modules:a,...o}=N.DEFAULTS,{modules:s,...c}=i.DEFAULTS,l=F(t.modules);l!=null&&l.toolbar&&l.toolbar.constructor!==Object&&(l={...l,toolbar:{container:l.toolbar}});let u={...F(a),...F(s),...l},d={...o,...I(c),...I(t)},f=t.registry;return f?t.formats&&j.warn(`Ignoring "formats" option because "registry" is specified`):f=t.formats?((e,t,n)=>{let i=new r.Registry;return A.forEach((e=>{let n=t.query(e);n&&i.register(n)})),e.forEach((e=>{let r=t.query(e);r||n.error(`Cannot register "${e}" specified in "formats" config. Are you sure it was registered?`);let a=0;for(;r;)if(i.register(r),r=`blotName`in r?r.requiredContainer??null:null,a+=1,a>100){n.error(`Cycle detected in registering blot requiredContainer: "${e}"`);break}})),i})(t.formats,d.registry,j):d.registry,{...d,registry:f,container:n,theme:i,modules:Object.entries(u).reduce(((e,t)=>{let[n,r]=t;if(!r)return e;let i=N.import(`modules/${n}`);return i==null?(j.error(`Cannot load ${n} module. Are you sure you registered it?`),e):{...e,[n]:{...i.DEFAULTS||{},...r}}}),{}),bounds:P(d.bounds)}}(e,t),this.container=this.options.container,this.container==null)return void j.error(`Invalid Quill container`,e);this.options.debug&&N.debug(this.options.debug);let n=this.container.innerHTML.trim();this.container.classList.add(`ql-container`),this.container.innerHTML=``,x.set(this.container,this),this.root=this.addContainer(`ql-editor`),this.root.classList.add(`ql-blank`),this.emitter=new b.A;let a=r.ScrollBlot.blotName,o=this.options.registry.query(a);if(!o||!(`blotName`in o))throw Error(`Cannot initialize Quill without "${a}" blot`);if(this.scroll=new o(this.options.registry,this.root,{emitter:this.emitter}),this.editor=new y(this.scroll),this.selection=new l.A(this.scroll,this.emitter),this.composition=new T(this.scroll,this.emitter),this.theme=new this.options.theme(this,this.options),this.keyboard=this.theme.addModule(`keyboard`),this.clipboard=this.theme.addModule(`clipboard`),this.history=this.theme.addModule(`history`),this.uploader=this.theme.addModule(`uploader`),this.theme.addModule(`input`),this.theme.addModule(`uiNode`),this.theme.init(),this.emitter.on(b.A.events.EDITOR_CHANGE,(e=>{e===b.A.events.TEXT_CHANGE&&this.root.classList.toggle(`ql-blank`,this.editor.isBlank())})),this.emitter.on(b.A.events.SCROLL_UPDATE,((e,t)=>{let n=this.selection.lastRange,[r]=this.selection.getRange(),i=n&&r?{oldRange:n,newRange:r}:void 0;L.call(this,(()=>this.editor.update(null,t,i)),e)})),this.emitter.on(b.A.events.SCROLL_EMBED_UPDATE,((e,t)=>{let n=this.selection.lastRange,[r]=this.selection.getRange(),a=n&&r?{oldRange:n,newRange:r}:void 0;L.call(this,(()=>{let n=new i.Ay().retain(e.offset(this)).retain({[e.statics.blotName]:t});return this.editor.update(n,[],a)}),N.sources.USER)})),n){let e=this.clipboard.convert({html:`${n}<p><br></p>`,text:`
`});this.setContents(e)}this.history.clear(),this.options.placeholder&&this.root.setAttribute(`data-placeholder`,this.options.placeholder),this.options.readOnly&&this.disable(),this.allowReadOnlyEdits=!1}addContainer(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:null;if(typeof e==`string`){let t=e;(e=document.createElement(`div`)).classList.add(t)}return this.container.insertBefore(e,t),e}blur(){this.selection.setRange(null)}deleteText(e,t,n){return[e,t,,n]=R(e,t,n),L.call(this,(()=>this.editor.deleteText(e,t)),n,e,-1*t)}disable(){this.enable(!1)}editReadOnly(e){this.allowReadOnlyEdits=!0;let t=e();return this.allowReadOnlyEdits=!1,t}enable(){let e=!(arguments.length>0&&arguments[0]!==void 0)||arguments[0];this.scroll.enable(e),this.container.classList.toggle(`ql-disabled`,!e)}focus(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};this.selection.focus(),e.preventScroll||this.scrollSelectionIntoView()}format(e,t){let n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:b.A.sources.API;return L.call(this,(()=>{if(!this.hasFocus()){this.root.focus({preventScroll:!0});let e=this.selection.rangeToNative(this.selection.savedRange);this.selection.setNativeRange(...e)}let[n]=this.selection.getRange(),a=new i.Ay;if(n==null)return a;if(this.scroll.query(e,r.Scope.BLOCK))a=this.editor.formatLine(n.index,n.length,{[e]:t});else{if(n.length===0)return this.selection.format(e,t),a;a=this.editor.formatText(n.index,n.length,{[e]:t})}return this.setSelection(n,b.A.sources.SILENT),a}),n)}formatLine(e,t,n,r,i){let a;return[e,t,a,i]=R(e,t,n,r,i),L.call(this,(()=>this.editor.formatLine(e,t,a)),i,e,0)}formatText(e,t,n,r,i){let a;return[e,t,a,i]=R(e,t,n,r,i),L.call(this,(()=>this.editor.formatText(e,t,a)),i,e,0)}getBounds(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0,n=null;if(n=typeof e==`number`?this.selection.getBounds(e,t):this.selection.getBounds(e.index,e.length),!n)return null;let r=this.container.getBoundingClientRect();return{bottom:n.bottom-r.top,height:n.height,left:n.left-r.left,right:n.right-r.left,top:n.top-r.top,width:n.width}}getContents(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:this.getLength()-e;return[e,t]=R(e,t),this.editor.getContents(e,t)}getFormat(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:this.getSelection(!0),t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return typeof e==`number`?this.editor.getFormat(e,t):this.editor.getFormat(e.index,e.length)}getIndex(e){return e.offset(this.scroll)}getLength(){return this.scroll.length()}getLeaf(e){return this.scroll.leaf(e)}getLine(e){return this.scroll.line(e)}getLines(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:Number.MAX_VALUE;return typeof e==`number`?this.scroll.lines(e,t):this.scroll.lines(e.index,e.length)}getModule(e){return this.theme.modules[e]}getSelection(){return arguments.length>0&&arguments[0]!==void 0&&arguments[0]&&this.focus(),this.update(),this.selection.getRange()[0]}getSemanticHTML(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1?arguments[1]:void 0;return typeof e==`number`&&(t??=this.getLength()-e),[e,t]=R(e,t),this.editor.getHTML(e,t)}getText(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1?arguments[1]:void 0;return typeof e==`number`&&(t??=this.getLength()-e),[e,t]=R(e,t),this.editor.getText(e,t)}hasFocus(){return this.selection.hasFocus()}insertEmbed(e,t,n){let r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:N.sources.API;return L.call(this,(()=>this.editor.insertEmbed(e,t,n)),r,e)}insertText(e,t,n,r,i){let a;return[e,,a,i]=R(e,0,n,r,i),L.call(this,(()=>this.editor.insertText(e,t,a)),i,e,t.length)}isEnabled(){return this.scroll.isEnabled()}off(){return this.emitter.off(...arguments)}on(){return this.emitter.on(...arguments)}once(){return this.emitter.once(...arguments)}removeFormat(e,t,n){return[e,t,,n]=R(e,t,n),L.call(this,(()=>this.editor.removeFormat(e,t)),n,e)}scrollRectIntoView(e){((e,t)=>{let n=e.ownerDocument,r=t,i=e;for(;i;){let e=i===n.body,t=e?{top:0,right:window.visualViewport?.width??n.documentElement.clientWidth,bottom:window.visualViewport?.height??n.documentElement.clientHeight,left:0}:D(i),o=getComputedStyle(i),s=k(r.left,r.right,t.left,t.right,O(o.scrollPaddingLeft),O(o.scrollPaddingRight)),c=k(r.top,r.bottom,t.top,t.bottom,O(o.scrollPaddingTop),O(o.scrollPaddingBottom));if(s||c)if(e)n.defaultView?.scrollBy(s,c);else{let{scrollLeft:e,scrollTop:t}=i;c&&(i.scrollTop+=c),s&&(i.scrollLeft+=s);let n=i.scrollLeft-e,a=i.scrollTop-t;r={left:r.left-n,top:r.top-a,right:r.right-n,bottom:r.bottom-a}}i=e||o.position===`fixed`?null:(a=i).parentElement||a.getRootNode().host||null}var a})(this.root,e)}scrollIntoView(){console.warn(`Quill#scrollIntoView() has been deprecated and will be removed in the near future. Please use Quill#scrollSelectionIntoView() instead.`),this.scrollSelectionIntoView()}scrollSelectionIntoView(){let e=this.selection.lastRange,t=e&&this.selection.getBounds(e.index,e.length);t&&this.scrollRectIntoView(t)}setContents(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:b.A.sources.API;return L.call(this,(()=>{e=new i.Ay(e);let t=this.getLength(),n=this.editor.deleteText(0,t),r=this.editor.insertContents(0,e),a=this.editor.deleteText(this.getLength()-1,1);return n.compose(r).compose(a)}),t)}setSelection(e,t,n){e==null?this.selection.setRange(null,t||N.sources.API):([e,t,,n]=R(e,t,n),this.selection.setRange(new l.Q(Math.max(0,e),t),n),n!==b.A.sources.SILENT&&this.scrollSelectionIntoView())}setText(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:b.A.sources.API,n=new i.Ay().insert(e);return this.setContents(n,t)}update(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:b.A.sources.USER,t=this.scroll.update(e);return this.selection.update(e),t}updateContents(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:b.A.sources.API;return L.call(this,(()=>(e=new i.Ay(e),this.editor.applyDelta(e))),t,!0)}}function P(e){return typeof e==`string`?document.querySelector(e):e}function F(e){return Object.entries(e??{}).reduce(((e,t)=>{let[n,r]=t;return{...e,[n]:!0===r?{}:r}}),{})}function I(e){return Object.fromEntries(Object.entries(e).filter((e=>e[1]!==void 0)))}function L(e,t,n,r){if(!this.isEnabled()&&t===b.A.sources.USER&&!this.allowReadOnlyEdits)return new i.Ay;let a=n==null?null:this.getSelection(),o=this.editor.delta,s=e();if(a!=null&&(!0===n&&(n=a.index),r==null?a=z(a,s,t):r!==0&&(a=z(a,n,r,t)),this.setSelection(a,b.A.sources.SILENT)),s.length()>0){let e=[b.A.events.TEXT_CHANGE,s,o,t];this.emitter.emit(b.A.events.EDITOR_CHANGE,...e),t!==b.A.sources.SILENT&&this.emitter.emit(...e)}return s}function R(e,t,n,r,i){let a={};return typeof e.index==`number`&&typeof e.length==`number`?typeof t==`number`?(t=e.length,e=e.index):(i=r,r=n,n=t,t=e.length,e=e.index):typeof t!=`number`&&(i=r,r=n,n=t,t=0),typeof n==`object`?(a=n,i=r):typeof n==`string`&&(r==null?i=n:a[n]=r),[e,t,a,i||=b.A.sources.API]}function z(e,t,n,r){let i=typeof n==`number`?n:0;if(e==null)return null;let a,o;return t&&typeof t.transformPosition==`function`?[a,o]=[e.index,e.index+e.length].map((e=>t.transformPosition(e,r!==b.A.sources.USER))):[a,o]=[e.index,e.index+e.length].map((e=>e<t||e===t&&r===b.A.sources.USER?e:i>=0?e+i:Math.max(t,e+i))),new l.Q(a,o-a)}},298:function(e,t,n){n.d(t,{Q:function(){return u}});var r=n(3),i=n(200),a=n(78),o=n(857),s=n(697);let c=(0,a.A)(`quill:selection`),l=e=>{try{return`getSelection`in e&&typeof e.getSelection==`function`?e.getSelection():window.getSelection()}catch{return null}};class u{constructor(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;this.index=e,this.length=t}}function d(e,t){try{t.parentNode}catch{return!1}return e.contains(t)}t.A=class{constructor(e,t){this.emitter=t,this.scroll=e,this.composing=!1,this.mouseDown=!1,this.root=this.scroll.domNode,this.rootDocument=this.root.getRootNode(),this.cursor=this.scroll.create(`cursor`,this),this.savedRange=new u(0,0),this.lastRange=this.savedRange,this.lastNative=null,this.handleComposition(),this.handleDragging(),this.emitter.listenDOM(`selectionchange`,this.rootDocument,(()=>{this.mouseDown||this.composing||setTimeout(this.update.bind(this,i.A.sources.USER),1)})),this.emitter.on(i.A.events.SCROLL_BEFORE_UPDATE,(()=>{if(!this.hasFocus())return;let e=this.getNativeRange();e!=null&&e.start.node!==this.cursor.textNode&&this.emitter.once(i.A.events.SCROLL_UPDATE,((t,n)=>{try{this.root.contains(e.start.node)&&this.root.contains(e.end.node)&&this.setNativeRange(e.start.node,e.start.offset,e.end.node,e.end.offset);let r=n.some((e=>e.type===`characterData`||e.type===`childList`||e.type===`attributes`&&e.target===this.root));this.update(r?i.A.sources.SILENT:t)}catch{}}))})),this.emitter.on(i.A.events.SCROLL_OPTIMIZE,((e,t)=>{if(t.range){let{startNode:e,startOffset:n,endNode:r,endOffset:a}=t.range;this.setNativeRange(e,n,r,a),this.update(i.A.sources.SILENT)}})),this.update(i.A.sources.SILENT)}handleComposition(){this.emitter.on(i.A.events.COMPOSITION_BEFORE_START,(()=>{this.composing=!0})),this.emitter.on(i.A.events.COMPOSITION_END,(()=>{if(this.composing=!1,this.cursor.parent){let e=this.cursor.restore();if(!e)return;setTimeout((()=>{this.setNativeRange(e.startNode,e.startOffset,e.endNode,e.endOffset)}),1)}}))}handleDragging(){this.emitter.listenDOM(`mousedown`,document.body,(()=>{this.mouseDown=!0})),this.emitter.listenDOM(`mouseup`,document.body,(()=>{this.mouseDown=!1,this.update(i.A.sources.USER)}))}focus(){this.hasFocus()||(this.root.focus({preventScroll:!0}),this.setRange(this.savedRange))}format(e,t){this.scroll.update();let n=this.getNativeRange();if(n!=null&&n.native.collapsed&&!this.scroll.query(e,r.Scope.BLOCK)){if(n.start.node!==this.cursor.textNode){let e=this.scroll.find(n.start.node,!1);if(e==null)return;if(e instanceof r.LeafBlot){let t=e.split(n.start.offset);e.parent.insertBefore(this.cursor,t)}else e.insertBefore(this.cursor,n.start.node);this.cursor.attach()}this.cursor.format(e,t),this.scroll.optimize(),this.setNativeRange(this.cursor.textNode,this.cursor.textNode.data.length),this.update()}}getBounds(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0,n=this.scroll.length(),r;e=Math.min(e,n-1),t=Math.min(e+t,n-1)-e;let[i,a]=this.scroll.leaf(e);if(i==null)return null;if(t>0&&a===i.length()){let[t]=this.scroll.leaf(e+1);if(t){let[n]=this.scroll.line(e),[r]=this.scroll.line(e+1);n===r&&(i=t,a=0)}}[r,a]=i.position(a,!0);let o=document.createRange();if(t>0)return o.setStart(r,a),[i,a]=this.scroll.leaf(e+t),i==null?null:([r,a]=i.position(a,!0),o.setEnd(r,a),o.getBoundingClientRect());let s,c=`left`;if(r instanceof Text){if(!r.data.length)return null;a<r.data.length?(o.setStart(r,a),o.setEnd(r,a+1)):(o.setStart(r,a-1),o.setEnd(r,a),c=`right`),s=o.getBoundingClientRect()}else{if(!(i.domNode instanceof Element))return null;s=i.domNode.getBoundingClientRect(),a>0&&(c=`right`)}return{bottom:s.top+s.height,height:s.height,left:s[c],right:s[c],top:s.top,width:0}}getNativeRange(){let e=(e=>{let t=l(e);return t?.anchorNode?!t||!(`getComposedRanges`in t)||typeof t.getComposedRanges!=`function`||e instanceof ShadowRoot&&`getSelection`in e?t.getRangeAt(0):t.getComposedRanges(e)[0]:null})(this.rootDocument);if(e==null)return null;let t=this.normalizeNative(e);return c.info(`getNativeRange`,t),t}getRange(){let e=this.scroll.domNode;if(`isConnected`in e&&!e.isConnected)return[null,null];let t=this.getNativeRange();return t==null?[null,null]:[this.normalizedToRange(t),t]}hasFocus(){let e=this.rootDocument;return e.activeElement===this.root||e.activeElement!=null&&d(this.root,e.activeElement)}normalizedToRange(e){let t=[[e.start.node,e.start.offset]];e.native.collapsed||t.push([e.end.node,e.end.offset]);let n=t.map((e=>{let[t,n]=e,i=this.scroll.find(t,!0),a=i.offset(this.scroll);return n===0?a:i instanceof r.LeafBlot?a+i.index(t,n):a+i.length()})),i=Math.min(Math.max(...n),this.scroll.length()-1),a=Math.min(i,...n);return new u(a,i-a)}normalizeNative(e){if(!d(this.root,e.startContainer)||!e.collapsed&&!d(this.root,e.endContainer))return null;let t={start:{node:e.startContainer,offset:e.startOffset},end:{node:e.endContainer,offset:e.endOffset},native:e};return[t.start,t.end].forEach((e=>{let{node:t,offset:n}=e;for(;!(t instanceof Text)&&t.childNodes.length>0;)if(t.childNodes.length>n)t=t.childNodes[n],n=0;else{if(t.childNodes.length!==n)break;t=t.lastChild,n=t instanceof Text?t.data.length:t.childNodes.length>0?t.childNodes.length:t.childNodes.length+1}e.node=t,e.offset=n})),t}rangeToNative(e){let t=this.scroll.length(),n=(e,n)=>{e=Math.min(t-1,e);let[r,i]=this.scroll.leaf(e);return r?r.position(i,n):[null,-1]};return[...n(e.index,!1),...n(e.index+e.length,!0)]}setNativeRange(e,t){let n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:e,r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:t,i=arguments.length>4&&arguments[4]!==void 0&&arguments[4];if(c.info(`setNativeRange`,e,t,n,r),e!=null&&(this.root.parentNode==null||e.parentNode==null||n.parentNode==null))return;let a=l(this.rootDocument);if(a!=null)if(e!=null){this.hasFocus()||this.root.focus({preventScroll:!0});let{native:o}=this.getNativeRange()||{};(o==null||i||e!==o.startContainer||t!==o.startOffset||n!==o.endContainer||r!==o.endOffset)&&(e instanceof Element&&e.tagName===`BR`&&(t=Array.from(e.parentNode.childNodes).indexOf(e),e=e.parentNode),n instanceof Element&&n.tagName===`BR`&&(r=Array.from(n.parentNode.childNodes).indexOf(n),n=n.parentNode),e&&n&&typeof t==`number`&&typeof r==`number`&&a.setBaseAndExtent(e,t,n,r))}else a.removeAllRanges(),this.root.blur()}setRange(e){let t=arguments.length>1&&arguments[1]!==void 0&&arguments[1],n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:i.A.sources.API;if(typeof t==`string`&&(n=t,t=!1),c.info(`setRange`,e),e!=null){let n=this.rangeToNative(e);this.setNativeRange(...n,t)}else this.setNativeRange(null);this.update(n)}update(){let e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:i.A.sources.USER,t=this.lastRange,[n,r]=this.getRange();if(this.lastRange=n,this.lastNative=r,this.lastRange!=null&&(this.savedRange=this.lastRange),!(0,s.A)(t,this.lastRange)){if(!this.composing&&r!=null&&r.native.collapsed&&r.start.node!==this.cursor.textNode){let e=this.cursor.restore();e&&this.setNativeRange(e.startNode,e.startOffset,e.endNode,e.endOffset)}let n=[i.A.events.SELECTION_CHANGE,(0,o.A)(this.lastRange),(0,o.A)(t),e];this.emitter.emit(i.A.events.EDITOR_CHANGE,...n),e!==i.A.sources.SILENT&&this.emitter.emit(...n)}}}},609:function(e,t){class n{static DEFAULTS={modules:{}};static themes={default:n};modules={};constructor(e,t){this.quill=e,this.options=t}init(){Object.keys(this.options.modules).forEach((e=>{this.modules[e]??this.addModule(e)}))}addModule(e){let t=this.quill.constructor.import(`modules/${e}`);return this.modules[e]=new t(this.quill,this.options.modules[e]||{}),this.modules[e]}}t.A=n},857:function(e,t){t.A=function(e){return JSON.parse(JSON.stringify(e))}},697:function(e,t){function n(e){return e!==Object(e)}t.A=function e(t,r){if(t===r)return!0;if(n(t)||n(r))return t===r;if(Object.keys(t).length!==Object.keys(r).length)return!1;for(let n in t)if(!(n in r)||!e(t[n],r[n]))return!1;return!0}},276:function(e,t,n){n.d(t,{Hu:function(){return s},gS:function(){return a},qh:function(){return o}});var r=n(3);let i={scope:r.Scope.BLOCK,whitelist:[`right`,`center`,`justify`]},a=new r.Attributor(`align`,`align`,i),o=new r.ClassAttributor(`align`,`ql-align`,i),s=new r.StyleAttributor(`align`,`text-align`,i)},922:function(e,t,n){n.d(t,{l:function(){return a},s:function(){return o}});var r=n(3),i=n(638);let a=new r.ClassAttributor(`background`,`ql-bg`,{scope:r.Scope.INLINE}),o=new i.a2(`background`,`background-color`,{scope:r.Scope.INLINE})},404:function(e,t,n){n.d(t,{Ay:function(){return d},Cy:function(){return f}});var r=n(698),i=n(36),a=n(541),o=n(850),s=n(508),c=n(580),l=n(543);class u extends c.A{static create(e){let t=super.create(e);return t.setAttribute(`spellcheck`,`false`),t}code(e,t){return this.children.map((e=>e.length()<=1?``:e.domNode.innerText)).join(`
`).slice(e,e+t)}html(e,t){return`<pre>\n${(0,s.X)(this.code(e,t))}\n</pre>`}}class d extends r.Ay{static TAB=`  `;static register(){l.Ay.register(u)}}class f extends o.A{}f.blotName=`code`,f.tagName=`CODE`,d.blotName=`code-block`,d.className=`ql-code-block`,d.tagName=`DIV`,u.blotName=`code-block-container`,u.className=`ql-code-block-container`,u.tagName=`DIV`,u.allowedChildren=[d],d.allowedChildren=[s.A,i.A,a.A],d.requiredContainer=u},638:function(e,t,n){n.d(t,{JM:function(){return o},a2:function(){return i},g3:function(){return a}});var r=n(3);class i extends r.StyleAttributor{value(e){let t=super.value(e);return t.startsWith(`rgb(`)?(t=t.replace(/^[^\d]+/,``).replace(/[^\d]+$/,``),`#${t.split(`,`).map((e=>`00${parseInt(e,10).toString(16)}`.slice(-2))).join(``)}`):t}}let a=new r.ClassAttributor(`color`,`ql-color`,{scope:r.Scope.INLINE}),o=new i(`color`,`color`,{scope:r.Scope.INLINE})},912:function(e,t,n){n.d(t,{Mc:function(){return a},VL:function(){return s},sY:function(){return o}});var r=n(3);let i={scope:r.Scope.BLOCK,whitelist:[`rtl`]},a=new r.Attributor(`direction`,`dir`,i),o=new r.ClassAttributor(`direction`,`ql-direction`,i),s=new r.StyleAttributor(`direction`,`direction`,i)},772:function(e,t,n){n.d(t,{q:function(){return a},z:function(){return s}});var r=n(3);let i={scope:r.Scope.INLINE,whitelist:[`serif`,`monospace`]},a=new r.ClassAttributor(`font`,`ql-font`,i);class o extends r.StyleAttributor{value(e){return super.value(e).replace(/["']/g,``)}}let s=new o(`font`,`font-family`,i)},664:function(e,t,n){n.d(t,{U:function(){return i},r:function(){return a}});var r=n(3);let i=new r.ClassAttributor(`size`,`ql-size`,{scope:r.Scope.INLINE,whitelist:[`small`,`large`,`huge`]}),a=new r.StyleAttributor(`size`,`font-size`,{scope:r.Scope.INLINE,whitelist:[`10px`,`18px`,`32px`]})},584:function(e,t,n){n.d(t,{Ay:function(){return O}});var r=n(3),i=n(398),a=n(698),o=n(78),s=n(266),c=n(543),l=n(276),u=n(922),d=n(404),f=n(638),p=n(912),m=n(772),h=n(664),g=n(123);let _=/font-weight:\s*normal/,v=[`P`,`OL`,`UL`],y=e=>e&&v.includes(e.tagName),b=/\bmso-list:[^;]*ignore/i,x=/\bmso-list:[^;]*\bl(\d+)/i,S=/\bmso-list:[^;]*\blevel(\d+)/i,C=[function(e){e.documentElement.getAttribute(`xmlns:w`)===`urn:schemas-microsoft-com:office:word`&&(e=>{let t=Array.from(e.querySelectorAll(`[style*=mso-list]`)),n=[],r=[];t.forEach((e=>{(e.getAttribute(`style`)||``).match(b)?n.push(e):r.push(e)})),n.forEach((e=>e.parentNode?.removeChild(e)));let i=e.documentElement.innerHTML,a=r.map((e=>((e,t)=>{let n=e.getAttribute(`style`),r=n?.match(x);if(!r)return null;let i=Number(r[1]),a=n?.match(S),o=a?Number(a[1]):1,s=RegExp(`@list l${i}:level${o}\\s*\\{[^\\}]*mso-level-number-format:\\s*([\\w-]+)`,`i`),c=t.match(s);return{id:i,indent:o,type:c&&c[1]===`bullet`?`bullet`:`ordered`,element:e}})(e,i))).filter((e=>e));for(;a.length;){let e=[],t=a.shift();for(;t;)e.push(t),t=a.length&&a[0]?.element===t.element.nextElementSibling&&a[0].id===t.id?a.shift():null;let n=document.createElement(`ul`);e.forEach((e=>{let t=document.createElement(`li`);t.setAttribute(`data-list`,e.type),e.indent>1&&t.setAttribute(`class`,`ql-indent-`+(e.indent-1)),t.innerHTML=e.element.innerHTML,n.appendChild(t)}));let r=e[0]?.element,{parentNode:i}=r??{};r&&i?.replaceChild(n,r),e.slice(1).forEach((e=>{let{element:t}=e;i?.removeChild(t)}))}})(e)},function(e){e.querySelector(`[id^="docs-internal-guid-"]`)&&((e=>{Array.from(e.querySelectorAll(`b[style*="font-weight"]`)).filter((e=>e.getAttribute(`style`)?.match(_))).forEach((t=>{let n=e.createDocumentFragment();n.append(...t.childNodes),t.parentNode?.replaceChild(n,t)}))})(e),(e=>{Array.from(e.querySelectorAll(`br`)).filter((e=>y(e.previousElementSibling)&&y(e.nextElementSibling))).forEach((e=>{e.parentNode?.removeChild(e)}))})(e))}],w=(0,o.A)(`quill:clipboard`),T=[[Node.TEXT_NODE,function(e,t,n){let r=e.data;if(e.parentElement?.tagName===`O:P`)return t.insert(r.trim());if(!N(e)){if(r.trim().length===0&&r.includes(`
`)&&!function(e,t){return e.previousElementSibling&&e.nextElementSibling&&!j(e.previousElementSibling,t)&&!j(e.nextElementSibling,t)}(e,n))return t;r=r.replace(/[^\S\u00a0]/g,` `),r=r.replace(/ {2,}/g,` `),(e.previousSibling==null&&e.parentElement!=null&&j(e.parentElement,n)||e.previousSibling instanceof Element&&j(e.previousSibling,n))&&(r=r.replace(/^ /,``)),(e.nextSibling==null&&e.parentElement!=null&&j(e.parentElement,n)||e.nextSibling instanceof Element&&j(e.nextSibling,n))&&(r=r.replace(/ $/,``)),r=r.replaceAll(`\xA0`,` `)}return t.insert(r)}],[Node.TEXT_NODE,I],[`br`,function(e,t){return A(t,`
`)||t.insert(`
`),t}],[Node.ELEMENT_NODE,I],[Node.ELEMENT_NODE,function(e,t,n){let a=n.query(e);if(a==null)return t;if(a.prototype instanceof r.EmbedBlot){let t={},r=a.value(e);if(r!=null)return t[a.blotName]=r,new i.Ay().insert(t,a.formats(e,n))}else if(a.prototype instanceof r.BlockBlot&&!A(t,`
`)&&t.insert(`
`),`blotName`in a&&`formats`in a&&typeof a.formats==`function`)return k(t,a.blotName,a.formats(e,n),n);return t}],[Node.ELEMENT_NODE,function(e,t,n){let i=r.Attributor.keys(e),a=r.ClassAttributor.keys(e),o=r.StyleAttributor.keys(e),s={};return i.concat(a).concat(o).forEach((t=>{let i=n.query(t,r.Scope.ATTRIBUTE);i!=null&&(s[i.attrName]=i.value(e),s[i.attrName])||(i=E[t],i==null||i.attrName!==t&&i.keyName!==t||(s[i.attrName]=i.value(e)||void 0),i=D[t],i==null||i.attrName!==t&&i.keyName!==t||(i=D[t],s[i.attrName]=i.value(e)||void 0))})),Object.entries(s).reduce(((e,t)=>{let[r,i]=t;return k(e,r,i,n)}),t)}],[Node.ELEMENT_NODE,function(e,t,n){let r={},a=e.style||{};return a.fontStyle===`italic`&&(r.italic=!0),a.textDecoration===`underline`&&(r.underline=!0),a.textDecoration===`line-through`&&(r.strike=!0),(a.fontWeight?.startsWith(`bold`)||parseInt(a.fontWeight,10)>=700)&&(r.bold=!0),t=Object.entries(r).reduce(((e,t)=>{let[r,i]=t;return k(e,r,i,n)}),t),parseFloat(a.textIndent||0)>0?new i.Ay().insert(`	`).concat(t):t}],[`li`,function(e,t,n){let r=n.query(e);if(r==null||r.blotName!==`list`||!A(t,`
`))return t;let a=-1,o=e.parentNode;for(;o!=null;)[`OL`,`UL`].includes(o.tagName)&&(a+=1),o=o.parentNode;return a<=0?t:t.reduce(((e,t)=>t.insert?t.attributes&&typeof t.attributes.indent==`number`?e.push(t):e.insert(t.insert,{indent:a,...t.attributes||{}}):e),new i.Ay)}],[`ol, ul`,function(e,t,n){let r=e,i=r.tagName===`OL`?`ordered`:`bullet`,a=r.getAttribute(`data-checked`);return a&&(i=a===`true`?`checked`:`unchecked`),k(t,`list`,i,n)}],[`pre`,function(e,t,n){let r=n.query(`code-block`);return k(t,`code-block`,!r||!(`formats`in r)||typeof r.formats!=`function`||r.formats(e,n),n)}],[`tr`,function(e,t,n){let r=e.parentElement?.tagName===`TABLE`?e.parentElement:e.parentElement?.parentElement;return r==null?t:k(t,`table`,Array.from(r.querySelectorAll(`tr`)).indexOf(e)+1,n)}],[`b`,F(`bold`)],[`i`,F(`italic`)],[`strike`,F(`strike`)],[`style`,function(){return new i.Ay}]],E=[l.gS,p.Mc].reduce(((e,t)=>(e[t.keyName]=t,e)),{}),D=[l.Hu,u.s,f.JM,p.VL,m.z,h.r].reduce(((e,t)=>(e[t.keyName]=t,e)),{});class O extends s.A{static DEFAULTS={matchers:[]};constructor(e,t){super(e,t),this.quill.root.addEventListener(`copy`,(e=>this.onCaptureCopy(e,!1))),this.quill.root.addEventListener(`cut`,(e=>this.onCaptureCopy(e,!0))),this.quill.root.addEventListener(`paste`,this.onCapturePaste.bind(this)),this.matchers=[],T.concat(this.options.matchers??[]).forEach((e=>{let[t,n]=e;this.addMatcher(t,n)}))}addMatcher(e,t){this.matchers.push([e,t])}convert(e){let{html:t,text:n}=e,r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(r[d.Ay.blotName])return new i.Ay().insert(n||``,{[d.Ay.blotName]:r[d.Ay.blotName]});if(!t)return new i.Ay().insert(n||``,r);let a=this.convertHTML(t);return A(a,`
`)&&(a.ops[a.ops.length-1].attributes==null||r.table)?a.compose(new i.Ay().retain(a.length()-1).delete(1)):a}normalizeHTML(e){(e=>{e.documentElement&&C.forEach((t=>{t(e)}))})(e)}convertHTML(e){let t=new DOMParser().parseFromString(e,`text/html`);this.normalizeHTML(t);let n=t.body,r=new WeakMap,[i,a]=this.prepareMatching(n,r);return P(this.quill.scroll,n,i,a,r)}dangerouslyPasteHTML(e,t){let n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:c.Ay.sources.API;if(typeof e==`string`){let n=this.convert({html:e,text:``});this.quill.setContents(n,t),this.quill.setSelection(0,c.Ay.sources.SILENT)}else{let r=this.convert({html:t,text:``});this.quill.updateContents(new i.Ay().retain(e).concat(r),n),this.quill.setSelection(e+r.length(),c.Ay.sources.SILENT)}}onCaptureCopy(e){let t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];if(e.defaultPrevented)return;e.preventDefault();let[n]=this.quill.selection.getRange();if(n==null)return;let{html:r,text:i}=this.onCopy(n,t);e.clipboardData?.setData(`text/plain`,i),e.clipboardData?.setData(`text/html`,r),t&&(0,g.Xo)({range:n,quill:this.quill})}normalizeURIList(e){return e.split(/\r?\n/).filter((e=>e[0]!==`#`)).join(`
`)}onCapturePaste(e){if(e.defaultPrevented||!this.quill.isEnabled())return;e.preventDefault();let t=this.quill.getSelection(!0);if(t==null)return;let n=e.clipboardData?.getData(`text/html`),r=e.clipboardData?.getData(`text/plain`);if(!n&&!r){let t=e.clipboardData?.getData(`text/uri-list`);t&&(r=this.normalizeURIList(t))}let i=Array.from(e.clipboardData?.files||[]);if(!n&&i.length>0)this.quill.uploader.upload(t,i);else{if(n&&i.length>0){let e=new DOMParser().parseFromString(n,`text/html`);if(e.body.childElementCount===1&&e.body.firstElementChild?.tagName===`IMG`)return void this.quill.uploader.upload(t,i)}this.onPaste(t,{html:n,text:r})}}onCopy(e){let t=this.quill.getText(e);return{html:this.quill.getSemanticHTML(e),text:t}}onPaste(e,t){let{text:n,html:r}=t,a=this.quill.getFormat(e.index),o=this.convert({text:n,html:r},a);w.log(`onPaste`,o,{text:n,html:r});let s=new i.Ay().retain(e.index).delete(e.length).concat(o);this.quill.updateContents(s,c.Ay.sources.USER),this.quill.setSelection(s.length()-e.length,c.Ay.sources.SILENT),this.quill.scrollSelectionIntoView()}prepareMatching(e,t){let n=[],r=[];return this.matchers.forEach((i=>{let[a,o]=i;switch(a){case Node.TEXT_NODE:r.push(o);break;case Node.ELEMENT_NODE:n.push(o);break;default:Array.from(e.querySelectorAll(a)).forEach((e=>{t.has(e)?t.get(e)?.push(o):t.set(e,[o])}))}})),[n,r]}}function k(e,t,n,r){return r.query(t)?e.reduce(((e,r)=>{if(!r.insert)return e;if(r.attributes&&r.attributes[t])return e.push(r);let i=n?{[t]:n}:{};return e.insert(r.insert,{...i,...r.attributes})}),new i.Ay):e}function A(e,t){let n=``;for(let r=e.ops.length-1;r>=0&&n.length<t.length;--r){let t=e.ops[r];if(typeof t.insert!=`string`)break;n=t.insert+n}return n.slice(-1*t.length)===t}function j(e,t){if(!(e instanceof Element))return!1;let n=t.query(e);return!(n&&n.prototype instanceof r.EmbedBlot)&&`address.article.blockquote.canvas.dd.div.dl.dt.fieldset.figcaption.figure.footer.form.h1.h2.h3.h4.h5.h6.header.iframe.li.main.nav.ol.output.p.pre.section.table.td.tr.ul.video`.split(`.`).includes(e.tagName.toLowerCase())}let M=new WeakMap;function N(e){return e!=null&&(M.has(e)||(e.tagName===`PRE`?M.set(e,!0):M.set(e,N(e.parentNode))),M.get(e))}function P(e,t,n,r,a){return t.nodeType===t.TEXT_NODE?r.reduce(((n,r)=>r(t,n,e)),new i.Ay):t.nodeType===t.ELEMENT_NODE?Array.from(t.childNodes||[]).reduce(((i,o)=>{let s=P(e,o,n,r,a);return o.nodeType===t.ELEMENT_NODE&&(s=n.reduce(((t,n)=>n(o,t,e)),s),s=(a.get(o)||[]).reduce(((t,n)=>n(o,t,e)),s)),i.concat(s)}),new i.Ay):new i.Ay}function F(e){return(t,n,r)=>k(n,e,!0,r)}function I(e,t,n){if(!A(t,`
`)){if(j(e,n)&&(e.childNodes.length>0||e instanceof HTMLParagraphElement))return t.insert(`
`);if(t.length()>0&&e.nextSibling){let r=e.nextSibling;for(;r!=null;){if(j(r,n))return t.insert(`
`);let e=n.query(r);if(e&&e.prototype instanceof a.zo)return t.insert(`
`);r=r.firstChild}}}return t}},123:function(e,t,n){n.d(t,{Ay:function(){return d},Xo:function(){return _}});var r=n(398),i=n(3),a=n(543),o=n(78),s=n(266),c=n(697);let l=(0,o.A)(`quill:keyboard`),u=/Mac/i.test(navigator.platform)?`metaKey`:`ctrlKey`;class d extends s.A{static match(e,t){return![`altKey`,`ctrlKey`,`metaKey`,`shiftKey`].some((n=>!!t[n]!==e[n]&&t[n]!==null))&&(t.key===e.key||t.key===e.which)}constructor(e,t){super(e,t),this.bindings={},Object.keys(this.options.bindings).forEach((e=>{this.options.bindings[e]&&this.addBinding(this.options.bindings[e])})),this.addBinding({key:`Enter`,shiftKey:null},this.handleEnter),this.addBinding({key:`Enter`,metaKey:null,ctrlKey:null,altKey:null},(()=>{})),/Firefox/i.test(navigator.userAgent)?(this.addBinding({key:`Backspace`},{collapsed:!0},this.handleBackspace),this.addBinding({key:`Delete`},{collapsed:!0},this.handleDelete)):(this.addBinding({key:`Backspace`},{collapsed:!0,prefix:/^.?$/},this.handleBackspace),this.addBinding({key:`Delete`},{collapsed:!0,suffix:/^.?$/},this.handleDelete)),this.addBinding({key:`Backspace`},{collapsed:!1},this.handleDeleteRange),this.addBinding({key:`Delete`},{collapsed:!1},this.handleDeleteRange),this.addBinding({key:`Backspace`,altKey:null,ctrlKey:null,metaKey:null,shiftKey:null},{collapsed:!0,offset:0},this.handleBackspace),this.listen()}addBinding(e){let t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=function(e){if(typeof e==`string`||typeof e==`number`)e={key:e};else{if(typeof e!=`object`)return null;e={...e}}return e.shortKey&&(e[u]=e.shortKey,delete e.shortKey),e}(e);r==null?l.warn(`Attempted to add invalid keyboard binding`,r):(typeof t==`function`&&(t={handler:t}),typeof n==`function`&&(n={handler:n}),(Array.isArray(r.key)?r.key:[r.key]).forEach((e=>{let i={...r,key:e,...t,...n};this.bindings[i.key]=this.bindings[i.key]||[],this.bindings[i.key].push(i)})))}listen(){this.quill.root.addEventListener(`keydown`,(e=>{if(e.defaultPrevented||e.isComposing||e.keyCode===229&&(e.key===`Enter`||e.key===`Backspace`))return;let t=(this.bindings[e.key]||[]).concat(this.bindings[e.which]||[]).filter((t=>d.match(e,t)));if(t.length===0)return;let n=a.Ay.find(e.target,!0);if(n&&n.scroll!==this.quill.scroll)return;let r=this.quill.getSelection();if(r==null||!this.quill.hasFocus())return;let[o,s]=this.quill.getLine(r.index),[l,u]=this.quill.getLeaf(r.index),[f,p]=r.length===0?[l,u]:this.quill.getLeaf(r.index+r.length),m=l instanceof i.TextBlot?l.value().slice(0,u):``,h=f instanceof i.TextBlot?f.value().slice(p):``,g={collapsed:r.length===0,empty:r.length===0&&o.length()<=1,format:this.quill.getFormat(r),line:o,offset:s,prefix:m,suffix:h,event:e};t.some((e=>{if(e.collapsed!=null&&e.collapsed!==g.collapsed||e.empty!=null&&e.empty!==g.empty||e.offset!=null&&e.offset!==g.offset)return!1;if(Array.isArray(e.format)){if(e.format.every((e=>g.format[e]==null)))return!1}else if(typeof e.format==`object`&&!Object.keys(e.format).every((t=>!0===e.format[t]?g.format[t]!=null:!1===e.format[t]?g.format[t]==null:(0,c.A)(e.format[t],g.format[t]))))return!1;return!(e.prefix!=null&&!e.prefix.test(g.prefix)||e.suffix!=null&&!e.suffix.test(g.suffix)||!0===e.handler.call(this,r,g,e))}))&&e.preventDefault()}))}handleBackspace(e,t){let n=/[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(t.prefix)?2:1;if(e.index===0||this.quill.getLength()<=1)return;let i={},[o]=this.quill.getLine(e.index),s=new r.Ay().retain(e.index-n).delete(n);if(t.offset===0){let[t]=this.quill.getLine(e.index-1);if(t&&!(t.statics.blotName===`block`&&t.length()<=1)){let t=o.formats(),n=this.quill.getFormat(e.index-1,1);if(i=r.xb.diff(t,n)||{},Object.keys(i).length>0){let t=new r.Ay().retain(e.index+o.length()-2).retain(1,i);s=s.compose(t)}}}this.quill.updateContents(s,a.Ay.sources.USER),this.quill.focus()}handleDelete(e,t){let n=/^[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(t.suffix)?2:1;if(e.index>=this.quill.getLength()-n)return;let i={},[o]=this.quill.getLine(e.index),s=new r.Ay().retain(e.index).delete(n);if(t.offset>=o.length()-1){let[t]=this.quill.getLine(e.index+1);if(t){let n=o.formats(),a=this.quill.getFormat(e.index,1);i=r.xb.diff(n,a)||{},Object.keys(i).length>0&&(s=s.retain(t.length()-1).retain(1,i))}}this.quill.updateContents(s,a.Ay.sources.USER),this.quill.focus()}handleDeleteRange(e){_({range:e,quill:this.quill}),this.quill.focus()}handleEnter(e,t){let n=Object.keys(t.format).reduce(((e,n)=>(this.quill.scroll.query(n,i.Scope.BLOCK)&&!Array.isArray(t.format[n])&&(e[n]=t.format[n]),e)),{}),o=new r.Ay().retain(e.index).delete(e.length).insert(`
`,n);this.quill.updateContents(o,a.Ay.sources.USER),this.quill.setSelection(e.index+1,a.Ay.sources.SILENT),this.quill.focus()}}let f={bindings:{bold:h(`bold`),italic:h(`italic`),underline:h(`underline`),indent:{key:`Tab`,format:[`blockquote`,`indent`,`list`],handler(e,t){return!(!t.collapsed||t.offset===0)||(this.quill.format(`indent`,`+1`,a.Ay.sources.USER),!1)}},outdent:{key:`Tab`,shiftKey:!0,format:[`blockquote`,`indent`,`list`],handler(e,t){return!(!t.collapsed||t.offset===0)||(this.quill.format(`indent`,`-1`,a.Ay.sources.USER),!1)}},"outdent backspace":{key:`Backspace`,collapsed:!0,shiftKey:null,metaKey:null,ctrlKey:null,altKey:null,format:[`indent`,`list`],offset:0,handler(e,t){t.format.indent==null?t.format.list!=null&&this.quill.format(`list`,!1,a.Ay.sources.USER):this.quill.format(`indent`,`-1`,a.Ay.sources.USER)}},"indent code-block":p(!0),"outdent code-block":p(!1),"remove tab":{key:`Tab`,shiftKey:!0,collapsed:!0,prefix:/\t$/,handler(e){this.quill.deleteText(e.index-1,1,a.Ay.sources.USER)}},tab:{key:`Tab`,handler(e,t){if(t.format.table)return!0;this.quill.history.cutoff();let n=new r.Ay().retain(e.index).delete(e.length).insert(`	`);return this.quill.updateContents(n,a.Ay.sources.USER),this.quill.history.cutoff(),this.quill.setSelection(e.index+1,a.Ay.sources.SILENT),!1}},"blockquote empty enter":{key:`Enter`,collapsed:!0,format:[`blockquote`],empty:!0,handler(){this.quill.format(`blockquote`,!1,a.Ay.sources.USER)}},"list empty enter":{key:`Enter`,collapsed:!0,format:[`list`],empty:!0,handler(e,t){let n={list:!1};t.format.indent&&(n.indent=!1),this.quill.formatLine(e.index,e.length,n,a.Ay.sources.USER)}},"checklist enter":{key:`Enter`,collapsed:!0,format:{list:`checked`},handler(e){let[t,n]=this.quill.getLine(e.index),i={...t.formats(),list:`checked`},o=new r.Ay().retain(e.index).insert(`
`,i).retain(t.length()-n-1).retain(1,{list:`unchecked`});this.quill.updateContents(o,a.Ay.sources.USER),this.quill.setSelection(e.index+1,a.Ay.sources.SILENT),this.quill.scrollSelectionIntoView()}},"header enter":{key:`Enter`,collapsed:!0,format:[`header`],suffix:/^$/,handler(e,t){let[n,i]=this.quill.getLine(e.index),o=new r.Ay().retain(e.index).insert(`
`,t.format).retain(n.length()-i-1).retain(1,{header:null});this.quill.updateContents(o,a.Ay.sources.USER),this.quill.setSelection(e.index+1,a.Ay.sources.SILENT),this.quill.scrollSelectionIntoView()}},"table backspace":{key:`Backspace`,format:[`table`],collapsed:!0,offset:0,handler(){}},"table delete":{key:`Delete`,format:[`table`],collapsed:!0,suffix:/^$/,handler(){}},"table enter":{key:`Enter`,shiftKey:null,format:[`table`],handler(e){let t=this.quill.getModule(`table`);if(t){let[n,i,o,s]=t.getTable(e),c=function(e,t,n,r){return t.prev==null&&t.next==null?n.prev==null&&n.next==null?r===0?-1:1:n.prev==null?-1:1:t.prev==null?-1:t.next==null?1:null}(0,i,o,s);if(c==null)return;let l=n.offset();if(c<0){let t=new r.Ay().retain(l).insert(`
`);this.quill.updateContents(t,a.Ay.sources.USER),this.quill.setSelection(e.index+1,e.length,a.Ay.sources.SILENT)}else if(c>0){l+=n.length();let e=new r.Ay().retain(l).insert(`
`);this.quill.updateContents(e,a.Ay.sources.USER),this.quill.setSelection(l,a.Ay.sources.USER)}}}},"table tab":{key:`Tab`,shiftKey:null,format:[`table`],handler(e,t){let{event:n,line:r}=t,i=r.offset(this.quill.scroll);n.shiftKey?this.quill.setSelection(i-1,a.Ay.sources.USER):this.quill.setSelection(i+r.length(),a.Ay.sources.USER)}},"list autofill":{key:` `,shiftKey:null,collapsed:!0,format:{"code-block":!1,blockquote:!1,table:!1},prefix:/^\s*?(\d+\.|-|\*|\[ ?\]|\[x\])$/,handler(e,t){if(this.quill.scroll.query(`list`)==null)return!0;let{length:n}=t.prefix,[i,o]=this.quill.getLine(e.index);if(o>n)return!0;let s;switch(t.prefix.trim()){case`[]`:case`[ ]`:s=`unchecked`;break;case`[x]`:s=`checked`;break;case`-`:case`*`:s=`bullet`;break;default:s=`ordered`}this.quill.insertText(e.index,` `,a.Ay.sources.USER),this.quill.history.cutoff();let c=new r.Ay().retain(e.index-o).delete(n+1).retain(i.length()-2-o).retain(1,{list:s});return this.quill.updateContents(c,a.Ay.sources.USER),this.quill.history.cutoff(),this.quill.setSelection(e.index-n,a.Ay.sources.SILENT),!1}},"code exit":{key:`Enter`,collapsed:!0,format:[`code-block`],prefix:/^$/,suffix:/^\s*$/,handler(e){let[t,n]=this.quill.getLine(e.index),i=2,o=t;for(;o!=null&&o.length()<=1&&o.formats()[`code-block`];)if(o=o.prev,--i,i<=0){let i=new r.Ay().retain(e.index+t.length()-n-2).retain(1,{"code-block":null}).delete(1);return this.quill.updateContents(i,a.Ay.sources.USER),this.quill.setSelection(e.index-1,a.Ay.sources.SILENT),!1}return!0}},"embed left":m(`ArrowLeft`,!1),"embed left shift":m(`ArrowLeft`,!0),"embed right":m(`ArrowRight`,!1),"embed right shift":m(`ArrowRight`,!0),"table down":g(!1),"table up":g(!0)}};function p(e){return{key:`Tab`,shiftKey:!e,format:{"code-block":!0},handler(t,n){let{event:r}=n,{TAB:i}=this.quill.scroll.query(`code-block`);if(t.length===0&&!r.shiftKey)return this.quill.insertText(t.index,i,a.Ay.sources.USER),void this.quill.setSelection(t.index+i.length,a.Ay.sources.SILENT);let o=t.length===0?this.quill.getLines(t.index,1):this.quill.getLines(t),{index:s,length:c}=t;o.forEach(((t,n)=>{e?(t.insertAt(0,i),n===0?s+=i.length:c+=i.length):t.domNode.textContent.startsWith(i)&&(t.deleteAt(0,i.length),n===0?s-=i.length:c-=i.length)})),this.quill.update(a.Ay.sources.USER),this.quill.setSelection(s,c,a.Ay.sources.SILENT)}}}function m(e,t){return{key:e,shiftKey:t,altKey:null,[e===`ArrowLeft`?`prefix`:`suffix`]:/^$/,handler(n){let{index:r}=n;e===`ArrowRight`&&(r+=n.length+1);let[o]=this.quill.getLeaf(r);return!(o instanceof i.EmbedBlot&&(e===`ArrowLeft`?t?this.quill.setSelection(n.index-1,n.length+1,a.Ay.sources.USER):this.quill.setSelection(n.index-1,a.Ay.sources.USER):t?this.quill.setSelection(n.index,n.length+1,a.Ay.sources.USER):this.quill.setSelection(n.index+n.length+1,a.Ay.sources.USER),1))}}}function h(e){return{key:e[0],shortKey:!0,handler(t,n){this.quill.format(e,!n.format[e],a.Ay.sources.USER)}}}function g(e){return{key:e?`ArrowUp`:`ArrowDown`,collapsed:!0,format:[`table`],handler(t,n){let r=e?`prev`:`next`,i=n.line,o=i.parent[r];if(o!=null){if(o.statics.blotName===`table-row`){let e=o.children.head,t=i;for(;t.prev!=null;)t=t.prev,e=e.next;let r=e.offset(this.quill.scroll)+Math.min(n.offset,e.length()-1);this.quill.setSelection(r,0,a.Ay.sources.USER)}}else{let t=i.table()[r];t!=null&&(e?this.quill.setSelection(t.offset(this.quill.scroll)+t.length()-1,0,a.Ay.sources.USER):this.quill.setSelection(t.offset(this.quill.scroll),0,a.Ay.sources.USER))}return!1}}}function _(e){let{quill:t,range:n}=e,i=t.getLines(n),o={};if(i.length>1){let e=i[0].formats(),t=i[i.length-1].formats();o=r.xb.diff(t,e)||{}}t.deleteText(n,a.Ay.sources.USER),Object.keys(o).length>0&&t.formatLine(n.index,1,o,a.Ay.sources.USER),t.setSelection(n.index,a.Ay.sources.SILENT)}d.DEFAULTS=f},398:function(e,n,r){r.d(n,{Ay:function(){return T},Op:function(){return b},xb:function(){return y}});var i,a,o=Object.create,s=Object.defineProperty,c=Object.getOwnPropertyDescriptor,l=Object.getOwnPropertyNames,u=Object.getPrototypeOf,d=Object.prototype.hasOwnProperty,f=((e,t,n)=>(n=e==null?{}:o(u(e)),((e,t,n,r)=>{if(t&&typeof t==`object`||typeof t==`function`)for(let n of l(t))d.call(e,n)||n===void 0||s(e,n,{get:()=>t[n],enumerable:!(r=c(t,n))||r.enumerable});return e})(e&&e.__esModule?n:s(n,`default`,{value:e,enumerable:!0}),e)))((i={"node_modules/.pnpm/fast-diff@1.3.0/node_modules/fast-diff/diff.js"(e,t){var n=-1;function r(e,t,m,h,g){if(e===t)return e?[[0,e]]:[];if(m!=null){var _=function(e,t,n){var r=typeof n==`number`?{index:n,length:0}:n.oldRange,i=typeof n==`number`?null:n.newRange,a=e.length,o=t.length;if(r.length===0&&(i===null||i.length===0)){var s=r.index,c=e.slice(0,s),l=e.slice(s),u=i?i.index:null,d=s+o-a;if((u===null||u===d)&&!(d<0||d>o)){var f=t.slice(0,d);if((h=t.slice(d))===l){var p=Math.min(s,d);if((_=c.slice(0,p))===(b=f.slice(0,p)))return v(_,c.slice(p),f.slice(p),l)}}if(u===null||u===s){var m=s,h=(f=t.slice(0,m),t.slice(m));if(f===c){var g=Math.min(a-m,o-m);if((y=l.slice(l.length-g))===(x=h.slice(h.length-g)))return v(c,l.slice(0,l.length-g),h.slice(0,h.length-g),y)}}}if(r.length>0&&i&&i.length===0){var _=e.slice(0,r.index),y=e.slice(r.index+r.length);if(!(o<(p=_.length)+(g=y.length))){var b=t.slice(0,p),x=t.slice(o-g);if(_===b&&y===x)return v(_,e.slice(p,a-g),t.slice(p,o-g),y)}}return null}(e,t,m);if(_)return _}var y=a(e,t),b=e.substring(0,y);y=s(e=e.substring(y),t=t.substring(y));var x=e.substring(e.length-y),S=function(e,t){var o;if(!e)return[[1,t]];if(!t)return[[n,e]];var c=e.length>t.length?e:t,l=e.length>t.length?t:e,u=c.indexOf(l);if(u!==-1)return o=[[1,c.substring(0,u)],[0,l],[1,c.substring(u+l.length)]],e.length>t.length&&(o[0][0]=o[2][0]=n),o;if(l.length===1)return[[n,e],[1,t]];var d=function(e,t){var n=e.length>t.length?e:t,r=e.length>t.length?t:e;if(n.length<4||2*r.length<n.length)return null;function i(e,t,n){for(var r,i,o,c,l=e.substring(n,n+Math.floor(e.length/4)),u=-1,d=``;(u=t.indexOf(l,u+1))!==-1;){var f=a(e.substring(n),t.substring(u)),p=s(e.substring(0,n),t.substring(0,u));d.length<p+f&&(d=t.substring(u-p,u)+t.substring(u,u+f),r=e.substring(0,n-p),i=e.substring(n+f),o=t.substring(0,u-p),c=t.substring(u+f))}return 2*d.length>=e.length?[r,i,o,c,d]:null}var o,c,l,u,d,f=i(n,r,Math.ceil(n.length/4)),p=i(n,r,Math.ceil(n.length/2));return f||p?(o=p?f&&f[4].length>p[4].length?f:p:f,e.length>t.length?(c=o[0],l=o[1],u=o[2],d=o[3]):(u=o[0],d=o[1],c=o[2],l=o[3]),[c,l,u,d,o[4]]):null}(e,t);if(d){var f=d[0],p=d[1],m=d[2],h=d[3],g=d[4],_=r(f,m),v=r(p,h);return _.concat([[0,g]],v)}return function(e,t){for(var r=e.length,a=t.length,o=Math.ceil((r+a)/2),s=o,c=2*o,l=Array(c),u=Array(c),d=0;d<c;d++)l[d]=-1,u[d]=-1;l[s+1]=0,u[s+1]=0;for(var f=r-a,p=f%2!=0,m=0,h=0,g=0,_=0,v=0;v<o;v++){for(var y=-v+m;y<=v-h;y+=2){for(var b=s+y,x=(E=y===-v||y!==v&&l[b-1]<l[b+1]?l[b+1]:l[b-1]+1)-y;E<r&&x<a&&e.charAt(E)===t.charAt(x);)E++,x++;if(l[b]=E,E>r)h+=2;else if(x>a)m+=2;else if(p&&(w=s+f-y)>=0&&w<c&&u[w]!==-1&&E>=(C=r-u[w]))return i(e,t,E,x)}for(var S=-v+g;S<=v-_;S+=2){for(var C,w=s+S,T=(C=S===-v||S!==v&&u[w-1]<u[w+1]?u[w+1]:u[w-1]+1)-S;C<r&&T<a&&e.charAt(r-C-1)===t.charAt(a-T-1);)C++,T++;if(u[w]=C,C>r)_+=2;else if(T>a)g+=2;else if(!p){var E;if((b=s+f-S)>=0&&b<c&&l[b]!==-1&&(x=s+(E=l[b])-b,E>=(C=r-C)))return i(e,t,E,x)}}}return[[n,e],[1,t]]}(e,t)}(e=e.substring(0,e.length-y),t=t.substring(0,t.length-y));return b&&S.unshift([0,b]),x&&S.push([0,x]),p(S,g),h&&function(e){for(var t=!1,r=[],i=0,a=null,m=0,h=0,g=0,_=0,v=0;m<e.length;)e[m][0]==0?(r[i++]=m,h=_,g=v,_=0,v=0,a=e[m][1]):(e[m][0]==1?_+=e[m][1].length:v+=e[m][1].length,a&&a.length<=Math.max(h,g)&&a.length<=Math.max(_,v)&&(e.splice(r[i-1],0,[n,a]),e[r[i-1]+1][0]=1,i--,m=--i>0?r[i-1]:-1,h=0,g=0,_=0,v=0,a=null,t=!0)),m++;for(t&&p(e),function(e){function t(e,t){if(!e||!t)return 6;var n=e.charAt(e.length-1),r=t.charAt(0),i=n.match(c),a=r.match(c),o=i&&n.match(l),s=a&&r.match(l),p=o&&n.match(u),m=s&&r.match(u),h=p&&e.match(d),g=m&&t.match(f);return h||g?5:p||m?4:i&&!o&&s?3:o||s?2:i||a?1:0}for(var n=1;n<e.length-1;){if(e[n-1][0]==0&&e[n+1][0]==0){var r=e[n-1][1],i=e[n][1],a=e[n+1][1],o=s(r,i);if(o){var p=i.substring(i.length-o);r=r.substring(0,r.length-o),i=p+i.substring(0,i.length-o),a=p+a}for(var m=r,h=i,g=a,_=t(r,i)+t(i,a);i.charAt(0)===a.charAt(0);){r+=i.charAt(0),i=i.substring(1)+a.charAt(0),a=a.substring(1);var v=t(r,i)+t(i,a);v>=_&&(_=v,m=r,h=i,g=a)}e[n-1][1]!=m&&(m?e[n-1][1]=m:(e.splice(n-1,1),n--),e[n][1]=h,g?e[n+1][1]=g:(e.splice(n+1,1),n--))}n++}}(e),m=1;m<e.length;){if(e[m-1][0]==n&&e[m][0]==1){var y=e[m-1][1],b=e[m][1],x=o(y,b),S=o(b,y);x>=S?(x>=y.length/2||x>=b.length/2)&&(e.splice(m,0,[0,b.substring(0,x)]),e[m-1][1]=y.substring(0,y.length-x),e[m+1][1]=b.substring(x),m++):(S>=y.length/2||S>=b.length/2)&&(e.splice(m,0,[0,y.substring(0,S)]),e[m-1][0]=1,e[m-1][1]=b.substring(0,b.length-S),e[m+1][0]=n,e[m+1][1]=y.substring(S),m++),m++}m++}}(S),S}function i(e,t,n,i){var a=e.substring(0,n),o=t.substring(0,i),s=e.substring(n),c=t.substring(i),l=r(a,o),u=r(s,c);return l.concat(u)}function a(e,t){if(!e||!t||e.charAt(0)!==t.charAt(0))return 0;for(var n=0,r=Math.min(e.length,t.length),i=r,a=0;n<i;)e.substring(a,i)==t.substring(a,i)?a=n=i:r=i,i=Math.floor((r-n)/2+n);return m(e.charCodeAt(i-1))&&i--,i}function o(e,t){var n=e.length,r=t.length;if(n==0||r==0)return 0;n>r?e=e.substring(n-r):n<r&&(t=t.substring(0,n));var i=Math.min(n,r);if(e==t)return i;for(var a=0,o=1;;){var s=e.substring(i-o),c=t.indexOf(s);if(c==-1)return a;o+=c,c!=0&&e.substring(i-o)!=t.substring(0,o)||(a=o,o++)}}function s(e,t){if(!e||!t||e.slice(-1)!==t.slice(-1))return 0;for(var n=0,r=Math.min(e.length,t.length),i=r,a=0;n<i;)e.substring(e.length-i,e.length-a)==t.substring(t.length-i,t.length-a)?a=n=i:r=i,i=Math.floor((r-n)/2+n);return h(e.charCodeAt(e.length-i))&&i--,i}var c=/[^a-zA-Z0-9]/,l=/\s/,u=/[\r\n]/,d=/\n\r?\n$/,f=/^\r?\n\r?\n/;function p(e,t){e.push([0,``]);for(var r,i=0,o=0,c=0,l=``,u=``;i<e.length;)if(i<e.length-1&&!e[i][1])e.splice(i,1);else switch(e[i][0]){case 1:c++,u+=e[i][1],i++;break;case n:o++,l+=e[i][1],i++;break;case 0:var d=i-c-o-1;if(t){if(d>=0&&_(e[d][1])){var f=e[d][1].slice(-1);if(e[d][1]=e[d][1].slice(0,-1),l=f+l,u=f+u,!e[d][1]){e.splice(d,1),i--;var m=d-1;e[m]&&e[m][0]===1&&(c++,u=e[m][1]+u,m--),e[m]&&e[m][0]===n&&(o++,l=e[m][1]+l,m--),d=m}}g(e[i][1])&&(f=e[i][1].charAt(0),e[i][1]=e[i][1].slice(1),l+=f,u+=f)}if(i<e.length-1&&!e[i][1]){e.splice(i,1);break}if(l.length>0||u.length>0){l.length>0&&u.length>0&&((r=a(u,l))!==0&&(d>=0?e[d][1]+=u.substring(0,r):(e.splice(0,0,[0,u.substring(0,r)]),i++),u=u.substring(r),l=l.substring(r)),(r=s(u,l))!==0&&(e[i][1]=u.substring(u.length-r)+e[i][1],u=u.substring(0,u.length-r),l=l.substring(0,l.length-r)));var h=c+o;l.length===0&&u.length===0?(e.splice(i-h,h),i-=h):l.length===0?(e.splice(i-h,h,[1,u]),i=i-h+1):u.length===0?(e.splice(i-h,h,[n,l]),i=i-h+1):(e.splice(i-h,h,[n,l],[1,u]),i=i-h+2)}i!==0&&e[i-1][0]===0?(e[i-1][1]+=e[i][1],e.splice(i,1)):i++,c=0,o=0,l=``,u=``}e[e.length-1][1]===``&&e.pop();var v=!1;for(i=1;i<e.length-1;)e[i-1][0]===0&&e[i+1][0]===0&&(e[i][1].substring(e[i][1].length-e[i-1][1].length)===e[i-1][1]?(e[i][1]=e[i-1][1]+e[i][1].substring(0,e[i][1].length-e[i-1][1].length),e[i+1][1]=e[i-1][1]+e[i+1][1],e.splice(i-1,1),v=!0):e[i][1].substring(0,e[i+1][1].length)==e[i+1][1]&&(e[i-1][1]+=e[i+1][1],e[i][1]=e[i][1].substring(e[i+1][1].length)+e[i+1][1],e.splice(i+1,1),v=!0)),i++;v&&p(e,t)}function m(e){return e>=55296&&e<=56319}function h(e){return e>=56320&&e<=57343}function g(e){return h(e.charCodeAt(0))}function _(e){return m(e.charCodeAt(e.length-1))}function v(e,t,r,i){return _(e)||g(i)?null:function(e){for(var t=[],n=0;n<e.length;n++)e[n][1].length>0&&t.push(e[n]);return t}([[0,e],[n,t],[1,r],[0,i]])}function y(e,t,n,i){return r(e,t,n,i,!0)}y.INSERT=1,y.DELETE=n,y.EQUAL=0,t.exports=y}},function(){return a||(0,i[l(i)[0]])((a={exports:{}}).exports,a),a.exports})()),p=function(e){return JSON.parse(JSON.stringify(e))};function m(e){return e!==Object(e)}var h,g,_=function e(t,n){if(t===n)return!0;if(m(t)||m(n))return t===n;if(Object.keys(t).length!==Object.keys(n).length)return!1;for(let r in t)if(!(r in n)||!e(t[r],n[r]))return!1;return!0};(g=h||={}).compose=function(e={},t={},n=!1){typeof e!=`object`&&(e={}),typeof t!=`object`&&(t={});let r=p(t);n||(r=Object.keys(r).reduce(((e,t)=>(r[t]!=null&&(e[t]=r[t]),e)),{}));for(let n in e)e[n]!==void 0&&t[n]===void 0&&(r[n]=e[n]);return Object.keys(r).length>0?r:void 0},g.diff=function(e={},t={}){typeof e!=`object`&&(e={}),typeof t!=`object`&&(t={});let n=Object.keys(e).concat(Object.keys(t)).reduce(((n,r)=>(_(e[r],t[r])||(n[r]=t[r]===void 0?null:t[r]),n)),{});return Object.keys(n).length>0?n:void 0},g.invert=function(e={},t={}){e||={};let n=Object.keys(t).reduce(((n,r)=>(t[r]!==e[r]&&e[r]!==void 0&&(n[r]=t[r]),n)),{});return Object.keys(e).reduce(((n,r)=>(e[r]!==t[r]&&t[r]===void 0&&(n[r]=null),n)),n)},g.transform=function(e,t,n=!1){if(typeof e!=`object`)return t;if(typeof t!=`object`)return;if(!n)return t;let r=Object.keys(t).reduce(((n,r)=>(e[r]===void 0&&(n[r]=t[r]),n)),{});return Object.keys(r).length>0?r:void 0};var v,y=h;(v||={}).length=function(e){return typeof e.delete==`number`?e.delete:typeof e.retain==`number`?e.retain:typeof e.retain==`object`&&e.retain!==null?1:typeof e.insert==`string`?e.insert.length:1};var b=v,x=class{ops;index;offset;constructor(e){this.ops=e,this.index=0,this.offset=0}hasNext(){return this.peekLength()<1/0}next(e){e||=1/0;let t=this.ops[this.index];if(t){let n=this.offset,r=b.length(t);if(e>=r-n?(e=r-n,this.index+=1,this.offset=0):this.offset+=e,typeof t.delete==`number`)return{delete:e};{let r={};return t.attributes&&(r.attributes=t.attributes),typeof t.retain==`number`?r.retain=e:typeof t.retain==`object`&&t.retain!==null?r.retain=t.retain:typeof t.insert==`string`?r.insert=t.insert.substr(n,e):r.insert=t.insert,r}}return{retain:1/0}}peek(){return this.ops[this.index]}peekLength(){return this.ops[this.index]?b.length(this.ops[this.index])-this.offset:1/0}peekType(){let e=this.ops[this.index];return e?typeof e.delete==`number`?`delete`:typeof e.retain==`number`||typeof e.retain==`object`&&e.retain!==null?`retain`:`insert`:`retain`}rest(){if(this.hasNext()){if(this.offset===0)return this.ops.slice(this.index);{let e=this.offset,t=this.index,n=this.next(),r=this.ops.slice(this.index);return this.offset=e,this.index=t,[n].concat(r)}}return[]}},S=`\0`,C=(e,t)=>{if(typeof e!=`object`||!e)throw Error(`cannot retain a `+typeof e);if(typeof t!=`object`||!t)throw Error(`cannot retain a `+typeof t);let n=Object.keys(e)[0];if(!n||n!==Object.keys(t)[0])throw Error(`embed types not matched: ${n} != ${Object.keys(t)[0]}`);return[n,e[n],t[n]]},w=class e{static Op=b;static OpIterator=x;static AttributeMap=y;static handlers={};static registerEmbed(e,t){this.handlers[e]=t}static unregisterEmbed(e){delete this.handlers[e]}static getHandler(e){let t=this.handlers[e];if(!t)throw Error(`no handlers for embed type "${e}"`);return t}ops;inverted;constructor(e){Array.isArray(e)?this.ops=e:e!=null&&Array.isArray(e.ops)?(this.ops=e.ops,this.inverted=e.inverted):this.ops=[]}insert(e,t){let n={};return typeof e==`string`&&e.length===0?this:(n.insert=e,typeof t==`object`&&t&&Object.keys(t).length>0&&(n.attributes=t),this.push(n))}delete(e){return e<=0?this:this.push({delete:e})}retain(e,t){if(typeof e==`number`&&e<=0)return this;let n={retain:e};return typeof t==`object`&&t&&Object.keys(t).length>0&&(n.attributes=t),this.push(n)}push(e){let t=this.ops.length,n=this.ops[t-1];if(e=p(e),typeof n==`object`){if(typeof e.delete==`number`&&typeof n.delete==`number`)return this.ops[t-1]={delete:n.delete+e.delete},this;if(typeof n.delete==`number`&&e.insert!=null&&(--t,n=this.ops[t-1],typeof n!=`object`))return this.ops.unshift(e),this;if(_(e.attributes,n.attributes)){if(typeof e.insert==`string`&&typeof n.insert==`string`)return this.ops[t-1]={insert:n.insert+e.insert},typeof e.attributes==`object`&&(this.ops[t-1].attributes=e.attributes),this;if(typeof e.retain==`number`&&typeof n.retain==`number`)return this.ops[t-1]={retain:n.retain+e.retain},typeof e.attributes==`object`&&(this.ops[t-1].attributes=e.attributes),this}}return t===this.ops.length?this.ops.push(e):this.ops.splice(t,0,e),this}chop(){let e=this.ops[this.ops.length-1];return e&&typeof e.retain==`number`&&!e.attributes&&this.ops.pop(),this}filter(e){return this.ops.filter(e)}forEach(e){this.ops.forEach(e)}map(e){return this.ops.map(e)}partition(e){let t=[],n=[];return this.forEach((r=>{(e(r)?t:n).push(r)})),[t,n]}reduce(e,t){return this.ops.reduce(e,t)}changeLength(){return this.reduce(((e,t)=>t.insert?e+b.length(t):t.delete?e-t.delete:e),0)}length(){return this.reduce(((e,t)=>e+b.length(t)),0)}slice(t=0,n=1/0){let r=[],i=new x(this.ops),a=0;for(;a<n&&i.hasNext();){let e;a<t?e=i.next(t-a):(e=i.next(n-a),r.push(e)),a+=b.length(e)}return new e(r)}compose(t){let n=new x(this.ops),r=new x(t.ops),i=[],a=r.peek();if(a!=null&&typeof a.retain==`number`&&a.attributes==null){let e=a.retain;for(;n.peekType()===`insert`&&n.peekLength()<=e;)e-=n.peekLength(),i.push(n.next());a.retain-e>0&&r.next(a.retain-e)}let o=new e(i);for(;n.hasNext()||r.hasNext();)if(r.peekType()===`insert`)o.push(r.next());else if(n.peekType()===`delete`)o.push(n.next());else{let t=Math.min(n.peekLength(),r.peekLength()),i=n.next(t),a=r.next(t);if(a.retain){let s={};if(typeof i.retain==`number`)s.retain=typeof a.retain==`number`?t:a.retain;else if(typeof a.retain==`number`)i.retain==null?s.insert=i.insert:s.retain=i.retain;else{let t=i.retain==null?`insert`:`retain`,[n,r,o]=C(i[t],a.retain),c=e.getHandler(n);s[t]={[n]:c.compose(r,o,t===`retain`)}}let c=y.compose(i.attributes,a.attributes,typeof i.retain==`number`);if(c&&(s.attributes=c),o.push(s),!r.hasNext()&&_(o.ops[o.ops.length-1],s)){let t=new e(n.rest());return o.concat(t).chop()}}else typeof a.delete==`number`&&(typeof i.retain==`number`||typeof i.retain==`object`&&i.retain!==null)&&o.push(a)}return o.chop()}concat(t){let n=new e(this.ops.slice());return t.ops.length>0&&(n.push(t.ops[0]),n.ops=n.ops.concat(t.ops.slice(1))),n}diff(t,n){if(this.ops===t.ops)return new e;let r=[this,t].map((e=>e.map((n=>{if(n.insert!=null)return typeof n.insert==`string`?n.insert:S;throw Error(`diff() called `+(e===t?`on`:`with`)+` non-document`)})).join(``))),i=new e,a=(0,f.default)(r[0],r[1],n,!0),o=new x(this.ops),s=new x(t.ops);return a.forEach((e=>{let t=e[1].length;for(;t>0;){let n=0;switch(e[0]){case f.default.INSERT:n=Math.min(s.peekLength(),t),i.push(s.next(n));break;case f.default.DELETE:n=Math.min(t,o.peekLength()),o.next(n),i.delete(n);break;case f.default.EQUAL:n=Math.min(o.peekLength(),s.peekLength(),t);let e=o.next(n),r=s.next(n);_(e.insert,r.insert)?i.retain(n,y.diff(e.attributes,r.attributes)):i.push(r).delete(n)}t-=n}})),i.chop()}eachLine(t,n=`
`){let r=new x(this.ops),i=new e,a=0;for(;r.hasNext();){if(r.peekType()!==`insert`)return;let o=r.peek(),s=b.length(o)-r.peekLength(),c=typeof o.insert==`string`?o.insert.indexOf(n,s)-s:-1;if(c<0)i.push(r.next());else if(c>0)i.push(r.next(c));else{if(!1===t(i,r.next(1).attributes||{},a))return;a+=1,i=new e}}i.length()>0&&t(i,{},a)}invert(t){let n=new e;return this.reduce(((r,i)=>{if(i.insert)n.delete(b.length(i));else{if(typeof i.retain==`number`&&i.attributes==null)return n.retain(i.retain),r+i.retain;if(i.delete||typeof i.retain==`number`){let e=i.delete||i.retain;return t.slice(r,r+e).forEach((e=>{i.delete?n.push(e):i.retain&&i.attributes&&n.retain(b.length(e),y.invert(i.attributes,e.attributes))})),r+e}if(typeof i.retain==`object`&&i.retain!==null){let a=new x(t.slice(r,r+1).ops).next(),[o,s,c]=C(i.retain,a.insert),l=e.getHandler(o);return n.retain({[o]:l.invert(s,c)},y.invert(i.attributes,a.attributes)),r+1}}return r}),0),n.chop()}transform(t,n=!1){if(n=!!n,typeof t==`number`)return this.transformPosition(t,n);let r=t,i=new x(this.ops),a=new x(r.ops),o=new e;for(;i.hasNext()||a.hasNext();)if(i.peekType()!==`insert`||!n&&a.peekType()===`insert`)if(a.peekType()===`insert`)o.push(a.next());else{let t=Math.min(i.peekLength(),a.peekLength()),r=i.next(t),s=a.next(t);if(r.delete)continue;if(s.delete)o.push(s);else{let i=r.retain,a=s.retain,c=typeof a==`object`&&a?a:t;if(typeof i==`object`&&i&&typeof a==`object`&&a){let t=Object.keys(i)[0];if(t===Object.keys(a)[0]){let r=e.getHandler(t);r&&(c={[t]:r.transform(i[t],a[t],n)})}}o.retain(c,y.transform(r.attributes,s.attributes,n))}}else o.retain(b.length(i.next()));return o.chop()}transformPosition(e,t=!1){t=!!t;let n=new x(this.ops),r=0;for(;n.hasNext()&&r<=e;){let i=n.peekLength(),a=n.peekType();n.next(),a===`delete`?e-=Math.min(i,e-r):(a===`insert`&&(r<e||!t)&&(e+=i),r+=i)}return e}},T=w;typeof t==`object`&&(t.exports=w,t.exports.default=w)},3:function(e,t,n){n.r(t),n.d(t,{Attributor:function(){return i},AttributorStore:function(){return f},BlockBlot:function(){return w},ClassAttributor:function(){return l},ContainerBlot:function(){return E},EmbedBlot:function(){return D},InlineBlot:function(){return S},LeafBlot:function(){return g},ParentBlot:function(){return b},Registry:function(){return s},Scope:function(){return r},ScrollBlot:function(){return A},StyleAttributor:function(){return d},TextBlot:function(){return M}});var r=(e=>(e[e.TYPE=3]=`TYPE`,e[e.LEVEL=12]=`LEVEL`,e[e.ATTRIBUTE=13]=`ATTRIBUTE`,e[e.BLOT=14]=`BLOT`,e[e.INLINE=7]=`INLINE`,e[e.BLOCK=11]=`BLOCK`,e[e.BLOCK_BLOT=10]=`BLOCK_BLOT`,e[e.INLINE_BLOT=6]=`INLINE_BLOT`,e[e.BLOCK_ATTRIBUTE=9]=`BLOCK_ATTRIBUTE`,e[e.INLINE_ATTRIBUTE=5]=`INLINE_ATTRIBUTE`,e[e.ANY=15]=`ANY`,e))(r||{});class i{constructor(e,t,n={}){this.attrName=e,this.keyName=t;let i=r.TYPE&r.ATTRIBUTE;this.scope=n.scope==null?r.ATTRIBUTE:n.scope&r.LEVEL|i,n.whitelist!=null&&(this.whitelist=n.whitelist)}static keys(e){return Array.from(e.attributes).map((e=>e.name))}add(e,t){return!!this.canAdd(e,t)&&(e.setAttribute(this.keyName,t),!0)}canAdd(e,t){return this.whitelist==null||(typeof t==`string`?this.whitelist.indexOf(t.replace(/["']/g,``))>-1:this.whitelist.indexOf(t)>-1)}remove(e){e.removeAttribute(this.keyName)}value(e){let t=e.getAttribute(this.keyName);return this.canAdd(e,t)&&t?t:``}}class a extends Error{constructor(e){super(e=`[Parchment] `+e),this.message=e,this.name=this.constructor.name}}let o=class e{constructor(){this.attributes={},this.classes={},this.tags={},this.types={}}static find(e,t=!1){if(e==null)return null;if(this.blots.has(e))return this.blots.get(e)||null;if(t){let n=null;try{n=e.parentNode}catch{return null}return this.find(n,t)}return null}create(t,n,r){let i=this.query(n);if(i==null)throw new a(`Unable to create ${n} blot`);let o=i,s=new o(t,n instanceof Node||n.nodeType===Node.TEXT_NODE?n:o.create(r),r);return e.blots.set(s.domNode,s),s}find(t,n=!1){return e.find(t,n)}query(e,t=r.ANY){let n;return typeof e==`string`?n=this.types[e]||this.attributes[e]:e instanceof Text||e.nodeType===Node.TEXT_NODE?n=this.types.text:typeof e==`number`?e&r.LEVEL&r.BLOCK?n=this.types.block:e&r.LEVEL&r.INLINE&&(n=this.types.inline):e instanceof Element&&((e.getAttribute(`class`)||``).split(/\s+/).some((e=>(n=this.classes[e],!!n))),n||=this.tags[e.tagName]),n==null?null:`scope`in n&&t&r.LEVEL&n.scope&&t&r.TYPE&n.scope?n:null}register(...e){return e.map((e=>{let t=`blotName`in e,n=`attrName`in e;if(!t&&!n)throw new a(`Invalid definition`);if(t&&e.blotName===`abstract`)throw new a(`Cannot register abstract class`);let r=t?e.blotName:n?e.attrName:void 0;return this.types[r]=e,n?typeof e.keyName==`string`&&(this.attributes[e.keyName]=e):t&&(e.className&&(this.classes[e.className]=e),e.tagName&&(Array.isArray(e.tagName)?e.tagName=e.tagName.map((e=>e.toUpperCase())):e.tagName=e.tagName.toUpperCase(),(Array.isArray(e.tagName)?e.tagName:[e.tagName]).forEach((t=>{(this.tags[t]==null||e.className==null)&&(this.tags[t]=e)})))),e}))}};o.blots=new WeakMap;let s=o;function c(e,t){return(e.getAttribute(`class`)||``).split(/\s+/).filter((e=>e.indexOf(`${t}-`)===0))}let l=class extends i{static keys(e){return(e.getAttribute(`class`)||``).split(/\s+/).map((e=>e.split(`-`).slice(0,-1).join(`-`)))}add(e,t){return!!this.canAdd(e,t)&&(this.remove(e),e.classList.add(`${this.keyName}-${t}`),!0)}remove(e){c(e,this.keyName).forEach((t=>{e.classList.remove(t)})),e.classList.length===0&&e.removeAttribute(`class`)}value(e){let t=(c(e,this.keyName)[0]||``).slice(this.keyName.length+1);return this.canAdd(e,t)?t:``}};function u(e){let t=e.split(`-`),n=t.slice(1).map((e=>e[0].toUpperCase()+e.slice(1))).join(``);return t[0]+n}let d=class extends i{static keys(e){return(e.getAttribute(`style`)||``).split(`;`).map((e=>e.split(`:`)[0].trim()))}add(e,t){return!!this.canAdd(e,t)&&(e.style[u(this.keyName)]=t,!0)}remove(e){e.style[u(this.keyName)]=``,e.getAttribute(`style`)||e.removeAttribute(`style`)}value(e){let t=e.style[u(this.keyName)];return this.canAdd(e,t)?t:``}},f=class{constructor(e){this.attributes={},this.domNode=e,this.build()}attribute(e,t){t?e.add(this.domNode,t)&&(e.value(this.domNode)==null?delete this.attributes[e.attrName]:this.attributes[e.attrName]=e):(e.remove(this.domNode),delete this.attributes[e.attrName])}build(){this.attributes={};let e=s.find(this.domNode);if(e==null)return;let t=i.keys(this.domNode),n=l.keys(this.domNode),a=d.keys(this.domNode);t.concat(n).concat(a).forEach((t=>{let n=e.scroll.query(t,r.ATTRIBUTE);n instanceof i&&(this.attributes[n.attrName]=n)}))}copy(e){Object.keys(this.attributes).forEach((t=>{let n=this.attributes[t].value(this.domNode);e.format(t,n)}))}move(e){this.copy(e),Object.keys(this.attributes).forEach((e=>{this.attributes[e].remove(this.domNode)})),this.attributes={}}values(){return Object.keys(this.attributes).reduce(((e,t)=>(e[t]=this.attributes[t].value(this.domNode),e)),{})}},p=class{constructor(e,t){this.scroll=e,this.domNode=t,s.blots.set(t,this),this.prev=null,this.next=null}static create(e){if(this.tagName==null)throw new a(`Blot definition missing tagName`);let t,n;return Array.isArray(this.tagName)?(typeof e==`string`?(n=e.toUpperCase(),parseInt(n,10).toString()===n&&(n=parseInt(n,10))):typeof e==`number`&&(n=e),t=typeof n==`number`?document.createElement(this.tagName[n-1]):n&&this.tagName.indexOf(n)>-1?document.createElement(n):document.createElement(this.tagName[0])):t=document.createElement(this.tagName),this.className&&t.classList.add(this.className),t}get statics(){return this.constructor}attach(){}clone(){let e=this.domNode.cloneNode(!1);return this.scroll.create(e)}detach(){this.parent!=null&&this.parent.removeChild(this),s.blots.delete(this.domNode)}deleteAt(e,t){this.isolate(e,t).remove()}formatAt(e,t,n,i){let a=this.isolate(e,t);if(this.scroll.query(n,r.BLOT)!=null&&i)a.wrap(n,i);else if(this.scroll.query(n,r.ATTRIBUTE)!=null){let e=this.scroll.create(this.statics.scope);a.wrap(e),e.format(n,i)}}insertAt(e,t,n){let r=n==null?this.scroll.create(`text`,t):this.scroll.create(t,n),i=this.split(e);this.parent.insertBefore(r,i||void 0)}isolate(e,t){let n=this.split(e);if(n==null)throw Error(`Attempt to isolate at end`);return n.split(t),n}length(){return 1}offset(e=this.parent){return this.parent==null||this===e?0:this.parent.children.offset(this)+this.parent.offset(e)}optimize(e){this.statics.requiredContainer&&!(this.parent instanceof this.statics.requiredContainer)&&this.wrap(this.statics.requiredContainer.blotName)}remove(){this.domNode.parentNode!=null&&this.domNode.parentNode.removeChild(this.domNode),this.detach()}replaceWith(e,t){let n=typeof e==`string`?this.scroll.create(e,t):e;return this.parent!=null&&(this.parent.insertBefore(n,this.next||void 0),this.remove()),n}split(e,t){return e===0?this:this.next}update(e,t){}wrap(e,t){let n=typeof e==`string`?this.scroll.create(e,t):e;if(this.parent!=null&&this.parent.insertBefore(n,this.next||void 0),typeof n.appendChild!=`function`)throw new a(`Cannot wrap ${e}`);return n.appendChild(this),n}};p.blotName=`abstract`;let m=p,h=class extends m{static value(e){return!0}index(e,t){return this.domNode===e||this.domNode.compareDocumentPosition(e)&Node.DOCUMENT_POSITION_CONTAINED_BY?Math.min(t,1):-1}position(e,t){let n=Array.from(this.parent.domNode.childNodes).indexOf(this.domNode);return e>0&&(n+=1),[this.parent.domNode,n]}value(){return{[this.statics.blotName]:this.statics.value(this.domNode)||!0}}};h.scope=r.INLINE_BLOT;let g=h;class _{constructor(){this.head=null,this.tail=null,this.length=0}append(...e){if(this.insertBefore(e[0],null),e.length>1){let t=e.slice(1);this.append(...t)}}at(e){let t=this.iterator(),n=t();for(;n&&e>0;)--e,n=t();return n}contains(e){let t=this.iterator(),n=t();for(;n;){if(n===e)return!0;n=t()}return!1}indexOf(e){let t=this.iterator(),n=t(),r=0;for(;n;){if(n===e)return r;r+=1,n=t()}return-1}insertBefore(e,t){e!=null&&(this.remove(e),e.next=t,t==null?this.tail==null?(e.prev=null,this.head=this.tail=e):(this.tail.next=e,e.prev=this.tail,this.tail=e):(e.prev=t.prev,t.prev!=null&&(t.prev.next=e),t.prev=e,t===this.head&&(this.head=e)),this.length+=1)}offset(e){let t=0,n=this.head;for(;n!=null;){if(n===e)return t;t+=n.length(),n=n.next}return-1}remove(e){this.contains(e)&&(e.prev!=null&&(e.prev.next=e.next),e.next!=null&&(e.next.prev=e.prev),e===this.head&&(this.head=e.next),e===this.tail&&(this.tail=e.prev),--this.length)}iterator(e=this.head){return()=>{let t=e;return e!=null&&(e=e.next),t}}find(e,t=!1){let n=this.iterator(),r=n();for(;r;){let i=r.length();if(e<i||t&&e===i&&(r.next==null||r.next.length()!==0))return[r,e];e-=i,r=n()}return[null,0]}forEach(e){let t=this.iterator(),n=t();for(;n;)e(n),n=t()}forEachAt(e,t,n){if(t<=0)return;let[r,i]=this.find(e),a=e-i,o=this.iterator(r),s=o();for(;s&&a<e+t;){let r=s.length();e>a?n(s,e-a,Math.min(t,a+r-e)):n(s,0,Math.min(r,e+t-a)),a+=r,s=o()}}map(e){return this.reduce(((t,n)=>(t.push(e(n)),t)),[])}reduce(e,t){let n=this.iterator(),r=n();for(;r;)t=e(t,r),r=n();return t}}function v(e,t){let n=t.find(e);if(n)return n;try{return t.create(e)}catch{let n=t.create(r.INLINE);return Array.from(e.childNodes).forEach((e=>{n.domNode.appendChild(e)})),e.parentNode&&e.parentNode.replaceChild(n.domNode,e),n.attach(),n}}let y=class e extends m{constructor(e,t){super(e,t),this.uiNode=null,this.build()}appendChild(e){this.insertBefore(e)}attach(){super.attach(),this.children.forEach((e=>{e.attach()}))}attachUI(t){this.uiNode!=null&&this.uiNode.remove(),this.uiNode=t,e.uiClass&&this.uiNode.classList.add(e.uiClass),this.uiNode.setAttribute(`contenteditable`,`false`),this.domNode.insertBefore(this.uiNode,this.domNode.firstChild)}build(){this.children=new _,Array.from(this.domNode.childNodes).filter((e=>e!==this.uiNode)).reverse().forEach((e=>{try{let t=v(e,this.scroll);this.insertBefore(t,this.children.head||void 0)}catch(e){if(e instanceof a)return;throw e}}))}deleteAt(e,t){if(e===0&&t===this.length())return this.remove();this.children.forEachAt(e,t,((e,t,n)=>{e.deleteAt(t,n)}))}descendant(t,n=0){let[r,i]=this.children.find(n);return t.blotName==null&&t(r)||t.blotName!=null&&r instanceof t?[r,i]:r instanceof e?r.descendant(t,i):[null,-1]}descendants(t,n=0,r=Number.MAX_VALUE){let i=[],a=r;return this.children.forEachAt(n,r,((n,r,o)=>{(t.blotName==null&&t(n)||t.blotName!=null&&n instanceof t)&&i.push(n),n instanceof e&&(i=i.concat(n.descendants(t,r,a))),a-=o})),i}detach(){this.children.forEach((e=>{e.detach()})),super.detach()}enforceAllowedChildren(){let t=!1;this.children.forEach((n=>{t||this.statics.allowedChildren.some((e=>n instanceof e))||(n.statics.scope===r.BLOCK_BLOT?(n.next!=null&&this.splitAfter(n),n.prev!=null&&this.splitAfter(n.prev),n.parent.unwrap(),t=!0):n instanceof e?n.unwrap():n.remove())}))}formatAt(e,t,n,r){this.children.forEachAt(e,t,((e,t,i)=>{e.formatAt(t,i,n,r)}))}insertAt(e,t,n){let[r,i]=this.children.find(e);if(r)r.insertAt(i,t,n);else{let e=n==null?this.scroll.create(`text`,t):this.scroll.create(t,n);this.appendChild(e)}}insertBefore(e,t){e.parent!=null&&e.parent.children.remove(e);let n=null;this.children.insertBefore(e,t||null),e.parent=this,t!=null&&(n=t.domNode),(this.domNode.parentNode!==e.domNode||this.domNode.nextSibling!==n)&&this.domNode.insertBefore(e.domNode,n),e.attach()}length(){return this.children.reduce(((e,t)=>e+t.length()),0)}moveChildren(e,t){this.children.forEach((n=>{e.insertBefore(n,t)}))}optimize(e){if(super.optimize(e),this.enforceAllowedChildren(),this.uiNode!=null&&this.uiNode!==this.domNode.firstChild&&this.domNode.insertBefore(this.uiNode,this.domNode.firstChild),this.children.length===0)if(this.statics.defaultChild!=null){let e=this.scroll.create(this.statics.defaultChild.blotName);this.appendChild(e)}else this.remove()}path(t,n=!1){let[r,i]=this.children.find(t,n),a=[[this,t]];return r instanceof e?a.concat(r.path(i,n)):(r!=null&&a.push([r,i]),a)}removeChild(e){this.children.remove(e)}replaceWith(t,n){let r=typeof t==`string`?this.scroll.create(t,n):t;return r instanceof e&&this.moveChildren(r),super.replaceWith(r)}split(e,t=!1){if(!t){if(e===0)return this;if(e===this.length())return this.next}let n=this.clone();return this.parent&&this.parent.insertBefore(n,this.next||void 0),this.children.forEachAt(e,this.length(),((e,r,i)=>{let a=e.split(r,t);a!=null&&n.appendChild(a)})),n}splitAfter(e){let t=this.clone();for(;e.next!=null;)t.appendChild(e.next);return this.parent&&this.parent.insertBefore(t,this.next||void 0),t}unwrap(){this.parent&&this.moveChildren(this.parent,this.next||void 0),this.remove()}update(e,t){let n=[],r=[];e.forEach((e=>{e.target===this.domNode&&e.type===`childList`&&(n.push(...e.addedNodes),r.push(...e.removedNodes))})),r.forEach((e=>{if(e.parentNode!=null&&e.tagName!==`IFRAME`&&document.body.compareDocumentPosition(e)&Node.DOCUMENT_POSITION_CONTAINED_BY)return;let t=this.scroll.find(e);t!=null&&(t.domNode.parentNode==null||t.domNode.parentNode===this.domNode)&&t.detach()})),n.filter((e=>e.parentNode===this.domNode&&e!==this.uiNode)).sort(((e,t)=>e===t?0:e.compareDocumentPosition(t)&Node.DOCUMENT_POSITION_FOLLOWING?1:-1)).forEach((e=>{let t=null;e.nextSibling!=null&&(t=this.scroll.find(e.nextSibling));let n=v(e,this.scroll);(n.next!==t||n.next==null)&&(n.parent!=null&&n.parent.removeChild(this),this.insertBefore(n,t||void 0))})),this.enforceAllowedChildren()}};y.uiClass=``;let b=y,x=class e extends b{static create(e){return super.create(e)}static formats(t,n){let r=n.query(e.blotName);if(r==null||t.tagName!==r.tagName){if(typeof this.tagName==`string`)return!0;if(Array.isArray(this.tagName))return t.tagName.toLowerCase()}}constructor(e,t){super(e,t),this.attributes=new f(this.domNode)}format(t,n){if(t!==this.statics.blotName||n){let e=this.scroll.query(t,r.INLINE);if(e==null)return;e instanceof i?this.attributes.attribute(e,n):n&&(t!==this.statics.blotName||this.formats()[t]!==n)&&this.replaceWith(t,n)}else this.children.forEach((t=>{t instanceof e||(t=t.wrap(e.blotName,!0)),this.attributes.copy(t)})),this.unwrap()}formats(){let e=this.attributes.values(),t=this.statics.formats(this.domNode,this.scroll);return t!=null&&(e[this.statics.blotName]=t),e}formatAt(e,t,n,i){this.formats()[n]!=null||this.scroll.query(n,r.ATTRIBUTE)?this.isolate(e,t).format(n,i):super.formatAt(e,t,n,i)}optimize(t){super.optimize(t);let n=this.formats();if(Object.keys(n).length===0)return this.unwrap();let r=this.next;r instanceof e&&r.prev===this&&function(e,t){if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let n in e)if(e[n]!==t[n])return!1;return!0}(n,r.formats())&&(r.moveChildren(this),r.remove())}replaceWith(e,t){let n=super.replaceWith(e,t);return this.attributes.copy(n),n}update(e,t){super.update(e,t),e.some((e=>e.target===this.domNode&&e.type===`attributes`))&&this.attributes.build()}wrap(t,n){let r=super.wrap(t,n);return r instanceof e&&this.attributes.move(r),r}};x.allowedChildren=[x,g],x.blotName=`inline`,x.scope=r.INLINE_BLOT,x.tagName=`SPAN`;let S=x,C=class e extends b{static create(e){return super.create(e)}static formats(t,n){let r=n.query(e.blotName);if(r==null||t.tagName!==r.tagName){if(typeof this.tagName==`string`)return!0;if(Array.isArray(this.tagName))return t.tagName.toLowerCase()}}constructor(e,t){super(e,t),this.attributes=new f(this.domNode)}format(t,n){let a=this.scroll.query(t,r.BLOCK);a!=null&&(a instanceof i?this.attributes.attribute(a,n):t!==this.statics.blotName||n?n&&(t!==this.statics.blotName||this.formats()[t]!==n)&&this.replaceWith(t,n):this.replaceWith(e.blotName))}formats(){let e=this.attributes.values(),t=this.statics.formats(this.domNode,this.scroll);return t!=null&&(e[this.statics.blotName]=t),e}formatAt(e,t,n,i){this.scroll.query(n,r.BLOCK)==null?super.formatAt(e,t,n,i):this.format(n,i)}insertAt(e,t,n){if(n==null||this.scroll.query(t,r.INLINE)!=null)super.insertAt(e,t,n);else{let r=this.split(e);if(r==null)throw Error(`Attempt to insertAt after block boundaries`);{let e=this.scroll.create(t,n);r.parent.insertBefore(e,r)}}}replaceWith(e,t){let n=super.replaceWith(e,t);return this.attributes.copy(n),n}update(e,t){super.update(e,t),e.some((e=>e.target===this.domNode&&e.type===`attributes`))&&this.attributes.build()}};C.blotName=`block`,C.scope=r.BLOCK_BLOT,C.tagName=`P`,C.allowedChildren=[S,C,g];let w=C,T=class extends b{checkMerge(){return this.next!==null&&this.next.statics.blotName===this.statics.blotName}deleteAt(e,t){super.deleteAt(e,t),this.enforceAllowedChildren()}formatAt(e,t,n,r){super.formatAt(e,t,n,r),this.enforceAllowedChildren()}insertAt(e,t,n){super.insertAt(e,t,n),this.enforceAllowedChildren()}optimize(e){super.optimize(e),this.children.length>0&&this.next!=null&&this.checkMerge()&&(this.next.moveChildren(this),this.next.remove())}};T.blotName=`container`,T.scope=r.BLOCK_BLOT;let E=T,D=class extends g{static formats(e,t){}format(e,t){super.formatAt(0,this.length(),e,t)}formatAt(e,t,n,r){e===0&&t===this.length()?this.format(n,r):super.formatAt(e,t,n,r)}formats(){return this.statics.formats(this.domNode,this.scroll)}},O={attributes:!0,characterData:!0,characterDataOldValue:!0,childList:!0,subtree:!0},k=class extends b{constructor(e,t){super(null,t),this.registry=e,this.scroll=this,this.build(),this.observer=new MutationObserver((e=>{this.update(e)})),this.observer.observe(this.domNode,O),this.attach()}create(e,t){return this.registry.create(this,e,t)}find(e,t=!1){let n=this.registry.find(e,t);return n?n.scroll===this?n:t?this.find(n.scroll.domNode.parentNode,!0):null:null}query(e,t=r.ANY){return this.registry.query(e,t)}register(...e){return this.registry.register(...e)}build(){this.scroll!=null&&super.build()}detach(){super.detach(),this.observer.disconnect()}deleteAt(e,t){this.update(),e===0&&t===this.length()?this.children.forEach((e=>{e.remove()})):super.deleteAt(e,t)}formatAt(e,t,n,r){this.update(),super.formatAt(e,t,n,r)}insertAt(e,t,n){this.update(),super.insertAt(e,t,n)}optimize(e=[],t={}){super.optimize(t);let n=t.mutationsMap||new WeakMap,r=Array.from(this.observer.takeRecords());for(;r.length>0;)e.push(r.pop());let i=(e,t=!0)=>{e==null||e===this||e.domNode.parentNode!=null&&(n.has(e.domNode)||n.set(e.domNode,[]),t&&i(e.parent))},a=e=>{n.has(e.domNode)&&(e instanceof b&&e.children.forEach(a),n.delete(e.domNode),e.optimize(t))},o=e;for(let t=0;o.length>0;t+=1){if(t>=100)throw Error(`[Parchment] Maximum optimize iterations reached`);for(o.forEach((e=>{let t=this.find(e.target,!0);t!=null&&(t.domNode===e.target&&(e.type===`childList`?(i(this.find(e.previousSibling,!1)),Array.from(e.addedNodes).forEach((e=>{let t=this.find(e,!1);i(t,!1),t instanceof b&&t.children.forEach((e=>{i(e,!1)}))}))):e.type===`attributes`&&i(t.prev)),i(t))})),this.children.forEach(a),o=Array.from(this.observer.takeRecords()),r=o.slice();r.length>0;)e.push(r.pop())}}update(e,t={}){e||=this.observer.takeRecords();let n=new WeakMap;e.map((e=>{let t=this.find(e.target,!0);return t==null?null:n.has(t.domNode)?(n.get(t.domNode).push(e),null):(n.set(t.domNode,[e]),t)})).forEach((e=>{e!=null&&e!==this&&n.has(e.domNode)&&e.update(n.get(e.domNode)||[],t)})),t.mutationsMap=n,n.has(this.domNode)&&super.update(n.get(this.domNode),t),this.optimize(e,t)}};k.blotName=`scroll`,k.defaultChild=w,k.allowedChildren=[w,E],k.scope=r.BLOCK_BLOT,k.tagName=`DIV`;let A=k,j=class e extends g{static create(e){return document.createTextNode(e)}static value(e){return e.data}constructor(e,t){super(e,t),this.text=this.statics.value(this.domNode)}deleteAt(e,t){this.domNode.data=this.text=this.text.slice(0,e)+this.text.slice(e+t)}index(e,t){return this.domNode===e?t:-1}insertAt(e,t,n){n==null?(this.text=this.text.slice(0,e)+t+this.text.slice(e),this.domNode.data=this.text):super.insertAt(e,t,n)}length(){return this.text.length}optimize(t){super.optimize(t),this.text=this.statics.value(this.domNode),this.text.length===0?this.remove():this.next instanceof e&&this.next.prev===this&&(this.insertAt(this.length(),this.next.value()),this.next.remove())}position(e,t=!1){return[this.domNode,e]}split(e,t=!1){if(!t){if(e===0)return this;if(e===this.length())return this.next}let n=this.scroll.create(this.domNode.splitText(e));return this.parent.insertBefore(n,this.next||void 0),this.text=this.statics.value(this.domNode),n}update(e,t){e.some((e=>e.type===`characterData`&&e.target===this.domNode))&&(this.text=this.statics.value(this.domNode))}value(){return this.text}};j.blotName=`text`,j.scope=r.INLINE_BLOT;let M=j}},n={};function r(t){var i=n[t];if(i!==void 0)return i.exports;var a=n[t]={exports:{}};return e[t](a,a.exports,r),a.exports}r.d=function(e,t){for(var n in t)r.o(t,n)&&!r.o(e,n)&&Object.defineProperty(e,n,{enumerable:!0,get:t[n]})},r.o=function(e,t){return Object.prototype.hasOwnProperty.call(e,t)},r.r=function(e){typeof Symbol<`u`&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:`Module`}),Object.defineProperty(e,"__esModule",{value:!0})};var i={};return function(){r.d(i,{default:function(){return U}});var e=r(729),t=r(276),n=r(912),a=r(3);class o extends a.ClassAttributor{add(e,t){let n=0;if(t===`+1`||t===`-1`){let r=this.value(e)||0;n=t===`+1`?r+1:r-1}else typeof t==`number`&&(n=t);return n===0?(this.remove(e),!0):super.add(e,n.toString())}canAdd(e,t){return super.canAdd(e,t)||super.canAdd(e,parseInt(t,10))}value(e){return parseInt(super.value(e),10)||void 0}}var s=new o(`indent`,`ql-indent`,{scope:a.Scope.BLOCK,whitelist:[1,2,3,4,5,6,7,8]}),c=r(698);class l extends c.Ay{static blotName=`blockquote`;static tagName=`blockquote`}var u=l;class d extends c.Ay{static blotName=`header`;static tagName=[`H1`,`H2`,`H3`,`H4`,`H5`,`H6`];static formats(e){return this.tagName.indexOf(e.tagName)+1}}var f=d,p=r(580),m=r(543);class h extends p.A{}h.blotName=`list-container`,h.tagName=`OL`;class g extends c.Ay{static create(e){let t=super.create();return t.setAttribute(`data-list`,e),t}static formats(e){return e.getAttribute(`data-list`)||void 0}static register(){m.Ay.register(h)}constructor(e,t){super(e,t);let n=t.ownerDocument.createElement(`span`),r=n=>{if(!e.isEnabled())return;let r=this.statics.formats(t,e);r===`checked`?(this.format(`list`,`unchecked`),n.preventDefault()):r===`unchecked`&&(this.format(`list`,`checked`),n.preventDefault())};n.addEventListener(`mousedown`,r),n.addEventListener(`touchstart`,r),this.attachUI(n)}format(e,t){e===this.statics.blotName&&t?this.domNode.setAttribute(`data-list`,t):super.format(e,t)}}g.blotName=`list`,g.tagName=`LI`,h.allowedChildren=[g],g.requiredContainer=h;var _=r(922),v=r(638),y=r(772),b=r(664),x=r(850);class S extends x.A{static blotName=`bold`;static tagName=[`STRONG`,`B`];static create(){return super.create()}static formats(){return!0}optimize(e){super.optimize(e),this.domNode.tagName!==this.statics.tagName[0]&&this.replaceWith(this.statics.blotName)}}var C=S;class w extends x.A{static blotName=`link`;static tagName=`A`;static SANITIZED_URL=`about:blank`;static PROTOCOL_WHITELIST=[`http`,`https`,`mailto`,`tel`,`sms`];static create(e){let t=super.create(e);return t.setAttribute(`href`,this.sanitize(e)),t.setAttribute(`rel`,`noopener noreferrer`),t.setAttribute(`target`,`_blank`),t}static formats(e){return e.getAttribute(`href`)}static sanitize(e){return T(e,this.PROTOCOL_WHITELIST)?e:this.SANITIZED_URL}format(e,t){e===this.statics.blotName&&t?this.domNode.setAttribute(`href`,this.constructor.sanitize(t)):super.format(e,t)}}function T(e,t){let n=document.createElement(`a`);n.href=e;let r=n.href.slice(0,n.href.indexOf(`:`));return t.indexOf(r)>-1}class E extends x.A{static blotName=`script`;static tagName=[`SUB`,`SUP`];static create(e){return e===`super`?document.createElement(`sup`):e===`sub`?document.createElement(`sub`):super.create(e)}static formats(e){return e.tagName===`SUB`?`sub`:e.tagName===`SUP`?`super`:void 0}}var D=E;class O extends x.A{static blotName=`underline`;static tagName=`U`}var k=O;let A=[`alt`,`height`,`width`];class j extends a.EmbedBlot{static blotName=`image`;static tagName=`IMG`;static create(e){let t=super.create(e);return typeof e==`string`&&t.setAttribute(`src`,this.sanitize(e)),t}static formats(e){return A.reduce(((t,n)=>(e.hasAttribute(n)&&(t[n]=e.getAttribute(n)),t)),{})}static match(e){return/\.(jpe?g|gif|png)$/.test(e)||/^data:image\/.+;base64/.test(e)}static sanitize(e){return T(e,[`http`,`https`,`data`])?e:`//:0`}static value(e){return e.getAttribute(`src`)}format(e,t){A.indexOf(e)>-1?t?this.domNode.setAttribute(e,t):this.domNode.removeAttribute(e):super.format(e,t)}}var M=j;let N=[`height`,`width`];class P extends c.zo{static blotName=`video`;static className=`ql-video`;static tagName=`IFRAME`;static create(e){let t=super.create(e);return t.setAttribute(`frameborder`,`0`),t.setAttribute(`allowfullscreen`,`true`),t.setAttribute(`src`,this.sanitize(e)),t}static formats(e){return N.reduce(((t,n)=>(e.hasAttribute(n)&&(t[n]=e.getAttribute(n)),t)),{})}static sanitize(e){return w.sanitize(e)}static value(e){return e.getAttribute(`src`)}format(e,t){N.indexOf(e)>-1?t?this.domNode.setAttribute(e,t):this.domNode.removeAttribute(e):super.format(e,t)}html(){let{video:e}=this.value();return`<a href="${e}">${e}</a>`}}var F=P,I=r(404),L=r(398),R=r(78),z=r(266);let B=(0,R.A)(`quill:toolbar`);class V extends z.A{constructor(e,t){if(super(e,t),Array.isArray(this.options.container)){let t=document.createElement(`div`);t.setAttribute(`role`,`toolbar`),function(e,t){Array.isArray(t[0])||(t=[t]),t.forEach((t=>{let n=document.createElement(`span`);n.classList.add(`ql-formats`),t.forEach((e=>{if(typeof e==`string`)H(n,e);else{let t=Object.keys(e)[0],r=e[t];Array.isArray(r)?function(e,t,n){let r=document.createElement(`select`);r.classList.add(`ql-${t}`),n.forEach((e=>{let t=document.createElement(`option`);!1===e?t.setAttribute(`selected`,`selected`):t.setAttribute(`value`,String(e)),r.appendChild(t)})),e.appendChild(r)}(n,t,r):H(n,t,r)}})),e.appendChild(n)}))}(t,this.options.container),e.container?.parentNode?.insertBefore(t,e.container),this.container=t}else if(typeof this.options.container==`string`){let t=e.container.getRootNode();this.container=t.querySelector(this.options.container)}else this.container=this.options.container;this.container instanceof HTMLElement?(this.container.classList.add(`ql-toolbar`),this.controls=[],this.handlers={},this.options.handlers&&Object.keys(this.options.handlers).forEach((e=>{let t=this.options.handlers?.[e];t&&this.addHandler(e,t)})),Array.from(this.container.querySelectorAll(`button, select`)).forEach((e=>{this.attach(e)})),this.quill.on(m.Ay.events.EDITOR_CHANGE,(()=>{let[e]=this.quill.selection.getRange();this.update(e)}))):B.error(`Container required for toolbar`,this.options)}addHandler(e,t){this.handlers[e]=t}attach(e){let t=Array.from(e.classList).find((e=>e.indexOf(`ql-`)===0));if(!t)return;if(t=t.slice(3),e.tagName===`BUTTON`&&e.setAttribute(`type`,`button`),this.handlers[t]==null&&this.quill.scroll.query(t)==null)return void B.warn(`ignoring attaching to nonexistent format`,t,e);let n=e.tagName===`SELECT`?`change`:`click`;e.addEventListener(n,(n=>{let r;if(e.tagName===`SELECT`){if(e.selectedIndex<0)return;let t=e.options[e.selectedIndex];r=!t.hasAttribute(`selected`)&&(t.value||!1)}else r=!e.classList.contains(`ql-active`)&&(e.value||!e.hasAttribute(`value`)),n.preventDefault();this.quill.focus();let[i]=this.quill.selection.getRange();if(this.handlers[t]!=null)this.handlers[t].call(this,r);else if(this.quill.scroll.query(t).prototype instanceof a.EmbedBlot){if(r=prompt(`Enter ${t}`),!r)return;this.quill.updateContents(new L.Ay().retain(i.index).delete(i.length).insert({[t]:r}),m.Ay.sources.USER)}else this.quill.format(t,r,m.Ay.sources.USER);this.update(i)})),this.controls.push([t,e])}update(e){let t=e==null?{}:this.quill.getFormat(e);this.controls.forEach((n=>{let[r,i]=n;if(i.tagName===`SELECT`){let n=null;if(e==null)n=null;else if(t[r]==null)n=i.querySelector(`option[selected]`);else if(!Array.isArray(t[r])){let e=t[r];typeof e==`string`&&(e=e.replace(/"/g,`\\"`)),n=i.querySelector(`option[value="${e}"]`)}n==null?(i.value=``,i.selectedIndex=-1):n.selected=!0}else if(e==null)i.classList.remove(`ql-active`),i.setAttribute(`aria-pressed`,`false`);else if(i.hasAttribute(`value`)){let e=t[r],n=e===i.getAttribute(`value`)||e!=null&&e.toString()===i.getAttribute(`value`)||e==null&&!i.getAttribute(`value`);i.classList.toggle(`ql-active`,n),i.setAttribute(`aria-pressed`,n.toString())}else{let e=t[r]!=null;i.classList.toggle(`ql-active`,e),i.setAttribute(`aria-pressed`,e.toString())}}))}}function H(e,t,n){let r=document.createElement(`button`);r.setAttribute(`type`,`button`),r.classList.add(`ql-${t}`),r.setAttribute(`aria-pressed`,`false`),n==null?r.setAttribute(`aria-label`,t):(r.value=n,r.setAttribute(`aria-label`,`${t}: ${n}`)),e.appendChild(r)}V.DEFAULTS={},V.DEFAULTS={container:null,handlers:{clean(){let e=this.quill.getSelection();if(e!=null)if(e.length===0){let e=this.quill.getFormat();Object.keys(e).forEach((e=>{this.quill.scroll.query(e,a.Scope.INLINE)!=null&&this.quill.format(e,!1,m.Ay.sources.USER)}))}else this.quill.removeFormat(e.index,e.length,m.Ay.sources.USER)},direction(e){let{align:t}=this.quill.getFormat();e===`rtl`&&t==null?this.quill.format(`align`,`right`,m.Ay.sources.USER):e||t!==`right`||this.quill.format(`align`,!1,m.Ay.sources.USER),this.quill.format(`direction`,e,m.Ay.sources.USER)},indent(e){let t=this.quill.getSelection(),n=this.quill.getFormat(t),r=parseInt(n.indent||0,10);if(e===`+1`||e===`-1`){let t=e===`+1`?1:-1;n.direction===`rtl`&&(t*=-1),this.quill.format(`indent`,r+t,m.Ay.sources.USER)}},link(e){!0===e&&(e=prompt(`Enter link URL:`)),this.quill.format(`link`,e,m.Ay.sources.USER)},list(e){let t=this.quill.getSelection(),n=this.quill.getFormat(t);e===`check`?n.list===`checked`||n.list===`unchecked`?this.quill.format(`list`,!1,m.Ay.sources.USER):this.quill.format(`list`,`unchecked`,m.Ay.sources.USER):this.quill.format(`list`,e,m.Ay.sources.USER)}}},e.default.register({"attributors/attribute/direction":n.Mc,"attributors/class/align":t.qh,"attributors/class/background":_.l,"attributors/class/color":v.g3,"attributors/class/direction":n.sY,"attributors/class/font":y.q,"attributors/class/size":b.U,"attributors/style/align":t.Hu,"attributors/style/background":_.s,"attributors/style/color":v.JM,"attributors/style/direction":n.VL,"attributors/style/font":y.z,"attributors/style/size":b.r},!0),e.default.register({"formats/align":t.qh,"formats/direction":n.sY,"formats/indent":s,"formats/background":_.s,"formats/color":v.JM,"formats/font":y.q,"formats/size":b.U,"formats/blockquote":u,"formats/code-block":I.Ay,"formats/header":f,"formats/list":g,"formats/bold":C,"formats/code":I.Cy,"formats/italic":class extends C{static blotName=`italic`;static tagName=[`EM`,`I`]},"formats/link":w,"formats/script":D,"formats/strike":class extends C{static blotName=`strike`;static tagName=[`S`,`STRIKE`]},"formats/underline":k,"formats/image":M,"formats/video":F,"modules/toolbar":V},!0);var U=e.default}(),i.default}()}))})),Y,X,Z,re,ie,Q,$,ae,oe,se=n((()=>{ne(),C(),s(),l(),F(),Y=window.Quill,X=Y.import(`formats/code-block-container`),Z=class extends X{html(e,t){let n=super.html(e,t),r=document.createElement(`div`);r.innerHTML=n;let i=r.querySelector(`pre`);return i?(i.setAttribute(`spellcheck`,`false`),i.outerHTML):n}},Y.register(`formats/code-block-container`,Z,!0),re=[`ArrowUp`,`ArrowDown`,`ArrowLeft`,`ArrowRight`,`Home`,`End`,`PageUp`,`PageDown`],ie=[`bold`,`italic`,`underline`,`strike`,`header`,`script`,`list`,`align`,`blockquote`,`code-block`],Q={API:`api`,USER:`user`,SILENT:`silent`},$={DEFAULT:0,FOCUSED:1,CLICKED:2},ae={undo:`undo`,redo:`redo`,bold:`bold`,italic:`italic`,underline:`underline`,strike:`strike`,color:`color`,background:`background`,h1:`h1`,h2:`h2`,h3:`h3`,subscript:`subscript`,superscript:`superscript`,listOrdered:`list ordered`,listBullet:`list bullet`,outdent:`outdent`,indent:`indent`,alignLeft:`align left`,alignCenter:`align center`,alignRight:`align right`,image:`image`,link:`link`,blockquote:`blockquote`,codeBlock:`code block`,clean:`clean`,linkDialogTitle:`Link address`,ok:`OK`,cancel:`Cancel`,remove:`Remove`},oe=e=>class extends I(e){static get properties(){return{value:{type:String,notify:!0,value:``,sync:!0},htmlValue:{type:String,notify:!0,readOnly:!0},disabled:{type:Boolean,value:!1,reflectToAttribute:!0},readonly:{type:Boolean,value:!1,reflectToAttribute:!0},colorOptions:{type:Array,value:()=>`#000000.#e60000.#ff9900.#ffff00.#008a00.#0066cc.#9933ff.#ffffff.#facccc.#ffebcc.#ffffcc.#cce8cc.#cce0f5.#ebd6ff.#bbbbbb.#f06666.#ffc266.#ffff66.#66b966.#66a3e0.#c285ff.#888888.#a10000.#b26b00.#b2b200.#006100.#0047b2.#6b24b2.#444444.#5c0000.#663d00.#666600.#003700.#002966.#3d1466`.split(`.`)},_editor:{type:Object,sync:!0},__oldValue:String,__lastCommittedChange:{type:String,value:``},_linkEditing:{type:Boolean,value:!1},_linkRange:{type:Object,value:null},_linkIndex:{type:Number,value:null},_linkUrl:{type:String,value:``},_colorEditing:{type:Boolean,value:!1},_colorValue:{type:String,value:``},_backgroundEditing:{type:Boolean,value:!1},_backgroundValue:{type:String,value:``}}}static get observers(){return[`_valueChanged(value, _editor)`,`_disabledChanged(disabled, readonly, _editor)`]}static get defaultI18n(){return ae}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get _toolbarButtons(){return Array.from(this.shadowRoot.querySelectorAll(`[part="toolbar"] button`)).filter(e=>e.clientHeight>0)}attributeChangedCallback(e,t,n){super.attributeChangedCallback(e,t,n),e===`dir`&&(this.__dir=n,this.__setDirection(n))}disconnectedCallback(){super.disconnectedCallback(),this._editor.emitter.disconnect()}__setDirection(e){if(!this._editor)return;let t=Y.import(`attributors/class/align`);t.whitelist=[e===`rtl`?`left`:`right`,`center`,`justify`],Y.register(t,!0);let n=this._toolbar.querySelector(`[part~="toolbar-group-alignment"]`);e===`rtl`?(n.querySelector(`[part~="toolbar-button-align-left"]`).value=`left`,n.querySelector(`[part~="toolbar-button-align-right"]`).value=``):(n.querySelector(`[part~="toolbar-button-align-left"]`).value=``,n.querySelector(`[part~="toolbar-button-align-right"]`).value=`right`),this._editor.getModule(`toolbar`).update(this._editor.getSelection())}connectedCallback(){super.connectedCallback(),this._editor.emitter.connect()}ready(){super.ready(),this._toolbarConfig=this._prepareToolbar(),this._toolbar=this._toolbarConfig.container,this._addToolbarListeners();let e=this.shadowRoot.querySelector(`[part="content"]`);this._editor=new Y(e,{modules:{toolbar:this._toolbarConfig}}),this.__patchToolbar(),this.__patchKeyboard(),this.__setDirection(this.__dir);let t=e.querySelector(`.ql-editor`);t.setAttribute(`role`,`textbox`),t.setAttribute(`aria-multiline`,`true`),this._editor.on(`text-change`,()=>{this.__debounceSetValue=y.debounce(this.__debounceSetValue,u.after(200),()=>{this.value=JSON.stringify(this._editor.getContents().ops)})}),this._editor.on(`editor-change`,()=>{let e=this._editor.getSelection();if(e){let t=this._editor.getFormat(e.index,e.length);this._toolbar.style.setProperty(`--_color-value`,t.color||null),this._toolbar.style.setProperty(`--_background-value`,t.background||null)}}),t.addEventListener(`keydown`,e=>{e.key===`Escape`?this.__tabBindings||(this.__tabBindings=this._editor.keyboard.bindings.Tab,this._editor.keyboard.bindings.Tab=null):this.__tabBindings&&=(this._editor.keyboard.bindings.Tab=this.__tabBindings,null)}),t.addEventListener(`keydown`,e=>{re.includes(e.key)&&requestAnimationFrame(()=>{let e=this._editor.getSelection();e&&this._editor.getModule(`toolbar`).update(e)})}),t.addEventListener(`blur`,()=>{this.__tabBindings&&=(this._editor.keyboard.bindings.Tab=this.__tabBindings,null)}),t.addEventListener(`focusout`,()=>{this._toolbarState===$.FOCUSED?this._cleanToolbarState():this.__emitChangeEvent()}),t.addEventListener(`focus`,()=>{this._toolbarState===$.CLICKED&&!this._linkEditing&&this._cleanToolbarState()}),this._editor.on(`selection-change`,this.__announceFormatting.bind(this)),this.__flushPendingHtmlValue(),this.querySelector(`[slot="color-popup"]`).target=this.shadowRoot.querySelector(`#btn-color`),this.querySelector(`[slot="background-popup"]`).target=this.shadowRoot.querySelector(`#btn-background`),this._tooltip=document.createElement(`vaadin-tooltip`),this._tooltip.slot=`tooltip`,this._tooltip.ariaLinkMode=`none`,this.append(this._tooltip),this.shadowRoot.querySelectorAll(`[part~="toolbar-button"]`).forEach(e=>{e.addEventListener(`mouseenter`,this.__showTooltip.bind(this)),e.addEventListener(`focusin`,this.__showTooltip.bind(this))})}__showTooltip({type:e,target:t}){e===`focusin`&&!w()||(this._tooltip.target=t,this._tooltip.text=t.ariaLabel,this._tooltip._stateController.open({focus:e===`focusin`,hover:e===`mouseenter`}))}_prepareToolbar(){let e=Y.imports[`modules/toolbar`].DEFAULTS.handlers.clean,t=this,n={container:this.shadowRoot.querySelector(`[part="toolbar"]`),handlers:{clean(){t._markToolbarClicked(),e.call(this)}}};return ie.forEach(e=>{n.handlers[e]=t=>{this._markToolbarClicked(),this._editor.format(e,t,Q.USER)}}),n}_addToolbarListeners(){let e=this._toolbarButtons,t=this._toolbar;e.forEach((e,t)=>t>0&&e.setAttribute(`tabindex`,`-1`)),t.addEventListener(`keydown`,t=>{if([37,39].indexOf(t.keyCode)>-1){t.preventDefault();let n=e.indexOf(t.target);e[n].setAttribute(`tabindex`,`-1`);let r;t.keyCode===39?r=1:t.keyCode===37&&(r=-1),n=(e.length+n+r)%e.length,e[n].removeAttribute(`tabindex`),e[n].focus()}(t.keyCode===27||t.key===`Tab`&&!t.shiftKey)&&(t.preventDefault(),this._editor.focus())}),t.addEventListener(`mousedown`,t=>{e.indexOf(t.composedPath()[0])>-1&&this._markToolbarFocused()})}_markToolbarClicked(){this._toolbarState=$.CLICKED}_markToolbarFocused(){this._toolbarState=$.FOCUSED}_cleanToolbarState(){this._toolbarState=$.DEFAULT}__patchToolbar(){let e=this._editor.getModule(`toolbar`),t=e.update;e.controls.push([`link`,this.shadowRoot.querySelector(`[part~="toolbar-button-link"]`)]),e.update=function(n){t.call(e,n),e.controls.forEach(e=>{let t=e[1],n=t.classList.contains(`ql-active`);t.part.toggle(`toolbar-button-pressed`,n)})}}__patchKeyboard(){let e=()=>{this._markToolbarFocused(),this._toolbar.querySelector(`button:not([tabindex])`).focus()},t=this._editor.keyboard;t.addBinding({key:`Tab`,shiftKey:!0,handler:e}),t.addBinding({key:`F10`,altKey:!0,handler:e})}__emitChangeEvent(){let e=this.__lastCommittedChange;this.__debounceSetValue&&this.__debounceSetValue.isActive()&&(e=this.value,this.__debounceSetValue.flush()),e!==this.value&&(this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0,cancelable:!1})),this.__lastCommittedChange=this.value)}_onLinkClick(){let e=this._editor.getSelection();if(e){let t=Y.imports[`formats/link`],[n,r]=this._editor.scroll.descendant(t,e.index);n==null?e.length===0&&(this._linkIndex=e.index):(this._linkRange={index:e.index-r,length:n.length()},this._linkUrl=t.formats(n.domNode)),this._linkEditing=!0}}_applyLink(e){e&&(this._markToolbarClicked(),this._editor.focus(),this._editor.format(`link`,e,Q.USER),this._editor.getModule(`toolbar`).update(this._editor.selection.savedRange)),this._closeLinkDialog()}_insertLink(e,t){e&&(this._markToolbarClicked(),this._editor.insertText(t,e,{link:e}),this._editor.setSelection(t,e.length)),this._closeLinkDialog()}_updateLink(e,t){this._markToolbarClicked(),this._editor.formatText(t,`link`,e,Q.USER),this._closeLinkDialog()}_removeLink(){this._markToolbarClicked(),this._linkRange!=null&&this._editor.formatText(this._linkRange,{link:!1,color:!1},Q.USER),this._closeLinkDialog()}_closeLinkDialog(){this._linkEditing=!1,this._linkUrl=``,this._linkIndex=null,this._linkRange=null}_onLinkEditConfirm(){this._linkIndex==null?this._linkRange?this._updateLink(this._linkUrl,this._linkRange):this._applyLink(this._linkUrl):this._insertLink(this._linkUrl,this._linkIndex)}_onLinkEditCancel(){this._closeLinkDialog(),this._editor.focus()}_onLinkEditRemove(){this._removeLink(),this._closeLinkDialog()}_onLinkKeydown(e){e.keyCode===13&&(e.preventDefault(),e.stopPropagation(),this._onLinkEditConfirm(),this._closeLinkDialog())}__onColorClick(){this._tooltip.opened=!1,this._colorEditing=!0}__onColorSelected(e){let t=e.detail.color;this._colorValue=t===`#000000`?null:t,this._markToolbarClicked(),this._editor.focus(),this._editor.format(`color`,this._colorValue,Q.USER),this._toolbar.style.setProperty(`--_color-value`,this._colorValue),this._colorEditing=!1}__onBackgroundClick(){this._tooltip.opened=!1,this._backgroundEditing=!0}__onBackgroundSelected(e){let t=e.detail.color;this._backgroundValue=t===`#ffffff`?null:t,this._markToolbarClicked(),this._editor.focus(),this._editor.format(`background`,this._backgroundValue,Q.USER),this._toolbar.style.setProperty(`--_background-value`,this._backgroundValue),this._backgroundEditing=!1}__updateHtmlValue(){let e=this._editor.getSemanticHTML();e=e.replace(/class="([^"]*)"/gu,(e,t)=>`class="${t.split(` `).filter(e=>!e.startsWith(`ql-`)||e.startsWith(`ql-align`)||e.startsWith(`ql-indent`)).join(` `)}"`),e=this.__processQuillClasses(e),this._setHtmlValue(e)}__processQuillClasses(e){let t=document.createElement(`div`);return t.innerHTML=e,t.querySelectorAll(`[class*="ql-align"], [class*="ql-indent"]`).forEach(e=>{this.__processAlignClasses(e),this.__processIndentClasses(e),e.removeAttribute(`class`)}),t.innerHTML}__processAlignClasses(e){let t=e.getAttribute(`style`)||``;[this.__dir===`rtl`?`left`:`right`,`center`,`justify`].forEach(n=>{if(e.classList.contains(`ql-align-${n}`)){let r=`text-align: ${n}`;t=t?`${t}; ${r}`:r,e.setAttribute(`style`,t),e.classList.remove(`ql-align-${n}`)}})}__processIndentClasses(e){let t=Array.from(e.classList).find(e=>e.startsWith(`ql-indent-`));if(t){let n=parseInt(t.replace(`ql-indent-`,``).trim(),10),r=`	`.repeat(n),i=e.firstChild;if(i?.nodeType===Node.TEXT_NODE)i.textContent=r+i.textContent;else if(e.childNodes.length>0){let t=document.createTextNode(r);e.insertBefore(t,e.firstChild)}else e.textContent=r;e.classList.remove(t)}}dangerouslySetHtmlValue(e){if(!this._editor){this.__savePendingHtmlValue(e);return}if(!getComputedStyle(this).display){this.__savePendingHtmlValue(e);let t=new IntersectionObserver(()=>{getComputedStyle(this).display&&(this.__flushPendingHtmlValue(),t.disconnect())});t.observe(this);return}let t={"	":`__VAADIN_RICH_TEXT_EDITOR_TAB`,"  ":`__VAADIN_RICH_TEXT_EDITOR_DOUBLE_SPACE`};Object.entries(t).forEach(([t,n])=>{e=e.replaceAll(/>[^<]*</gu,e=>e.replaceAll(t,n))});let n=this._editor.clipboard.convert({html:e});Object.entries(t).forEach(([e,t])=>{n.ops.forEach(n=>{typeof n.insert==`string`&&(n.insert=n.insert.replaceAll(t,e))})}),this._editor.setContents(n,Q.API)}__savePendingHtmlValue(e){this.__pendingHtmlValue=e,this.value=``}__flushPendingHtmlValue(){this.__pendingHtmlValue&&this.dangerouslySetHtmlValue(this.__pendingHtmlValue)}__announceFormatting(){let e=this.shadowRoot.querySelector(`.announcer`);e.textContent=``,this.__debounceAnnounceFormatting=y.debounce(this.__debounceAnnounceFormatting,u.after(200),()=>{e.textContent=Array.from(this.shadowRoot.querySelectorAll(`[part="toolbar"] .ql-active`)).map(e=>e.getAttribute(`aria-label`)).join(`, `)})}_clear(){this._editor.deleteText(0,this._editor.getLength(),Q.SILENT),this.__updateHtmlValue()}_undo(e){e.preventDefault(),this._editor.history.undo(),this._editor.focus()}_redo(e){e.preventDefault(),this._editor.history.redo(),this._editor.focus()}_toggleToolbarDisabled(e){let t=this._toolbarButtons;e?t.forEach(e=>e.setAttribute(`disabled`,`true`)):t.forEach(e=>e.removeAttribute(`disabled`))}_onImageTouchEnd(e){e.preventDefault(),this._onImageClick()}_onImageClick(){this.$.fileInput.value=``,this.$.fileInput.click()}_uploadImage(e){let t=e.target;if(t.files!=null&&t.files[0]!=null){let e=new FileReader;e.onload=e=>{let n=e.target.result,r=this._editor.getSelection(!0);this._editor.updateContents(new Y.imports.delta().retain(r.index).delete(r.length).insert({image:n}),Q.USER),this._markToolbarClicked(),this._editor.setSelection(r.index+1,Q.SILENT),t.value=``},e.readAsDataURL(t.files[0])}}_disabledChanged(e,t,n){e===void 0||t===void 0||n===void 0||(e||t?(n.enable(!1),e&&this._toggleToolbarDisabled(!0)):(n.enable(),this.__oldDisabled&&this._toggleToolbarDisabled(!1)),this.__oldDisabled=e)}_valueChanged(e,t){if(e&&this.__pendingHtmlValue&&(this.__pendingHtmlValue=void 0),t===void 0)return;if(e==null||e===`[{"insert":"\\n"}]`){this.value=``;return}if(e===``){this._clear();return}let n;try{if(n=JSON.parse(e),Array.isArray(n))this.__oldValue=e;else throw Error(`expected JSON string with array of objects, got: ${e}`)}catch(e){this.value=this.__oldValue,console.error(`Invalid value set to rich-text-editor:`,e);return}let r=new Y.imports.delta(n);JSON.stringify(t.getContents())!==JSON.stringify(r)&&t.setContents(r,Q.SILENT),this.__updateHtmlValue(),this._toolbarState===$.CLICKED?(this._cleanToolbarState(),this.__emitChangeEvent()):this._editor.hasFocus()||(this.__lastCommittedChange=this.value)}}})),ce,le=n((()=>{M(),N(),P(),A(),H(),o(),C(),f(),b(),v(),x(),_(),te(),se(),ce=class extends oe(h(m(g(S(r))))){static get is(){return`vaadin-rich-text-editor`}static get cvdlName(){return`vaadin-rich-text-editor`}static get styles(){return J}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return i`
      <div class="vaadin-rich-text-editor-container">
        <!-- Create toolbar container -->
        <div part="toolbar" role="toolbar">
          <span part="toolbar-group toolbar-group-history">
            <!-- Undo and Redo -->
            <button
              id="btn-undo"
              type="button"
              part="toolbar-button toolbar-button-undo"
              aria-label="${this.__effectiveI18n.undo}"
              @click="${this._undo}"
            ></button>

            <button
              id="btn-redo"
              type="button"
              part="toolbar-button toolbar-button-redo"
              aria-label="${this.__effectiveI18n.redo}"
              @click="${this._redo}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-emphasis">
            <!-- Bold -->
            <button
              id="btn-bold"
              class="ql-bold"
              part="toolbar-button toolbar-button-bold"
              aria-label="${this.__effectiveI18n.bold}"
            ></button>

            <!-- Italic -->
            <button
              id="btn-italic"
              class="ql-italic"
              part="toolbar-button toolbar-button-italic"
              aria-label="${this.__effectiveI18n.italic}"
            ></button>

            <!-- Underline -->
            <button
              id="btn-underline"
              class="ql-underline"
              part="toolbar-button toolbar-button-underline"
              aria-label="${this.__effectiveI18n.underline}"
            ></button>

            <!-- Strike -->
            <button
              id="btn-strike"
              class="ql-strike"
              part="toolbar-button toolbar-button-strike"
              aria-label="${this.__effectiveI18n.strike}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-style">
            <!-- Color -->
            <button
              id="btn-color"
              type="button"
              part="toolbar-button toolbar-button-color"
              aria-label="${this.__effectiveI18n.color}"
              @click="${this.__onColorClick}"
            ></button>
            <!-- Background -->
            <button
              id="btn-background"
              type="button"
              part="toolbar-button toolbar-button-background"
              aria-label="${this.__effectiveI18n.background}"
              @click="${this.__onBackgroundClick}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-heading">
            <!-- Header buttons -->
            <button
              id="btn-h1"
              type="button"
              class="ql-header"
              value="1"
              part="toolbar-button toolbar-button-h1"
              aria-label="${this.__effectiveI18n.h1}"
            ></button>
            <button
              id="btn-h2"
              type="button"
              class="ql-header"
              value="2"
              part="toolbar-button toolbar-button-h2"
              aria-label="${this.__effectiveI18n.h2}"
            ></button>
            <button
              id="btn-h3"
              type="button"
              class="ql-header"
              value="3"
              part="toolbar-button toolbar-button-h3"
              aria-label="${this.__effectiveI18n.h3}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-glyph-transformation">
            <!-- Subscript and superscript -->
            <button
              id="btn-subscript"
              class="ql-script"
              value="sub"
              part="toolbar-button toolbar-button-subscript"
              aria-label="${this.__effectiveI18n.subscript}"
            ></button>
            <button
              id="btn-superscript"
              class="ql-script"
              value="super"
              part="toolbar-button toolbar-button-superscript"
              aria-label="${this.__effectiveI18n.superscript}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-list">
            <!-- List buttons -->
            <button
              id="btn-ol"
              type="button"
              class="ql-list"
              value="ordered"
              part="toolbar-button toolbar-button-list-ordered"
              aria-label="${this.__effectiveI18n.listOrdered}"
            ></button>
            <button
              id="btn-ul"
              type="button"
              class="ql-list"
              value="bullet"
              part="toolbar-button toolbar-button-list-bullet"
              aria-label="${this.__effectiveI18n.listBullet}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-indent">
            <!-- Decrease -->
            <button
              id="btn-outdent"
              type="button"
              class="ql-indent"
              value="-1"
              part="toolbar-button toolbar-button-outdent"
              aria-label="${this.__effectiveI18n.outdent}"
            ></button>
            <!-- Increase -->
            <button
              id="btn-indent"
              type="button"
              class="ql-indent"
              value="+1"
              part="toolbar-button toolbar-button-indent"
              aria-label="${this.__effectiveI18n.indent}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-alignment">
            <!-- Align buttons -->
            <button
              id="btn-left"
              type="button"
              class="ql-align"
              value=""
              part="toolbar-button toolbar-button-align-left"
              aria-label="${this.__effectiveI18n.alignLeft}"
            ></button>
            <button
              id="btn-center"
              type="button"
              class="ql-align"
              value="center"
              part="toolbar-button toolbar-button-align-center"
              aria-label="${this.__effectiveI18n.alignCenter}"
            ></button>
            <button
              id="btn-right"
              type="button"
              class="ql-align"
              value="right"
              part="toolbar-button toolbar-button-align-right"
              aria-label="${this.__effectiveI18n.alignRight}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-rich-text">
            <!-- Image -->
            <button
              id="btn-image"
              type="button"
              part="toolbar-button toolbar-button-image"
              aria-label="${this.__effectiveI18n.image}"
              @touchend="${this._onImageTouchEnd}"
              @click="${this._onImageClick}"
            ></button>
            <!-- Link -->
            <button
              id="btn-link"
              type="button"
              part="toolbar-button toolbar-button-link"
              aria-label="${this.__effectiveI18n.link}"
              @click="${this._onLinkClick}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-block">
            <!-- Blockquote -->
            <button
              id="btn-blockquote"
              type="button"
              class="ql-blockquote"
              part="toolbar-button toolbar-button-blockquote"
              aria-label="${this.__effectiveI18n.blockquote}"
            ></button>
            <!-- Code block -->
            <button
              id="btn-code"
              type="button"
              class="ql-code-block"
              part="toolbar-button toolbar-button-code-block"
              aria-label="${this.__effectiveI18n.codeBlock}"
            ></button>
          </span>

          <span part="toolbar-group toolbar-group-format">
            <!-- Clean -->
            <button
              id="btn-clean"
              type="button"
              class="ql-clean"
              part="toolbar-button toolbar-button-clean"
              aria-label="${this.__effectiveI18n.clean}"
            ></button>
          </span>

          <input
            id="fileInput"
            type="file"
            accept="image/png, image/gif, image/jpeg, image/bmp, image/x-icon"
            @change="${this._uploadImage}"
          />
        </div>

        <div part="content"></div>

        <div class="announcer" aria-live="polite"></div>
      </div>

      <slot name="tooltip"></slot>

      <slot name="link-dialog"></slot>

      <slot name="color-popup"></slot>

      <slot name="background-popup"></slot>
    `}update(e){super.update(e),this.__renderSlottedOverlays()}__renderSlottedOverlays(){a(i`
        <vaadin-confirm-dialog
          slot="link-dialog"
          cancel-button-visible
          reject-theme="error"
          .opened="${this._linkEditing}"
          .header="${this.__effectiveI18n.linkDialogTitle}"
          .confirmText="${this.__effectiveI18n.ok}"
          .rejectText="${this.__effectiveI18n.remove}"
          .cancelText="${this.__effectiveI18n.cancel}"
          .rejectButtonVisible="${!!this._linkRange}"
          @confirm="${this._onLinkEditConfirm}"
          @cancel="${this._onLinkEditCancel}"
          @reject="${this._onLinkEditRemove}"
          @opened-changed="${this._onLinkEditingChanged}"
        >
          <vaadin-text-field
            .value="${this._linkUrl}"
            style="width: 100%;"
            @keydown="${this._onLinkKeydown}"
            @value-changed="${this._onLinkUrlChanged}"
          ></vaadin-text-field>
        </vaadin-confirm-dialog>

        <vaadin-rich-text-editor-popup
          slot="color-popup"
          .colors="${[`#000000`,...[...this.colorOptions].filter(e=>e!==`#000000`)]}"
          .opened="${this._colorEditing}"
          @color-selected="${this.__onColorSelected}"
          @opened-changed="${this.__onColorEditingChanged}"
        ></vaadin-rich-text-editor-popup>

        <vaadin-rich-text-editor-popup
          slot="background-popup"
          .colors="${[`#ffffff`,...[...this.colorOptions].filter(e=>e!==`#ffffff`)]}"
          .opened="${this._backgroundEditing}"
          @color-selected="${this.__onBackgroundSelected}"
          @opened-changed="${this.__onBackgroundEditingChanged}"
        ></vaadin-rich-text-editor-popup>
      `,this,{host:this})}__onBackgroundEditingChanged(e){this._backgroundEditing=e.detail.value}__onColorEditingChanged(e){this._colorEditing=e.detail.value}_onLinkEditingChanged(e){if(e.detail.value){let t=e.target,n=t.querySelector(`vaadin-text-field`);t.$.overlay.addEventListener(`vaadin-overlay-open`,()=>{n.focus({focusVisible:w()})},{once:!0})}this._linkEditing=e.detail.value}_onLinkUrlChanged(e){this._linkUrl=e.detail.value}},d(ce)}));n((()=>{le()}))();