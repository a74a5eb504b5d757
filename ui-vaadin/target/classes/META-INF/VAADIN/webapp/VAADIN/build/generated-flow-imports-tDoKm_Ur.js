const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./chunk-7e3dc433ae4599f705db307c09bf7a8ba9e18853c089e7754783c59f030922e9-BufdYesw.js","./indexhtml-Dbh1VhKP.js","./labelled-input-controller-Cxs-YEpt.js","./style-props-CDjj5CVT.js","./focus-mixin-CzawNAQ0.js","./focus-utils-B34mw6_J.js","./vaadin-tooltip-BZajeblI.js","./slot-observer-Cl21cva_.js","./lumo-injection-mixin-CgSZc4L-.js","./vaadin-chart-DWXu-Szt.js","./resize-mixin-DTo7Zo59.js","./lit-renderer-CtWWSPKm.js","./slot-styles-mixin-C2SXi5yP.js","./vaadin-icon-JOQKK7Ez.js","./vaadin-iconset-C_5l9KP-.js","./chunk-3cf1c80c42b2c95b3d2b91b4d1432902255060706be2252df851b542cc34ffc5-ChnKy7Zw.js","./chunk-c8efc5a648d42f293847c817a5dddab3643111e0d94b848c89e3087c602cc885-CUGDQpyD.js","./chunk-df82228a0d0ba7f82937da4dff5549a7886e68d794f21c59836b0708d2669a75-CPY66tzx.js","./i18n-mixin-BPUL4-7_.js","./chunk-20b5913756ce3aca167f0ba08695a16bf3b2ced2aa3d79a2a3799bc94e649650-BEoIpgIw.js"])))=>i.map(i=>d[i]);
import{A as e,C as t,D as n,E as r,I as i,M as a,P as o,T as s,_ as c,c as l,d as u,g as d,h as f,i as ee,j as te,k as ne,l as re,m as ie,n as ae,o as oe,p as se,r as ce,s as le,t as ue,u as p}from"./indexhtml-Dbh1VhKP.js";import{r as de,t as fe}from"./markdown-helpers-DLR9XXew.js";import{A as m,C as h,D as g,E as pe,M as _,N as v,O as me,P as y,S as b,T as he,a as x,b as S,c as ge,f as C,g as _e,h as ve,i as ye,j as be,k as xe,m as Se,n as Ce,o as w,p as T,r as we,s as Te,t as E,w as D,x as O}from"./style-props-CDjj5CVT.js";import{n as Ee,t as De}from"./slot-styles-mixin-C2SXi5yP.js";import{i as Oe,n as k,r as ke,t as A}from"./lumo-injection-mixin-CgSZc4L-.js";import{n as Ae,t as je}from"./resize-mixin-DTo7Zo59.js";import{n as Me,t as Ne}from"./slot-observer-Cl21cva_.js";import{a as Pe,i as Fe,n as Ie,o as Le,r as j,s as M,t as Re}from"./focus-utils-B34mw6_J.js";import{n as ze,t as N}from"./focus-mixin-CzawNAQ0.js";import{a as Be,s as Ve,t as He}from"./vaadin-icon-JOQKK7Ez.js";import{A as Ue,B as We,C as Ge,D as Ke,E as qe,F as P,G as Je,I as F,K as Ye,L as I,M as Xe,N as Ze,O as L,P as Qe,R,S as $e,T as et,U as tt,V as nt,W as rt,Y as z,Z as B,_ as it,a as at,b as ot,c as st,d as ct,f as lt,g as ut,h as dt,i as ft,j as pt,k as mt,l as ht,m as gt,n as _t,o as vt,p as yt,q as bt,r as xt,s as St,t as Ct,u as wt,v as Tt,w as Et,x as Dt,y as Ot,z as kt}from"./vaadin-tooltip-BZajeblI.js";import{A as At,B as jt,C as Mt,D as Nt,E as Pt,F as Ft,G as It,H as Lt,I as Rt,J as zt,K as Bt,L as Vt,M as Ht,N as Ut,O as Wt,P as Gt,R as Kt,S as qt,T as Jt,U as Yt,V as Xt,W as Zt,_ as Qt,a as $t,b as en,c as tn,d as nn,f as rn,g as an,h as on,i as sn,j as cn,k as ln,l as un,m as dn,n as fn,o as pn,p as mn,q as hn,r as gn,s as _n,t as vn,u as yn,v as bn,w as xn,x as Sn,y as Cn,z as wn}from"./labelled-input-controller-Cxs-YEpt.js";import{a as Tn,c as En,d as Dn,f as On,h as kn,i as An,l as jn,m as Mn,n as Nn,o as Pn,p as Fn,r as In,s as Ln,t as Rn,u as zn}from"./lit-renderer-CtWWSPKm.js";import{_ as Bn,a as Vn,c as Hn,d as Un,f as Wn,g as Gn,h as Kn,i as qn,l as Jn,m as Yn,n as Xn,o as Zn,p as Qn,r as $n,s as er,t as tr,u as nr,v as rr,y as ir}from"./i18n-mixin-BPUL4-7_.js";var ar,or=o((()=>{E(),p(),ar=t`
  @layer vaadin.base {
    vaadin-markdown {
      line-height: 1.6;

      h1,
      h2,
      h3,
      h4,
      h5,
      h6 {
        font-weight: 600;
        line-height: 1.25;
        text-wrap: balance;
      }

      h1 {
        font-size: 1.75em;
        margin-top: 1.8em;
        margin-bottom: 0.9em;
      }

      h2 {
        font-size: 1.5em;
        margin-top: 1.6em;
        margin-bottom: 0.8em;
      }

      h3 {
        font-size: 1.25em;
        margin-top: 1.4em;
        margin-bottom: 0.7em;
      }

      h4 {
        font-size: 1.125em;
        margin-top: 1.2em;
        margin-bottom: 0.6em;
      }

      h5 {
        font-size: 1em;
        margin-top: 1em;
        margin-bottom: 0.5em;
      }

      h6 {
        font-size: 0.875em;
        margin-top: 1em;
        margin-bottom: 0.5em;
      }

      p,
      ul,
      ol,
      blockquote,
      table,
      figure {
        margin-inline: 0;
        margin-block: 1.25em;
      }

      code {
        font-family: ui-monospace, monospace;
        font-size: 0.9em;
        line-height: 1.25;
        font-weight: 500;
        background-color: var(--vaadin-background-container);
        border-radius: var(--vaadin-radius-s);
        padding: 0.125em 0.25em;
      }

      pre {
        background-color: light-dark(var(--vaadin-text-color), var(--vaadin-background-container));
        border-radius: var(--vaadin-radius-m);
        color: light-dark(var(--vaadin-background-color), var(--vaadin-text-color));
        padding: var(--vaadin-padding-m);

        code {
          font-weight: 500;
          background: none;
          padding: 0;
        }
      }

      hr {
        height: 0;
        border: 0;
        border-top: 1px solid var(--vaadin-border-color-secondary);
        margin-block: 3em;
      }

      b,
      strong {
        font-weight: 600;
      }

      blockquote {
        font-weight: 500;
        font-style: italic;
        border-left: 0.25rem solid var(--vaadin-border-color);
        quotes: '\\201C' '\\201D' '\\2018' '\\2019';
        margin-inline: 0;
        padding-inline-start: 1em;
      }

      ul {
        list-style-type: disc;
      }

      ul,
      ol {
        padding-inline-start: 1.625em;
      }

      li {
        margin-block: 0.5em;
        padding-inline-start: 0.375em;

        &::marker {
          color: var(--vaadin-text-color-disabled);
        }
      }

      ol li::marker {
        font-weight: 400;
        color: var(--vaadin-text-color-secondary);
      }

      ul:has(> li > input[type='checkbox']:first-child) {
        list-style: none;
        padding-inline-start: 0;
      }

      img,
      video,
      svg,
      canvas,
      audio,
      iframe,
      embed,
      object {
        display: block;
      }

      img,
      video {
        max-width: 100%;
        height: auto;
        border-radius: var(--vaadin-radius-m);
      }

      figcaption {
        font-size: 0.875em;
        line-height: 1.125;
        color: var(--vaadin-text-color-secondary);
        margin-top: 0.75em;
      }

      table {
        min-width: 100%;
        border-spacing: 0;
      }

      th {
        text-align: start;
        font-weight: 500;
        background: var(--vaadin-background-container);
      }

      th,
      td {
        padding: var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container);
      }

      tr:not(:last-child) {
        th,
        td {
          border-bottom: 1px solid var(--vaadin-border-color-secondary);
        }
      }
    }
  }
`})),sr,cr=o((()=>{p(),y(),O(),T(),Ee(),w(),fe(),or(),sr=class extends De(S(x(C(u)))){static get is(){return`vaadin-markdown`}static get styles(){return t`
      :host {
        display: block;
      }

      :host([hidden]) {
        display: none !important;
      }
    `}get slotStyles(){return[ar]}static get properties(){return{content:{type:String,sync:!0}}}render(){return d`<slot></slot>`}updated(e){super.updated(e),e.has(`content`)&&de(this,this.content)}},v(sr)})),lr=o((()=>{p(),we(),Ce(`vaadin-base-user-colors`,t`
    @layer vaadin.base {
      html {
        --_color-count: 10;
        --_hue-step: round(360 / var(--_color-count), 1);
        --vaadin-user-color-0: var(--vaadin-user-color, oklch(0.52 0.2 240));
        --vaadin-user-color-1: oklch(
          from var(--vaadin-user-color-0) calc(0.62 + clamp(-0.15, (0.6201 - l) * 10000, 0.15)) c
            calc(h - var(--_hue-step) * 2 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-2: oklch(
          from var(--vaadin-user-color-0) l c calc(h - var(--_hue-step) * -2 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-3: oklch(
          from var(--vaadin-user-color-0) calc(0.62 + clamp(-0.15, (0.6201 - l) * 10000, 0.15)) c
            calc(h - var(--_hue-step) * 0 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-4: oklch(
          from var(--vaadin-user-color-0) l c calc(h - var(--_hue-step) * 2 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-5: oklch(
          from var(--vaadin-user-color-0) calc(0.62 + clamp(-0.15, (0.6201 - l) * 10000, 0.15)) c
            calc(h - var(--_hue-step) * -2 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-6: oklch(
          from var(--vaadin-user-color-0) l c calc(h - var(--_hue-step) * -4 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-7: oklch(
          from var(--vaadin-user-color-0) calc(0.62 + clamp(-0.15, (0.6201 - l) * 10000, 0.15)) c
            calc(h - var(--_hue-step) * 4 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-8: oklch(
          from var(--vaadin-user-color-0) l c calc(h - var(--_hue-step) * 4 * var(--_vaadin-safari-17-deg, 1))
        );
        --vaadin-user-color-9: oklch(
          from var(--vaadin-user-color-0) calc(0.62 + clamp(-0.15, (0.6201 - l) * 10000, 0.15)) c
            calc(h - var(--_hue-step) * 6 * var(--_vaadin-safari-17-deg, 1))
        );
      }
    }
  `)})),ur=o((()=>{_t(),_t()})),dr,fr=o((()=>{E(),p(),dr=(e=`vaadin-details-summary`)=>t`
  :host {
    align-items: center;
    background: var(--${s(e)}-background, transparent);
    background-origin: border-box;
    border: var(--${s(e)}-border-width, 0) solid
      var(--${s(e)}-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--${s(e)}-border-radius, var(--vaadin-radius-m));
    box-sizing: border-box;
    color: var(--${s(e)}-text-color, var(--vaadin-text-color));
    cursor: var(--vaadin-clickable-cursor);
    display: flex;
    font-size: var(--${s(e)}-font-size, inherit);
    font-weight: var(--${s(e)}-font-weight, 500);
    gap: var(--${s(e)}-gap, 0 var(--vaadin-gap-s));
    height: var(--${s(e)}-height, auto);
    outline: calc(var(--vaadin-focus-ring-width) * var(--_focus-ring, 0)) solid var(--vaadin-focus-ring-color);
    outline-offset: 1px;
    padding: var(
      --${s(e)}-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    user-select: none;
  }

  :host([focus-ring]) {
    --_focus-ring: 1;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='toggle'] {
    color: var(--vaadin-text-color-secondary);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='toggle'] {
      transition-property: rotate;
      transition-duration: 150ms;
      animation: delay-initial-transition 1ms;
    }

    @keyframes delay-initial-transition {
      0% {
        rotate: 0deg;
      }
    }
  }

  [part='toggle']::before {
    background: currentColor;
    content: '';
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-chevron-down) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
    rotate: -90deg;
  }

  :host([disabled]) {
    opacity: 0.5;
    cursor: var(--vaadin-disabled-cursor);
  }

  :host([dir='rtl']) [part='toggle']::before {
    scale: -1;
  }

  :host([opened]) [part='toggle'] {
    rotate: 90deg;
  }

  :host([dir='rtl'][opened]) [part='toggle'] {
    rotate: -90deg;
  }

  @media (forced-colors: active) {
    [part='toggle']::before {
      background: CanvasText;
    }

    :host([disabled]) {
      color: GrayText;
      opacity: 1;
    }

    :host([disabled]) [part='toggle']::before {
      background: GrayText;
    }
  }
`})),pr,mr=o((()=>{p(),fr(),pr=[dr(`vaadin-accordion-heading`),t`
    button {
      align-items: center;
      appearance: none;
      background: transparent;
      border: 0;
      color: inherit;
      cursor: inherit;
      display: flex;
      font: inherit;
      gap: inherit;
      outline: none;
      padding: 0;
      touch-action: manipulation;
    }
  `]})),hr,gr=o((()=>{p(),Gt(),y(),h(),T(),k(),w(),mr(),hr=class extends Ut(b(x(C(A(u))))){static get is(){return`vaadin-accordion-heading`}static get shadowRootOptions(){return{...u.shadowRootOptions,delegatesFocus:!0}}static get styles(){return pr}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{opened:{type:Boolean,reflectToAttribute:!0,sync:!0,value:!1}}}render(){return d`
      <button id="button" part="content" ?disabled="${this.disabled}" aria-expanded="${this.opened?`true`:`false`}">
        <span part="toggle" aria-hidden="true"></span>
        <slot></slot>
      </button>
    `}ready(){super.ready(),this.hasAttribute(`role`)||this.setAttribute(`role`,`heading`)}},v(hr)})),_r,vr=o((()=>{p(),_r=t`
  :host {
    display: block;
  }

  :host([hidden]),
  :host(:not([opened])) [part='content'] {
    display: none !important;
  }

  [part='content'] {
    box-sizing: border-box;
  }

  :host([focus-ring]) {
    --_focus-ring: 1;
  }
`})),yr,br=o((()=>{dn(),yr=class extends mn{static generateId(e){return super.generateId(e,`content`)}constructor(e){super(e,``,null,{multiple:!0})}}})),xr,Sr=o((()=>{br(),xr=e=>class extends e{static get properties(){return{opened:{type:Boolean,value:!1,reflectToAttribute:!0,notify:!0},_contentElements:{type:Array}}}static get observers(){return[`_openedOrContentChanged(opened, _contentElements)`]}constructor(){super(),this._contentController=new yr(this),this._contentController.addEventListener(`slot-content-changed`,e=>{let t=e.target.nodes||[];this._contentElements=t.filter(e=>e.parentNode===this)})}ready(){super.ready(),this.addController(this._contentController),this.addEventListener(`click`,({target:e})=>{if(this.disabled||e.localName===`a`)return;let t=this.focusElement;t&&(e===t||t.contains(e))&&(this.opened=!this.opened)})}_openedOrContentChanged(e,t){t&&t.forEach(t=>{t.setAttribute(`aria-hidden`,e?`false`:`true`)})}}})),Cr,wr=o((()=>{dn(),Cr=class extends mn{constructor(e,t){super(e,`summary`,t)}initSingle(){super.initSingle(),this.node&&this.node===this.defaultNode&&this.__notifyChange(this.node)}setSummary(e){this.summary=e,this.getSlotChild()||this.restoreDefaultNode(),this.node===this.defaultNode&&this.updateDefaultNode(this.node)}restoreDefaultNode(){let{summary:e}=this;e&&e.trim()!==``&&this.attachDefaultNode()}updateDefaultNode(e){e&&(e.textContent=this.summary),super.updateDefaultNode(e)}}})),Tr,Er=o((()=>{xn(),qt(),F(),Sr(),wr(),Tr=e=>class extends xr(Mt(Sn(e))){static get properties(){return{summary:{type:String,observer:`_summaryChanged`}}}static get observers(){return[`__updateAriaAttributes(focusElement, _contentElements)`]}static get delegateProps(){return[`disabled`,`opened`,`_theme`]}constructor(){super(),this._summaryController=new Cr(this,`vaadin-accordion-heading`),this._summaryController.addEventListener(`slot-content-changed`,e=>{let{node:t}=e.target;this._setFocusElement(t),this.stateTarget=t,this._tooltipController.setTarget(t)}),this._tooltipController=new P(this),this._tooltipController.setPosition(`bottom-start`)}__forwardTabIndex(e){super.__forwardTabIndex(e),e!==void 0&&this.focusElement&&(this.focusElement.$.button.tabIndex=e,this.focusElement.tabIndex=-1)}ready(){super.ready(),this.addController(this._summaryController),this.addController(this._tooltipController)}_delegateProperty(e,t){if(this.stateTarget){if(e===`_theme`){this._delegateAttribute(`theme`,t);return}super._delegateProperty(e,t)}}_setAriaDisabled(){}_summaryChanged(e){this._summaryController.setSummary(e)}__updateAriaAttributes(e,t){if(e&&t){let n=t[0];n&&(n.setAttribute(`role`,`region`),n.setAttribute(`aria-labelledby`,e.id)),n?.id?e.setAttribute(`aria-controls`,n.id):e.removeAttribute(`aria-controls`)}}}})),Dr,Or=o((()=>{gr(),p(),y(),T(),k(),w(),vr(),Er(),Dr=class extends Tr(x(C(A(u)))){static get is(){return`vaadin-accordion-panel`}static get styles(){return _r}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <slot name="summary"></slot>

      <div part="content">
        <slot></slot>
      </div>

      <slot name="tooltip"></slot>
    `}},v(Dr)})),kr,Ar=o((()=>{j(),Rt(),kr=e=>class extends Ft(e){get focused(){return(this._getItems()||[]).find(Pe)}get _vertical(){return!0}get _tabNavigation(){return!1}focus(e){let t=this._getFocusableIndex();t>=0&&this._focus(t,e)}_getFocusableIndex(){let e=this._getItems();return Array.isArray(e)?this._getAvailableIndex(e,0,null,e=>!Le(e)):-1}_getItems(){return Array.from(this.children)}_onKeyDown(e){if(super._onKeyDown(e),e.metaKey||e.ctrlKey)return;let{key:t,shiftKey:n}=e,r=this._getItems()||[],i=r.indexOf(this.focused),a,o,s=!this._vertical&&this.getAttribute(`dir`)===`rtl`?-1:1;this.__isPrevKeyPressed(t,n)?(o=-s,a=i-s):this.__isNextKeyPressed(t,n)?(o=s,a=i+s):t===`Home`?(o=1,a=0):t===`End`&&(o=-1,a=r.length-1),a=this._getAvailableIndex(r,a,o,e=>!Le(e)),!(this._tabNavigation&&t===`Tab`&&(a>i&&e.shiftKey||a<i&&!e.shiftKey||a===i))&&a>=0&&(e.preventDefault(),this._focus(a,{focusVisible:!0,preventScroll:!0},!0))}__isPrevKeyPressed(e,t){return this._vertical?e===`ArrowUp`:e===`ArrowLeft`||this._tabNavigation&&e===`Tab`&&t}__isNextKeyPressed(e,t){return this._vertical?e===`ArrowDown`:e===`ArrowRight`||this._tabNavigation&&e===`Tab`&&!t}_focus(e,t,n=!1){let r=this._getItems();this._focusItem(r[e],t,n)}_focusItem(e,t){e&&e.focus(t)}_getAvailableIndex(e,t,n,r){let i=e.length,a=t;for(let t=0;typeof a==`number`&&t<i;t+=1,a+=n||1){a<0?a=i-1:a>=i&&(a=0);let t=e[a];if(this._isItemFocusable(t)&&this.__isMatchingItem(t,r))return a}return-1}__isMatchingItem(e,t){return typeof t==`function`?t(e):!0}_isItemFocusable(e){return!e.hasAttribute(`disabled`)}}})),jr,Mr=o((()=>{j(),Ar(),Me(),jr=e=>class extends kr(e){static get properties(){return{opened:{type:Number,value:0,notify:!0,reflectToAttribute:!0},items:{type:Array,readOnly:!0,notify:!0}}}static get observers(){return[`_updateItems(items, opened)`]}constructor(){super(),this._boundUpdateOpened=this._updateOpened.bind(this)}get focused(){return(this._getItems()||[]).find(e=>Pe(e.focusElement))}focus(e){this._observer&&this._observer.flush(),super.focus(e)}ready(){super.ready();let e=this.shadowRoot.querySelector(`slot`);this._observer=new Ne(e,e=>{this._setItems(this._filterItems(Array.from(this.children))),this._filterItems(e.addedNodes).forEach(e=>{e.addEventListener(`opened-changed`,this._boundUpdateOpened)})})}_getItems(){return this.items}_filterItems(e){return e.filter(e=>e instanceof customElements.get(`vaadin-accordion-panel`))}_updateItems(e,t){if(e){this.__itemsSync=!0;let n=e[t];e.forEach(e=>{e.opened=e===n}),this.__itemsSync=!1}}_onKeyDown(e){this.items.some(t=>t.focusElement===e.target)&&super._onKeyDown(e)}_updateOpened(e){if(this.__itemsSync)return;let t=this._filterItems(e.composedPath())[0],n=this.items.indexOf(t);if(e.detail.value){if(t.disabled||n===-1)return;this.opened=n}else this.items.some(e=>e.opened)||(this.opened=null)}}})),Nr,Pr=o((()=>{Or(),p(),y(),O(),T(),w(),Mr(),Nr=class extends jr(x(S(C(u)))){static get is(){return`vaadin-accordion`}static get styles(){return t`
      :host {
        display: block;
      }

      :host([hidden]) {
        display: none !important;
      }
    `}render(){return d`<slot></slot>`}},v(Nr)})),Fr,Ir=o((()=>{p(),At(),y(),h(),T(),k(),w(),fr(),Fr=class extends ln(b(x(C(A(u))))){static get is(){return`vaadin-details-summary`}static get styles(){return dr()}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{opened:{type:Boolean,reflectToAttribute:!0}}}render(){return d`
      <span part="toggle" aria-hidden="true"></span>
      <div part="content"><slot></slot></div>
    `}},v(Fr)})),Lr,Rr=o((()=>{xn(),qt(),F(),Sr(),wr(),Lr=e=>class extends xr(Mt(Sn(e))){static get properties(){return{summary:{type:String,observer:`_summaryChanged`}}}static get observers(){return[`__updateAriaControls(focusElement, _contentElements)`,`__updateAriaExpanded(focusElement, opened)`]}static get delegateProps(){return[`disabled`,`opened`,`_theme`]}constructor(){super(),this._summaryController=new Cr(this,`vaadin-details-summary`),this._summaryController.addEventListener(`slot-content-changed`,e=>{let{node:t}=e.target;this._setFocusElement(t),this.stateTarget=t,this._tooltipController.setTarget(t)}),this._tooltipController=new P(this),this._tooltipController.setPosition(`bottom-start`)}ready(){super.ready(),this.addController(this._summaryController),this.addController(this._tooltipController)}_delegateProperty(e,t){if(this.stateTarget){if(e===`_theme`){this._delegateAttribute(`theme`,t);return}super._delegateProperty(e,t)}}_setAriaDisabled(){}_summaryChanged(e){this._summaryController.setSummary(e)}__updateAriaControls(e,t){if(e&&t){let n=t[0];n?.id?e.setAttribute(`aria-controls`,n.id):e.removeAttribute(`aria-controls`)}}__updateAriaExpanded(e,t){e&&e.setAttribute(`aria-expanded`,t?`true`:`false`)}}})),zr,Br=o((()=>{Ir(),p(),y(),O(),T(),k(),w(),Rr(),zr=class extends Lr(S(x(C(A(u))))){static get is(){return`vaadin-details`}static get styles(){return t`
      :host {
        display: block;
      }

      :host([hidden]),
      :host(:not([opened])) [part='content'] {
        display: none !important;
      }
    `}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <slot name="summary"></slot>

      <div part="content">
        <slot></slot>
      </div>

      <slot name="tooltip"></slot>
    `}},v(zr)}));function Vr(){if(Xe){let e=window.innerHeight,t=window.innerWidth>e,n=document.documentElement.clientHeight;t&&n>e?document.documentElement.style.setProperty(`--vaadin-viewport-offset-bottom`,`${n-e}px`):document.documentElement.style.setProperty(`--vaadin-viewport-offset-bottom`,``)}}var Hr=o((()=>{L(),Vr(),window.addEventListener(`resize`,Vr)})),Ur,Wr=o((()=>{E(),p(),Ur=t`
  :host {
    display: block;
    box-sizing: border-box;
    height: 100%;
    --vaadin-app-layout-transition-duration: 0s;
    transition: padding var(--vaadin-app-layout-transition-duration) cubic-bezier(0.78, 0, 0.22, 1);
    --_vaadin-app-layout-drawer-width: var(--vaadin-app-layout-drawer-width, auto);
    --vaadin-app-layout-touch-optimized: false;
    --vaadin-app-layout-navbar-offset-top: var(--_vaadin-app-layout-navbar-offset-size);
    --vaadin-app-layout-navbar-offset-bottom: var(--_vaadin-app-layout-navbar-offset-size-bottom);
    --vaadin-app-layout-drawer-offset-left: 0px;
    padding-top: var(--vaadin-app-layout-navbar-offset-top);
    padding-bottom: var(--vaadin-app-layout-navbar-offset-bottom);
    padding-inline-start: var(--vaadin-app-layout-drawer-offset-left);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  @media (prefers-reduced-motion: no-preference) {
    :host(:not([no-anim])) {
      --vaadin-app-layout-transition-duration: 300ms;
    }
  }

  :host([drawer-opened]) {
    --vaadin-app-layout-drawer-offset-left: var(--_vaadin-app-layout-drawer-offset-size);
  }

  :host([overlay]) {
    --vaadin-app-layout-drawer-offset-left: 0px;
  }

  :host(:not([no-scroll])) [part~='content'] {
    overflow: auto;
  }

  [part~='content'] {
    height: 100%;
    transition: inherit;
    box-sizing: border-box;
    padding-top: max(0px, var(--safe-area-inset-top) - var(--vaadin-app-layout-navbar-offset-top));
    padding-bottom: max(0px, var(--safe-area-inset-bottom) - var(--vaadin-app-layout-navbar-offset-bottom));
    padding-inline: var(--safe-area-inset-inline-start) var(--safe-area-inset-inline-end);
  }

  :host([drawer-opened]:not([overlay])) [part~='content'] {
    padding-inline-start: 0;
  }

  @media (pointer: coarse) and (max-width: 800px) and (min-height: 500px) {
    :host {
      --vaadin-app-layout-touch-optimized: true;
    }
  }

  [part~='navbar'] {
    position: fixed;
    display: flex;
    align-items: center;
    top: 0;
    inset-inline: 0;
    transition: inherit;
    transition-property: inset-inline-start;
    padding-top: max(var(--vaadin-app-layout-navbar-padding-top, var(--vaadin-padding-s)), var(--safe-area-inset-top));
    padding-bottom: var(--vaadin-app-layout-navbar-padding-bottom, var(--vaadin-padding-s));
    padding-inline-start: max(
      var(--vaadin-app-layout-navbar-padding-inline-start, var(--vaadin-padding-s)),
      var(--safe-area-inset-left)
    );
    /* stylelint-disable-next-line declaration-block-no-redundant-longhand-properties */
    padding-inline-end: max(
      var(--vaadin-app-layout-navbar-padding-inline-end, var(--vaadin-padding-s)),
      var(--safe-area-inset-right)
    );
    z-index: 1;
    gap: var(--vaadin-app-layout-navbar-gap, var(--vaadin-gap-s));
    background: var(--vaadin-app-layout-navbar-background, var(--vaadin-background-container));
  }

  :host([primary-section='drawer'][drawer-opened]:not([overlay])) [part~='navbar'] {
    inset-inline-start: var(--vaadin-app-layout-drawer-offset-left, 0);
  }

  :host([primary-section='drawer']) [part='drawer'] {
    top: 0;
  }

  [part~='navbar-bottom'] {
    top: auto;
    bottom: 0;
    padding-top: var(--vaadin-app-layout-navbar-padding-top, var(--vaadin-padding-s));
    padding-bottom: max(
      var(--vaadin-app-layout-navbar-padding-bottom, var(--vaadin-padding-s)),
      var(--safe-area-inset-bottom)
    );
  }

  [part='drawer'] {
    overflow: auto;
    overscroll-behavior: contain;
    position: fixed;
    top: var(--vaadin-app-layout-navbar-offset-top, 0);
    bottom: var(--vaadin-app-layout-navbar-offset-bottom, var(--vaadin-viewport-offset-bottom, 0));
    inset-inline: var(--vaadin-app-layout-navbar-offset-left, 0) auto;
    transition: inherit;
    transition-property: transform, visibility;
    transform: translateX(calc(-100% - 20px));
    max-width: 90%;
    width: var(--_vaadin-app-layout-drawer-width);
    box-sizing: border-box;
    padding-block: var(--safe-area-inset-top) var(--safe-area-inset-bottom);
    padding-inline-start: var(--safe-area-inset-inline-start);
    outline: none;
    /* The drawer should be inaccessible by the tabbing navigation when it is closed. */
    visibility: hidden;
    display: flex;
    flex-direction: column;
    background: var(--vaadin-app-layout-drawer-background, transparent);
  }

  :host([has-navbar]:not([overlay])) [part='drawer'],
  :host([has-navbar]) [part='content'] {
    --safe-area-inset-top: 0px;
  }

  :host([drawer-opened]) [part='drawer'] {
    /* The drawer should be accessible by the tabbing navigation when it is opened. */
    visibility: visible;
    transform: translateX(0%);
    touch-action: manipulation;
  }

  [part='backdrop'] {
    background: var(--vaadin-overlay-backdrop-background, rgba(0, 0, 0, 0.2));
    forced-color-adjust: none;
  }

  :host(:not([drawer-opened])) [part='backdrop'] {
    opacity: 0 !important;
  }

  :host([overlay]) [part='backdrop'] {
    position: fixed;
    inset: 0;
    pointer-events: none;
    transition: opacity var(--vaadin-app-layout-transition-duration) linear;
    -webkit-tap-highlight-color: transparent;
  }

  :host([overlay]) [part='drawer'] {
    top: 0;
    bottom: 0;
    box-shadow: var(--vaadin-overlay-shadow, 0 8px 24px -4px rgba(0, 0, 0, 0.3));
    background: var(--vaadin-app-layout-drawer-background, var(--vaadin-background-color));
  }

  :host([overlay]) [part='drawer'],
  :host([overlay]) [part='backdrop'] {
    z-index: 2;
  }

  :host([drawer-opened][overlay]) [part='backdrop'] {
    pointer-events: auto;
    touch-action: manipulation;
  }

  :host([dir='rtl']) [part='drawer'] {
    transform: translateX(calc(100% + 20px));
  }

  :host([dir='rtl'][drawer-opened]) [part='drawer'] {
    transform: translateX(0%);
  }

  @media (max-width: 800px), (max-height: 600px) {
    :host {
      --vaadin-app-layout-drawer-overlay: true;
      --_vaadin-app-layout-drawer-width: var(--vaadin-app-layout-drawer-width, 320px);
    }
  }

  /* If a vaadin-scroller is used in the drawer, allow it to take all remaining space and contain scrolling */

  [part='drawer'] ::slotted(vaadin-scroller) {
    flex: 1;
    overscroll-behavior: contain;
  }

  @media (forced-colors: active) {
    :host([overlay]) [part='drawer'] {
      border: 3px solid;
    }
  }
`})),Gr,Kr,qr,Jr,Yr,Xr,Zr,Qr,$r,ei=o((()=>{Gr=new WeakMap,Kr=new WeakMap,qr={},Jr=0,Yr=e=>e?.nodeType===Node.ELEMENT_NODE,Xr=(...e)=>{console.error(`Error: ${e.join(` `)}. Skip setting aria-hidden.`)},Zr=(e,t)=>Yr(e)?t.map(t=>{if(!Yr(t))return Xr(t,`is not a valid element`),null;let n=t;for(;n&&n!==e;){if(e.contains(n))return t;n=n.getRootNode().host}return Xr(t,`is not contained inside`,e),null}).filter(e=>!!e):(Xr(e,`is not a valid element`),[]),Qr=(e,t,n,r)=>{let i=Zr(t,Array.isArray(e)?e:[e]);qr[n]||(qr[n]=new WeakMap);let a=qr[n],o=[],s=new Set,c=new Set(i),l=e=>{if(!e||s.has(e))return;s.add(e);let t=e.assignedSlot;t&&l(t),l(e.parentNode||e.host)};i.forEach(l);let u=e=>{if(!e||c.has(e))return;let t=e.shadowRoot;(t?[...e.children,...t.children]:[...e.children]).forEach(e=>{if(![`template`,`script`,`style`].includes(e.localName))if(s.has(e))u(e);else{let t=e.getAttribute(r),i=t!==null&&t!==`false`,s=(Gr.get(e)||0)+1,c=(a.get(e)||0)+1;Gr.set(e,s),a.set(e,c),o.push(e),s===1&&i&&Kr.set(e,!0),c===1&&e.setAttribute(n,`true`),i||e.setAttribute(r,`true`)}})};return u(t),s.clear(),Jr+=1,()=>{o.forEach(e=>{let t=Gr.get(e)-1,i=a.get(e)-1;Gr.set(e,t),a.set(e,i),t||(Kr.has(e)?Kr.delete(e):e.removeAttribute(r)),i||e.removeAttribute(n)}),--Jr,Jr||(Gr=new WeakMap,Gr=new WeakMap,Kr=new WeakMap,qr={})}},$r=(e,t=document.body,n=`data-aria-hidden`)=>{let r=Array.from(Array.isArray(e)?e:[e]);return t&&r.push(...Array.from(t.querySelectorAll(`[aria-live]`))),Qr(r,t,n,`aria-hidden`)},`inert`in HTMLElement.prototype})),ti,ni=o((()=>{ei(),ti=class{constructor(e,t){this.host=e,this.callback=typeof t==`function`?t:()=>e}showModal(){let e=this.callback();this.__showOthers=$r(e)}close(){this.__showOthers&&=(this.__showOthers(),null)}}})),ri,ii,ai=o((()=>{ni(),Ge(),j(),m(),g(),Xn(),ri={drawer:`Drawer`},ii=e=>class extends tr(e){static get properties(){return{primarySection:{type:String,value:`navbar`,notify:!0,reflectToAttribute:!0,observer:`__primarySectionChanged`,sync:!0},drawerOpened:{type:Boolean,notify:!0,value:!0,reflectToAttribute:!0,observer:`__drawerOpenedChanged`,sync:!0},overlay:{type:Boolean,notify:!0,readOnly:!0,value:!1,reflectToAttribute:!0,observer:`__overlayChanged`,sync:!0},closeDrawerOn:{type:String,value:`vaadin-router-location-changed`,observer:`_closeDrawerOnChanged`}}}static get observers(){return[`__i18nChanged(__effectiveI18n)`]}static get defaultI18n(){return ri}static dispatchCloseOverlayDrawerEvent(){window.dispatchEvent(new CustomEvent(`close-overlay-drawer`))}get i18n(){return super.i18n}set i18n(e){super.i18n=e}constructor(){super(),this.__drawerToggleClickListener=this._drawerToggleClick.bind(this),this.__onDrawerKeyDown=this.__onDrawerKeyDown.bind(this),this.__closeOverlayDrawerListener=this.__closeOverlayDrawer.bind(this),this.__trapFocusInDrawer=this.__trapFocusInDrawer.bind(this),this.__releaseFocusFromDrawer=this.__releaseFocusFromDrawer.bind(this),this.__ariaModalController=new ti(this,()=>[...this.querySelectorAll(`vaadin-drawer-toggle, [slot="drawer"]`)]),this.__focusTrapController=new Dt(this)}connectedCallback(){super.connectedCallback(),this.__resizeObserver=new ResizeObserver(e=>this.__onResize(e)),this.__resizeObserver.observe(this),this.__resizeObserver.observe(this.$.drawer),this.__resizeObserver.observe(this.$.navbarTop),this.__resizeObserver.observe(this.$.navbarBottom),this.addEventListener(`drawer-toggle-click`,this.__drawerToggleClickListener),window.addEventListener(`close-overlay-drawer`,this.__closeOverlayDrawerListener),window.addEventListener(`keydown`,this.__onDrawerKeyDown)}ready(){super.ready(),this.addController(this.__focusTrapController),this.__setAriaExpanded(),this.$.drawer.addEventListener(`transitionstart`,()=>{this.__isDrawerAnimating=!0}),this.$.drawer.addEventListener(`transitionend`,()=>{this.__isDrawerAnimating=!1,this.__scheduleResize(this.$.drawer)})}disconnectedCallback(){super.disconnectedCallback(),this.__resizeObserver.disconnect(),this.removeEventListener(`drawer-toggle-click`,this.__drawerToggleClickListener),window.removeEventListener(`close-overlay-drawer`,this.__closeOverlayDrawerListener),window.removeEventListener(`keydown`,this.__onDrawerKeyDown)}__onNavbarSlotChange(){this.__scheduleResize(this.$.navbarTop),this.__scheduleResize(this.$.navbarBottom),this.toggleAttribute(`has-navbar`,!!this.querySelector(`[slot="navbar"]`))}__onDrawerSlotChange(){this.__scheduleResize(this.$.drawer),this.__updateDrawerSize(),this.toggleAttribute(`has-drawer`,!!this.querySelector(`[slot="drawer"]`))}__onResize(e){cancelAnimationFrame(this.__resizeRaf);let t=e.some(({target:e})=>e===this),n=e.some(({target:e})=>[this.$.navbarTop,this.$.navbarBottom].includes(e)),r=this._getCustomPropertyValue(`--vaadin-app-layout-drawer-overlay`)===`true`,i=this._getCustomPropertyValue(`--vaadin-app-layout-touch-optimized`)===`true`,a=this.$.drawer.getBoundingClientRect(),o=this.$.navbarTop.getBoundingClientRect(),s=this.$.navbarBottom.getBoundingClientRect(),c=this.__isDrawerAnimating;this.__resizeRaf=requestAnimationFrame(()=>{t&&(this._blockAnimationUntilAfterNextRender(),this.__setOverlayMode(r)),(t||n)&&this.__setTouchOptimized(i),c||this.__setOffsetSize({drawerRect:a,navbarTopRect:o,navbarBottomRect:s})})}__primarySectionChanged(e){[`navbar`,`drawer`].includes(e)||(this.primarySection=`navbar`)}__drawerOpenedChanged(e,t){this.overlay&&(e?this.__trapFocusInDrawer():t&&this.__releaseFocusFromDrawer()),this.__setAriaExpanded()}__overlayChanged(e,t){t&&this.__restoreFocus()}__i18nChanged(){this.__updateDrawerAriaAttributes()}_drawerToggleClick(e){e.stopPropagation(),this.drawerOpened=!this.drawerOpened}__closeOverlayDrawer(){this.overlay&&(this.drawerOpened=!1)}__setAriaExpanded(){let e=this.querySelector(`vaadin-drawer-toggle`);e&&e.setAttribute(`aria-expanded`,this.drawerOpened)}__updateDrawerSize(){this.querySelectorAll(`[slot=drawer]`).length===0?(this.$.drawer.setAttribute(`hidden`,``),this.style.setProperty(`--_vaadin-app-layout-drawer-width`,0)):(this.$.drawer.removeAttribute(`hidden`),this.style.removeProperty(`--_vaadin-app-layout-drawer-width`))}__setOffsetSize({drawerRect:e,navbarTopRect:t,navbarBottomRect:n}){this.style.setProperty(`--_vaadin-app-layout-drawer-offset-size`,`${e.width}px`),this.style.setProperty(`--_vaadin-app-layout-navbar-offset-size`,`${t.height}px`),this.style.setProperty(`--_vaadin-app-layout-navbar-offset-size-bottom`,`${n.height}px`)}__setOverlayMode(e){!this.overlay&&e&&(this._drawerStateSaved=this.drawerOpened,this.drawerOpened=!1),this._setOverlay(e),!this.overlay&&this._drawerStateSaved&&(this.drawerOpened=this._drawerStateSaved,this._drawerStateSaved=null),this.__updateDrawerAriaAttributes()}__updateDrawerAriaAttributes(){let e=this.$.drawer;this.overlay?(e.setAttribute(`role`,`dialog`),e.setAttribute(`aria-modal`,`true`),e.setAttribute(`aria-label`,this.__effectiveI18n.drawer)):(e.removeAttribute(`role`),e.removeAttribute(`aria-modal`),e.removeAttribute(`aria-label`))}__drawerTransitionComplete(){return Promise.all(this.$.drawer.getAnimations().map(e=>e.finished))}async __trapFocusInDrawer(){await this.__drawerTransitionComplete(),this.drawerOpened&&(this.$.drawer.setAttribute(`tabindex`,`0`),this.__ariaModalController.showModal(),this.__focusTrapController.trapFocus(this.$.drawer))}async __releaseFocusFromDrawer(){if(await this.__drawerTransitionComplete(),this.drawerOpened)return;this.__restoreFocus();let e=this.querySelector(`vaadin-drawer-toggle`);e&&e.focus({focusVisible:M()})}__restoreFocus(){this.__ariaModalController.close(),this.__focusTrapController.releaseFocus(),this.$.drawer.removeAttribute(`tabindex`)}__onDrawerKeyDown(e){e.key===`Escape`&&this.overlay&&(this.drawerOpened=!1)}_closeDrawerOnChanged(e,t){t&&window.removeEventListener(t,this.__closeOverlayDrawerListener),e&&window.addEventListener(e,this.__closeOverlayDrawerListener)}_onBackdropClick(e){e.currentTarget.style.removeProperty(`pointer-events`),this._close()}_onBackdropTouchend(e){if(e.preventDefault(),navigator.standalone){let t=e.currentTarget;t.style.pointerEvents=`auto`,setTimeout(()=>t.style.removeProperty(`pointer-events`),400)}this._close()}_close(){this.drawerOpened=!1}_getCustomPropertyValue(e){return(getComputedStyle(this).getPropertyValue(e)||``).trim().toLowerCase()}__setTouchOptimized(e){let t=this.querySelectorAll(`[slot*="navbar"]`);t.length>0&&Array.from(t).forEach(t=>{t.getAttribute(`slot`).indexOf(`touch-optimized`)>-1&&(t.__touchOptimized=!0),e&&t.__touchOptimized?t.setAttribute(`slot`,`navbar-bottom`):t.setAttribute(`slot`,`navbar`)}),this.$.navbarTop.querySelector(`[name=navbar]`).assignedNodes().length===0?this.$.navbarTop.setAttribute(`hidden`,``):this.$.navbarTop.removeAttribute(`hidden`),this.$.navbarBottom.querySelector(`[name=navbar-bottom]`).assignedNodes().length===0?this.$.navbarBottom.setAttribute(`hidden`,``):this.$.navbarBottom.removeAttribute(`hidden`)}_blockAnimationUntilAfterNextRender(){this.setAttribute(`no-anim`,``),this.__debounceAnimation=D.debounce(this.__debounceAnimation,me,()=>{setTimeout(()=>{this.removeAttribute(`no-anim`)})})}__scheduleResize(e){this.__resizeObserver.unobserve(e),this.__resizeObserver.observe(e)}}})),oi,si=o((()=>{Hr(),p(),y(),O(),T(),k(),w(),Wr(),ai(),oi=class extends ii(S(x(C(A(u))))){static get is(){return`vaadin-app-layout`}static get styles(){return Ur}render(){return d`
      <div part="navbar navbar-top" id="navbarTop">
        <slot name="navbar" @slotchange="${this.__onNavbarSlotChange}"></slot>
      </div>
      <div part="backdrop" @click="${this._onBackdropClick}" @touchend="${this._onBackdropTouchend}"></div>
      <div part="drawer" id="drawer">
        <slot name="drawer" id="drawerSlot" @slotchange="${this.__onDrawerSlotChange}"></slot>
      </div>
      <div part="content">
        <slot></slot>
      </div>
      <div part="navbar navbar-bottom" id="navbarBottom" hidden>
        <slot name="navbar-bottom"></slot>
      </div>
      <div hidden>
        <slot id="touchSlot" name="navbar touch-optimized" @slotchange="${this.__onNavbarSlotChange}"></slot>
      </div>
    `}},v(oi)})),ci,li=o((()=>{E(),lr(),p(),ci=t`
  :host {
    display: inline-block;
    flex: none;
    border-radius: 50%;
    color: var(--vaadin-avatar-text-color, var(--vaadin-text-color-secondary));
    overflow: hidden;
    --_size: var(--vaadin-avatar-size, calc(1lh + var(--vaadin-padding-block-container) * 2));
    height: var(--_size);
    width: var(--_size);
    border: var(--vaadin-focus-ring-width) solid transparent;
    margin: calc(var(--vaadin-focus-ring-width) * -1);
    background: var(--vaadin-avatar-background, var(--vaadin-background-container-strong));
    background-clip: content-box;
    vertical-align: middle;
    -webkit-user-select: none;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    position: relative;
    font-weight: var(--vaadin-avatar-font-weight, 400);
    font-size: var(--vaadin-avatar-font-size, inherit);
    contain: strict;
  }

  /* Overlay border on top of image and icon as well */
  :host::before {
    position: absolute;
    content: '';
    inset: calc(var(--vaadin-focus-ring-width) * -1);
    border-radius: inherit;
    outline: var(--vaadin-avatar-border-width, 1px) solid var(--vaadin-avatar-border-color, transparent);
    outline-offset: calc((var(--vaadin-focus-ring-width) + var(--vaadin-avatar-border-width, 1px)) * -1);
  }

  :host([role='button']) {
    cursor: var(--vaadin-clickable-cursor);
  }

  img {
    height: 100%;
    width: 100%;
    object-fit: cover;
  }

  [part='icon'] {
    height: 100%;
    mask: var(--_vaadin-icon-user) no-repeat center / 74%;
    background: currentColor;
  }

  [part='abbr'] {
    font-size: 2.75em;
    fill: currentColor;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  :host([has-color-index]) {
    background-color: var(--vaadin-avatar-user-color);
    color: oklch(
      from var(--vaadin-avatar-user-color) clamp(0, (0.62 - l) * 1000, 1) 0 0 / clamp(0.8, (0.62 - l) * 1000, 1)
    );
    --vaadin-avatar-border-width: 2px;
    --vaadin-avatar-border-color: var(--vaadin-avatar-user-color);
  }

  :host([focus-ring]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc((var(--vaadin-focus-ring-width)) * -1);
  }

  @media (forced-colors: active) {
    :host {
      border-color: Canvas !important;
    }

    [part='icon'] {
      background: CanvasText !important;
    }
  }
`})),ui,di,fi=o((()=>{ze(),Xn(),ui={anonymous:`anonymous`},di=e=>class extends tr(N(e)){static get properties(){return{img:{type:String,reflectToAttribute:!0,observer:`__imgChanged`},abbr:{type:String,reflectToAttribute:!0},name:{type:String,reflectToAttribute:!0},colorIndex:{type:Number,observer:`__colorIndexChanged`},withTooltip:{type:Boolean,value:!1,observer:`__withTooltipChanged`},__imgVisible:Boolean,__iconVisible:Boolean,__abbrVisible:Boolean,__tooltipNode:Object}}static get observers(){return[`__imgOrAbbrOrNameChanged(img, abbr, name)`,`__i18nChanged(__effectiveI18n)`,`__tooltipChanged(__tooltipNode, name, abbr)`]}static get defaultI18n(){return ui}get i18n(){return super.i18n}set i18n(e){super.i18n=e}ready(){super.ready(),this.__updateVisibility(),this.hasAttribute(`role`)||this.setAttribute(`role`,`img`),!this.name&&!this.abbr&&this.__setTooltip()}__colorIndexChanged(e){e==null?(this.removeAttribute(`has-color-index`),this.style.removeProperty(`--vaadin-avatar-user-color`)):(this.setAttribute(`has-color-index`,``),this.style.setProperty(`--vaadin-avatar-user-color`,`var(--vaadin-user-color-${e})`))}__imgChanged(){this.__imgFailedToLoad=!1}__imgOrAbbrOrNameChanged(e,t,n){this.__updateVisibility(),!(t&&t!==this.__generatedAbbr)&&(n?this.abbr=this.__generatedAbbr=n.split(` `).map(e=>e.charAt(0)).join(``):this.abbr=void 0)}__tooltipChanged(e,t,n){e&&(n&&n!==this.__generatedAbbr?this.__setTooltip(t?`${t} (${n})`:n):this.__setTooltip(t)),n?this.setAttribute(`aria-label`,!e&&t?`${t} (${n})`:n):this.removeAttribute(`aria-label`)}__withTooltipChanged(e,t){if(this.toggleAttribute(`has-tooltip`,e),e){let e=document.createElement(`vaadin-tooltip`);e.setAttribute(`slot`,`tooltip`),this.appendChild(e),this.__tooltipNode=e}else t&&(this.__tooltipNode.target=null,this.__tooltipNode.remove(),this.__tooltipNode=null)}__i18nChanged(e){e?.anonymous&&(this.__oldAnonymous&&this.__tooltipNode&&this.__tooltipNode.text===this.__oldAnonymous&&this.__setTooltip(),this.__oldAnonymous=e.anonymous)}__updateVisibility(){this.__imgVisible=!!this.img&&!this.__imgFailedToLoad,this.__abbrVisible=!this.__imgVisible&&!!this.abbr,this.__iconVisible=!this.__imgVisible&&!this.abbr}__setTooltip(e){let t=this.__tooltipNode;t&&(t.text=e||this.__effectiveI18n.anonymous)}__onImageLoadError(){this.img&&(console.warn(`<vaadin-avatar> The specified image could not be loaded: ${this.img}`),this.__imgFailedToLoad=!0,this.__updateVisibility())}}})),pi,mi=o((()=>{_t(),p(),z(),y(),O(),T(),F(),k(),w(),li(),fi(),pi=class extends di(S(x(C(A(u))))){static get is(){return`vaadin-avatar`}static get styles(){return ci}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <img
        ?hidden="${!this.__imgVisible}"
        src="${B(this.img)}"
        aria-hidden="true"
        @error="${this.__onImageLoadError}"
        draggable="false"
      />
      <div part="icon" ?hidden="${!this.__iconVisible}" aria-hidden="true"></div>
      <svg
        part="abbr"
        ?hidden="${!this.__abbrVisible}"
        viewBox="-50 -50 100 100"
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
      >
        <text dy=".35em" text-anchor="middle">${this.abbr}</text>
      </svg>

      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this._tooltipController=new P(this),this.addController(this._tooltipController)}},v(pi)}));function hi(e,t){let{scrollLeft:n}=e;return t===`rtl`?e.scrollWidth-e.clientWidth+n:n}function gi(e,t,n){t===`rtl`?e.scrollLeft=e.clientWidth-e.scrollWidth+n:e.scrollLeft=n}var _i=o((()=>{})),vi,yi=o((()=>{m(),g(),_i(),Me(),j(),Ar(),vi=e=>class extends kr(e){static get properties(){return{disabled:{type:Boolean,value:!1,reflectToAttribute:!0},selected:{type:Number,reflectToAttribute:!0,notify:!0,sync:!0},orientation:{type:String,reflectToAttribute:!0,value:``},items:{type:Array,readOnly:!0,notify:!0},_searchBuf:{type:String,value:``}}}static get observers(){return[`_enhanceItems(items, orientation, selected, disabled)`]}get _isRTL(){return!this._vertical&&this.getAttribute(`dir`)===`rtl`}get _scrollerElement(){return console.warn(`Please implement the '_scrollerElement' property in <${this.localName}>`),this}get _vertical(){return this.orientation!==`horizontal`}focus(e){this._observer&&this._observer.flush();let t=Array.isArray(this.items)?this.items:[],n=this._getAvailableIndex(t,0,null,e=>e.tabIndex===0&&!Le(e));n>=0?this._focus(n,e):super.focus(e)}ready(){super.ready(),this.addEventListener(`click`,e=>this._onClick(e));let e=this.shadowRoot.querySelector(`slot:not([name])`);this._observer=new Ne(e,()=>{this._setItems(this._filterItems([...this.children]))})}_getItems(){return this.items}_enhanceItems(e,t,n,r){if(!r&&e){this.setAttribute(`aria-orientation`,t||`vertical`),e.forEach(e=>{t?e.setAttribute(`orientation`,t):e.removeAttribute(`orientation`)}),this._setFocusable(n<0||!n?0:n);let r=e[n];e.forEach(e=>{e.selected=e===r}),r&&!r.disabled&&this._scrollToItem(n)}}_filterItems(e){return e.filter(e=>e._hasVaadinItemMixin)}_onClick(e){if(e.metaKey||e.shiftKey||e.ctrlKey||e.defaultPrevented)return;let t=this._filterItems(e.composedPath())[0],n;t&&!t.disabled&&(n=this.items.indexOf(t))>=0&&(this.selected=n)}_searchKey(e,t){this._searchReset=D.debounce(this._searchReset,_.after(500),()=>{this._searchBuf=``}),this._searchBuf+=t.toLowerCase(),this.items.some(e=>this.__isMatchingKey(e))||(this._searchBuf=t.toLowerCase());let n=this._searchBuf.length===1?e+1:e;return this._getAvailableIndex(this.items,n,1,e=>this.__isMatchingKey(e)&&getComputedStyle(e).display!==`none`)}__isMatchingKey(e){return e.textContent.replace(/[^\p{L}\p{Nd}]/gu,``).toLowerCase().startsWith(this._searchBuf)}_onKeyDown(e){if(e.metaKey||e.ctrlKey)return;let t=e.key,n=this.items.indexOf(this.focused);if(/[\p{L}\p{Nd}]/u.test(t)&&t.length===1){let e=this._searchKey(n,t);e>=0&&this._focus(e);return}super._onKeyDown(e)}_setFocusable(e){e=this._getAvailableIndex(this.items,e,1);let t=this.items[e];this.items.forEach(e=>{e.tabIndex=e===t?0:-1})}_focus(e,t){this.items.forEach((t,n)=>{t.focused=n===e}),this._setFocusable(e),this._scrollToItem(e),super._focus(e,t??{preventScroll:!0})}_scrollToItem(e){let t=this._getItems()[e];t&&t.scrollIntoView({block:`nearest`,inline:`nearest`})}_scroll(e){if(this._vertical)this._scrollerElement.scrollTop+=e;else{let t=this.getAttribute(`dir`)||`ltr`,n=hi(this._scrollerElement,t)+e;gi(this._scrollerElement,t,n)}}_isItemFocusable(e){return e.disabled&&e.__shouldAllowFocusWhenDisabled?e.__shouldAllowFocusWhenDisabled():super._isItemFocusable(e)}}})),bi,xi=o((()=>{p(),bi=t`
  :host {
    display: block;
    padding: var(--vaadin-item-overlay-padding, 4px);
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='items'] {
    display: contents;
  }
`})),Si,Ci=o((()=>{p(),yi(),y(),h(),T(),k(),w(),xi(),Si=class extends vi(x(b(C(A(u))))){static get is(){return`vaadin-avatar-group-menu`}static get styles(){return bi}static get properties(){return{orientation:{readOnly:!0}}}get _scrollerElement(){return this.shadowRoot.querySelector(`[part="items"]`)}render(){return d`
      <div part="items">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`menu`)}},v(Si)})),wi,Ti=o((()=>{Gt(),ze(),wi=e=>class extends Ut(N(e)){static get properties(){return{_hasVaadinItemMixin:{value:!0},selected:{type:Boolean,value:!1,reflectToAttribute:!0,observer:`_selectedChanged`,sync:!0},_value:String}}get _activeKeys(){return[`Enter`,` `]}get value(){return this._value??this.textContent.trim()}set value(e){this._value=e}ready(){super.ready();let e=this.getAttribute(`value`);e!==null&&(this.value=e),this.__shouldAllowFocusWhenDisabled()&&this.style.setProperty(`--_vaadin-item-disabled-pointer-events`,`auto`)}focus(e){this.disabled&&!this.__shouldAllowFocusWhenDisabled()||super.focus(e)}_shouldSetActive(e){return!this.disabled&&!(e.type===`keydown`&&e.defaultPrevented)}_selectedChanged(e){this.setAttribute(`aria-selected`,e)}_disabledChanged(e){super._disabledChanged(e),e&&(this.selected=!1,this.__shouldAllowFocusWhenDisabled()||this.blur())}_onKeyDown(e){super._onKeyDown(e),this._activeKeys.includes(e.key)&&!e.defaultPrevented&&(e.preventDefault(),this.click())}__shouldAllowFocusWhenDisabled(){return!1}}})),Ei,Di=o((()=>{E(),p(),Ei=t`
  :host {
    align-items: center;
    border-radius: var(--vaadin-item-border-radius, var(--vaadin-radius-m));
    box-sizing: border-box;
    cursor: var(--vaadin-clickable-cursor);
    display: flex;
    column-gap: var(--vaadin-item-gap, var(--vaadin-gap-s));
    height: var(--vaadin-item-height, auto);
    padding: var(--vaadin-item-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    -webkit-tap-highlight-color: transparent;
  }

  :host([focus-ring]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) / -1);
  }

  :host([disabled]) {
    cursor: var(--vaadin-disabled-cursor);
    opacity: 0.5;
    pointer-events: var(--_vaadin-item-disabled-pointer-events, none);
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='checkmark'] {
    color: var(--vaadin-item-checkmark-color, inherit);
    display: var(--vaadin-item-checkmark-display, none);
    visibility: hidden;
  }

  [part='checkmark']::before {
    content: '';
    display: block;
    background: currentColor;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-checkmark) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  :host([selected]) [part='checkmark'] {
    visibility: visible;
  }

  [part='content'] {
    flex: 1;
    display: flex;
    align-items: center;
    column-gap: inherit;
    justify-content: var(--vaadin-item-text-align, start);
  }

  @media (forced-colors: active) {
    [part='checkmark']::before {
      background: CanvasText;
    }
  }
`})),Oi,ki,Ai=o((()=>{p(),Di(),Oi=t`
  [part='content'] {
    display: flex;
    align-items: center;
    gap: inherit;
  }
`,ki=[Ei,Oi]})),ji,Mi=o((()=>{p(),y(),h(),T(),Ti(),k(),w(),Ai(),ji=class extends wi(x(b(C(A(u))))){static get is(){return`vaadin-avatar-group-menu-item`}static get styles(){return ki}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`menuitem`)}},v(ji)})),Ni,Pi=o((()=>{p(),y(),h(),T(),qe(),lt(),wt(),k(),w(),Ni=class extends ht(ct(b(x(C(A(u)))))){static get is(){return`vaadin-avatar-group-overlay`}static get styles(){return Ke}render(){return d`
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <slot></slot>
        </div>
      </div>
    `}},v(Ni)})),Fi,Ii=o((()=>{E(),p(),Fi=t`
  :host {
    display: block;
    width: 100%; /* prevent collapsing inside non-stretching column flex */
    /* 1: last on top */
    /* -1: first on top */
    --_dir: 1;
  }

  :host([theme~='reverse']) {
    --_dir: -1;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='container'] {
    display: flex;
    position: relative;
    width: 100%;
    flex-wrap: nowrap;
  }

  ::slotted(vaadin-avatar) {
    --_overlap: max(0px, var(--vaadin-avatar-group-overlap, 8px));
    --_gap: max(0px, var(--vaadin-avatar-group-gap, 2px));
    --_outline-width: var(--vaadin-focus-ring-width);
    --_d: var(--_dir);
    mask-image: url('data:image/svg+xml;utf8,<svg viewBox="0 0 300 300" fill="none" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M300 0H0V300H300V0ZM150 200C177.614 200 200 177.614 200 150C200 122.386 177.614 100 150 100C122.386 100 100 122.386 100 150C100 177.614 122.386 200 150 200Z" fill="black"/></svg>');
    mask-size: calc((100% - var(--_outline-width) * 2) * 3);
    mask-position: calc(50% + (100% - var(--_outline-width) * 2 - var(--_overlap)) * var(--_d));
  }

  :host(:dir(rtl)) ::slotted(vaadin-avatar) {
    --_d: calc(var(--_dir) * -1);
  }

  ::slotted(vaadin-avatar:not(:first-of-type)) {
    margin-inline-start: calc((var(--_outline-width) + var(--_overlap) - var(--_gap)) * -1);
  }

  :host(:not([theme~='reverse'])) ::slotted(vaadin-avatar:last-child),
  :host(:not([theme~='reverse']):not([has-overflow])) ::slotted(vaadin-avatar:nth-last-child(2)),
  :host([theme~='reverse']) ::slotted(vaadin-avatar:first-of-type) {
    mask-image: none;
  }
`})),Li,Ri,zi,Bi=o((()=>{p(),z(),an(),Xn(),Ae(),R(),Li=2,Ri={anonymous:`anonymous`,activeUsers:{one:`Currently one active user`,many:`Currently {count} active users`},joined:`{user} joined`,left:`{user} left`},zi=e=>class extends tr(je(e)){static get properties(){return{items:{type:Array,sync:!0},maxItemsVisible:{type:Number,sync:!0},__itemsInView:{type:Number,value:null,sync:!0},_overflowItems:{type:Array},_overflowLimit:{type:Number},_opened:{type:Boolean,sync:!0}}}static get defaultI18n(){return Ri}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get _avatars(){return[...this.children].filter(e=>e.localName===`vaadin-avatar`)}ready(){super.ready(),this._menuController=new I(this,`overlay`,`vaadin-avatar-group-menu`,{initializer:e=>{e.addEventListener(`keydown`,this._onListKeyDown.bind(this)),this._menuElement=e}}),this._overflowController=new I(this,`overflow`,`vaadin-avatar`,{initializer:e=>{e.setAttribute(`role`,`button`),e.setAttribute(`tabindex`,`0`),e.setAttribute(`aria-haspopup`,`menu`),e.setAttribute(`aria-expanded`,`false`),e.addEventListener(`click`,e=>this._onOverflowClick(e)),e.addEventListener(`keydown`,e=>this._onOverflowKeyDown(e));let t=document.createElement(`vaadin-tooltip`);t.setAttribute(`slot`,`tooltip`),e.appendChild(t),this._overflow=e,this._overflowTooltip=t}}),this.addController(this._menuController),this.addController(this._overflowController),this._overlayElement=this.$.overlay}disconnectedCallback(){super.disconnectedCallback(),this._opened=!1}willUpdate(e){if(super.willUpdate(e),e.has(`items`)||e.has(`__itemsInView`)||e.has(`maxItemsVisible`)){let e=Array.isArray(this.items)?this.items.length:0,t=this.__getLimit(e,this.__itemsInView,this.maxItemsVisible);this._overflowLimit=t,this._overflowItems=t?this.items.slice(t):[]}}updated(e){if(super.updated(e),e.has(`items`)&&this.__itemsChanged(this.items,e.get(`items`)),e.has(`items`)||e.has(`_overflowLimit`)||e.has(`__effectiveI18n`)||e.has(`_theme`)){let e=this._overflowLimit;this.__renderAvatars(e?this.items.slice(0,e):this.items||[])}(e.has(`items`)||e.has(`_overflowLimit`))&&(this.__updateOverflowTooltip(this.items,this._overflowLimit),this.__updateOverflowAvatar(this.items,this._overflowLimit,this.__itemsInView)),(e.has(`__effectiveI18n`)||e.has(`items`))&&this.__i18nItemsChanged(this.__effectiveI18n,this.items),e.has(`_opened`)&&this.__openedChanged(this._opened,e.get(`_opened`)),e.has(`_theme`)&&(this._theme?this._overflow.setAttribute(`theme`,this._theme):this._overflow.removeAttribute(`theme`)),(e.has(`_overflowItems`)||e.has(`__effectiveI18n`)||e.has(`_theme`))&&this.__renderMenu()}__getMessage(e,t){return t.replace(`{user}`,e.name||e.abbr||this.__effectiveI18n.anonymous)}__renderMenu(){ie(d`
          ${(this._overflowItems||[]).map(e=>d`
              <vaadin-avatar-group-menu-item>
                <vaadin-avatar
                  .name="${e.name}"
                  .abbr="${e.abbr}"
                  .img="${e.img}"
                  .colorIndex="${e.colorIndex}"
                  .i18n="${this.__effectiveI18n}"
                  class="${B(e.className)}"
                  theme="${B(this._theme)}"
                  aria-hidden="true"
                ></vaadin-avatar>
                ${e.name||``}
              </vaadin-avatar-group-menu-item>
            `)}
        `,this._menuElement,{host:this})}_onOverflowClick(e){e.stopPropagation(),this._opened?this.$.overlay.close():e.defaultPrevented||(this._opened=!0)}_onOverflowKeyDown(e){this._opened||/^(Enter|SpaceBar|\s)$/u.test(e.key)&&(e.preventDefault(),this._opened=!0)}_onListKeyDown(e){(e.key===`Escape`||e.key===`Tab`)&&(this._opened=!1)}_onResize(){this.__setItemsInView()}_onVaadinOverlayClose(e){e.detail.sourceEvent&&e.detail.sourceEvent.composedPath().includes(this)&&e.preventDefault()}_onVaadinOverlayOpen(){this._menuElement&&this._menuElement.focus()}__renderAvatars(e){ie(d`
          ${e.map(e=>d`
              <vaadin-avatar
                .name="${e.name}"
                .abbr="${e.abbr}"
                .img="${e.img}"
                .colorIndex="${e.colorIndex}"
                .i18n="${this.__effectiveI18n}"
                theme="${B(this._theme)}"
                class="${B(e.className)}"
                tabindex="0"
                with-tooltip
              ></vaadin-avatar>
            `)}
        `,this,{renderBefore:this._overflow})}__updateOverflowAvatar(e,t,n){let r=this._overflow;if(r){let i=Array.isArray(e)?e.length:0,a=this.maxItemsVisible!=null&&i>this.__getMax(this.maxItemsVisible);r.abbr=`+${i-t}`;let o=a||n&&n<i;r.toggleAttribute(`hidden`,!o),this.toggleAttribute(`has-overflow`,o)}}__updateOverflowTooltip(e,t){if(!Array.isArray(e)||t==null)return;let n=[];for(let r=t;r<e.length;r++){let t=e[r];t&&n.push(t.name||t.abbr||`anonymous`)}this._overflowTooltip.text=n.join(`
`)}__getLimit(e,t,n){let r=null,i=this.__getMax(n);return n!=null&&i<e?r=i-1:t&&t<e&&(r=t),Math.min(r,this.__calculateAvatarsFitWidth())}__getMax(e){return Math.max(e,Li)}__itemsChanged(e,t){this.__setItemsInView();let n=[],r=[],i=Array.isArray(e),a=Array.isArray(t);a&&(r=t.filter(t=>i&&!e.includes(t))),i&&(n=e.filter(e=>a&&!t.includes(e))),this.__announceItemsChange(n,r)}__announceItemsChange(e,t){let n=[],r=[];e&&(n=e.map(e=>this.__getMessage(e,this.__effectiveI18n.joined||`{user} joined`))),t&&(r=t.map(e=>this.__getMessage(e,this.__effectiveI18n.left||`{user} left`)));let i=r.concat(n);i.length>0&&on(i.join(`, `))}__i18nItemsChanged(e,t){if(e?.activeUsers){let n=Array.isArray(t)?t.length:0,r=n===1?`one`:`many`;e.activeUsers[r]&&this.setAttribute(`aria-label`,e.activeUsers[r].replace(`{count}`,n||0))}}__openedChanged(e,t){e?this._openedWithFocusRing=this._overflow.hasAttribute(`focus-ring`):t&&this._overflow.focus({focusVisible:this._openedWithFocusRing}),this._overflow.setAttribute(`aria-expanded`,e===!0)}__setItemsInView(){let e=this._avatars,t=this.items;if(!t||!e||e.length<3)return;let n=this.__calculateAvatarsFitWidth();n===t.length-1&&(n=t.length),n>=t.length&&this._opened&&(this.$.overlay.close(),this.$.overlay._flushAnimation(`closing`)),this.__itemsInView=n}__calculateAvatarsFitWidth(){if(!this.shadowRoot||this._avatars.length<Li)return Li;let e=this._avatars,t=e[0].clientWidth,{marginLeft:n,marginRight:r}=getComputedStyle(e[1]),i=this.__isRTL?parseInt(r,0)-parseInt(n,0):parseInt(n,0)-parseInt(r,0);return Math.floor((this.$.container.offsetWidth-t)/(t+i))}}})),Vi,Hi=o((()=>{mi(),_t(),Ci(),Mi(),Pi(),p(),y(),O(),T(),k(),w(),Ii(),Bi(),Vi=class extends zi(S(x(C(A(u))))){static get is(){return`vaadin-avatar-group`}static get styles(){return Fi}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <div id="container" part="container">
        <slot></slot>
        <slot name="overflow"></slot>
      </div>
      <vaadin-avatar-group-overlay
        id="overlay"
        .owner="${this}"
        .opened="${this._opened}"
        .positionTarget="${this._overflow}"
        no-vertical-overlap
        exportparts="overlay, content"
        @vaadin-overlay-close="${this._onVaadinOverlayClose}"
        @vaadin-overlay-open="${this._onVaadinOverlayOpen}"
        @opened-changed="${this._onOpenedChanged}"
      >
        <slot name="overlay"></slot>
      </vaadin-avatar-group-overlay>
    `}_onOpenedChanged(e){this._opened=e.detail.value}},v(Vi)})),Ui,Wi=o((()=>{p(),Ui=t`
  .sr-only {
    border: 0 !important;
    clip: rect(1px, 1px, 1px, 1px) !important;
    clip-path: inset(50%) !important;
    height: 1px !important;
    margin: -1px !important;
    overflow: hidden !important;
    padding: 0 !important;
    position: absolute !important;
    width: 1px !important;
    white-space: nowrap !important;
  }
`})),Gi,Ki=o((()=>{E(),p(),Gi=t`
  :host {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    vertical-align: baseline;
    box-sizing: border-box;
    gap: var(--vaadin-badge-gap, 0.25em);
    padding: var(--vaadin-badge-padding, 0 calc(0.5lh - 0.25em));
    font-size: var(--vaadin-badge-font-size, 0.875rem);
    font-family: var(--vaadin-badge-font-family, inherit);
    font-weight: var(--vaadin-badge-font-weight, 500);
    line-height: var(--vaadin-badge-line-height, 1lh);
    color: var(--vaadin-badge-text-color, var(--vaadin-text-color));
    background: var(--vaadin-badge-background, transparent);
    border: var(--vaadin-badge-border-width, 1px) solid var(--vaadin-badge-border-color, var(--vaadin-border-color));
    border-radius: var(--vaadin-badge-border-radius, 100vh);
    min-width: calc(1lh + var(--vaadin-badge-border-width, 1px) * 2);
    white-space: nowrap;
    --vaadin-icon-size: 1em;
    /* prevent from stretching */
    height: round(1lh + var(--vaadin-badge-border-width, 1px) * 2, 0.125rem);
    flex: none;
    /* Only reserve 1lh of space (treat border as an outline) */
    margin: calc(var(--vaadin-badge-border-width, 1px) * -1);
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='content'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  :host(:not([has-icon])) [part='icon'],
  :host(:not([has-content])) [part='content'],
  :host(:not([has-number])) [part='number'] {
    display: none;
  }

  :host(:is([theme~='filled'], [theme~='dot'])) {
    background: var(--vaadin-text-color);
    color: var(--vaadin-background-color);
  }

  :host([theme~='icon-only']),
  :host([has-icon]:not([has-content], [has-number])) {
    padding: 0;
  }

  :host([theme~='icon-only']),
  :host([theme~='number-only']) {
    gap: 0;
  }

  :host([theme~='dot']) {
    min-width: 0;
    width: round(0.5em, 0.125rem);
    height: round(0.5em, 0.125rem);
    padding: 0;
    margin: 0;
  }

  @media (forced-colors: active) {
    :host {
      border: 1px solid !important;
    }
  }
`})),qi,Ji=o((()=>{p(),ce(),Wi(),y(),Je(),O(),T(),Me(),k(),w(),Ki(),qi=class extends S(x(C(A(u)))){static get is(){return`vaadin-badge`}static get styles(){return[Gi,Ui]}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{number:{type:Number}}}render(){let e=(this._theme||``).split(` `),t=e.includes(`icon-only`),n=e.includes(`number-only`),r=e.includes(`dot`);return d`
      <div part="icon" class="${ee({"sr-only":n||r})}">
        <slot name="icon"></slot>
      </div>
      <div part="number" class="${ee({"sr-only":t||r})}">${this.number}</div>
      <div part="content" class="${ee({"sr-only":n||t||r})}">
        <slot></slot>
      </div>
    `}willUpdate(e){super.willUpdate(e),e.has(`number`)&&this.toggleAttribute(`has-number`,this.number!=null)}firstUpdated(){super.firstUpdated();let e=this.shadowRoot.querySelector(`slot:not([name])`);this.__slotObserver=new Ne(e,({currentNodes:e})=>{this.toggleAttribute(`has-content`,e.filter(e=>!Ye(e)).length>0)});let t=this.shadowRoot.querySelector(`slot[name="icon"]`);this.__iconSlotObserver=new Ne(t,({currentNodes:e})=>{this.toggleAttribute(`has-icon`,e.length>0)})}},v(qi)})),Yi,Xi,Zi=o((()=>{j(),Ae(),Yi={SMALL:`small`,MEDIUM:`medium`,LARGE:`large`},Xi=e=>class extends je(e){constructor(){super(),this._oldWidth=0,this._oldBreakpoints={smallSize:600,mediumSize:960},this._oldFlexBasis=[]}ready(){super.ready(),this.$.insertionPoint.addEventListener(`slotchange`,()=>this.redraw())}connectedCallback(){super.connectedCallback(),this._onResize()}_addStyleNames(e,t){e<t.smallSize?(this.classList.add(Yi.SMALL),this.classList.remove(Yi.MEDIUM),this.classList.remove(Yi.LARGE)):e<t.mediumSize?(this.classList.remove(Yi.SMALL),this.classList.add(Yi.MEDIUM),this.classList.remove(Yi.LARGE)):(this.classList.remove(Yi.SMALL),this.classList.remove(Yi.MEDIUM),this.classList.add(Yi.LARGE))}_calculateFlexBasis(e,t,n,r){t<r.smallSize?n=1:t<r.mediumSize&&n===4&&(n=2);let i=e/n*100;return i=i>100?100:i,`${i}%`}_reportError(){console.warn(`The column configuration is not valid; column count should add up to 3 or 4.`,`check: \r\n${this.outerHTML}`)}_parseBoardCols(e){let t=e.map(e=>e.getAttribute(`board-cols`)?parseInt(e.getAttribute(`board-cols`)):1),n=4,r=[];return e.forEach((e,r)=>{n-=t[r]}),n<0?(this._reportError(),t.forEach((e,t)=>{r[t]=1})):r=t.slice(0),r}_removeExtraNodesFromDOM(e,t){let n=!1,r=4,i=[];return t.forEach((t,a)=>{r-=e[a],r<0?(n||(n=!0,this._reportError()),this.removeChild(t)):i[a]=t}),i}redraw(){this._recalculateFlexBasis(!0)}_onResize(){this._recalculateFlexBasis(!1)}_recalculateFlexBasis(e){let t=this.getBoundingClientRect().width,n=this._measureBreakpointsInPx();if(e||this._shouldRecalculate(t,n)){let r=this.$.insertionPoint.assignedNodes({flatten:!0}).filter(e=>e.nodeType===Node.ELEMENT_NODE);this._addStyleNames(t,n);let i=this._parseBoardCols(r),a=i.reduce((e,t)=>e+t,0);this._removeExtraNodesFromDOM(i,r).forEach((r,o)=>{let s=this._calculateFlexBasis(i[o],t,a,n);(e||!this._oldFlexBasis[o]||this._oldFlexBasis[o]!==s)&&(this._oldFlexBasis[o]=s,r.style.flexBasis=s)}),this._oldWidth=t,this._oldBreakpoints=n}}_shouldRecalculate(e,t){return Le(this)?!1:e!==this._oldWidth||t.smallSize!==this._oldBreakpoints.smallSize||t.mediumSize!==this._oldBreakpoints.mediumSize}_measureBreakpointsInPx(){let e={},t=`background-position`,n=getComputedStyle(this).getPropertyValue(`--small-size`),r=getComputedStyle(this).getPropertyValue(`--medium-size`);return this.style.setProperty(t,n),e.smallSize=parseFloat(getComputedStyle(this).getPropertyValue(t)),this.style.setProperty(t,r),e.mediumSize=parseFloat(getComputedStyle(this).getPropertyValue(t)),this.style.removeProperty(t),e}}})),Qi,$i=o((()=>{p(),y(),O(),T(),Zi(),Qi=class extends Xi(S(C(u))){static get is(){return`vaadin-board-row`}static get styles(){return t`
      :host {
        display: flex;
        flex-flow: row wrap;
        align-items: stretch;
        --small-size: var(--vaadin-board-width-small, 600px);
        --medium-size: var(--vaadin-board-width-medium, 960px);
      }

      :host([hidden]) {
        display: none !important;
      }

      :host ::slotted(*) {
        box-sizing: border-box;
        flex-grow: 1;
        overflow: hidden;
      }
    `}render(){return d`<slot id="insertionPoint"></slot>`}},v(Qi)})),ea,ta=o((()=>{$i(),p(),y(),O(),T(),ke(),ea=class extends S(C(u)){static get is(){return`vaadin-board`}static get cvdlName(){return`vaadin-board`}static get styles(){return t`
      :host {
        display: block;
      }

      :host([hidden]) {
        display: none !important;
      }
    `}firstUpdated(){super.firstUpdated(),Oe("`<vaadin-board>` is deprecated and will be removed in Vaadin 26. Consider using `<vaadin-dashboard>` or `<vaadin-dashboard-layout>` as an alternative.")}render(){return d`<slot></slot>`}redraw(){[...this.querySelectorAll(`*`)].filter(e=>e instanceof Qi).forEach(e=>e.redraw())}},v(ea)})),na,ra=o((()=>{p(),qn(),y(),na=class extends $n{static get is(){return`vaadin-big-decimal-field`}static get lumoInjector(){return{...super.lumoInjector,is:`vaadin-text-field`}}static get styles(){return[...super.styles,t`
        :host([dir='rtl']) [part='input-field'] {
          direction: ltr;
        }

        :host([dir='rtl']) [part='input-field'] ::slotted(input) {
          --_lumo-text-field-overflow-mask-image: linear-gradient(to left, transparent, #000 1.25em) !important;
        }
      `]}static get properties(){return{_decimalSeparator:{type:String,value:`.`,sync:!0,observer:`__decimalSeparatorChanged`}}}ready(){super.ready(),this.inputElement.setAttribute(`inputmode`,`decimal`)}__decimalSeparatorChanged(e,t){this.allowedCharPattern=`[-+\\d`+e+`]`,this.value&&t&&(this.value=this.value.split(t).join(e))}},v(na)})),ia,aa=o((()=>{E(),p(),ia=t`
  :host {
    display: inline-flex;
    align-items: baseline;
    flex-shrink: 0;
    font-size: var(--vaadin-breadcrumbs-font-size, 1em);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([current]) {
    color: var(--vaadin-text-color);
    font-weight: bolder;
  }

  [part='link'],
  [part='nolink'] {
    display: inline-flex;
    gap: var(--vaadin-breadcrumbs-item-gap, var(--vaadin-gap-xs));
    align-items: baseline;
    border-radius: var(--vaadin-breadcrumbs-item-border-radius, var(--vaadin-radius-m));
    padding: var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container);
    flex: 1;
  }

  :host(:not([slot='overlay'])) :is([part='link'], [part='nolink']) {
    margin-inline: calc(var(--vaadin-padding-inline-container) * -1);
  }

  [part='link'] {
    text-decoration: none;
    outline: none;
    -webkit-tap-highlight-color: transparent;

    &:any-link {
      color: var(--vaadin-breadcrumbs-link-color, LinkText);
    }

    &:focus-visible {
      outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    }
  }

  :host::after {
    content: '\\2003' / '';
    display: inline-flex;
    align-items: center;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask: var(--vaadin-breadcrumbs-separator-icon, var(--_vaadin-icon-chevron-right)) center /
      var(--vaadin-icon-visual-size, 100%) no-repeat;
    margin-inline-start: var(--vaadin-breadcrumbs-gap, var(--vaadin-gap-xs));
    opacity: 0.75;
  }

  :host(:last-of-type)::after,
  :host([current])::after {
    display: none;
  }

  :host([dir='rtl'])::after {
    scale: -1;
  }

  :host([slot='overlay']) {
    display: flex;

    [part='link'] {
      border-radius: var(--vaadin-radius-s);
    }
  }

  :host([slot='overlay'][disabled]),
  :host([slot='overlay']:not([path])) {
    color: var(--vaadin-text-color-secondary);
  }

  :host([slot='overlay'][focus-ring]) [part='link'] {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
  }

  :host([slot='overlay'])::after {
    display: none;
  }

  @media (any-hover: hover) {
    :host([slot='overlay']) [part='link'] {
      text-decoration: none;
    }
  }

  @media (forced-colors: active) {
    :host::after {
      background: CanvasText;
    }
  }
`})),oa,sa=o((()=>{p(),z(),Kt(),ze(),y(),O(),T(),Me(),k(),aa(),oa=class extends N(Vt(S(C(A(u))))){static get is(){return`vaadin-breadcrumbs-item`}static get shadowRootOptions(){return{...u.shadowRootOptions,delegatesFocus:!0}}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{path:{type:String},current:{type:Boolean,value:!1,readOnly:!0,reflectToAttribute:!0}}}static get styles(){return ia}static get experimental(){return`breadcrumbsComponent`}firstUpdated(){super.firstUpdated(),this.hasAttribute(`role`)||this.setAttribute(`role`,`listitem`)}render(){return d`
      ${this.path==null?d`
            <span part="nolink" aria-current="${this.current?`page`:se}">
              <slot name="prefix"></slot>
              <span part="label">
                <slot></slot>
              </span>
            </span>
          `:d`
            <a
              href="${B(this.disabled?null:this.path)}"
              tabindex="${this.disabled?`-1`:`0`}"
              part="link"
            >
              <slot name="prefix"></slot>
              <span part="label">
                <slot></slot>
              </span>
            </a>
          `}
    `}ready(){super.ready(),this.__slotObserver=new Ne(this.shadowRoot,()=>{this.toggleAttribute(`has-prefix`,!!this.querySelector(`[slot="prefix"]`))}),this.__slotObserver.flush()}focus(e){this.disabled||super.focus(e)}_shouldSetFocus(){return!this.disabled}},v(oa)})),ca,la=o((()=>{p(),y(),h(),T(),qe(),lt(),wt(),k(),ca=class extends ht(ct(b(C(A(u))))){static get is(){return`vaadin-breadcrumbs-overlay`}static get styles(){return[Ke,t`
        [part='content'] {
          padding: var(--vaadin-item-overlay-padding, 4px);
        }

        :host([top-aligned]) [part='overlay'] {
          margin-top: var(--_offset, 4px);
        }

        :host([bottom-aligned]) [part='overlay'] {
          margin-bottom: var(--_offset, 4px);
        }
      `]}render(){return d`
      <div part="overlay" id="overlay">
        <div part="content" id="content" role="list">
          <slot></slot>
        </div>
      </div>
    `}_shouldCloseOnOutsideClick(e){let t=e.composedPath();return!t.includes(this.positionTarget)&&!t.includes(this)}get _contentRoot(){return this.owner}},v(ca)})),ua,da=o((()=>{E(),p(),ua=t`
  :host {
    display: block;
    width: 100%;
    min-width: 0;
    color: var(--vaadin-breadcrumbs-text-color, var(--vaadin-text-color-secondary));
    font-size: var(--vaadin-breadcrumbs-font-size, 1em);
    line-height: var(--vaadin-breadcrumbs-line-height, inherit);
    font-weight: var(--vaadin-breadcrumbs-font-weight, 400);
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='list'] {
    display: flex;
    flex-wrap: nowrap;
    align-items: baseline;
    gap: var(--vaadin-breadcrumbs-gap, var(--vaadin-gap-xs));
    min-width: 0;
    max-width: 100%;
  }

  [part='overflow'] {
    display: inline-flex;
    align-items: inherit;
    flex-shrink: 0;
  }

  [part='overflow'][hidden] {
    display: none !important;
  }

  [part='overflow-button'] {
    appearance: none;
    background: transparent;
    color: inherit;
    border: none;
    border-radius: var(--vaadin-breadcrumbs-item-border-radius, var(--vaadin-radius-m));
    box-sizing: border-box;
    --_padding: var(--vaadin-padding-block-container);
    padding: var(--_padding);
    margin: calc(var(--_padding) * -1);
    /* Ensure minimum click target (WCAG) */
    min-height: 24px;
    min-width: 24px;
    font: inherit;
    cursor: var(--vaadin-clickable-cursor);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    -webkit-tap-highlight-color: transparent;
  }

  [part='overflow-button']::before {
    content: '\\2003' / '';
    display: inline-flex;
    align-items: center;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask: var(--vaadin-breadcrumbs-overflow-icon, var(--_vaadin-icon-ellipsis)) center /
      var(--vaadin-icon-visual-size, 100%) no-repeat;
    opacity: 0.8;
  }

  [part='overflow-button']:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  [part='overflow']::after {
    content: '\\2003' / '';
    display: inline-flex;
    align-items: center;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask: var(--vaadin-breadcrumbs-separator-icon, var(--_vaadin-icon-chevron-right)) center /
      var(--vaadin-icon-visual-size, 100%) no-repeat;
    margin-inline-start: var(--vaadin-breadcrumbs-gap, var(--vaadin-gap-xs));
    opacity: 0.75;
  }

  :host([dir='rtl']) [part='overflow']::after {
    scale: -1;
  }

  :host(:where(:not([theme~='slash']))) [part='overflow']::after,
  :host(:where(:not([theme~='slash']))) ::slotted(vaadin-breadcrumbs-item)::after {
    --vaadin-icon-visual-size: 90%;
  }

  :host([theme~='slash']) {
    --vaadin-breadcrumbs-separator-icon: var(--_vaadin-icon-slash);
  }

  @media (forced-colors: active) {
    [part='overflow-button']::before,
    [part='overflow']::after {
      background: CanvasText !important;
    }
  }
`})),fa,pa,ma=o((()=>{sa(),la(),p(),j(),Ar(),y(),O(),Xn(),T(),Ae(),Me(),k(),da(),fa={moreItems:`More items`},pa=class extends kr(je(tr(S(C(A(u)))))){static get is(){return`vaadin-breadcrumbs`}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get styles(){return ua}static get experimental(){return`breadcrumbsComponent`}static get properties(){return{__overlayOpened:{type:Boolean,value:!1,sync:!0},__hasOverflow:{type:Boolean,value:!1,sync:!0,reflectToAttribute:!0,attribute:`has-overflow`}}}static get defaultI18n(){return fa}get i18n(){return super.i18n}set i18n(e){super.i18n=e}render(){return d`
      <div id="list" role="list" part="list">
        <slot name="root"></slot>
        <div role="listitem" part="overflow" ?hidden="${!this.__hasOverflow}">
          <button
            id="overflow"
            type="button"
            part="overflow-button"
            aria-haspopup="true"
            aria-expanded="${this.__overlayOpened?`true`:`false`}"
            aria-label="${this.__effectiveI18n?.moreItems}"
            @click="${this.__onOverflowButtonClick}"
          ></button>
        </div>
        <slot></slot>
      </div>
      <vaadin-breadcrumbs-overlay
        id="overlay"
        .opened="${this.__overlayOpened}"
        .owner="${this}"
        no-vertical-overlap
        restore-focus-on-close
        exportparts="overlay, content: overlay-content"
        @opened-changed="${this.__onOverlayOpenedChanged}"
      >
        <slot name="overlay"></slot>
      </vaadin-breadcrumbs-overlay>
    `}firstUpdated(){super.firstUpdated(),this.hasAttribute(`role`)||this.setAttribute(`role`,`navigation`),this.$.overlay.positionTarget=this.$.overflow,this.$.overlay.restoreFocusNode=this.$.overflow,this.__slotObserver=new Ne(this.shadowRoot,()=>{this.__updateItems(),this.__updateOverflow()}),this.__slotObserver.flush(),this.__pathObserver=new MutationObserver(()=>this.__updateItems()),this.__pathObserver.observe(this,{attributes:!0,attributeFilter:[`path`],subtree:!0})}__getAllItems(){return[...this.children].filter(e=>e.localName===`vaadin-breadcrumbs-item`)}__updateItems(){let e=this.__getAllItems(),t=e.length-1;e.forEach((e,n)=>{let r=n===t&&e.path==null;e._setCurrent?.(r)})}__restoreSlots(e){e.forEach((e,t)=>{let n=t===0?`root`:null;n===null?e.removeAttribute(`slot`):e.setAttribute(`slot`,n)})}__updateOverflow(){let e=this.__getAllItems();if(this.__restoreSlots(e),e.length<=1){this.__hasOverflow=!1;return}this.__hasOverflow=!0;let t=this.$.list,n=t.querySelector(`[part="overflow"]`).getBoundingClientRect(),r=t.getBoundingClientRect(),i=e.map(e=>e.getBoundingClientRect()),a=parseFloat(getComputedStyle(t).gap)||0;if(t.scrollWidth-n.width-a<=t.clientWidth){this.__hasOverflow=!1;return}let o=i.at(-1),s=Math.max(0,o.right-r.right,r.left-o.left);for(let t=1;t<e.length-1;t+=1)if(e[t].setAttribute(`slot`,`overlay`),Math.abs(i[t+1].left-i[1].left)>=s)return;e[0].setAttribute(`slot`,`overlay`)}_onResize(){this.__updateOverflow()}__onOverflowButtonClick(e){e.stopPropagation(),this.__overlayOpened=!this.__overlayOpened}__onOverlayOpenedChanged(e){this.__overlayOpened=e.detail.value}_onKeyDown(e){if(this.__overlayOpened){if(e.key===`Tab`){this.__overlayOpened=!1;return}if(!this.focused&&(e.key===`ArrowDown`||e.key===`ArrowUp`)){let t=this._getItems(),n=e.key===`ArrowDown`,r=this._getAvailableIndex(t,n?0:t.length-1,n?1:-1,e=>!Le(e));r>=0&&(e.preventDefault(),this._focus(r));return}super._onKeyDown(e)}}_getItems(){return[...this.querySelectorAll(`vaadin-breadcrumbs-item[slot="overlay"]`)]}_isItemFocusable(e){return super._isItemFocusable(e)&&e.path!=null}focus(e){let t=this.querySelector(`vaadin-breadcrumbs-item`);if(t){if(t.disabled||t.slot===`overlay`){this.$.overflow.focus(e);return}t.focus(e)}}},v(pa)})),ha,ga=o((()=>{E(),p(),ha=t`
  :host {
    --_content: 0;
    --_footer: 0;
    --_gap: var(--vaadin-card-gap, var(--vaadin-gap-m));
    --_header: max(var(--_header-prefix), var(--_title), var(--_subtitle), var(--_header-suffix));
    --_header-prefix: 0;
    --_header-suffix: 0;
    --_media: 0;
    --_padding: var(--vaadin-card-padding, var(--vaadin-padding-m));
    --_subtitle: 0;
    --_title: 0;
    background: var(--vaadin-card-background, var(--vaadin-background-container));
    --_border-width: var(--vaadin-card-border-width, 0px);
    border: var(--_border-width) solid var(--vaadin-card-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-card-border-radius, var(--vaadin-radius-m));
    box-shadow: var(--vaadin-card-shadow, none);
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_padding);
    position: relative;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([theme~='horizontal'])) {
    justify-content: space-between;
  }

  :host([_m]) {
    --_media: 1;
  }

  :host([_t]) {
    --_title: 1;
  }

  :host([_st]) {
    --_subtitle: 1;
  }

  :host([_h]) {
    --_header: 1;
    --_title: 0;
    --_subtitle: 0;
  }

  :host([_hp]) {
    --_header-prefix: 1;
  }

  :host([_hs]) {
    --_header-suffix: 1;
  }

  :host([_c]) {
    --_content: 1;
  }

  :host([_f]) {
    --_footer: 1;
  }

  [part='media'],
  [part='header'],
  [part='content'],
  [part='footer'] {
    display: none;
  }

  :host([_m]) [part='media'] {
    display: block;
  }

  :host(:is([_h], [_t], [_st], [_hp], [_hs])) [part='header'] {
    align-items: center;
    display: grid;
    gap: var(--_gap);
    row-gap: 0;
  }

  :host([_hs]) [part='header'] {
    grid-template-columns: 1fr auto;
  }

  :host([_hp]) [part='header'] {
    grid-template-columns: repeat(var(--_header-prefix), auto) 1fr;
  }

  :host([_c]) [part='content'] {
    display: block;
  }

  :host([_f]) [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }

  slot {
    border-radius: inherit;
  }

  ::slotted([slot='header-prefix']) {
    grid-column: 1;
    grid-row: 1 / span calc(var(--_title) + var(--_subtitle));
  }

  ::slotted([slot='header']),
  ::slotted([slot='title']) {
    grid-column: calc(1 + var(--_header-prefix));
    grid-row: 1;
  }

  ::slotted([slot='title']) {
    color: var(--vaadin-card-title-color, var(--vaadin-text-color)) !important;
    font-size: var(--vaadin-card-title-font-size, inherit) !important;
    font-weight: var(--vaadin-card-title-font-weight, 500) !important;
    line-height: var(--vaadin-card-title-line-height, inherit) !important;
    margin: 0 !important;
  }

  ::slotted([slot='subtitle']) {
    color: var(--vaadin-card-subtitle-color, var(--vaadin-text-color-secondary)) !important;
    font-size: var(--vaadin-card-subtitle-font-size, inherit) !important;
    font-weight: var(--vaadin-card-subtitle-font-weight, 400) !important;
    line-height: var(--vaadin-card-subtitle-line-height, inherit) !important;
    margin: 0 !important;
    grid-column: calc(1 + var(--_header-prefix));
    grid-row: calc(1 + var(--_title));
  }

  ::slotted([slot='header-suffix']) {
    grid-column: calc(2 + var(--_header-prefix));
    grid-row: 1 / span calc(var(--_title) + var(--_subtitle));
  }

  /* Horizontal */
  :host([theme~='horizontal']) {
    align-items: start;
    display: grid;
    grid-template-columns: repeat(var(--_media), minmax(auto, max-content)) 1fr;
  }

  :host([theme~='horizontal'][_f]) {
    grid-template-rows: 1fr auto;
  }

  :host([theme~='horizontal'][_c]) {
    grid-template-rows: repeat(var(--_header), auto) 1fr;
  }

  [part='media'] {
    align-self: stretch;
    grid-column: 1;
    grid-row: 1 / span calc(var(--_header) + var(--_content) + var(--_footer));
    overflow: hidden;
  }

  [part='header'] {
    margin-bottom: auto;
    grid-column: calc(1 + var(--_media));
    grid-row: 1;
  }

  [part='content'] {
    grid-column: calc(1 + var(--_media));
    grid-row: calc(1 + var(--_header));
    flex: auto;
    min-height: 0;
  }

  [part='footer'] {
    border-radius: inherit;
    grid-column: calc(1 + var(--_media));
    grid-row: calc(1 + var(--_header) + var(--_content));
  }

  :host([theme~='horizontal']) [part='footer'] {
    align-self: end;
  }

  :host(:not([theme~='horizontal'])) ::slotted([slot='media']:is(img, video, svg)) {
    max-width: 100%;
  }

  ::slotted([slot='media']) {
    vertical-align: middle;
  }

  :host(:is([theme~='cover-media'], [theme~='stretch-media'])) [part='media'] {
    aspect-ratio: var(--vaadin-card-media-aspect-ratio, 16/9);
    width: 100%;

    ::slotted(:is(img, video, svg, vaadin-icon)) {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
  }

  :host([theme~='horizontal']:is([theme~='cover-media'], [theme~='stretch-media'])) {
    grid-template-columns: repeat(var(--_media), minmax(auto, 0.5fr)) 1fr;
  }

  :host([theme~='horizontal']:is([theme~='cover-media'], [theme~='stretch-media'])) [part='media'] {
    aspect-ratio: auto;
    height: 100%;
  }

  :host([theme~='cover-media']) {
    --_media-width: calc(100% + (var(--_padding) + var(--_border-width)) * 2);
  }

  :host([theme~='horizontal'][theme~='cover-media']) {
    --_media-width: calc(100% + (var(--_padding) + var(--_border-width)));
  }

  :host([theme~='cover-media']) [part='media'] {
    border-radius: inherit;
    border-end-end-radius: 0;
    border-end-start-radius: 0;
    margin-inline: calc((var(--_padding) + var(--_border-width)) * -1);
    margin-top: calc((var(--_padding) + var(--_border-width)) * -1);
    max-width: none;
    width: var(--_media-width);

    ::slotted(:is(img, video, svg, vaadin-icon)) {
      outline: var(--_border-width) solid var(--vaadin-card-border-color, var(--vaadin-border-color-secondary));
      outline-offset: calc(var(--_border-width) * -1);
      border-radius: inherit;
    }
  }

  :host([theme~='horizontal'][theme~='cover-media']) [part='media'] {
    border-radius: inherit;
    border-end-end-radius: 0;
    border-start-end-radius: 0;
    height: calc(100% + (var(--_padding) + var(--_border-width)) * 2);
    margin-inline-end: 0;
  }

  /* Scroller in content */
  [part='content'] ::slotted(vaadin-scroller) {
    margin-inline: calc(var(--_padding) * -1);
    padding-inline: var(--_padding);
  }

  [part='content'] ::slotted(vaadin-scroller)::before,
  [part='content'] ::slotted(vaadin-scroller)::after {
    margin-inline: calc(var(--_padding) * -1);
  }

  /* Outlined */
  :host([theme~='outlined']) {
    --vaadin-card-border-width: 1px;
  }

  /* Elevated */
  :host([theme~='elevated']) {
    --vaadin-card-background: var(--vaadin-background-color);
    box-shadow: var(--vaadin-card-shadow, 0 1px 4px -1px rgba(0, 0, 0, 0.3));
  }
`})),_a,va=o((()=>{p(),y(),Je(),O(),T(),We(),k(),w(),ga(),_a=class extends S(x(C(A(u)))){static get is(){return`vaadin-card`}static get styles(){return ha}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{cardTitle:{type:String,observer:`__cardTitleChanged`},titleHeadingLevel:{type:Number,reflectToAttribute:!0,observer:`__titleHeadingLevelChanged`}}}ready(){super.ready(),this.hasAttribute(`role`)||this.setAttribute(`role`,`region`)}render(){return d`
      <div part="media">
        <slot name="media"></slot>
      </div>
      <div part="header">
        <slot name="header-prefix"></slot>
        <slot name="header">
          <slot name="title"></slot>
          <slot name="subtitle"></slot>
        </slot>
        <slot name="header-suffix"></slot>
      </div>
      <div part="content">
        <slot></slot>
      </div>
      <div part="footer">
        <slot name="footer"></slot>
      </div>
    `}firstUpdated(){super.firstUpdated(),this._onSlotChange()}_onSlotChange(){this.toggleAttribute(`_m`,this.querySelector(`:scope > [slot="media"]`)),this.toggleAttribute(`_h`,this.querySelector(`:scope > [slot="header"]`)),this.toggleAttribute(`_t`,this.querySelector(`:scope > [slot="title"]`)&&!this.querySelector(`:scope > [slot="header"]`)),this.toggleAttribute(`_st`,this.querySelector(`:scope > [slot="subtitle"]`)&&!this.querySelector(`:scope > [slot="header"]`)),this.toggleAttribute(`_hp`,this.querySelector(`:scope > [slot="header-prefix"]`)),this.toggleAttribute(`_hs`,this.querySelector(`:scope > [slot="header-suffix"]`)),this.toggleAttribute(`_c`,this.__hasContent()),this.toggleAttribute(`_f`,this.querySelector(`:scope > [slot="footer"]`)),this.__getCustomTitleElement()&&this.__clearStringTitle()}__hasContent(){return this.shadowRoot.querySelector(`slot:not([name])`).assignedNodes({flatten:!0}).filter(e=>!Ye(e)).length>0}__clearStringTitle(){let e=this.__getStringTitleElement();e&&this.removeChild(e),this.getAttribute(`aria-labelledby`)?.startsWith(`card-title-`)&&this.removeAttribute(`aria-labelledby`),this.cardTitle&&=``}__getCustomTitleElement(){return Array.from(this.querySelectorAll(`[slot="title"]`)).find(e=>!e.hasAttribute(`card-string-title`))}__cardTitleChanged(e){if(!e){this.__clearStringTitle();return}let t=this.__getCustomTitleElement();t&&this.removeChild(t);let n=this.__getStringTitleElement();n||(n=this.__createStringTitleElement(),this.appendChild(n),this.setAttribute(`aria-labelledby`,n.id)),n.textContent=e}__createStringTitleElement(){let e=document.createElement(`div`);return e.setAttribute(`slot`,`title`),e.setAttribute(`role`,`heading`),this.__setTitleHeadingLevel(e,this.titleHeadingLevel),e.setAttribute(`card-string-title`,``),e.id=`card-title-${kt()}`,e}__titleHeadingLevelChanged(e){let t=this.__getStringTitleElement();t&&this.__setTitleHeadingLevel(t,e)}__setTitleHeadingLevel(e,t){e.setAttribute(`aria-level`,t||2)}__getStringTitleElement(){return this.querySelector(`[slot="title"][card-string-title]`)}createRenderRoot(){let e=super.createRenderRoot();return e.addEventListener(`slotchange`,()=>this._onSlotChange()),e}},v(_a)})),ya,ba=o((()=>{p(),ya=t`
  :host([focused]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) / -1);
  }
`})),xa,Sa=o((()=>{xa=e=>class extends e{static get properties(){return{index:{type:Number},item:{type:Object},label:{type:String},selected:{type:Boolean,value:!1,reflectToAttribute:!0},focused:{type:Boolean,value:!1,reflectToAttribute:!0},renderer:{type:Function}}}static get observers(){return[`__rendererOrItemChanged(renderer, index, item, selected, focused)`,`__updateLabel(label, renderer)`]}static get observedAttributes(){return[...super.observedAttributes,`hidden`]}attributeChangedCallback(e,t,n){e===`hidden`&&n!==null?this.index=void 0:super.attributeChangedCallback(e,t,n)}connectedCallback(){super.connectedCallback(),this._owner=this.parentNode.owner;let e=this._getHostDir();e&&this.setAttribute(`dir`,e)}_getHostDir(){return this._owner&&this._owner.$.overlay.getAttribute(`dir`)}requestContentUpdate(){if(!this.renderer||this.hidden)return;let e={index:this.index,item:this.item,focused:this.focused,selected:this.selected};this.renderer(this,this._owner,e)}__rendererOrItemChanged(e,t,n){n===void 0||t===void 0||(this._oldRenderer!==e&&(this.innerHTML=``,delete this._$litPart$),e&&(this._oldRenderer=e,this.requestContentUpdate()))}__updateLabel(e,t){t||(this.textContent=e)}}})),Ca,wa=o((()=>{p(),y(),h(),T(),Di(),k(),w(),ba(),Sa(),Ca=class extends xa(x(b(C(A(u))))){static get is(){return`vaadin-combo-box-item`}static get styles(){return[Ei,ya]}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}},v(Ca)})),Ta,Ea=o((()=>{E(),p(),Ta=t`
  @keyframes fade-in {
    0% {
      opacity: 0;
    }
  }

  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }

  [part='loader'] {
    animation:
      spin var(--vaadin-spinner-animation-duration, 0.7s) linear infinite,
      fade-in 0.15s 0.3s both;
    border: var(--vaadin-spinner-width, 2px) solid var(--vaadin-spinner-color, var(--vaadin-text-color));
    border-radius: 50%;
    box-sizing: border-box;
    height: var(--vaadin-spinner-size, 1lh);
    mask-image: radial-gradient(circle at 50% var(--vaadin-spinner-width, 2px), transparent 40%, #000 70%);
    pointer-events: none;
    width: var(--vaadin-spinner-size, 1lh);
  }

  :host(:not([loading])) [part~='loader'] {
    display: none;
  }

  @media (forced-colors: active) {
    [part='loader'] {
      forced-color-adjust: none;
      --vaadin-spinner-color: CanvasText;
    }
  }
`})),Da,Oa=o((()=>{E(),p(),Ea(),Da=[Ta,t`
    :host {
      --vaadin-item-checkmark-display: block;
    }

    [part='overlay'] {
      position: relative;
      width: var(--vaadin-combo-box-overlay-width, var(--_vaadin-combo-box-overlay-default-width, auto));
    }

    [part='content'] {
      display: flex;
      flex-direction: column;
      height: 100%;
    }

    :host([loading]) [part='content'] {
      --_items-min-height: calc(var(--vaadin-icon-size, 1lh) + 4px);
    }

    [part='loader'] {
      position: absolute;
      inset: var(--vaadin-item-overlay-padding, 4px);
      inset-block-end: auto;
      inset-inline-start: auto;
      margin: 2px;
    }
  `]})),ka,Aa=o((()=>{j(),wt(),ka=e=>class extends ht(e){static get observers(){return[`_setOverlayWidth(positionTarget, opened)`]}constructor(){super(),this.requiredVerticalSpace=200}_shouldCloseOnOutsideClick(e){let t=e.composedPath();return!t.includes(this.positionTarget)&&!t.includes(this)}_mouseDownListener(e){super._mouseDownListener(e),this._shouldCloseOnOutsideClick(e)&&!Fe(e.composedPath()[0])&&e.preventDefault()}_updateOverlayWidth(){this.style.setProperty(`--_${this.localName}-default-width`,`${this.positionTarget.offsetWidth}px`)}_setOverlayWidth(e,t){e&&t&&(this._updateOverlayWidth(),this._updatePosition())}}})),ja,Ma=o((()=>{p(),y(),h(),T(),qe(),lt(),k(),w(),Oa(),Aa(),ja=class extends ka(ct(b(x(C(A(u)))))){static get is(){return`vaadin-combo-box-overlay`}static get styles(){return[Ke,Da]}render(){return d`
      <div part="overlay" id="overlay">
        <div part="loader"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}},v(ja)})),Na,Pa=o((()=>{p(),Na=t`
  :host {
    /* Fixes scrollbar disappearing when 'Show scroll bars: Always' enabled in Safari */
    box-shadow: 0 0 0 white;
    display: block;
    min-height: 1px;
    overflow: auto;
    /* Fixes item background from getting on top of scrollbars on Safari */
    transform: translate3d(0, 0, 0);
  }

  #selector {
    border: 0 solid transparent;
    border-width: var(--vaadin-item-overlay-padding, 4px);
    position: relative;
    forced-color-adjust: none;
    min-height: var(--_items-min-height, auto);
  }

  #selector > * {
    forced-color-adjust: auto;
  }
`})),Fa,Ia,La,Ra,za=o((()=>{m(),g(),Fa=navigator.userAgent.match(/iP(?:hone|ad;(?: U;)? CPU) OS (\d+)/u),Ia=Fa&&Fa[1]>=8,La=3,Ra={_ratio:.5,_scrollerPaddingTop:0,_scrollPosition:0,_physicalSize:0,_physicalAverage:0,_physicalAverageCount:0,_physicalTop:0,_virtualCount:0,_estScrollHeight:0,_scrollHeight:0,_viewportHeight:0,_viewportWidth:0,_physicalItems:null,_physicalSizes:null,_firstVisibleIndexVal:null,_lastVisibleIndexVal:null,_maxPages:2,_templateCost:0,get _physicalBottom(){return this._physicalTop+this._physicalSize},get _scrollBottom(){return this._scrollPosition+this._viewportHeight},get _virtualEnd(){return this._virtualStart+this._physicalCount-1},get _hiddenContentSize(){return this._physicalSize-this._viewportHeight},get _maxScrollTop(){return this._estScrollHeight-this._viewportHeight+this._scrollOffset},get _maxVirtualStart(){let e=this._virtualCount;return Math.max(0,e-this._physicalCount)},get _virtualStart(){return this._virtualStartVal||0},set _virtualStart(e){e=this._clamp(e,0,this._maxVirtualStart),this._virtualStartVal=e},get _physicalStart(){return this._physicalStartVal||0},set _physicalStart(e){e%=this._physicalCount,e<0&&(e=this._physicalCount+e),this._physicalStartVal=e},get _physicalEnd(){return(this._physicalStart+this._physicalCount-1)%this._physicalCount},get _physicalCount(){return this._physicalCountVal||0},set _physicalCount(e){this._physicalCountVal=e},get _optPhysicalSize(){return this._viewportHeight===0?1/0:this._viewportHeight*this._maxPages},get _isVisible(){return!!(this.offsetWidth||this.offsetHeight)},get firstVisibleIndex(){let e=this._firstVisibleIndexVal;if(e==null){let t=this._physicalTop+this._scrollOffset;e=this._iterateItems((e,n)=>{if(t+=this._getPhysicalSizeIncrement(e),t>this._scrollPosition)return n})||0,this._firstVisibleIndexVal=e}return e},get lastVisibleIndex(){let e=this._lastVisibleIndexVal;if(e==null){let t=this._physicalTop+this._scrollOffset;this._iterateItems((n,r)=>{t<this._scrollBottom&&(e=r),t+=this._getPhysicalSizeIncrement(n)}),this._lastVisibleIndexVal=e}return e},get _scrollOffset(){return this._scrollerPaddingTop+this.scrollOffset},_scrollHandler(){let e=Math.max(0,Math.min(this._maxScrollTop,this._scrollTop)),t=e-this._scrollPosition,n=t>=0;if(this._scrollPosition=e,this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null,Math.abs(t)>this._physicalSize&&this._physicalSize>0){t-=this._scrollOffset;let e=Math.round(t/this._physicalAverage);this._virtualStart+=e,this._physicalStart+=e,this._physicalTop=Math.min(Math.floor(this._virtualStart)*this._physicalAverage,this._scrollPosition),this._update()}else if(this._physicalCount>0){let e=this._getReusables(n);n?(this._physicalTop=e.physicalTop,this._virtualStart+=e.indexes.length,this._physicalStart+=e.indexes.length):(this._virtualStart-=e.indexes.length,this._physicalStart-=e.indexes.length),this._update(e.indexes,n?null:e.indexes),this._debounce(`_increasePoolIfNeeded`,this._increasePoolIfNeeded.bind(this,0),be)}},_getReusables(e){let t,n,r,i=[],a=this._hiddenContentSize*this._ratio,o=this._virtualStart,s=this._virtualEnd,c=this._physicalCount,l=this._physicalTop+this._scrollOffset,u=this._physicalBottom+this._scrollOffset,d=this._scrollPosition,f=this._scrollBottom;for(e?(t=this._physicalStart,n=d-l):(t=this._physicalEnd,n=u-f);r=this._getPhysicalSizeIncrement(t),n-=r,!(i.length>=c||n<=a);)if(e){if(s+i.length+1>=this._virtualCount||l+r>=d-this._scrollOffset)break;i.push(t),l+=r,t=(t+1)%c}else{if(o-i.length<=0||l+this._physicalSize-r<=f)break;i.push(t),l-=r,t=t===0?c-1:t-1}return{indexes:i,physicalTop:l-this._scrollOffset}},_update(e,t){if(!(e&&e.length===0||this._physicalCount===0)){if(this._assignModels(e),this._updateMetrics(e),t)for(;t.length;){let e=t.pop();this._physicalTop-=this._getPhysicalSizeIncrement(e)}this._positionItems(),this._updateScrollerSize()}},_isClientFull(){return this._scrollBottom!==0&&this._physicalBottom-1>=this._scrollBottom&&this._physicalTop<=this._scrollPosition},_increasePoolIfNeeded(e){let t=this._clamp(this._physicalCount+e,La,this._virtualCount-this._virtualStart)-this._physicalCount,n=Math.round(this._physicalCount*.5);if(!(t<0)){if(t>0){let e=window.performance.now();[].push.apply(this._physicalItems,this._createPool(t));for(let e=0;e<t;e++)this._physicalSizes.push(0);this._physicalCount+=t,this._physicalStart>this._physicalEnd&&this._isIndexRendered(this._focusedVirtualIndex)&&this._getPhysicalIndex(this._focusedVirtualIndex)<this._physicalEnd&&(this._physicalStart+=t),this._update(),this._templateCost=(window.performance.now()-e)/t,n=Math.round(this._physicalCount*.5)}this._virtualEnd>=this._virtualCount-1||n===0||(this._isClientFull()?this._physicalSize<this._optPhysicalSize&&this._debounce(`_increasePoolIfNeeded`,this._increasePoolIfNeeded.bind(this,this._clamp(Math.round(50/this._templateCost),1,n)),xe):this._debounce(`_increasePoolIfNeeded`,this._increasePoolIfNeeded.bind(this,n),be))}},_render(){if(!(!this.isAttached||!this._isVisible))if(this._physicalCount!==0){let e=this._getReusables(!0);this._physicalTop=e.physicalTop,this._virtualStart+=e.indexes.length,this._physicalStart+=e.indexes.length,this._update(e.indexes),this._update(),this._increasePoolIfNeeded(0)}else this._virtualCount>0&&(this.updateViewportBoundaries(),this._increasePoolIfNeeded(La))},_itemsChanged(e){e.path===`items`&&(this._virtualStart=0,this._physicalTop=0,this._virtualCount=this.items?this.items.length:0,this._physicalIndexForKey={},this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null,this._physicalItems||=[],this._physicalSizes||=[],this._physicalStart=0,this._scrollTop>this._scrollOffset&&this._resetScrollPosition(0),this._debounce(`_render`,this._render,me))},_iterateItems(e,t){let n,r,i,a;if(arguments.length===2&&t){for(a=0;a<t.length;a++)if(n=t[a],r=this._computeVidx(n),(i=e.call(this,n,r))!=null)return i}else{for(n=this._physicalStart,r=this._virtualStart;n<this._physicalCount;n++,r++)if((i=e.call(this,n,r))!=null)return i;for(n=0;n<this._physicalStart;n++,r++)if((i=e.call(this,n,r))!=null)return i}},_computeVidx(e){return e>=this._physicalStart?this._virtualStart+(e-this._physicalStart):this._virtualStart+(this._physicalCount-this._physicalStart)+e},_positionItems(){this._adjustScrollPosition();let e=this._physicalTop;this._iterateItems(t=>{this.translate3d(0,`${e}px`,0,this._physicalItems[t]),e+=this._physicalSizes[t]})},_getPhysicalSizeIncrement(e){return this._physicalSizes[e]},_adjustScrollPosition(){let e=this._virtualStart===0?this._physicalTop:Math.min(this._scrollPosition+this._physicalTop,0);if(e!==0){this._physicalTop-=e;let t=this._scrollPosition;!Ia&&t>0&&this._resetScrollPosition(t-e)}},_resetScrollPosition(e){this.scrollTarget&&e>=0&&(this._scrollTop=e,this._scrollPosition=this._scrollTop)},_updateScrollerSize(e){let t=this._physicalBottom+Math.max(this._virtualCount-this._physicalCount-this._virtualStart,0)*this._physicalAverage;this._estScrollHeight=t,(e||this._scrollHeight===0||this._scrollPosition>=t-this._physicalSize||Math.abs(t-this._scrollHeight)>=this._viewportHeight)&&(this.$.items.style.height=`${t}px`,this._scrollHeight=t)},scrollToIndex(e){if(typeof e!=`number`||e<0||e>this.items.length-1||(pe(),this._physicalCount===0))return;e=this._clamp(e,0,this._virtualCount-1),(!this._isIndexRendered(e)||e>=this._maxVirtualStart)&&(this._virtualStart=e-1),this._assignModels(),this._updateMetrics(),this._physicalTop=this._virtualStart*this._physicalAverage;let t=this._physicalStart,n=this._virtualStart,r=0,i=this._hiddenContentSize;for(;n<e&&r<=i;)r+=this._getPhysicalSizeIncrement(t),t=(t+1)%this._physicalCount,n+=1;this._updateScrollerSize(!0),this._positionItems(),this._resetScrollPosition(this._physicalTop+this._scrollOffset+r),this._increasePoolIfNeeded(0),this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null},_resetAverage(){this._physicalAverage=0,this._physicalAverageCount=0},_resizeHandler(){this._debounce(`_render`,()=>{this._firstVisibleIndexVal=null,this._lastVisibleIndexVal=null,this._isVisible?(this.updateViewportBoundaries(),this.toggleScrollListener(!0),this._resetAverage(),this._render()):this.toggleScrollListener(!1)},me)},_isIndexRendered(e){return e>=this._virtualStart&&e<=this._virtualEnd},_getPhysicalIndex(e){return(this._physicalStart+(e-this._virtualStart))%this._physicalCount},_clamp(e,t,n){return Math.min(n,Math.max(t,e))},_debounce(e,t,n){this._debouncers||={},this._debouncers[e]=D.debounce(this._debouncers[e],n,t.bind(this)),he(this._debouncers[e])}}})),Ba,Va,Ha,Ua=o((()=>{m(),L(),g(),za(),Ba=1e5,Va=1e3,Ha=class{constructor({createElements:e,updateElement:t,scrollTarget:n,scrollContainer:r,reorderElements:i,elementsContainer:a,__disableHeightPlaceholder:o,__alwaysUpdateScrollerSize:s}){this.isAttached=!0,this._vidxOffset=0,this.createElements=e,this.updateElement=t,this.scrollTarget=n,this.scrollContainer=r,this.reorderElements=i,this.elementsContainer=a||r,this.__disableHeightPlaceholder=o??!1,this.__alwaysUpdateScrollerSize=s,this._maxPages=1.3,this.__placeholderHeight=200,this.__elementHeightQueue=Array(10),this.timeouts={SCROLL_REORDER:500,PREVENT_OVERSCROLL:500,FIX_INVALID_ITEM_POSITIONING:100},this.__resizeObserver=new ResizeObserver(()=>this._resizeHandler()),getComputedStyle(this.scrollTarget).overflow===`visible`&&(this.scrollTarget.style.overflow=`auto`),getComputedStyle(this.scrollContainer).position===`static`&&(this.scrollContainer.style.position=`relative`),this.__resizeObserver.observe(this.scrollTarget),this.scrollTarget.addEventListener(`scroll`,()=>this._scrollHandler()),new ResizeObserver(([{contentRect:e}])=>{let t=e.width===0&&e.height===0;!t&&this.__scrollTargetHidden&&this.scrollTarget.scrollTop!==this._scrollPosition&&(this.scrollTarget.scrollTop=this._scrollPosition),this.__scrollTargetHidden=t}).observe(this.scrollTarget),this.scrollTarget.addEventListener(`virtualizer-element-focused`,e=>this.__onElementFocused(e)),this.elementsContainer.addEventListener(`focusin`,()=>{this.scrollTarget.dispatchEvent(new CustomEvent(`virtualizer-element-focused`,{detail:{element:this.__getFocusedElement()}}))}),this.reorderElements&&(this.scrollTarget.addEventListener(`mousedown`,e=>{e.target===this.scrollTarget&&(this.__mouseDown=!0)}),this.scrollTarget.addEventListener(`mouseup`,()=>{this.__mouseDown=!1,this.__pendingReorder&&this.__reorderElements()}))}get scrollOffset(){return 0}get adjustedFirstVisibleIndex(){return this.firstVisibleIndex+this._vidxOffset}get adjustedLastVisibleIndex(){return this.lastVisibleIndex+this._vidxOffset}get _maxVirtualIndexOffset(){return this.size-this._virtualCount}__hasPlaceholders(){return this.__getVisibleElements().some(e=>e.__virtualizerPlaceholder)}scrollToIndex(e){if(typeof e!=`number`||isNaN(e)||this.size===0||!this.scrollTarget.offsetHeight)return;delete this.__pendingScrollToIndex,this._physicalCount<=3&&this.flush(),e=this._clamp(e,0,this.size-1);let t=this.__getVisibleElements().length,n=Math.floor(e/this.size*this._virtualCount);this._virtualCount-n<t?(n=this._virtualCount-(this.size-e),this._vidxOffset=this._maxVirtualIndexOffset):n<t?e<Va?(n=e,this._vidxOffset=0):(n=Va,this._vidxOffset=e-n):this._vidxOffset=e-n,this.__skipNextVirtualIndexAdjust=!0,super.scrollToIndex(n),this.adjustedFirstVisibleIndex!==e&&this._scrollTop<this._maxScrollTop&&!this.grid&&(this._scrollTop-=this.__getIndexScrollOffset(e)||0),this._scrollHandler(),this.__hasPlaceholders()&&(this.__pendingScrollToIndex=e)}flush(){this.scrollTarget.offsetHeight!==0&&(this._resizeHandler(),pe(),this._scrollHandler(),this.__fixInvalidItemPositioningDebouncer&&this.__fixInvalidItemPositioningDebouncer.flush(),this.__scrollReorderDebouncer&&this.__scrollReorderDebouncer.flush(),this.__debouncerWheelAnimationFrame&&this.__debouncerWheelAnimationFrame.flush())}hostConnected(){this.scrollTarget.offsetParent&&this.scrollTarget.scrollTop!==this._scrollPosition&&(this.scrollTarget.scrollTop=this._scrollPosition)}update(e=0,t=this.size-1){let n=[];this.__getVisibleElements().forEach(r=>{r.__virtualIndex>=e&&r.__virtualIndex<=t&&(this.__updateElement(r,r.__virtualIndex,!0),n.push(r))}),this.__afterElementsUpdated(n)}_updateScrollerSize(e){super._updateScrollerSize(e||!!this.__alwaysUpdateScrollerSize?.())}_updateMetrics(e){pe();let t=0,n=0,r=this._physicalAverageCount,i=this._physicalAverage;this._iterateItems((e,r)=>{n+=this._physicalSizes[e];let i=this._physicalSizes[e];this._physicalSizes[e]=Math.ceil(this.__getBorderBoxHeight(this._physicalItems[e])),this._physicalSizes[e]!==i&&(this.__resizeObserver.unobserve(this._physicalItems[e]),this.__resizeObserver.observe(this._physicalItems[e],{box:`border-box`})),t+=this._physicalSizes[e],this._physicalAverageCount+=+!!this._physicalSizes[e]},e),this._physicalSize=this._physicalSize+t-n,this._physicalAverageCount!==r&&(this._physicalAverage=Math.round((i*r+t)/this._physicalAverageCount))}__getBorderBoxHeight(e){let t=getComputedStyle(e),n=parseFloat(t.height)||0;if(t.boxSizing===`border-box`)return n;let r=parseFloat(t.paddingBottom)||0,i=parseFloat(t.paddingTop)||0,a=parseFloat(t.borderBottomWidth)||0,o=parseFloat(t.borderTopWidth)||0;return n+r+i+a+o}__updateElement(e,t,n){e.__virtualizerPlaceholder&&=(e.style.paddingTop=``,e.style.opacity=``,!1),!this.__preventElementUpdates&&(e.__lastUpdatedIndex!==t||n)&&(this.updateElement(e,t),e.__lastUpdatedIndex=t)}__afterElementsUpdated(e){this.__disableHeightPlaceholder||e.forEach(e=>{let t=e.offsetHeight;if(t===0)e.style.paddingTop=`${this.__placeholderHeight}px`,e.style.opacity=`0`,e.__virtualizerPlaceholder=!0,this.__placeholderClearDebouncer=D.debounce(this.__placeholderClearDebouncer,me,()=>this._resizeHandler());else{this.__elementHeightQueue.push(t),this.__elementHeightQueue.shift();let e=this.__elementHeightQueue.filter(e=>e!==void 0);this.__placeholderHeight=Math.round(e.reduce((e,t)=>e+t,0)/e.length)}}),this.__pendingScrollToIndex!==void 0&&!this.__hasPlaceholders()&&this.scrollToIndex(this.__pendingScrollToIndex)}__getIndexScrollOffset(e){let t=this.__getVisibleElements().find(t=>t.__virtualIndex===e);return t?this.scrollTarget.getBoundingClientRect().top-t.getBoundingClientRect().top:void 0}__restoreScrollOffset(e,t){let n=this.__getIndexScrollOffset(e);t!==void 0&&n!==void 0&&(this._scrollTop+=t-n)}get size(){return this.__size}set size(e){if(e===this.size)return;this.__fixInvalidItemPositioningDebouncer&&this.__fixInvalidItemPositioningDebouncer.cancel(),this._debouncers&&this._debouncers._increasePoolIfNeeded&&this._debouncers._increasePoolIfNeeded.cancel();let t=e>0&&this._scrollTop>0,n,r;t&&(n=this.adjustedFirstVisibleIndex,r=this.__getIndexScrollOffset(n)),this.__size=e,this.__preventElementUpdates=t,this._itemsChanged({path:`items`}),pe(),t&&(n=Math.min(n,e-1),this.scrollToIndex(n),this.__restoreScrollOffset(n,r)),this.__preventElementUpdates=!1,this._isVisible||this._assignModels(),this.elementsContainer.children.length||requestAnimationFrame(()=>this._resizeHandler()),this._resizeHandler(),pe(),this._debounce(`_update`,this._update,be)}get _scrollTop(){return this.scrollTarget.scrollTop}set _scrollTop(e){this.scrollTarget.scrollTop=e}get items(){return{length:Math.min(this.size,Ba)}}get offsetHeight(){return this.scrollTarget.offsetHeight}get $(){return{items:this.scrollContainer}}updateViewportBoundaries(){let e=window.getComputedStyle(this.scrollTarget);this._scrollerPaddingTop=this.scrollTarget===this?0:parseInt(e[`padding-top`],10),this._isRTL=e.direction===`rtl`,this._viewportWidth=this.elementsContainer.offsetWidth,this._viewportHeight=this.scrollTarget.offsetHeight}setAttribute(){}_createPool(e){let t=this.createElements(e),n=document.createDocumentFragment();return t.forEach(e=>{e.style.position=`absolute`,n.appendChild(e),this.__resizeObserver.observe(e,{box:`border-box`})}),this.elementsContainer.appendChild(n),t}_assignModels(e){let t=[];this._iterateItems((e,n)=>{let r=this._physicalItems[e];r.hidden=n>=this.size,r.hidden?delete r.__lastUpdatedIndex:(r.__virtualIndex=n+(this._vidxOffset||0),this.__updateElement(r,r.__virtualIndex),t.push(r))},e),this.__afterElementsUpdated(t)}_isClientFull(){return setTimeout(()=>{this.__clientFull=!0}),this.__clientFull||super._isClientFull()}translate3d(e,t,n,r){r.style.transform=`translateY(${t})`}toggleScrollListener(){}__getFocusedElement(e=this.__getVisibleElements()){let t=document.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;for(;t&&!e.includes(t);)t=t.assignedSlot||t.parentNode||t.host;return t}__nextFocusableSiblingMissing(e,t){return t.indexOf(e)===t.length-1&&this.size>e.__virtualIndex+1}__previousFocusableSiblingMissing(e,t){return t.indexOf(e)===0&&e.__virtualIndex>0}__onElementFocused(e){if(!this.reorderElements)return;let t=e.detail.element;if(!t)return;let n=this.__getVisibleElements();(this.__previousFocusableSiblingMissing(t,n)||this.__nextFocusableSiblingMissing(t,n))&&this.flush();let r=this.__getVisibleElements();this.__nextFocusableSiblingMissing(t,r)?(this._scrollTop+=Math.ceil(t.getBoundingClientRect().bottom)-Math.floor(this.scrollTarget.getBoundingClientRect().bottom-1),this.flush()):this.__previousFocusableSiblingMissing(t,r)&&(this._scrollTop-=Math.ceil(this.scrollTarget.getBoundingClientRect().top+1)-Math.floor(t.getBoundingClientRect().top),this.flush())}_scrollHandler(){if(this.scrollTarget.offsetHeight===0)return;this._adjustVirtualIndexOffset(this._scrollTop-this._scrollPosition);let e=this._scrollTop-this._scrollPosition;if(super._scrollHandler(),this._physicalCount!==0){let t=e>=0,n=this._getReusables(!t);n.indexes.length&&(this._physicalTop=n.physicalTop,t?(this._virtualStart-=n.indexes.length,this._physicalStart-=n.indexes.length):(this._virtualStart+=n.indexes.length,this._physicalStart+=n.indexes.length),this._resizeHandler())}e&&(this.__fixInvalidItemPositioningDebouncer=D.debounce(this.__fixInvalidItemPositioningDebouncer,_.after(this.timeouts.FIX_INVALID_ITEM_POSITIONING),()=>this.__fixInvalidItemPositioning()),this.__overscrollDebouncer?.isActive()||(this.scrollTarget.style.overscrollBehavior=`none`),this.__overscrollDebouncer=D.debounce(this.__overscrollDebouncer,_.after(this.timeouts.PREVENT_OVERSCROLL),()=>{this.scrollTarget.style.overscrollBehavior=null})),this.reorderElements&&(this.__scrollReorderDebouncer=D.debounce(this.__scrollReorderDebouncer,_.after(this.timeouts.SCROLL_REORDER),()=>this.__reorderElements())),this._scrollPosition===0&&this.firstVisibleIndex!==0&&Math.abs(e)>0&&this.scrollToIndex(0)}_resizeHandler(){super._resizeHandler();let e=this.adjustedLastVisibleIndex===this.size-1,t=this._physicalTop-this._scrollPosition;if(e&&t>0){let e=Math.ceil(t/this._physicalAverage);this._virtualStart=Math.max(0,this._virtualStart-e),this._physicalStart=Math.max(0,this._physicalStart-e),super.scrollToIndex(this._virtualCount-1),this.scrollTarget.scrollTop=this.scrollTarget.scrollHeight-this.scrollTarget.clientHeight}}__fixInvalidItemPositioning(){if(!this.scrollTarget.isConnected)return;let e=this._physicalTop>this._scrollTop,t=this._physicalBottom<this._scrollBottom,n=this.adjustedFirstVisibleIndex===0,r=this.adjustedLastVisibleIndex===this.size-1;if(e&&!n||t&&!r){let e=t,n=this._ratio;this._ratio=0,this._scrollPosition=this._scrollTop+(e?-1:1),this._scrollHandler(),this._ratio=n}}_increasePoolIfNeeded(e){if(this._physicalCount>2&&this._physicalAverage>0&&e>0){let t=Math.ceil(this._optPhysicalSize/this._physicalAverage)-this._physicalCount;super._increasePoolIfNeeded(Math.max(e,Math.min(100,t)))}else super._increasePoolIfNeeded(e)}get _optPhysicalSize(){let e=super._optPhysicalSize;return e<=0||this.__hasPlaceholders()?e:e+this.__getItemHeightBuffer()}__getItemHeightBuffer(){if(this._physicalCount===0)return 0;let e=Math.ceil(this._viewportHeight*(this._maxPages-1)/2),t=Math.max(...this._physicalSizes);return t>Math.min(...this._physicalSizes)?Math.max(0,t-e):0}__getVisibleElements(){return Array.from(this.elementsContainer.children).filter(e=>!e.hidden)}__reorderElements(){if(this.__mouseDown){this.__pendingReorder=!0;return}this.__pendingReorder=!1;let e=this._virtualStart+(this._vidxOffset||0),t=this.__getVisibleElements(),n=this.__getFocusedElement(t)||t[0];if(!n)return;let r=n.__virtualIndex-e,i=t.indexOf(n)-r;if(i>0)for(let e=0;e<i;e++)this.elementsContainer.appendChild(t[e]);else if(i<0)for(let e=t.length+i;e<t.length;e++)this.elementsContainer.insertBefore(t[e],t[0]);if(Ze){let{transform:e}=this.scrollTarget.style;this.scrollTarget.style.transform=`translateZ(0)`,setTimeout(()=>{this.scrollTarget.style.transform=e})}}_adjustVirtualIndexOffset(e){let t=this._maxVirtualIndexOffset;if(this._virtualCount>=this.size)this._vidxOffset=0;else if(this.__skipNextVirtualIndexAdjust)this.__skipNextVirtualIndexAdjust=!1;else if(Math.abs(e)>1e4){let e=this._scrollTop/(this.scrollTarget.scrollHeight-this.scrollTarget.clientHeight);this._vidxOffset=Math.round(e*t)}else{let e=this._vidxOffset,n=Va,r,i,a=()=>{r=this.adjustedFirstVisibleIndex,i=this.__getIndexScrollOffset(r)};this._scrollTop===0?e!==0&&(a(),this._vidxOffset=0,super.scrollToIndex(0)):this.firstVisibleIndex<n&&this._vidxOffset>0&&(a(),this._vidxOffset-=Math.min(this._vidxOffset,100),super.scrollToIndex(this.firstVisibleIndex+(e-this._vidxOffset))),this._scrollTop>=this._maxScrollTop&&this._maxScrollTop>0?e!==t&&(a(),this._vidxOffset=t,super.scrollToIndex(this._virtualCount-1)):this.firstVisibleIndex>this._virtualCount-n&&this._vidxOffset<t&&(a(),this._vidxOffset+=Math.min(t-this._vidxOffset,100),super.scrollToIndex(this.firstVisibleIndex-(this._vidxOffset-e))),r!==void 0&&this.__restoreScrollOffset(r,i)}}},Object.setPrototypeOf(Ha.prototype,Ra)})),Wa,Ga=o((()=>{Ua(),Wa=class{constructor(e){this.__adapter=new Ha(e)}get firstVisibleIndex(){return this.__adapter.adjustedFirstVisibleIndex}get lastVisibleIndex(){return this.__adapter.adjustedLastVisibleIndex}get size(){return this.__adapter.size}set size(e){this.__adapter.size=e}scrollToIndex(e){this.__adapter.scrollToIndex(e)}update(e=0,t=this.size-1){this.__adapter.update(e,t)}flush(){this.__adapter.flush()}hostConnected(){this.__adapter.hostConnected()}}})),Ka,qa=o((()=>{Ka=class{toString(){return``}}})),Ja,Ya=o((()=>{ve(),We(),Ga(),qa(),Ja=e=>class extends e{static get properties(){return{items:{type:Array,sync:!0,observer:`__itemsChanged`},focusedIndex:{type:Number,sync:!0,observer:`__focusedIndexChanged`},loading:{type:Boolean,sync:!0,observer:`__loadingChanged`},opened:{type:Boolean,sync:!0,observer:`__openedChanged`},selectedItem:{type:Object,sync:!0,observer:`__selectedItemChanged`},itemClassNameGenerator:{type:Object,observer:`__itemClassNameGeneratorChanged`},itemIdPath:{type:String},owner:{type:Object},getItemLabel:{type:Object},renderer:{type:Object,sync:!0,observer:`__rendererChanged`},theme:{type:String}}}constructor(){super(),this.__boundOnItemClick=this.__onItemClick.bind(this)}get _viewportTotalPaddingBottom(){if(this._cachedViewportTotalPaddingBottom===void 0){let e=window.getComputedStyle(this.$.selector);this._cachedViewportTotalPaddingBottom=[e.paddingBottom,e.borderBottomWidth].map(e=>parseInt(e,10)).reduce((e,t)=>e+t)}return this._cachedViewportTotalPaddingBottom}ready(){super.ready(),this.setAttribute(`role`,`listbox`),this.id=`${this.localName}-${kt()}`,this.__hostTagName=this.constructor.is.replace(`-scroller`,``),this.addEventListener(`click`,e=>e.stopPropagation()),this.__patchWheelOverScrolling()}requestContentUpdate(){this.__virtualizer&&(this.items&&(this.__virtualizer.size=this.items.length),this.opened&&this.__virtualizer.update())}scrollIntoView(e,t=!1){if(!this.__virtualizer||!(this.opened&&e>=0))return;let n=[...this.children].find(t=>!t.hidden&&t.index===e);if(!t&&n){let e=n.getBoundingClientRect(),t=this.getBoundingClientRect();if(e.top>=t.top&&e.bottom+this._viewportTotalPaddingBottom<=t.bottom)return}let r=e;if(!t){let t=this._visibleItemsCount();e>this.__virtualizer.lastVisibleIndex-1?(this.__virtualizer.scrollToIndex(e),r=e-t+1):e>this.__virtualizer.firstVisibleIndex&&(r=this.__virtualizer.firstVisibleIndex)}this.__virtualizer.scrollToIndex(Math.max(0,r)),this.__virtualizer.flush();let i=[...this.children].find(t=>!t.hidden&&t.index===e);if(!i)return;if(t){i.scrollIntoView({block:`center`});return}let a=i.getBoundingClientRect(),o=this.getBoundingClientRect(),s=a.bottom+this._viewportTotalPaddingBottom;s>o.bottom?this.scrollTop+=s-o.bottom:a.top<o.top&&(this.scrollTop-=o.top-a.top)}_isItemSelected(e,t,n){return e instanceof Ka?!1:n&&e!==void 0&&t!==void 0?Se(n,e)===Se(n,t):e===t}__initVirtualizer(){this.__virtualizer=new Wa({createElements:this.__createElements.bind(this),updateElement:this._updateElement.bind(this),elementsContainer:this,scrollTarget:this,scrollContainer:this.$.selector,reorderElements:!0,__disableHeightPlaceholder:!0})}__itemsChanged(e){e&&this.__virtualizer&&this.requestContentUpdate()}__loadingChanged(){this.requestContentUpdate()}__openedChanged(e){if(e){this.__virtualizer||this.__initVirtualizer(),this.requestContentUpdate();return}let t=this.__virtualizer&&this.__virtualizer.__adapter;t&&t._scrollPosition>0&&(this.scrollTop=0,t._scrollPosition=0)}__selectedItemChanged(){this.requestContentUpdate()}__itemClassNameGeneratorChanged(e,t){(e||t)&&this.requestContentUpdate()}__focusedIndexChanged(e,t){e!==t&&this.requestContentUpdate(),e>=0&&!this.loading&&this.scrollIntoView(e)}__rendererChanged(e,t){(e||t)&&this.requestContentUpdate()}__createElements(e){return[...Array(e)].map(()=>{let e=document.createElement(`${this.__hostTagName}-item`);return e.addEventListener(`click`,this.__boundOnItemClick),e.tabIndex=`-1`,e.style.width=`100%`,e})}_updateElement(e,t){let n=this.items[t],r=this.focusedIndex,i=this._isItemSelected(n,this.selectedItem,this.itemIdPath);e.setProperties({item:n,index:t,label:this.getItemLabel(n),selected:i,renderer:this.renderer,focused:!this.loading&&r===t}),typeof this.itemClassNameGenerator==`function`?e.className=this.itemClassNameGenerator(n):e.className!==``&&(e.className=``),e.id=`${this.__hostTagName}-item-${t}`,e.setAttribute(`role`,t===void 0?!1:`option`),e.setAttribute(`aria-selected`,i.toString()),e.setAttribute(`aria-posinset`,t+1),e.setAttribute(`aria-setsize`,this.items.length),this.theme?e.setAttribute(`theme`,this.theme):e.removeAttribute(`theme`),n instanceof Ka&&this.__requestItemByIndex(t)}__onItemClick(e){this.dispatchEvent(new CustomEvent(`selection-changed`,{detail:{item:e.currentTarget.item}}))}__patchWheelOverScrolling(){this.$.selector.addEventListener(`wheel`,e=>{let t=this.scrollTop===0,n=this.scrollHeight-this.scrollTop-this.clientHeight<=1;(t&&e.deltaY<0||n&&e.deltaY>0)&&e.preventDefault()})}__requestItemByIndex(e){requestAnimationFrame(()=>{this.dispatchEvent(new CustomEvent(`index-requested`,{detail:{index:e}}))})}_visibleItemsCount(){return this.__virtualizer.scrollToIndex(this.__virtualizer.firstVisibleIndex),this.__virtualizer.size>0?this.__virtualizer.lastVisibleIndex-this.__virtualizer.firstVisibleIndex+1:0}}})),Xa,Za=o((()=>{p(),y(),T(),Pa(),Ya(),Xa=class extends Ja(C(u)){static get is(){return`vaadin-combo-box-scroller`}static get styles(){return Na}render(){return d`
      <div id="selector">
        <slot></slot>
      </div>
    `}},v(Xa)})),Qa,$a=o((()=>{nr(),Qa=e=>class extends Jn(e){static get properties(){return{pattern:{type:String}}}static get delegateAttrs(){return[...super.delegateAttrs,`pattern`]}static get constraints(){return[...super.constraints,`pattern`]}}})),eo,to=o((()=>{E(),p(),eo=t`
  :host([opened]) {
    pointer-events: auto;
  }

  [part~='toggle-button']::before {
    mask-image: var(--_vaadin-icon-chevron-down);
  }

  :host([readonly]) [part~='toggle-button'] {
    display: none;
  }
`})),no,ro=o((()=>{no=class e{context;items=[];pendingRequests={};#e={};#t;#n=0;#r=0;constructor(e,t,n,r,i){this.context=e,this.pageSize=t,this.size=n,this.parentCache=r,this.parentCacheIndex=i,this.#r=n||0}get parentItem(){return this.parentCache&&this.parentCache.items[this.parentCacheIndex]}get subCaches(){return Object.values(this.#e)}get isLoading(){return Object.keys(this.pendingRequests).length>0?!0:this.subCaches.some(e=>e.isLoading)}get flatSize(){return this.#r}get pageSize(){return this.#t}set pageSize(e){this.#t=e,this.pendingRequests={},this.subCaches.forEach(t=>{t.pageSize=e})}get size(){return this.#n}set size(e){if(this.#n!==e){if(this.#n=e,this.context.placeholder!==void 0){this.items.length=e||0;for(let t=0;t<e;t++)this.items[t]||=this.context.placeholder}this.items.length>e&&(this.items.length=e||0),Object.keys(this.pendingRequests).forEach(e=>{parseInt(e)*this.pageSize>=this.size&&delete this.pendingRequests[e]})}}recalculateFlatSize(){this.#r=!this.parentItem||this.context.isExpanded(this.parentItem)?this.size+this.subCaches.reduce((e,t)=>(t.recalculateFlatSize(),e+t.flatSize),0):0}setPage(e,t){let n=e*this.pageSize;t.forEach((e,t)=>{let r=n+t;(this.size===void 0||r<this.size)&&(this.items[r]=e)})}getSubCache(e){return this.#e[e]}removeSubCache(e){delete this.#e[e]}removeSubCaches(){this.#e={}}createSubCache(t){let n=new e(this.context,this.pageSize,0,this,t);return this.#e[t]=n,n}getFlatIndex(e){let t=Math.max(0,Math.min(this.size-1,e));return this.subCaches.reduce((e,n)=>t>n.parentCacheIndex?e+n.flatSize:e,t)}}}));function io(e,t,n=0){let r=t;for(let t of e.subCaches){let e=t.parentCacheIndex;if(r<=e)break;if(r<=e+t.flatSize)return io(t,r-e-1,n+1);r-=t.flatSize}return{cache:e,item:e.items[r],index:r,page:Math.floor(r/e.pageSize),level:n}}function ao({getItemId:e},t,n,r=0,i=0){for(let a=0;a<t.items.length;a++){let o=t.items[a];if(o&&e(o)===e(n))return{cache:t,level:r,item:o,index:a,page:Math.floor(a/t.pageSize),subCache:t.getSubCache(a),flatIndex:i+t.getFlatIndex(a)}}for(let a of t.subCaches){let o=i+t.getFlatIndex(a.parentCacheIndex),s=ao({getItemId:e},a,n,r+1,o+1);if(s)return s}}function oo(e,[t,...n],r=0){t===1/0&&(t=e.size-1);let i=e.getFlatIndex(t),a=e.getSubCache(t);return a?.flatSize>0&&n.length?oo(a,n,r+i+1):r+i}var so=o((()=>{})),co,lo=o((()=>{ro(),so(),co=class extends EventTarget{host;dataProvider;dataProviderParams;isExpanded;getItemId;rootCache;placeholder;isPlaceholder;constructor(e,{size:t,pageSize:n,isExpanded:r,getItemId:i,isPlaceholder:a,placeholder:o,dataProvider:s,dataProviderParams:c}){super(),this.host=e,this.getItemId=i,this.isExpanded=r,this.placeholder=o,this.isPlaceholder=a,this.dataProvider=s,this.dataProviderParams=c,this.rootCache=this.#t(n,t)}get flatSize(){return this.rootCache.flatSize}get pageSize(){return this.rootCache.pageSize}get#e(){return{isExpanded:this.isExpanded,placeholder:this.placeholder}}isLoading(){return this.rootCache.isLoading}setPageSize(e){this.rootCache.pageSize=e}setDataProvider(e){this.dataProvider=e}recalculateFlatSize(){this.rootCache.recalculateFlatSize()}clearCache(){this.rootCache=this.#t(this.rootCache.pageSize,this.rootCache.size)}getFlatIndexContext(e){return io(this.rootCache,e)}getItemContext(e){return ao({getItemId:this.getItemId},this.rootCache,e)}getFlatIndexByPath(e){return oo(this.rootCache,e)}ensureFlatIndexLoaded(e){let{cache:t,page:n,item:r}=this.getFlatIndexContext(e);this.#r(r)||this.#n(t,n)}ensureFlatIndexHierarchy(e){let{cache:t,item:n,index:r}=this.getFlatIndexContext(e);if(this.#r(n)&&this.isExpanded(n)&&!t.getSubCache(r)){let e=t.createSubCache(r);this.#n(e,0)}}loadFirstPage(){this.#n(this.rootCache,0)}_shouldLoadCachePage(e,t){return!0}#t(e,t){return new no(this.#e,e,t)}#n(e,t){if(!this.dataProvider||e.pendingRequests[t]||!this._shouldLoadCachePage(e,t))return;let n={page:t,pageSize:e.pageSize,parentItem:e.parentItem};this.dataProviderParams&&(n={...n,...this.dataProviderParams()});let r=(i,a)=>{e.pendingRequests[t]===r&&(a===void 0?n.parentItem&&(e.size=i.length):e.size=a,e.setPage(t,i),this.recalculateFlatSize(),this.dispatchEvent(new CustomEvent(`page-received`)),delete e.pendingRequests[t],this.dispatchEvent(new CustomEvent(`page-loaded`)))};e.pendingRequests[t]=r,this.dispatchEvent(new CustomEvent(`page-requested`)),this.dataProvider(n,r)}#r(e){return this.isPlaceholder?!this.isPlaceholder(e):this.placeholder?e!==this.placeholder:!!e}}})),uo,fo=o((()=>{lo(),qa(),uo=e=>class extends e{static get properties(){return{pageSize:{type:Number,value:50,observer:`_pageSizeChanged`,sync:!0},size:{type:Number,observer:`_sizeChanged`,sync:!0},dataProvider:{type:Object,observer:`_dataProviderChanged`,sync:!0}}}static get observers(){return[`_dataProviderFilterChanged(filter)`,`_ensureFirstPage(opened)`]}constructor(){super(),this.__dataProviderInitialized=!1,this.__previousDataProviderFilter,this.__dataProviderController=new co(this,{placeholder:new Ka,isPlaceholder:e=>e instanceof Ka,dataProviderParams:()=>({filter:this.filter})}),this.__dataProviderController.addEventListener(`page-requested`,this.__onDataProviderPageRequested.bind(this)),this.__dataProviderController.addEventListener(`page-loaded`,this.__onDataProviderPageLoaded.bind(this))}ready(){super.ready(),this._scroller.addEventListener(`index-requested`,e=>{if(!this._shouldFetchData())return;let t=e.detail.index;t!==void 0&&this.__dataProviderController.ensureFlatIndexLoaded(t)}),this.__dataProviderInitialized=!0,this.dataProvider&&this.__synchronizeControllerState()}_dataProviderFilterChanged(e){if(this.__previousDataProviderFilter===void 0&&e===``){this.__previousDataProviderFilter=e;return}this.__previousDataProviderFilter!==e&&(this.__previousDataProviderFilter=e,this.__keepOverlayOpened=!0,this.size=void 0,this.clearCache(),this.__keepOverlayOpened=!1)}_shouldFetchData(){return this.dataProvider?this.opened||this.filter&&this.filter.length:!1}_ensureFirstPage(e){!this._shouldFetchData()||!e||(this._forceNextRequest||this.size===void 0?(this._forceNextRequest=!1,this.__dataProviderController.loadFirstPage()):this.size>0&&this.__dataProviderController.ensureFlatIndexLoaded(0))}__onDataProviderPageRequested(){this.loading=!0}__onDataProviderPageLoaded(){let{rootCache:e}=this.__dataProviderController;e.items=[...e.items],this.__synchronizeControllerState(),!this.opened&&!this._isInputFocused()&&this._commitValue()}clearCache(){this.dataProvider&&(this.__dataProviderController.clearCache(),this.__synchronizeControllerState(),this._shouldFetchData()?(this._forceNextRequest=!1,this.__dataProviderController.loadFirstPage()):this._forceNextRequest=!0)}_sizeChanged(e){let{rootCache:t}=this.__dataProviderController;t.size!==e&&(t.size=e,t.items=[...t.items],this.__synchronizeControllerState())}_filteredItemsChanged(e){if(super._filteredItemsChanged(e),this.dataProvider&&e){let{rootCache:t}=this.__dataProviderController;t.items!==e&&(t.items=e,this.__synchronizeControllerState())}}__synchronizeControllerState(){if(this.__dataProviderInitialized&&this.dataProvider){let{rootCache:e}=this.__dataProviderController;this.size=e.size,this.filteredItems=e.items,this.loading=this.__dataProviderController.isLoading()}}_pageSizeChanged(e,t){if(Math.floor(e)!==e||e<1)throw this.pageSize=t,Error("`pageSize` value must be an integer > 0");this.__dataProviderController.setPageSize(e),this.clearCache()}_dataProviderChanged(e,t){this._ensureItemsOrDataProvider(()=>{this.dataProvider=t}),this.__dataProviderController.setDataProvider(e),this.clearCache()}_ensureItemsOrDataProvider(e){if(this.items!==void 0&&this.dataProvider!==void 0)throw e(),Error("Using `items` and `dataProvider` together is not supported")}}})),po,mo=o((()=>{po=e=>class extends e{static get observers(){return[`__clearPendingFocusOnFilter(filter)`]}__focusIndex(e){if(!(typeof e!=`number`||Number.isNaN(e)||e<0)){if(!this._overlayOpened||!this._dropdownItems||this._dropdownItems.length===0){this.__pendingFocusIndex=e;return}if(!(e>=this._dropdownItems.length)){if(this._focusedIndex=e,this._scrollIntoView(e,!0),this.loading){this.__pendingFocusIndex=e;return}delete this.__pendingFocusIndex,requestAnimationFrame(()=>{this.isConnected&&this._updateActiveDescendant(e)})}}}__focusPendingIndexIfNeeded(){this.__pendingFocusIndex!==void 0&&!this.loading&&this.__focusIndex(this.__pendingFocusIndex)}__clearPendingFocusOnFilter(){delete this.__pendingFocusIndex}_onOpened(){super._onOpened(),this.__focusPendingIndexIfNeeded()}__onDataProviderPageLoaded(){super.__onDataProviderPageLoaded(),this.__focusPendingIndexIfNeeded()}}})),ho,go=o((()=>{ho=class{constructor(e){this.host=e,e.addEventListener(`opened-changed`,()=>{e.opened||this.__setVirtualKeyboardEnabled(!1)}),e.addEventListener(`blur`,()=>this.__setVirtualKeyboardEnabled(!0)),e.addEventListener(`touchstart`,()=>this.__setVirtualKeyboardEnabled(!0))}__setVirtualKeyboardEnabled(e){this.host.inputElement&&(this.host.inputElement.inputMode=e?``:`none`)}}})),_o,vo=o((()=>{Kt(),ze(),j(),Rt(),L(),en(),go(),qa(),_o=e=>class extends Ft(Cn(Vt(N(e)))){static get properties(){return{opened:{type:Boolean,notify:!0,value:!1,reflectToAttribute:!0,sync:!0,observer:`_openedChanged`},autoOpenDisabled:{type:Boolean,sync:!0},readonly:{type:Boolean,value:!1,reflectToAttribute:!0},_focusedIndex:{type:Number,observer:`_focusedIndexChanged`,value:-1,sync:!0},_toggleElement:{type:Object,observer:`_toggleElementChanged`},_dropdownItems:{type:Array,sync:!0},_overlayOpened:{type:Boolean,sync:!0,observer:`_overlayOpenedChanged`}}}constructor(){super(),this._scroller,this._closeOnBlurIsPrevented,this._boundOverlaySelectedItemChanged=this._overlaySelectedItemChanged.bind(this),this._boundOnClearButtonMouseDown=this.__onClearButtonMouseDown.bind(this),this._boundOnClick=this._onClick.bind(this),this._boundOnOverlayTouchAction=this._onOverlayTouchAction.bind(this),this._boundOnTouchend=this._onTouchend.bind(this)}get _tagNamePrefix(){return`vaadin-combo-box`}_inputElementChanged(e){super._inputElementChanged(e),e&&(e.autocomplete=`off`,e.autocapitalize=`off`,e.setAttribute(`role`,`combobox`),e.setAttribute(`aria-autocomplete`,`list`),e.setAttribute(`aria-expanded`,!!this.opened),e.setAttribute(`spellcheck`,`false`),e.setAttribute(`autocorrect`,`off`))}firstUpdated(){super.firstUpdated(),this._initScroller()}ready(){super.ready(),this._initOverlay(),this.addEventListener(`click`,this._boundOnClick),this.addEventListener(`touchend`,this._boundOnTouchend),this.clearElement&&this.clearElement.addEventListener(`mousedown`,this._boundOnClearButtonMouseDown),this.addController(new ho(this))}disconnectedCallback(){super.disconnectedCallback(),this.close()}open(){!this.disabled&&!this.readonly&&(this.opened=!0)}close(){this.opened=!1}_initOverlay(){let e=this.$.overlay;e.addEventListener(`touchend`,this._boundOnOverlayTouchAction),e.addEventListener(`touchmove`,this._boundOnOverlayTouchAction),e.addEventListener(`mousedown`,e=>e.preventDefault()),e.addEventListener(`opened-changed`,e=>{this._overlayOpened=e.detail.value}),e.addEventListener(`vaadin-overlay-closed`,()=>{this._scroller.items=[],this._onOverlayClosed()}),this._overlayElement=e}_initScroller(){let e=document.createElement(`${this._tagNamePrefix}-scroller`);e.owner=this,e.getItemLabel=this._getItemLabel.bind(this),e.addEventListener(`selection-changed`,this._boundOverlaySelectedItemChanged),this._renderScroller(e),this._scroller=e}_renderScroller(e){e.setAttribute(`slot`,`overlay`),e.setAttribute(`tabindex`,`-1`),this.appendChild(e)}get _hasDropdownItems(){return!!(this._dropdownItems&&this._dropdownItems.length)}_overlayOpenedChanged(e,t){e?this._onOpened():t&&this._hasDropdownItems&&this.close()}_focusedIndexChanged(e,t){t!==void 0&&this._updateActiveDescendant(e)}_isInputFocused(){return this.inputElement&&Pe(this.inputElement)}_updateActiveDescendant(e){let t=this.inputElement;if(!t)return;let n=this._getItemElements().find(t=>t.index===e);n?t.setAttribute(`aria-activedescendant`,n.id):t.removeAttribute(`aria-activedescendant`)}_openedChanged(e,t){if(t===void 0)return;e?!this._isInputFocused()&&!Qe&&this.inputElement&&this.inputElement.focus():(this.autoselect&&(this.__autoselectPending=!0),this._onClosed());let n=this.inputElement;n&&(n.setAttribute(`aria-expanded`,!!e),e?n.setAttribute(`aria-controls`,this._scroller.id):n.removeAttribute(`aria-controls`))}_onOverlayTouchAction(){this._closeOnBlurIsPrevented=!0,this.inputElement.blur(),this._closeOnBlurIsPrevented=!1}_isClearButton(e){return e.composedPath()[0]===this.clearElement}__onClearButtonMouseDown(e){e.preventDefault(),this.inputElement.focus()}_onClearButtonClick(e){e.preventDefault(),this._onClearAction()}_onToggleButtonClick(e){e.preventDefault(),this.opened?this.close():this.open()}_onHostClick(e){this.autoOpenDisabled||(e.preventDefault(),this.open())}_onClick(e){this.autoselect&&this.inputElement&&this.__autoselectPending&&this.inputElement.selectionStart===this.inputElement.selectionEnd&&this.inputElement.select(),this.__autoselectPending=!1,this._isClearButton(e)?this._onClearButtonClick(e):e.composedPath().includes(this._toggleElement)?this._onToggleButtonClick(e):this._onHostClick(e)}_onTouchend(e){!this.clearElement||e.composedPath()[0]!==this.clearElement||(e.preventDefault(),this._onClearAction())}_onKeyDown(e){super._onKeyDown(e),e.key===`ArrowDown`?(this._onArrowDown(),e.preventDefault()):e.key===`ArrowUp`&&(this._onArrowUp(),e.preventDefault())}_getItemLabel(e){return e?e.toString():``}_onArrowDown(){if(this.opened){let e=this._dropdownItems;e&&(this._focusedIndex=Math.min(e.length-1,this._focusedIndex+1),this._prefillFocusedItemLabel())}else this.open()}_onArrowUp(){if(this.opened){if(this._focusedIndex>-1)this._focusedIndex=Math.max(0,this._focusedIndex-1);else{let e=this._dropdownItems;e&&(this._focusedIndex=e.length-1)}this._prefillFocusedItemLabel()}else this.open()}_prefillFocusedItemLabel(){if(this._focusedIndex>-1){let e=this._dropdownItems[this._focusedIndex];this._inputElementValue=this._getItemLabel(e),this._markAllSelectionRange()}}_setSelectionRange(e,t){this._isInputFocused()&&this.inputElement.setSelectionRange&&this.inputElement.setSelectionRange(e,t)}_markAllSelectionRange(){this._inputElementValue!==void 0&&this._setSelectionRange(0,this._inputElementValue.length)}_clearSelectionRange(){if(this._inputElementValue!==void 0){let e=this._inputElementValue?this._inputElementValue.length:0;this._setSelectionRange(e,e)}}_closeOrCommit(){this.opened?this.close():this._commitValue()}_onEnter(e){if(!this._hasValidInputValue()){e.preventDefault(),e.stopPropagation();return}this.opened&&(e.preventDefault(),e.stopPropagation()),this._closeOrCommit()}_hasValidInputValue(){return!0}_onEscape(e){this.autoOpenDisabled&&(this.opened||this.value!==this._inputElementValue&&this._inputElementValue.length>0)?(e.stopPropagation(),this._focusedIndex=-1,this._onEscapeCancel()):this.opened?(e.stopPropagation(),this._focusedIndex>-1?(this._focusedIndex=-1,this._revertInputValue()):this._onEscapeCancel()):this.clearButtonVisible&&this.value&&!this.readonly&&(e.stopPropagation(),this._onClearAction())}_onEscapeCancel(){}_toggleElementChanged(e){e&&(e.addEventListener(`mousedown`,e=>e.preventDefault()),e.addEventListener(`click`,()=>{Qe&&!this._isInputFocused()&&document.activeElement.blur()}))}_onClearAction(){}_onOpened(){}_onClosed(){}_onOverlayClosed(){}_commitValue(){}_revertInputValue(){this._inputElementValue=this.value,this._clearSelectionRange()}_onInput(e){!this.opened&&!this._isClearButton(e)&&!this.autoOpenDisabled&&(this.opened=!0)}_getItemElements(){return Array.from(this._scroller.querySelectorAll(`${this._tagNamePrefix}-item`))}_scrollIntoView(e,t=!1){this._scroller&&this._scroller.scrollIntoView(e,t)}_overlaySelectedItemChanged(e){e.stopPropagation(),!this.hasAttribute(`closing`)&&(e.detail.item instanceof Ka||this.opened&&(this._focusedIndex=this._dropdownItems.indexOf(e.detail.item),this.close()))}_setFocused(e){super._setFocused(e),e||(this.__autoselectPending=!1),!e&&!this.readonly&&!this._closeOnBlurIsPrevented&&this._handleFocusOut()}_handleFocusOut(){if(M()){this._closeOrCommit();return}this.opened?this._overlayOpened||this.close():this._commitValue()}_shouldRemoveFocus(e){return e.relatedTarget&&e.relatedTarget.localName===`${this._tagNamePrefix}-item`?!1:e.relatedTarget===this._overlayElement?(e.composedPath()[0].focus(),!1):!0}}}));function yo(e){return e!=null}function bo(e,t){return e.findIndex(e=>e instanceof Ka?!1:t(e))}var xo,So=o((()=>{ve(),vo(),qa(),xo=e=>class extends _o(e){static get properties(){return{items:{type:Array,sync:!0,observer:`_itemsChanged`},filteredItems:{type:Array,observer:`_filteredItemsChanged`,sync:!0},filter:{type:String,value:``,notify:!0,sync:!0},itemLabelGenerator:{type:Object},itemLabelPath:{type:String,value:`label`,observer:`_itemLabelPathChanged`,sync:!0},itemValuePath:{type:String,value:`value`,sync:!0}}}updated(e){super.updated(e),e.has(`filter`)&&this._filterChanged(this.filter),e.has(`itemLabelGenerator`)&&this.requestContentUpdate()}_onInput(e){let t=this._inputElementValue,n={};this.filter===t?this._filterChanged(this.filter):n.filter=t,!this.opened&&!this._isClearButton(e)&&!this.autoOpenDisabled&&(n.opened=!0),this.setProperties(n)}_getItemLabel(e){if(typeof this.itemLabelGenerator==`function`&&e)return this.itemLabelGenerator(e)||``;let t=e&&this.itemLabelPath?Se(this.itemLabelPath,e):void 0;return t??=e?e.toString():``,t}_getItemValue(e){let t=e&&this.itemValuePath?Se(this.itemValuePath,e):void 0;return t===void 0&&(t=e?e.toString():``),t}_itemLabelPathChanged(e){typeof e!=`string`&&console.error(`You should set itemLabelPath to a valid string`)}_filterChanged(e){this._scrollIntoView(0),this._focusedIndex=-1,this.items?this.filteredItems=this._filterItems(this.items,e):this._filteredItemsChanged(this.filteredItems)}_itemsChanged(e,t){this._ensureItemsOrDataProvider(()=>{this.items=t}),e?this.filteredItems=e.slice(0):t&&(this.filteredItems=null)}_filteredItemsChanged(e){this._setDropdownItems(e)}_setDropdownItems(){}_filterItems(e,t){return e&&e.filter(e=>(t=t?t.toString().toLowerCase():``,this._getItemLabel(e).toString().toLowerCase().indexOf(t)>-1))}__getItemIndexByValue(e,t){return!e||!yo(t)?-1:bo(e,e=>this._getItemValue(e)===t)}__getItemIndexByLabel(e,t){return!e||!t?-1:bo(e,e=>this._getItemLabel(e).toString().toLowerCase()===t.toString().toLowerCase())}}}));function Co(e){return e!=null}var wo,To=o((()=>{tn(),So(),qa(),wo=e=>class extends _n(xo(e)){static get properties(){return{renderer:{type:Object,sync:!0},allowCustomValue:{type:Boolean,value:!1},loading:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},selectedItem:{type:Object,notify:!0,sync:!0},itemClassNameGenerator:{type:Object},itemIdPath:{type:String,sync:!0},__keepOverlayOpened:{type:Boolean,sync:!0}}}static get observers(){return[`_openedOrItemsChanged(opened, _dropdownItems, loading, __keepOverlayOpened)`,`_selectedItemChanged(selectedItem, itemValuePath, itemLabelPath)`,`_updateScroller(opened, _dropdownItems, _focusedIndex, _theme)`]}ready(){super.ready(),this._lastCommittedValue=this.value}requestContentUpdate(){this._scroller&&(this._scroller.requestContentUpdate(),this._getItemElements().forEach(e=>{e.requestContentUpdate()}))}updated(e){super.updated(e),[`loading`,`itemIdPath`,`itemClassNameGenerator`,`renderer`,`selectedItem`].forEach(t=>{e.has(t)&&(this._scroller[t]=this[t])})}_updateScroller(e,t,n,r){e&&(this._scroller.style.maxHeight=getComputedStyle(this).getPropertyValue(`--${this._tagNamePrefix}-overlay-max-height`)||`65vh`);let i=this.hasAttribute(`closing`);this._scroller.setProperties({items:e||i?t:[],opened:e,focusedIndex:n,theme:r})}_openedOrItemsChanged(e,t,n,r){this._overlayOpened=e&&(r||n||!!t?.length)}_onClearButtonClick(e){super._onClearButtonClick(e),this.opened&&this.requestContentUpdate()}_inputElementChanged(e){super._inputElementChanged(e),e&&this._revertInputValueToValue()}_closeOrCommit(){!this.opened&&!this.loading?this._commitValue():this.close()}_hasValidInputValue(){let e=this._focusedIndex<0&&this._inputElementValue!==``&&this._getItemLabel(this.selectedItem)!==this._inputElementValue;return this.allowCustomValue||!e}_onEscapeCancel(){this.cancel()}_onClearAction(){this.selectedItem=null,this.allowCustomValue&&(this.value=``),this._detectAndDispatchChange()}_clearFilter(){this.filter=``}cancel(){this._revertInputValueToValue(),this._lastCommittedValue=this.value,this._closeOrCommit()}_onOpened(){this.dispatchEvent(new CustomEvent(`vaadin-combo-box-dropdown-opened`,{bubbles:!0,composed:!0})),this._lastCommittedValue=this.value}_onOverlayClosed(){this.dispatchEvent(new CustomEvent(`vaadin-combo-box-dropdown-closed`,{bubbles:!0,composed:!0}))}_onClosed(){(!this.loading||this.allowCustomValue)&&this._commitValue()}_commitValue(){if(this._focusedIndex>-1){let e=this._dropdownItems[this._focusedIndex];this.selectedItem!==e&&(this.selectedItem=e),this._inputElementValue=this._getItemLabel(this.selectedItem),this._focusedIndex=-1}else if(this._inputElementValue===``||this._inputElementValue===void 0)this.selectedItem=null,this.allowCustomValue&&(this.value=``);else{let e=[this.selectedItem,...this._dropdownItems||[]],t=e[this.__getItemIndexByLabel(e,this._inputElementValue)];if(this.allowCustomValue&&!t){let e=this._inputElementValue;this._lastCustomValue=e;let t=new CustomEvent(`custom-value-set`,{detail:e,composed:!0,cancelable:!0,bubbles:!0});this.dispatchEvent(t),t.defaultPrevented||(this.value=e)}else !this.allowCustomValue&&!this.opened&&t?this.value=this._getItemValue(t):this._revertInputValueToValue()}this._detectAndDispatchChange(),this._clearSelectionRange(),this._clearFilter()}_onChange(e){e.stopPropagation()}_revertInputValue(){this.filter===``?this._revertInputValueToValue():this._inputElementValue=this.filter,this._clearSelectionRange()}_revertInputValueToValue(){this.allowCustomValue&&!this.selectedItem?this._inputElementValue=this.value:this._inputElementValue=this._getItemLabel(this.selectedItem)}_selectedItemChanged(e){if(e==null)this.filteredItems&&(this.allowCustomValue||(this.value=``),this._toggleHasValue(this._hasValue),this._inputElementValue=this.value);else{let t=this._getItemValue(e);if(this.value!==t&&(this.value=t,this.value!==t))return;this._toggleHasValue(!0),this._inputElementValue=this._getItemLabel(e)}}_valueChanged(e,t){e===``&&t===void 0||(Co(e)?(this._getItemValue(this.selectedItem)!==e&&this._selectItemForValue(e),!this.selectedItem&&this.allowCustomValue&&(this._inputElementValue=e),this._toggleHasValue(this._hasValue)):this.selectedItem=null,this._clearFilter(),this._lastCommittedValue=void 0)}_detectAndDispatchChange(){document.hasFocus()&&this._requestValidation(),this.value!==this._lastCommittedValue&&(this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0})),this._lastCommittedValue=this.value)}_selectItemForValue(e){let t=this.__getItemIndexByValue(this.filteredItems,e),n=this.selectedItem;t>=0?this.selectedItem=this.filteredItems[t]:this.dataProvider&&this.selectedItem===void 0?this.selectedItem=void 0:this.selectedItem=null,this.selectedItem===null&&n===null&&this._selectedItemChanged(this.selectedItem)}_setDropdownItems(e){let t=this._dropdownItems;this._dropdownItems=e;let n=t?t[this._focusedIndex]:null,r=this.__getItemIndexByValue(e,this.value);if((this.selectedItem===null||this.selectedItem===void 0)&&r>=0&&(this.selectedItem=e[r]),t&&t[this._focusedIndex]instanceof Ka&&e[this._focusedIndex]instanceof Ka)return;let i=this.__getItemIndexByValue(e,this._getItemValue(n));i>-1?this._focusedIndex=i:this._focusedIndex=this.__getItemIndexByLabel(e,this.filter)}_handleFocusOut(){if(!this.opened&&this.allowCustomValue&&this._inputElementValue===this._lastCustomValue){delete this._lastCustomValue;return}super._handleFocusOut()}}})),Eo,Do=o((()=>{Yn(),wa(),Ma(),Za(),p(),z(),y(),O(),T(),F(),Hn(),sn(),fn(),$a(),Un(),k(),w(),to(),fo(),mo(),To(),Eo=class extends po(uo(wo(Qa(er(x(S(C(A(u))))))))){static get is(){return`vaadin-combo-box`}static get styles(){return[Wn,eo]}static get properties(){return{_positionTarget:{type:Object}}}get clearElement(){return this.$.clearButton}render(){return d`
      <div class="vaadin-combo-box-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
          <div id="toggleButton" part="field-button toggle-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>

      <vaadin-combo-box-overlay
        id="overlay"
        exportparts="overlay, content, loader"
        .owner="${this}"
        .dir="${this.dir}"
        .opened="${this._overlayOpened}"
        ?loading="${this.loading}"
        theme="${B(this._theme)}"
        .positionTarget="${this._positionTarget}"
        no-vertical-overlap
      >
        <slot name="overlay"></slot>
      </vaadin-combo-box-overlay>
    `}ready(){super.ready(),this.addController(new gn(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e})),this.addController(new vn(this.inputElement,this._labelController)),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.inputElement),this._tooltipController.setShouldShow(e=>!e.opened),this._positionTarget=this.shadowRoot.querySelector(`[part="input-field"]`),this._toggleElement=this.$.toggleButton}updated(e){super.updated(e),(e.has(`dataProvider`)||e.has(`value`))&&this._warnDataProviderValue(this.dataProvider,this.value)}_onClearButtonClick(e){e.stopPropagation(),super._onClearButtonClick(e)}_onHostClick(e){let t=e.composedPath();(t.includes(this._labelNode)||t.includes(this._positionTarget))&&super._onHostClick(e)}_warnDataProviderValue(e,t){if(e&&t!==``&&(this.selectedItem===void 0||this.selectedItem===null)){let e=this.__getItemIndexByValue(this.filteredItems,t);(e<0||!this._getItemLabel(this.filteredItems[e]))&&console.warn("Warning: unable to determine the label for the provided `value`. Nothing to display in the text field. This usually happens when setting an initial `value` before any items are returned from the `dataProvider` callback. Consider setting `selectedItem` instead of `value`")}}},v(Eo)})),Oo=o((()=>{g(),m(),qa(),window.Vaadin.Flow.comboBoxConnector={},window.Vaadin.Flow.comboBoxConnector.initLazy=e=>{if(e.$connector)return;e.$connector={};let t={},n=new window.Vaadin.ComboBoxPlaceholder,r=``,i=[-1,-1],a=``,o=!1,s=function(n,s){if(n.pageSize!=e.pageSize)throw`Invalid pageSize`;if(e._clientSideFilter){if(t[0]){c(t[0],n.filter,s);return}n={...n,filter:``}}if(r!==n.filter){t={},r=n.filter,i=[-1,-1],e._filterDebouncer=D.debounce(e._filterDebouncer,_.after(e._filterTimeout??500),()=>{n.filter===a&&(o=!0),e.clearCache()});return}if(!e._filterDebouncer?.isActive()){if(t[n.page]){s(t[n.page],e.size);return}e.$connector.requestPage(n.page,n.filter)}};e.$connector.getViewportRange=function(){let t=Array.from(e._scroller?.children??[]).map(e=>e.index).filter(e=>Number.isFinite(e)).sort((e,t)=>e-t);return t.length===0?[0,0]:[t[0],t[t.length-1]]},e.$connector.requestPage=function(t,n){let r=e.$connector.getViewportRange(),s=r[1]-r[0],c=Number.isFinite(e.size)?e.size:1/0;r[0]=Math.max(r[0]-s,0),r[1]=Math.min(r[1]+s,c-1);let l=[Math.floor(r[0]/e.pageSize),Math.floor(r[1]/e.pageSize)];if((t<l[0]||t>l[1])&&(l=[t,t]),i[0]!=l[0]||i[1]!=l[1]){let t=l[0]*e.pageSize,r=(l[1]+1)*e.pageSize;e.$server.setViewportRange(t,r-t,n)}o&&=(e.$server.resetDataCommunicator(),!1),i=l,a=n},e.$connector.clear=(r,i)=>{let{pageSize:a}=e,o=Math.floor(r/a),s=o+Math.ceil(i/a);for(let e=o;e<s;e++)delete t[e];for(let t=o*a;t<s*a;t++)e.filteredItems[t]&&(e.filteredItems[t]=n)},e.$connector.filter=(t,n)=>(n=n?n.toString().toLowerCase():``,e._getItemLabel(t,e.itemLabelPath).toString().toLowerCase().indexOf(n)>-1),e.$connector.set=(n,i,a)=>{if(a!==r)return;if(n%e.pageSize!=0)throw`Got new data to index `+n+` which is not aligned with the page size of `+e.pageSize;let{pendingRequests:o}=e.__dataProviderController.rootCache;if(n===0&&i.length===0&&o[0]){t[0]=[];return}let s=n/e.pageSize,c=Math.ceil(i.length/e.pageSize);for(let n=0;n<c;n++){let r=s+n,a=i.slice(n*e.pageSize,(n+1)*e.pageSize);t[r]=a}},e.$connector.updateData=t=>{let n=new Map(t.map(e=>[e.key,e]));e.filteredItems=e.filteredItems.map(e=>n.get(e.key)||e)},e.$connector.updateSize=function(t){e._clientSideFilter||(e.size=t)},e.$connector.reset=function(){e._filterDebouncer?.cancel(),e._filterDebouncer=null,t={},i=[-1,-1],r=``,e.clearCache()},e.$connector.confirm=function(n,i){if(i!==r)return;let{pendingRequests:a}=e.__dataProviderController.rootCache;Object.entries(a).forEach(([n,r])=>{let i=t[n];if(e._clientSideFilter&&i){c(i,e.filter,r);return}r(i??[],e.size),delete t[n]}),e.$server.confirmUpdate(n)};let c=function(t,n,r){let i=t;n&&(i=t.filter(t=>e.$connector.filter(t,n))),r(i,i.length)};e.addEventListener(`custom-value-set`,e=>e.preventDefault()),e.itemClassNameGenerator=function(e){return e.className||``},e.dataProvider=s},window.Vaadin.ComboBoxPlaceholder=Ka})),ko,Ao=o((()=>{E(),p(),ko=t`
  :host {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    white-space: nowrap;
    box-sizing: border-box;
    gap: var(--vaadin-chip-gap, 0);
    background: var(--vaadin-chip-background, var(--vaadin-background-container));
    color: var(--vaadin-chip-text-color, var(--vaadin-text-color));
    font-size: max(11px, var(--vaadin-chip-font-size, 0.875em));
    font-weight: var(--vaadin-chip-font-weight, 500);
    line-height: var(--vaadin-input-field-value-line-height, inherit);
    padding: 0 var(--vaadin-chip-padding, 0.3em);
    height: var(--vaadin-chip-height, calc(1lh / 0.875));
    border-radius: var(--vaadin-chip-border-radius, var(--vaadin-radius-m));
    border: var(--vaadin-chip-border-width, 1px) solid
      var(--vaadin-chip-border-color, var(--vaadin-border-color-secondary));
    cursor: default;
  }

  :host(:not([slot='overflow'])) {
    min-width: min(max-content, var(--vaadin-multi-select-combo-box-chip-min-width, 48px));
  }

  :host([focused]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-chip-border-width, 1px) * -1);
  }

  [part='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
    margin-block: calc(var(--vaadin-chip-border-width, 1px) * -1);
  }

  [part='remove-button'] {
    flex: none;
    display: block;
    margin-inline-start: auto;
    margin-block: calc(var(--vaadin-chip-border-width, 1px) * -1);
    color: var(--vaadin-chip-remove-button-text-color, var(--vaadin-text-color-secondary));
    cursor: var(--vaadin-clickable-cursor);
    translate: 25%;
  }

  [part='remove-button']::before {
    content: '';
    display: block;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask-image: var(--_vaadin-icon-cross);
  }

  :host([disabled]) {
    cursor: var(--vaadin-disabled-cursor);
  }

  :host([disabled]) [part='label'] {
    --vaadin-chip-text-color: var(--vaadin-text-color-disabled);
  }

  :host([hidden]),
  :host(:is([readonly], [disabled], [slot='overflow'])) [part='remove-button'] {
    display: none !important;
  }

  :host([slot='overflow']) {
    position: relative;
    margin-inline-start: 8px;
    min-width: 1.5em;
  }

  :host([slot='overflow'])::before,
  :host([slot='overflow'])::after {
    content: '';
    position: absolute;
    inset: calc(var(--vaadin-chip-border-width, 1px) * -1);
    border-inline-start: 2px solid var(--vaadin-chip-border-color, var(--vaadin-border-color-secondary));
    border-radius: inherit;
  }

  :host([slot='overflow'])::before {
    left: calc(-4px - var(--vaadin-chip-border-width, 1px));
  }

  :host([slot='overflow'])::after {
    left: calc(-8px - var(--vaadin-chip-border-width, 1px));
  }

  :host([count='2']) {
    margin-inline-start: 4px;
  }

  :host([count='1']) {
    margin-inline-start: 0;
  }

  :host([count='2'])::after,
  :host([count='1'])::before,
  :host([count='1'])::after {
    display: none;
  }

  @media (forced-colors: active) {
    :host {
      border: 1px solid !important;
    }

    [part='remove-button']::before {
      background: CanvasText;
    }
  }
`})),jo,Mo=o((()=>{p(),y(),T(),k(),w(),Ao(),jo=class extends x(C(A(u))){static get is(){return`vaadin-multi-select-combo-box-chip`}static get styles(){return ko}static get properties(){return{disabled:{type:Boolean,reflectToAttribute:!0,sync:!0},readonly:{type:Boolean,reflectToAttribute:!0,sync:!0},label:{type:String,sync:!0},item:{type:Object}}}render(){return d`
      <div part="label">${this.label}</div>
      <div part="remove-button" @click="${this._onRemoveClick}"></div>
    `}_onRemoveClick(e){e.stopPropagation(),this.dispatchEvent(new CustomEvent(`item-removed`,{detail:{item:this.item},bubbles:!0,composed:!0}))}},v(jo)})),No,Po=o((()=>{p(),y(),Yn(),No=class extends Qn{static get is(){return`vaadin-multi-select-combo-box-container`}static get styles(){return[super.styles,t`
        #wrapper {
          display: flex;
          width: 100%;
          min-width: 0;
          gap: var(--_wrapper-gap);
          align-self: start;
        }

        :host([auto-expand-vertically]) #wrapper {
          flex-wrap: wrap;
        }
      `]}static get properties(){return{autoExpandVertically:{type:Boolean,reflectToAttribute:!0}}}render(){return d`
      <div id="wrapper">
        <slot name="prefix"></slot>
        <slot></slot>
      </div>
      <slot name="suffix"></slot>
    `}},v(No)})),Fo,Io=o((()=>{p(),ba(),Sa(),y(),h(),T(),Di(),k(),w(),Fo=class extends xa(x(b(C(A(u))))){static get is(){return`vaadin-multi-select-combo-box-item`}static get styles(){return[Ei,ya]}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}},v(Fo)})),Lo,Ro=o((()=>{p(),Oa(),Lo=[Da,t`
    #overlay {
      width: var(
        --vaadin-multi-select-combo-box-overlay-width,
        var(--_vaadin-multi-select-combo-box-overlay-default-width, auto)
      );
    }
  `]})),zo,Bo=o((()=>{p(),Aa(),y(),h(),T(),qe(),lt(),k(),w(),Ro(),zo=class extends ka(ct(b(x(C(A(u)))))){static get is(){return`vaadin-multi-select-combo-box-overlay`}static get styles(){return[Ke,Lo]}render(){return d`
      <div part="overlay" id="overlay">
        <div part="loader"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}},v(zo)})),Vo,Ho=o((()=>{Pa(),Vo=Na})),Uo,Wo=o((()=>{p(),qa(),Ya(),y(),T(),Ho(),Uo=class extends Ja(C(u)){static get is(){return`vaadin-multi-select-combo-box-scroller`}static get styles(){return Vo}render(){return d`
      <div id="selector">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`aria-multiselectable`,`true`)}_isItemSelected(e,t,n){return e instanceof Ka||this.owner.readonly?!1:this.owner._findIndex(e,this.owner.selectedItems,n)>-1}_updateElement(e,t){super._updateElement(e,t),e.toggleAttribute(`readonly`,this.owner.readonly)}},v(Uo)})),Go,Ko=o((()=>{E(),p(),to(),Go=[eo,t`
    :host {
      max-width: 100%;
      --_input-min-width: var(--vaadin-multi-select-combo-box-input-min-width, 4rem);
      --_chip-min-width: var(--vaadin-multi-select-combo-box-chip-min-width, 48px);
      --_wrapper-gap: var(--vaadin-multi-select-combo-box-chips-gap, 2px);
    }

    #chips {
      display: flex;
      align-items: center;
      gap: var(--vaadin-multi-select-combo-box-chips-gap, 2px);
    }

    ::slotted(input) {
      box-sizing: border-box;
      flex: 1 0 var(--_input-min-width);
    }

    ::slotted([slot='chip']),
    ::slotted([slot='overflow']) {
      flex: 0 1 auto;
    }

    ::slotted([slot='chip']) {
      overflow: hidden;
    }

    :host(:is([readonly], [disabled])) ::slotted(input) {
      flex-grow: 0;
      flex-basis: 0;
      padding: 0;
    }

    :host([readonly]:not([disabled])) [part~='toggle-button'] {
      display: block;
      color: var(--vaadin-input-field-button-text-color, var(--vaadin-text-color-secondary));
    }

    :host([readonly]:not([disabled])) [part$='button'] {
      cursor: var(--vaadin-clickable-cursor);
    }

    :host([auto-expand-vertically]) #chips {
      display: contents;
    }

    :host([auto-expand-horizontally]) {
      --vaadin-field-default-width: auto;
    }
  `]})),qo,Jo,Yo=o((()=>{an(),fo(),mo(),So(),qa(),Xn(),Ae(),R(),F(),Hn(),sn(),fn(),qo={cleared:`Selection cleared`,focused:`focused. Press Backspace to remove`,selected:`added to selection`,deselected:`removed from selection`,total:`{count} items selected`},Jo=e=>class extends tr(po(uo(xo(er(je(e)))))){static get properties(){return{autoExpandHorizontally:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},autoExpandVertically:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},collapseChips:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},itemClassNameGenerator:{type:Object,sync:!0},itemIdPath:{type:String,sync:!0},keepFilter:{type:Boolean,value:!1},loading:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},readonly:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},selectedItems:{type:Array,value:()=>[],notify:!0,sync:!0},allowCustomValue:{type:Boolean,value:!1},placeholder:{type:String,observer:`_placeholderChanged`,reflectToAttribute:!0,sync:!0},renderer:{type:Function,sync:!0},selectedItemsOnTop:{type:Boolean,value:!1,sync:!0},value:{type:String},_overflowItems:{type:Array,value:()=>[],sync:!0},_focusedChipIndex:{type:Number,value:-1,observer:`_focusedChipIndexChanged`},_lastFilter:{type:String,sync:!0},_topGroup:{type:Array,observer:`_topGroupChanged`,sync:!0},_inputField:{type:Object}}}static get observers(){return[`_selectedItemsChanged(selectedItems)`,`__openedOrItemsChanged(opened, _dropdownItems, loading, __keepOverlayOpened)`,`__updateOverflowChip(_overflow, _overflowItems, disabled, readonly)`,`__updateScroller(opened, _dropdownItems, _focusedIndex, _theme)`,`__updateTopGroup(selectedItemsOnTop, selectedItems, opened)`]}static get defaultI18n(){return qo}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get slotStyles(){let e=this.localName;return[...super.slotStyles,`
        ${e}[has-value] input::placeholder {
          color: transparent !important;
          forced-color-adjust: none;
        }
      `]}get clearElement(){return this.$.clearButton}get _chips(){return[...this.querySelectorAll(`[slot="chip"]`)]}get _hasValue(){return this.selectedItems&&this.selectedItems.length>0}get _tagNamePrefix(){return`vaadin-multi-select-combo-box`}ready(){super.ready(),this.addController(new gn(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e})),this.addController(new vn(this.inputElement,this._labelController)),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.inputElement),this._tooltipController.setShouldShow(e=>!e.opened),this._toggleElement=this.$.toggleButton,this._inputField=this.shadowRoot.querySelector(`[part="input-field"]`),this._overflowController=new I(this,`overflow`,`vaadin-multi-select-combo-box-chip`,{initializer:e=>{e.addEventListener(`mousedown`,e=>this._preventBlur(e)),this._overflow=e}}),this.addController(this._overflowController)}updated(e){super.updated(e),[`loading`,`itemIdPath`,`itemClassNameGenerator`,`renderer`].forEach(t=>{e.has(t)&&(this._scroller[t]=this[t])}),e.has(`selectedItems`)&&this.opened&&this.$.overlay._updateOverlayWidth(),[`autoExpandHorizontally`,`autoExpandVertically`,`collapseChips`,`disabled`,`readonly`,`clearButtonVisible`,`itemClassNameGenerator`].some(t=>e.has(t))&&this.__updateChips(),e.has(`readonly`)&&(this._setDropdownItems(this.filteredItems),this.dataProvider&&this.clearCache())}checkValidity(){return this.required&&!this.readonly?this._hasValue:!0}open(){!this.disabled&&!(this.readonly&&this.selectedItems.length===0)&&(this.opened=!0)}clear(){this.__updateSelection([]),on(this.__effectiveI18n.cleared)}__syncTopGroup(){this._topGroup=this.selectedItemsOnTop?[...this.selectedItems]:[]}clearCache(){this.readonly||(super.clearCache(),this.__syncTopGroup())}_itemsChanged(e,t){super._itemsChanged(e,t),this.__syncTopGroup()}requestContentUpdate(){this._scroller&&(this._scroller.requestContentUpdate(),this._getItemElements().forEach(e=>{e.requestContentUpdate()}))}_onClearAction(){this.clear()}_onClosed(){this._ignoreCommitValue=!0,(!this.loading||this.allowCustomValue)&&this._commitValue()}__updateScroller(e,t,n,r){e&&(this._scroller.style.maxHeight=getComputedStyle(this).getPropertyValue(`--${this._tagNamePrefix}-overlay-max-height`)||`65vh`);let i=this.hasAttribute(`closing`);this._scroller.setProperties({items:e||i?t:[],opened:e,focusedIndex:n,theme:r})}__openedOrItemsChanged(e,t,n,r){this._overlayOpened=e&&(r||n||!!t?.length)}_closeOrCommit(){this.opened?this.close():this._commitValue()}_commitValue(){this._lastFilter=this.filter,this._ignoreCommitValue?(this._inputElementValue=``,this._focusedIndex=-1,this._ignoreCommitValue=!1):this.__commitUserInput(),(!this.keepFilter||!this.opened)&&(this.filter=``)}__commitUserInput(){if(this._focusedIndex>-1){let e=this._dropdownItems[this._focusedIndex];this.__selectItem(e)}else if(this._inputElementValue){let e=[...this._dropdownItems],t=e[this.__getItemIndexByLabel(e,this._inputElementValue)];if(this.allowCustomValue&&!t){let e=this._inputElementValue;this._lastCustomValue=e,this.__clearInternalValue(!0),this.dispatchEvent(new CustomEvent(`custom-value-set`,{detail:e,composed:!0,bubbles:!0}))}else !this.allowCustomValue&&!this.opened&&t?this.__selectItem(t):this._inputElementValue=``}}_setFocused(e){e||(this._ignoreCommitValue=!0),super._setFocused(e),!e&&document.hasFocus()&&(this._focusedChipIndex=-1,this._requestValidation()),!e&&this.readonly&&!this._closeOnBlurIsPrevented&&this.close()}_onResize(){this.__updateChips()}_delegateAttribute(e,t){if(this.stateTarget){if(e===`required`){this._delegateAttribute(`aria-required`,t?`true`:!1);return}super._delegateAttribute(e,t)}}_placeholderChanged(e){let t=this.__tmpA11yPlaceholder;t!==e&&(this.__savedPlaceholder=e,t&&(this.placeholder=t))}_selectedItemsChanged(e){if(this._toggleHasValue(this._hasValue),this._hasValue){let t=this._mergeItemLabels(e);this.__tmpA11yPlaceholder===void 0&&(this.__savedPlaceholder=this.placeholder),this.__tmpA11yPlaceholder=t,this.placeholder=t}else this.__tmpA11yPlaceholder!==void 0&&(delete this.__tmpA11yPlaceholder,this.placeholder=this.__savedPlaceholder);this.__updateChips(),this.requestContentUpdate()}_topGroupChanged(e){e&&this._setDropdownItems(this.filteredItems)}_hasValidInputValue(){let e=this._focusedIndex<0&&this._inputElementValue!==``;return this.allowCustomValue||!e}_shouldFetchData(){return this.readonly?!1:super._shouldFetchData()}_setDropdownItems(e){if(this.readonly){this.__setDropdownItems(this.selectedItems);return}if(this.filter||!this.selectedItemsOnTop){this.__setDropdownItems(e);return}if(e?.length&&this._topGroup?.length){let t=e.filter(e=>this._findIndex(e,this._topGroup,this.itemIdPath)===-1);this.__setDropdownItems(this._topGroup.concat(t));return}this.__setDropdownItems(e)}__setDropdownItems(e){let t=this._dropdownItems;this._dropdownItems=e;let n=t?t[this._focusedIndex]:null;if(t&&t[this._focusedIndex]instanceof Ka&&e[this._focusedIndex]instanceof Ka)return;let r=this.__getItemIndexByValue(e,this._getItemValue(n));r>-1?this._focusedIndex=r:this._focusedIndex=this.__getItemIndexByLabel(e,this.filter)}_mergeItemLabels(e){return e.map(e=>this._getItemLabel(e)).join(`, `)}_findIndex(e,t,n){if(n&&e){for(let r=0;r<t.length;r++)if(t[r]&&t[r][n]===e[n])return r;return-1}return t.indexOf(e)}__clearInternalValue(e=!1){!this.keepFilter||e?(this.filter=``,this._inputElementValue=``):this._inputElementValue=this.filter}__announceItem(e,t,n){let r=t?`selected`:`deselected`,i=this.__effectiveI18n.total.replace(`{count}`,n||0);on(`${e} ${this.__effectiveI18n[r]} ${i}`)}__removeItem(e){let t=[...this.selectedItems];t.splice(t.indexOf(e),1),this.__updateSelection(t);let n=this._getItemLabel(e);this.__announceItem(n,!1,t.length)}__selectItem(e){let t=[...this.selectedItems],n=this._findIndex(e,t,this.itemIdPath),r=this._getItemLabel(e),i=!1;if(n!==-1){if(this._lastFilter?.toLowerCase()===r.toLowerCase()){this.__clearInternalValue();return}t.splice(n,1)}else t.push(e),i=!0;this.__updateSelection(t),this.__clearInternalValue(),this.__announceItem(r,i,t.length)}__updateSelection(e){this.selectedItems=e,this._requestValidation(),this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0}))}__updateTopGroup(e,t,n){e?(!n||this.__needToSyncTopGroup())&&(this._topGroup=[...t]):this._topGroup=[]}__needToSyncTopGroup(){return this.itemIdPath?this._topGroup&&this._topGroup.some(e=>{let t=this.selectedItems[this._findIndex(e,this.selectedItems,this.itemIdPath)];return t&&e!==t}):!1}__createChip(e){let t=document.createElement(`vaadin-multi-select-combo-box-chip`);t.setAttribute(`slot`,`chip`),t.item=e,t.disabled=this.disabled,t.readonly=this.readonly;let n=this._getItemLabel(e);return t.label=n,t.setAttribute(`title`,n),typeof this.itemClassNameGenerator==`function`&&(t.className=this.itemClassNameGenerator(e)),t.addEventListener(`item-removed`,e=>this._onItemRemoved(e)),t.addEventListener(`mousedown`,e=>this._preventBlur(e)),t}__getWrapperWidth(){return this._inputField.$.wrapper.clientWidth}__getOverflowWidth(){let e=this._overflow;e.style.visibility=`hidden`,e.removeAttribute(`hidden`);let t=e.getAttribute(`count`);e.setAttribute(`count`,`99`);let n=getComputedStyle(e),r=e.clientWidth+parseInt(n.marginInlineStart);return e.setAttribute(`count`,t),e.setAttribute(`hidden`,``),e.style.visibility=``,r}__updateChips(){if(!this._inputField||!this.inputElement)return;if(this._chips.forEach(e=>{e.remove()}),this.selectedItems.length===0){this._overflowItems=[];return}if(this.autoExpandVertically){this.selectedItems.forEach(e=>{this.appendChild(this.__createChip(e))}),this._overflowItems=[];return}let e=parseInt(getComputedStyle(this.inputElement).flexBasis);this.collapseChips?this._overflowItems=this.__updateChipsCollapsed(this.selectedItems,e):this.autoExpandHorizontally?this._overflowItems=this.__updateChipsHorizontalExpand(this.selectedItems,e):this._overflowItems=this.__updateChipsDefault(this.selectedItems,e)}__renderAllChips(e,t){return{chips:e.map(e=>{let t=this.__createChip(e);return this.appendChild(t),t}),allChipsFit:this.__getWrapperWidth()-this.$.chips.clientWidth>=t}}__updateChipsCollapsed(e,t){let{chips:n,allChipsFit:r}=this.__renderAllChips(e,t);return r?[]:(n.forEach(e=>e.remove()),e.slice())}__updateChipsHorizontalExpand(e,t){let{chips:n,allChipsFit:r}=this.__renderAllChips(e,t);if(r)return[];let i=this.__getOverflowWidth(),a=n.length;for(;a>1&&(--a,n[a].remove(),!(this.__getWrapperWidth()-this.$.chips.clientWidth>=t+i)););if(a===1){let e=parseInt(getComputedStyle(this).getPropertyValue(`--_chip-min-width`)),r=this.__getWrapperWidth()-t-i;n[0].style.maxWidth=`${Math.max(e,r)}px`}return e.slice(a)}__updateChipsDefault(e,t){let n=this.__getWrapperWidth()-t;e.length>1&&(n-=this.__getOverflowWidth());let r=parseInt(getComputedStyle(this).getPropertyValue(`--_chip-min-width`));for(let t=e.length-1,i=null;t>=0;t--){let a=this.__createChip(e[t]);if(this.insertBefore(a,i),this.$.chips.clientWidth>n&&(n<r||i!==null))return a.remove(),e.slice(0,t+1);a.style.maxWidth=`${n}px`,i=a}return[]}__updateOverflowChip(e,t,n,r){if(e){let i=t.length;e.label=`${i}`,e.setAttribute(`count`,`${i}`),e.setAttribute(`title`,this._mergeItemLabels(t)),e.toggleAttribute(`hidden`,i===0),e.disabled=n,e.readonly=r}}_onClearButtonClick(e){e.stopPropagation(),super._onClearButtonClick(e),this.opened&&this.requestContentUpdate()}_onChange(e){e.stopPropagation()}_onEscape(e){if(this.readonly){e.stopPropagation(),this.opened&&this.close();return}this.clearButtonVisible&&!this.opened&&this.selectedItems&&this.selectedItems.length&&(e.stopPropagation(),this._onClearAction()),super._onEscape(e)}_onEscapeCancel(){this._closeOrCommit()}_onEnter(e){if(this.opened){if(e.preventDefault(),e.stopPropagation(),this.readonly)this.close();else if(this._hasValidInputValue()){let e=this._dropdownItems[this._focusedIndex];this._commitValue(),this._focusedIndex=this._dropdownItems.indexOf(e)}return}super._onEnter(e)}_onArrowDown(){this.readonly?this.opened||this.open():super._onArrowDown()}_onArrowUp(){this.readonly?this.opened||this.open():super._onArrowUp()}_onKeyDown(e){super._onKeyDown(e);let t=this._chips;if(!this.readonly&&t.length>0)switch(e.key){case`Backspace`:this._onBackSpace(t);break;case`ArrowLeft`:this._onArrowLeft(t,e);break;case`ArrowRight`:this._onArrowRight(t,e);break;default:this._focusedChipIndex=-1;break}}_onArrowLeft(e,t){if(this.inputElement.selectionStart!==0)return;let n=this._focusedChipIndex;n!==-1&&t.preventDefault();let r;this.__isRTL?n===e.length-1?r=-1:n>-1&&(r=n+1):n===-1?r=e.length-1:n>0&&(r=n-1),r!==void 0&&(this._focusedChipIndex=r)}_onArrowRight(e,t){if(this.inputElement.selectionStart!==0)return;let n=this._focusedChipIndex;n!==-1&&t.preventDefault();let r;this.__isRTL?n===-1?r=e.length-1:n>0&&(r=n-1):n===e.length-1?r=-1:n>-1&&(r=n+1),r!==void 0&&(this._focusedChipIndex=r)}_onBackSpace(e){if(this.inputElement.selectionStart!==0)return;let t=this._focusedChipIndex;t===-1?this._focusedChipIndex=e.length-1:(this.__removeItem(e[t].item),this._focusedChipIndex=-1)}_focusedChipIndexChanged(e,t){if(e>-1||t>-1){let t=this._chips;if(t.forEach((t,n)=>{t.toggleAttribute(`focused`,n===e)}),e>-1){let n=t[e].item;on(`${this._getItemLabel(n)} ${this.__effectiveI18n.focused}`)}}}_overlaySelectedItemChanged(e){e.stopPropagation(),!this.hasAttribute(`closing`)&&(this.readonly||e.detail.item instanceof Ka||this.opened&&(this._lastFilter=this._inputElementValue,this.__selectItem(e.detail.item)))}_onItemRemoved(e){this.__removeItem(e.detail.item)}_preventBlur(e){e.preventDefault()}}})),Xo,Zo=o((()=>{Mo(),Po(),Io(),Bo(),Wo(),p(),z(),y(),O(),T(),Un(),k(),w(),Ko(),Yo(),Xo=class extends Jo(x(S(C(A(u))))){static get is(){return`vaadin-multi-select-combo-box`}static get styles(){return[Wn,Go]}render(){return d`
      <div class="vaadin-multi-select-combo-box-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-multi-select-combo-box-container
          part="input-field"
          .autoExpandVertically="${this.autoExpandVertically}"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
        >
          <slot name="overflow" slot="prefix"></slot>
          <div id="chips" part="chips" slot="prefix">
            <slot name="chip"></slot>
          </div>
          <slot name="input"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
          <div id="toggleButton" part="field-button toggle-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-multi-select-combo-box-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>

      <vaadin-multi-select-combo-box-overlay
        id="overlay"
        exportparts="overlay, content, loader"
        .owner="${this}"
        .dir="${this.dir}"
        .opened="${this._overlayOpened}"
        ?loading="${this.loading}"
        theme="${B(this._theme)}"
        .positionTarget="${this._inputField}"
        no-vertical-overlap
      >
        <slot name="overlay"></slot>
      </vaadin-multi-select-combo-box-overlay>
    `}},v(Xo)})),Qo=o((()=>{j(),L(),Lt(),Zt({name:`vaadin-contextmenu`,deps:[`touchstart`,`touchmove`,`touchend`,`contextmenu`],flow:{start:[`touchstart`,`contextmenu`],end:[`contextmenu`]},emits:[`vaadin-contextmenu`],info:{sourceEvent:null},reset(){this.info.sourceEvent=null,this._cancelTimer(),this.info.touchJob=null,this.info.touchStartCoords=null},_cancelTimer(){this._timerId&&(clearTimeout(this._timerId),delete this._fired)},_setSourceEvent(e){this.info.sourceEvent=e;let t=e.composedPath();this.info.sourceEvent.__composedPath=t},touchstart(e){this._setSourceEvent(e),this.info.touchStartCoords={x:e.changedTouches[0].clientX,y:e.changedTouches[0].clientY};let t=e.composedPath()[0]||e.target;this._timerId=setTimeout(()=>{let n=e.changedTouches[0];e.shiftKey||(Xe&&(this._fired=!0,this.fire(t,n.clientX,n.clientY)),Yt(`tap`))},500)},touchmove(e){let t=this.info.touchStartCoords;(Math.abs(t.x-e.changedTouches[0].clientX)>15||Math.abs(t.y-e.changedTouches[0].clientY)>15)&&this._cancelTimer()},touchend(e){this._fired&&e.preventDefault(),this._cancelTimer()},contextmenu(e){if(!e.shiftKey){if(this._setSourceEvent(e),pt&&M()){let t=e.composedPath()[0],n=t.getBoundingClientRect();this.fire(t,n.left,n.bottom)}else this.fire(e.target,e.clientX,e.clientY);Yt(`tap`)}},fire(e,t,n){let r=this.info.sourceEvent,i=new Event(`vaadin-contextmenu`,{bubbles:!0,cancelable:!0,composed:!0});i.detail={x:t,y:n,sourceEvent:r},e.dispatchEvent(i),i.defaultPrevented&&r?.preventDefault&&r.preventDefault()}})})),$o,es,ts=o((()=>{E(),p(),Di(),$o=t`
  :host([aria-haspopup='true'])::after {
    background: var(--vaadin-text-color-secondary);
    content: '';
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-chevron-down) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    rotate: -90deg;
    width: var(--vaadin-icon-size, 1lh);
  }

  :host([dir='rtl'])::after {
    rotate: 90deg;
  }

  /* TODO would be nice to only reserve the space if
    one or mote items in the list is checkable  */
  :host([menu-item-checked]) [part='checkmark'] {
    visibility: visible;
  }
`,es=[Ei,$o]})),ns,rs=o((()=>{p(),y(),h(),T(),Ti(),k(),w(),ts(),ns=class extends wi(x(b(C(A(u))))){static get is(){return`vaadin-context-menu-item`}static get styles(){return es}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`menuitem`)}__shouldAllowFocusWhenDisabled(){return window.Vaadin.featureFlags.accessibleDisabledMenuItems}},v(ns)})),is,as=o((()=>{E(),p(),is=t`
  :host {
    --vaadin-item-checkmark-display: block;
    display: flex;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='items'] {
    height: 100%;
    overflow-y: auto;
    width: 100%;
  }

  [part='items'] ::slotted(hr) {
    border-color: var(--vaadin-divider-color, var(--vaadin-border-color-secondary));
    border-width: 0 0 1px;
    margin: 4px 8px;
    margin-inline-start: calc(var(--vaadin-icon-size, 1lh) + var(--vaadin-item-gap, var(--vaadin-gap-s)) + 8px);
  }
`})),os,ss=o((()=>{p(),yi(),y(),h(),T(),as(),k(),w(),os=class extends vi(x(b(C(A(u))))){static get is(){return`vaadin-context-menu-list-box`}static get styles(){return is}static get properties(){return{orientation:{type:String,readOnly:!0}}}get _scrollerElement(){return this.shadowRoot.querySelector(`[part="items"]`)}render(){return d`
      <div part="items">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`menu`)}},v(os)})),cs,ls=o((()=>{p(),cs=t`
  :host {
    align-items: flex-start;
    justify-content: flex-start;
  }

  :host([right-aligned]),
  :host([end-aligned]) {
    align-items: flex-end;
  }

  :host([bottom-aligned]) {
    justify-content: flex-end;
  }

  [part='backdrop'] {
    background: transparent;
  }

  [part='content'] {
    padding: var(--vaadin-item-overlay-padding, 4px);
  }

  /* TODO keyboard focus becomes visible even when navigating the menu with the mouse */
  [part='overlay']:focus-visible {
    outline: none;
  }
`})),us,ds,fs=o((()=>{p(),qe(),ls(),us=t`
  :host {
    --_default-offset: 4px;
  }

  :host([position^='top'][top-aligned]) [part='overlay'],
  :host([position^='bottom'][top-aligned]) [part='overlay'] {
    margin-top: var(--vaadin-context-menu-offset-top, var(--_default-offset));
  }

  :host([position^='top'][bottom-aligned]) [part='overlay'],
  :host([position^='bottom'][bottom-aligned]) [part='overlay'] {
    margin-bottom: var(--vaadin-context-menu-offset-bottom, var(--_default-offset));
  }

  :host([position^='start'][start-aligned]) [part='overlay'],
  :host([position^='end'][start-aligned]) [part='overlay'] {
    margin-inline-start: var(--vaadin-context-menu-offset-start, var(--_default-offset));
  }

  :host([position^='start'][end-aligned]) [part='overlay'],
  :host([position^='end'][end-aligned]) [part='overlay'] {
    margin-inline-end: var(--vaadin-context-menu-offset-end, var(--_default-offset));
  }
`,ds=[Ke,cs,us]})),ps,ms=o((()=>{ot(),wt(),ps=e=>class extends Ot(ht(e)){static get properties(){return{parentOverlay:{type:Object,readOnly:!0},_theme:{type:String,readOnly:!0,sync:!0}}}static get observers(){return[`_themeChanged(_theme)`]}get _contentRoot(){return this._rendererRoot}get _rendererRoot(){if(!this.__savedRoot){let e=document.createElement(`div`);e.setAttribute(`slot`,`overlay`),e.style.display=`contents`,this.owner.appendChild(e),this.__savedRoot=e}return this.__savedRoot}ready(){super.ready(),this.restoreFocusOnClose=!0,this.addEventListener(`keydown`,e=>{if(!e.defaultPrevented&&e.composedPath()[0]===this.$.overlay&&[38,40].indexOf(e.keyCode)>-1){let t=this._contentRoot.firstElementChild;t&&Array.isArray(t.items)&&t.items.length&&(e.preventDefault(),e.keyCode===38?t.items[t.items.length-1].focus():t.focus())}})}_themeChanged(){this.close()}getBoundaries(){let e=this.getBoundingClientRect(),t=this.$.overlay.getBoundingClientRect(),n=e.bottom-t.height,r=this.parentOverlay;if(r?.hasAttribute(`bottom-aligned`)){let e=getComputedStyle(r);n=n-parseFloat(e.bottom)-parseFloat(e.height)}return{xMax:e.right-t.width,xMin:e.left+t.width,yMax:n}}_updatePosition(){if(super._updatePosition(),this.positionTarget&&this.parentOverlay&&this.opened){let e=this.$.content,t=getComputedStyle(e);this.style.left?this.style.left=`${parseFloat(this.style.left)+parseFloat(t.paddingLeft)}px`:this.style.right=`${parseFloat(this.style.right)+parseFloat(t.paddingRight)}px`,this.style.bottom?this.style.bottom=`${parseFloat(this.style.bottom)-parseFloat(t.paddingBottom)}px`:this.style.top=`${parseFloat(this.style.top)-parseFloat(t.paddingTop)}px`}}_shouldRestoreFocus(){return this.parentOverlay?!1:super._shouldRestoreFocus()}_deepContains(e){return this.owner.contains(e)}}})),hs,gs=o((()=>{p(),y(),h(),T(),lt(),k(),w(),fs(),ms(),hs=class extends ps(ct(b(x(C(A(u)))))){static get is(){return`vaadin-context-menu-overlay`}static get properties(){return{position:{type:String,reflectToAttribute:!0}}}static get styles(){return ds}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}_updatePosition(){if(super._updatePosition(),this.parentOverlay==null&&this.positionTarget&&this.position&&this.opened){if(this.position===`bottom`||this.position===`top`){let e=this.positionTarget.getBoundingClientRect(),t=this.$.overlay.getBoundingClientRect(),n=e.width/2-t.width/2;if(this.style.left){let e=t.left+n;e>0&&(this.style.left=`${e}px`)}if(this.style.right){let e=parseFloat(this.style.right)+n;e>0&&(this.style.right=`${e}px`)}}if(this.position===`start`||this.position===`end`){let e=this.positionTarget.getBoundingClientRect(),t=this.$.overlay.getBoundingClientRect(),n=e.height/2-t.height/2;this.style.top=`${t.top+n}px`}}}render(){return d`
      <div id="backdrop" part="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay" tabindex="0">
        <div part="content" id="content">
          <slot></slot>
          <slot name="submenu"></slot>
        </div>
      </div>
    `}},v(hs)})),_s,vs=o((()=>{_s=class{constructor(e,t){this.query=e,this.callback=t,this._boundQueryHandler=this._queryHandler.bind(this)}hostConnected(){this._removeListener(),this._mediaQuery=window.matchMedia(this.query),this._addListener(),this._queryHandler(this._mediaQuery)}hostDisconnected(){this._removeListener()}_addListener(){this._mediaQuery&&this._mediaQuery.addListener(this._boundQueryHandler)}_removeListener(){this._mediaQuery&&this._mediaQuery.removeListener(this._boundQueryHandler),this._mediaQuery=null}_queryHandler(e){typeof this.callback==`function`&&this.callback(e.matches)}}})),ys,bs=o((()=>{R(),ys=class extends I{constructor(e){super(e,`tooltip`)}initCustomNode(e){e.manual=!0,e.generator||=({item:e})=>e?.tooltip}_getItem(e){return e._item}_getDefaultPosition(e){let t=this._getItem(e);return t.children?.length>0&&!t.disabled?`start`:`end`}setTarget(e){let t=this.node;if(!t)return;let n=e?this._getItem(e):null;n?.tooltip?(t.target=e,t.context={item:n},t._position=n.tooltipPosition||this._getDefaultPosition(e)):(t.target=null,t.context={item:null},this.close(!0))}open({trigger:e}){let t=this.node;t?.isConnected&&t.target&&t._stateController.open({hover:e===`hover`,focus:e===`focus`})}bringToFront(){this.node?._overlayElement?.bringToFront()}close(e){this.node?._stateController.close(e)}}})),xs,Ss=o((()=>{j(),L(),xs=e=>class extends e{static get properties(){return{items:{type:Array,sync:!0},_positionTarget:{type:Object,sync:!0}}}constructor(){super(),this.__itemsOutsideClickListener=e=>{this._shouldCloseOnOutsideClick(e)&&this.dispatchEvent(new CustomEvent(`items-outside-click`))},this.addEventListener(`items-outside-click`,()=>{this.items&&this.close()})}get _tagNamePrefix(){return`vaadin-context-menu`}connectedCallback(){super.connectedCallback(),document.documentElement.addEventListener(`click`,this.__itemsOutsideClickListener)}disconnectedCallback(){super.disconnectedCallback(),document.documentElement.removeEventListener(`click`,this.__itemsOutsideClickListener),this._tooltipController.setTarget(null)}_shouldCloseOnOutsideClick(e){return!e.composedPath().some(e=>e.localName===`${this._tagNamePrefix}-overlay`)}__forwardFocus(){let e=this._overlayElement,t=e._contentRoot.firstElementChild;e.parentOverlay?e.parentOverlay._contentRoot.querySelector(`[expanded]`)?.hasAttribute(`focused`)&&t?t.focus():e.$.overlay.focus():t&&t.focus()}__openSubMenu(e,t){this.__updateSubMenuForItem(e,t);let n=this._overlayElement,r=e._overlayElement;r._setParentOverlay(n),n.hasAttribute(`theme`)?e.setAttribute(`theme`,n.getAttribute(`theme`)):e.removeAttribute(`theme`);let i=r.$.content;i.style.minWidth=``,t.dispatchEvent(new CustomEvent(`opensubmenu`,{detail:{children:t._item.children}}))}__updateSubMenuForItem(e,t){e.items=t._item.children,e.listenOn=t,e._positionTarget=t,e._overlayElement.requestContentUpdate()}__createComponent(e){let t;return t=e.component instanceof HTMLElement?e.component:document.createElement(e.component||`${this._tagNamePrefix}-item`),t._hasVaadinItemMixin&&(t.setAttribute(`role`,`menuitem`),t.tabIndex=-1),t.localName===`hr`?t.setAttribute(`role`,`separator`):t.setAttribute(`aria-haspopup`,`false`),this._setMenuItemTheme(t,e,this._theme),t._item=e,e.text&&(t.textContent=e.text),e.className&&t.setAttribute(`class`,e.className),this.__toggleMenuComponentAttribute(t,`menu-item-checked`,e.checked),this.__toggleMenuComponentAttribute(t,`disabled`,e.disabled),e.children&&e.children.length&&(this.__updateExpanded(t,!1),t.setAttribute(`aria-haspopup`,`true`)),t}__initListBox(){let e=document.createElement(`${this._tagNamePrefix}-list-box`);return this._theme&&e.setAttribute(`theme`,this._theme),e.addEventListener(`mouseover`,e=>{let t=e.target.closest(`${this._tagNamePrefix}-item`);this._tooltipController.setTarget(t),this._tooltipController.open({trigger:`hover`})}),e.addEventListener(`mouseleave`,()=>{this._tooltipController.close(!0)}),e.addEventListener(`focusin`,e=>{if(!M())return;let t=e.target.closest(`${this._tagNamePrefix}-item`);this._tooltipController.setTarget(t),this._tooltipController.open({trigger:`focus`})}),e.addEventListener(`selected-changed`,t=>{let{value:n}=t.detail;if(typeof n==`number`){let t=e.items[n]._item;e.selected=null,t.children||this.dispatchEvent(new CustomEvent(`item-selected`,{detail:{value:t}}))}}),e}__initOverlay(){let e=this._overlayElement;e.$.backdrop.addEventListener(`click`,()=>{this.close()}),e.addEventListener(Qe?`click`:`mouseover`,e=>{e.composedPath().includes(this._subMenu)||this.__showSubMenu(e)}),e.addEventListener(`keydown`,e=>{if(e.composedPath().includes(this._subMenu))return;let{key:t}=e,n=this.__isRTL,r=t===`ArrowRight`,i=t===`ArrowLeft`;!n&&r||n&&i||t===`Enter`||t===` `?this.__showSubMenu(e):!n&&i||n&&r||t===`Escape`?(t===`Escape`&&e.stopPropagation(),this.close(),this.listenOn.focus()):t===`Tab`&&!e.defaultPrevented&&this.dispatchEvent(new CustomEvent(`close-all-menus`))})}__initSubMenu(){let e=document.createElement(this.constructor.is);return e._tooltipController=this._tooltipController,e.__parentMenu=this,e._modeless=!0,e.openOn=`opensubmenu`,this.addEventListener(`opened-changed`,e=>{e.detail.value||this._subMenu.close()}),e.addEventListener(`close-all-menus`,()=>{this.dispatchEvent(new CustomEvent(`close-all-menus`))}),e.addEventListener(`item-selected`,e=>{let{detail:t}=e;this.dispatchEvent(new CustomEvent(`item-selected`,{detail:t}))}),this.addEventListener(`close-all-menus`,()=>{this.close()}),this.addEventListener(`item-selected`,e=>{let t=e.target,n=e.detail.value,r=t.items.indexOf(n);n.keepOpen&&r>-1&&t.opened?(t.__selectedIndex=r,t.requestContentUpdate()):n.keepOpen||this.close()}),e.addEventListener(`opened-changed`,e=>{if(e.detail.value)this._tooltipController.bringToFront();else{let e=this._listBox.querySelector(`[expanded]`);e&&this.__updateExpanded(e,!1)}}),e}__showSubMenu(e,t=e.composedPath().find(e=>e.localName===`${this._tagNamePrefix}-item`)){if(!this.__openListenerActive)return;if(this._overlayElement.hasAttribute(`opening`)){requestAnimationFrame(()=>{this.__showSubMenu(e,t)});return}let n=this._subMenu,r=this._listBox.querySelector(`[expanded]`);if(t&&t!==r&&!t.disabled){let{children:e}=t._item,i=n._overlayElement._contentRoot.firstElementChild?.focused;if(r&&this.__updateExpanded(r,!1),(!e||!e.length)&&n.close(),!this.opened)return;e?.length?(this.__updateExpanded(t,!0),this.__openSubMenu(n,t)):i?n.listenOn.focus():this._listBox.focused||this._overlayElement.$.overlay.focus()}t?.disabled&&n.close()}__getListBox(){return this._overlayElement._contentRoot.querySelector(`${this._tagNamePrefix}-list-box`)}__itemsRenderer(e,t){this.__initMenu(e,t),this._subMenu.closeOn=t.closeOn,this._listBox.innerHTML=``,t.items.forEach(e=>{let t=this.__createComponent(e);this._listBox.appendChild(t)})}_setMenuItemTheme(e,t,n){let r=e.getAttribute(`theme`)||n;t.theme!=null&&(r=Array.isArray(t.theme)?t.theme.join(` `):t.theme),this.__updateTheme(e,r)}__toggleMenuComponentAttribute(e,t,n){n?(e.setAttribute(t,``),e[`__has-${t}`]=!0):e[`__has-${t}`]&&(e.removeAttribute(t),e[`__has-${t}`]=!1)}__initMenu(e,t){if(e.firstElementChild)this.__updateTheme(this._listBox,this._theme);else{this.__initOverlay();let t=this.__initListBox();this._listBox=t,e.appendChild(t);let n=this.__initSubMenu();n.slot=`submenu`,this._subMenu=n,this.appendChild(n),requestAnimationFrame(()=>{this.__openListenerActive=!0})}}__updateExpanded(e,t){e.setAttribute(`aria-expanded`,t.toString()),e.toggleAttribute(`expanded`,t)}__updateTheme(e,t){t?e.setAttribute(`theme`,t):e.removeAttribute(`theme`)}close(){this.__parentMenu||this._tooltipController.close(!0)}}})),Cs,ws=o((()=>{j(),L(),Lt(),vs(),bs(),Ss(),Cs=e=>class extends xs(e){static get properties(){return{selector:{type:String},opened:{type:Boolean,reflectToAttribute:!0,observer:`_openedChanged`,value:!1,notify:!0,readOnly:!0,sync:!0},openOn:{type:String,value:`vaadin-contextmenu`,sync:!0},listenOn:{type:Object,sync:!0,value(){return this}},closeOn:{type:String,value:`click`,observer:`_closeOnChanged`,sync:!0},renderer:{type:Function,sync:!0},_modeless:{type:Boolean,sync:!0},_context:{type:Object,sync:!0},_phone:{type:Boolean},_fullscreen:{type:Boolean},_fullscreenMediaQuery:{type:String,value:`(max-width: 450px), (max-height: 450px)`}}}static get observers(){return[`_targetOrOpenOnChanged(listenOn, openOn)`,`_rendererChanged(renderer, items)`,`_fullscreenChanged(_fullscreen)`]}constructor(){super(),this._boundOpen=this.open.bind(this),this._boundClose=this.close.bind(this),this._boundPreventDefault=this._preventDefault.bind(this),this.__onGlobalContextMenu=this.__onGlobalContextMenu.bind(this)}connectedCallback(){super.connectedCallback(),this.__boundOnScroll=this.__onScroll.bind(this),window.addEventListener(`scroll`,this.__boundOnScroll,!0),document.documentElement.addEventListener(`contextmenu`,this.__onGlobalContextMenu,!0),this.__restoreOpened&&this._setOpened(!0)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener(`scroll`,this.__boundOnScroll,!0),document.documentElement.removeEventListener(`contextmenu`,this.__onGlobalContextMenu,!0),this.__restoreOpened=this.opened,setTimeout(()=>{this.isConnected||this.close()})}firstUpdated(){super.firstUpdated(),this._overlayElement=this.$.overlay,this.addController(new _s(this._fullscreenMediaQuery,e=>{this._fullscreen=e})),this._tooltipController||(this._tooltipController=new ys(this),this.addController(this._tooltipController))}_onOverlayOpened(e){if(e.target!==this._overlayElement)return;let t=e.detail.value;this._setOpened(t),t&&this.__alignOverlayPosition()}_onVaadinOverlayOpen(e){e.target===this._overlayElement&&(this.__alignOverlayPosition(),this._overlayElement.style.visibility=``,this.__forwardFocus())}_onVaadinOverlayClosed(){this.dispatchEvent(new CustomEvent(`closed`))}_targetOrOpenOnChanged(e,t){this._oldListenOn&&this._oldOpenOn&&(this._unlisten(this._oldListenOn,this._oldOpenOn,this._boundOpen),this._oldListenOn.style.webkitTouchCallout=``,this._oldListenOn.style.webkitUserSelect=``,this._oldListenOn.style.userSelect=``,this._oldListenOn=null,this._oldOpenOn=null),e&&t&&(this._listen(e,t,this._boundOpen),this._oldListenOn=e,this._oldOpenOn=t)}_fullscreenChanged(e){this._phone=e}__setListenOnUserSelect(e){let t=e?`none`:``;this.listenOn.style.webkitTouchCallout=t,this.listenOn.style.webkitUserSelect=t,this.listenOn.style.userSelect=t,e&&document.getSelection().removeAllRanges()}_closeOnChanged(e,t){let n=`vaadin-overlay-outside-click`,r=this._overlayElement;t&&this._unlisten(r,t,this._boundClose),e?(this._listen(r,e,this._boundClose),r.removeEventListener(n,this._boundPreventDefault)):r.addEventListener(n,this._boundPreventDefault)}_preventDefault(e){e.preventDefault()}_openedChanged(e){this.__setListenOnUserSelect(e)}requestContentUpdate(){this._overlayElement&&(this.__preserveMenuState(),this._overlayElement.requestContentUpdate(),this.__restoreMenuState())}_rendererChanged(e,t){if(t){if(e)throw Error(`The items API cannot be used together with a renderer`);this.closeOn===`click`&&(this.closeOn=``)}}close(){super.close(),this._setOpened(!1)}__getComposedPath(e){return e.__composedPath??e.detail?.sourceEvent?.__composedPath??e.composedPath()}_contextTarget(e){if(this.selector){let t=this.listenOn.querySelectorAll(this.selector);return Array.prototype.filter.call(t,t=>this.__getComposedPath(e).indexOf(t)>-1)[0]}else if(this.listenOn&&this.listenOn!==this&&this.position)return this.listenOn;return e.target}open(e){this._overlayElement&&this.__getComposedPath(e).includes(this._overlayElement)||e&&!this.opened&&(this._context={detail:e.detail,target:this._contextTarget(e)},this._context.target&&(e.preventDefault(),e.stopPropagation(),this.__x=this._getEventCoordinate(e,`x`),this.__pageXOffset=window.pageXOffset,this.__y=this._getEventCoordinate(e,`y`),this.__pageYOffset=window.pageYOffset,this._overlayElement.style.visibility=`hidden`,this._setOpened(!0)))}__preserveMenuState(){let e=this.__getListBox();e&&(this.__focusedIndex=e.items.indexOf(e.focused),this._subMenu&&this._subMenu.opened&&(this.__subMenuIndex=e.items.indexOf(this._subMenu.listenOn)))}__restoreMenuState(){let e=this.__focusedIndex,t=this.__subMenuIndex,n=this.__selectedIndex,r=this.__getListBox();if(r){if(r._observer.flush(),t>-1){let e=r.items[t];e?Array.isArray(e._item.children)&&e._item.children.length?(this.__updateSubMenuForItem(this._subMenu,e),this._subMenu.requestContentUpdate()):(this._subMenu.close(),this.__focusItem(e)):r.focus()}this.__focusItem(n>-1?r.children[n]:r.items[e])}this.__focusedIndex=void 0,this.__subMenuIndex=void 0,this.__selectedIndex=void 0}__focusItem(e){e&&e.focus({focusVisible:M()})}__onScroll(){if(!this.opened||this.position)return;let e=window.pageYOffset-this.__pageYOffset,t=window.pageXOffset-this.__pageXOffset;this.__adjustPosition(`left`,-t),this.__adjustPosition(`right`,t),this.__adjustPosition(`top`,-e),this.__adjustPosition(`bottom`,e),this.__pageYOffset+=e,this.__pageXOffset+=t}__adjustPosition(e,t){let n=this._overlayElement.style;n[e]=`${(parseInt(n[e])||0)+t}px`}__alignOverlayPosition(){let e=this._overlayElement;if(e.positionTarget)return;let t=e.style;[`top`,`right`,`bottom`,`left`].forEach(e=>t.removeProperty(e)),[`right-aligned`,`end-aligned`,`bottom-aligned`].forEach(t=>e.removeAttribute(t));let{xMax:n,xMin:r,yMax:i}=e.getBoundaries(),a=this.__x,o=this.__y,s=document.documentElement.clientWidth,c=document.documentElement.clientHeight;this.__isRTL?a>s/2||a>r?t.right=`${Math.max(0,s-a)}px`:(t.left=`${a}px`,this._setEndAligned(e)):a<s/2||a<n?t.left=`${a}px`:(t.right=`${Math.max(0,s-a)}px`,this._setEndAligned(e)),o<c/2||o<i?t.top=`${o}px`:(t.bottom=`${Math.max(0,c-o)}px`,e.setAttribute(`bottom-aligned`,``))}_setEndAligned(e){e.setAttribute(`end-aligned`,``),this.__isRTL||e.setAttribute(`right-aligned`,``)}_getEventCoordinate(e,t){if(e.detail instanceof Object){if(e.detail[t])return e.detail[t];if(e.detail.sourceEvent)return this._getEventCoordinate(e.detail.sourceEvent,t)}else{let n=`client${t.toUpperCase()}`,r=e.changedTouches?e.changedTouches[0][n]:e[n];if(r===0){let n=(this.__getComposedPath(e)[0]||e.target).getBoundingClientRect();return t===`x`?n.left:n.top+n.height}return r}}_listen(e,t,n){Xt[t]?wn(e,t,n):e.addEventListener(t,n)}_unlisten(e,t,n){Xt[t]?It(e,t,n):e.removeEventListener(t,n)}__createMouseEvent(e,t,n){return new MouseEvent(e,{bubbles:!0,composed:!0,cancelable:!0,clientX:t,clientY:n})}__focusClosestFocusable(e){let t=e;for(;t;){if(t instanceof HTMLElement&&Fe(t)){t.focus();return}t=t.parentNode||t.host}}__contextMenuAt(e,t){let n=jt(e,t);n&&queueMicrotask(()=>{n.dispatchEvent(this.__createMouseEvent(`mousedown`,e,t)),n.dispatchEvent(this.__createMouseEvent(`mouseup`,e,t)),this.__focusClosestFocusable(n),n.dispatchEvent(this.__createMouseEvent(`contextmenu`,e,t))})}__onGlobalContextMenu(e){this.opened&&(e.shiftKey||(mt||Xe||(e.stopPropagation(),this._overlayElement.__focusRestorationController.focusNode=null,this._overlayElement.addEventListener(`vaadin-overlay-closed`,t=>{t.target===this._overlayElement&&this.__contextMenuAt(e.clientX,e.clientY)},{once:!0})),e.preventDefault(),this.close()))}}})),Ts,Es=o((()=>{Qo(),rs(),ss(),gs(),p(),z(),y(),O(),T(),ge(),ws(),Ts=class extends Cs(S(Te(C(u)))){static get is(){return`vaadin-context-menu`}static get styles(){return t`
      :host {
        display: block;
      }

      :host([hidden]) {
        display: none !important;
      }
    `}static get properties(){return{position:{type:String}}}render(){let{_context:e,position:t}=this;return d`
      <slot id="slot"></slot>
      <vaadin-context-menu-overlay
        id="overlay"
        .owner="${this}"
        .opened="${this.opened}"
        .model="${e}"
        .modeless="${this._modeless}"
        .renderer="${this.items?this.__itemsRenderer:this.renderer}"
        .position="${t}"
        .positionTarget="${t?e?.target:this._positionTarget}"
        .horizontalAlign="${this.__computeHorizontalAlign(t)}"
        .verticalAlign="${this.__computeVerticalAlign(t)}"
        ?no-horizontal-overlap="${this.__computeNoHorizontalOverlap(t)}"
        ?no-vertical-overlap="${this.__computeNoVerticalOverlap(t)}"
        .withBackdrop="${this._phone}"
        ?phone="${this._phone}"
        theme="${B(this._theme)}"
        exportparts="backdrop, overlay, content"
        @opened-changed="${this._onOverlayOpened}"
        @vaadin-overlay-open="${this._onVaadinOverlayOpen}"
        @vaadin-overlay-closed="${this._onVaadinOverlayClosed}"
      >
        <slot name="overlay"></slot>
        <slot name="submenu" slot="submenu"></slot>
      </vaadin-context-menu-overlay>

      <slot name="tooltip"></slot>
    `}__computeHorizontalAlign(e){return e&&[`top-end`,`bottom-end`,`start-top`,`start`,`start-bottom`].includes(e)?`end`:`start`}__computeNoHorizontalOverlap(e){return e?[`start-top`,`start`,`start-bottom`,`end-top`,`end`,`end-bottom`].includes(e):!!this._positionTarget}__computeNoVerticalOverlap(e){return e?[`top-start`,`top-end`,`top`,`bottom-start`,`bottom`,`bottom-end`].includes(e):!1}__computeVerticalAlign(e){return e&&[`top-start`,`top-end`,`top`,`start-bottom`,`end-bottom`].includes(e)?`bottom`:`top`}},v(Ts)}));function Ds(e,t){try{return window.Vaadin.Flow.clients[e].getByNodeId(t)}catch(n){console.error(`Could not get node %s from app %s`,t,e),console.error(n)}}function Os(e,t){e.$connector||={generateItems(n){e.items=ks(t,n)}}}function ks(e,t){let n=Ds(e,t);if(n)return Array.from(n.children).map(t=>{let n={component:t,checked:t._checked,keepOpen:t._keepOpen,className:t.className,theme:t.__theme,tooltip:t.tooltip,tooltipPosition:t.tooltipPosition};return t._hasVaadinItemMixin&&t._containerNodeId&&(n.children=ks(e,t._containerNodeId)),t._item=n,n})}function As(e,t){e._item&&(e._item.checked=t,e._item.keepOpen&&e.toggleAttribute(`menu-item-checked`,t))}function js(e,t){e._item&&(e._item.keepOpen=t)}function Ms(e,t){e._item&&(e._item.theme=t)}var Ns=o((()=>{window.Vaadin.Flow.contextMenuConnector={initLazy:Os,generateItemsTree:ks,setChecked:As,setKeepOpen:js,setTheme:Ms}}));function Ps(e){e.$contextMenuTargetConnector||={openOnHandler(t){if(e.preventContextMenu&&e.preventContextMenu(t))return;t.preventDefault(),t.stopPropagation(),t.__composedPath=t.composedPath(),this.$contextMenuTargetConnector.openEvent=t;let n={};e.getContextMenuBeforeOpenDetail&&(n=e.getContextMenuBeforeOpenDetail(t)),e.dispatchEvent(new CustomEvent(`vaadin-context-menu-before-open`,{detail:n}))},updateOpenOn(t){this.removeListener(),this.openOnEventType=t,customElements.whenDefined(`vaadin-context-menu`).then(()=>{Xt[t]?wn(e,t,this.openOnHandler):e.addEventListener(t,this.openOnHandler)})},removeListener(){this.openOnEventType&&(Xt[this.openOnEventType]?It(e,this.openOnEventType,this.openOnHandler):e.removeEventListener(this.openOnEventType,this.openOnHandler))},openMenu(e){e.open(this.openEvent)},removeConnector(){this.removeListener(),e.$contextMenuTargetConnector=void 0}}}var Fs=o((()=>{Lt(),window.Vaadin.Flow.contextMenuTargetConnector={init:Ps}})),Is,Ls=o((()=>{yt(),Is=class{constructor(e){this.host=e}hostConnected(){if(!this.__initialized){this.__initialized=!0;let{host:e}=this;this.__resizeObserver=new ResizeObserver(()=>this.__updateState()),this.__resizeObserver.observe(e.$.resizerContainer),e.$.content.addEventListener(`scroll`,()=>this.__updateState(!0)),e.shadowRoot.addEventListener(`slotchange`,()=>this.__updateState(!0))}}update(){this.__updateState(!0)}__updateState(e=!1){cancelAnimationFrame(this.__updateRaf),e?this.__writeState(this.__readState()):this.__updateRaf=requestAnimationFrame(()=>this.__writeState(this.__readState()))}__readState(){let e=this.host.$.content,t=``;return e.scrollTop>0&&(t+=` top`),e.scrollTop<e.scrollHeight-e.clientHeight&&(t+=` bottom`),t.trim()}__writeState(e){let{host:t}=this;e.length>0?gt(t,`overflow`,e):gt(t,`overflow`,null)}}})),Rs,zs,Bs=o((()=>{E(),p(),ir(),Rs=t`
  [part='header'] {
    color: var(--vaadin-dialog-title-color, var(--vaadin-text-color));
    font-size: var(--vaadin-dialog-title-font-size, 1em);
    font-weight: var(--vaadin-dialog-title-font-weight, 600);
    line-height: var(--vaadin-dialog-title-line-height, inherit);
    padding: var(--vaadin-crud-header-padding, var(--vaadin-dialog-padding, var(--vaadin-padding-l)));
  }

  ::slotted([slot='header']) {
    color: inherit !important;
    display: contents;
    font: inherit !important;
    overflow-wrap: anywhere;
  }

  :host(:is(*, #id)) [part='content'] {
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--vaadin-crud-form-padding, var(--vaadin-padding-l));
    padding-top: 0;
  }

  ::slotted([slot='form']) {
    --vaadin-crud-form-padding: 0;
  }

  [part='footer'] {
    justify-content: normal;
    background: var(--vaadin-crud-footer-background, transparent);
  }
`,zs=[...rr,Rs]})),Vs,Hs=o((()=>{p(),y(),h(),T(),Ls(),lt(),k(),w(),Bs(),Vs=class extends ct(b(x(C(A(u))))){static get is(){return`vaadin-crud-dialog-overlay`}static get styles(){return zs}get _focusTrapRoot(){return this.getRootNode().host}render(){return d`
      <div part="backdrop" id="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay">
        <section id="resizerContainer" class="resizer-container">
          <header part="header">
            <slot name="header"></slot>
          </header>
          <div part="content" id="content">
            <slot name="form"></slot>
          </div>
          <footer part="footer" role="toolbar">
            <slot name="save-button"></slot>
            <slot name="cancel-button"></slot>
            <slot name="delete-button"></slot>
          </footer>
        </section>
      </div>
    `}ready(){super.ready(),this.__overflowController=new Is(this),this.addController(this.__overflowController),this.setAttribute(`has-header`,``),this.setAttribute(`has-footer`,``)}},v(Vs)})),Us,Ws=o((()=>{Us=e=>class extends e{static get properties(){return{opened:{type:Boolean,reflectToAttribute:!0,value:!1,notify:!0,sync:!0},noCloseOnOutsideClick:{type:Boolean,value:!1},noCloseOnEsc:{type:Boolean,value:!1},modeless:{type:Boolean,value:!1},noFocusTrap:{type:Boolean,value:!1},top:{type:String},left:{type:String},overlayRole:{type:String},keepInViewport:{type:Boolean,value:!1,reflectToAttribute:!0}}}static get observers(){return[`__positionChanged(top, left)`]}ready(){super.ready();let e=this.$.overlay;e.addEventListener(`vaadin-overlay-outside-click`,this._handleOutsideClick.bind(this)),e.addEventListener(`vaadin-overlay-escape-press`,this._handleEscPress.bind(this)),e.addEventListener(`vaadin-overlay-closed`,this.__handleOverlayClosed.bind(this)),this._overlayElement=e,this.hasAttribute(`role`)||(this.role=`dialog`),this.setAttribute(`tabindex`,`0`)}updated(e){super.updated(e),e.has(`overlayRole`)&&(this.role=this.overlayRole||`dialog`),e.has(`modeless`)&&(this.modeless?this.removeAttribute(`aria-modal`):this.setAttribute(`aria-modal`,`true`))}__handleOverlayClosed(){this.dispatchEvent(new CustomEvent(`closed`))}connectedCallback(){super.connectedCallback(),this.__restoreOpened&&(this.opened=!0)}disconnectedCallback(){super.disconnectedCallback(),setTimeout(()=>{this.isConnected||(this.__restoreOpened=this.opened,this.opened=!1)})}_onOverlayOpened(e){e.detail.value===!1&&(this.opened=!1)}_handleOutsideClick(e){this.noCloseOnOutsideClick&&e.preventDefault()}_handleEscPress(e){this.noCloseOnEsc&&e.preventDefault()}_bringOverlayToFront(e){this.modeless&&this._overlayElement.bringToFront(e)}__positionChanged(e,t){requestAnimationFrame(()=>this.$.overlay.setBounds({top:e,left:t}))}__sizeChanged(e,t){requestAnimationFrame(()=>this.$.overlay.setBounds({width:e,height:t},!1))}}})),Gs,Ks=o((()=>{Hs(),p(),z(),y(),T(),Ws(),ge(),Gs=class extends Us(Te(C(u))){static get is(){return`vaadin-crud-dialog`}static get styles(){return t`
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

      :host(:focus-visible) ::part(overlay) {
        outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
      }
    `}static get properties(){return{fullscreen:{type:Boolean},crudElement:{type:Object}}}render(){return d`
      <vaadin-crud-dialog-overlay
        id="overlay"
        .owner="${this.crudElement}"
        .opened="${this.opened}"
        @opened-changed="${this._onOverlayOpened}"
        @mousedown="${this._bringOverlayToFront}"
        @touchstart="${this._bringOverlayToFront}"
        @vaadin-overlay-outside-click="${this.__cancel}"
        @vaadin-overlay-escape-press="${this.__cancel}"
        theme="${B(this._theme)}"
        .modeless="${this.modeless}"
        .withBackdrop="${!this.modeless}"
        ?fullscreen="${this.fullscreen}"
        focus-trap
        exportparts="backdrop, overlay, header, content, footer"
      >
        <slot name="header" slot="header"></slot>
        <slot name="form" slot="form"></slot>
        <slot name="save-button" slot="save-button"></slot>
        <slot name="cancel-button" slot="cancel-button"></slot>
        <slot name="delete-button" slot="delete-button"></slot>
      </vaadin-crud-dialog-overlay>
    `}__cancel(){this.dispatchEvent(new CustomEvent(`cancel`))}},v(Gs)}));function qs(e){return e.__cells||Array.from(e.querySelectorAll(`[part~="cell"]:not([part~="details-cell"])`))}function Js(e,t){[...e.children].forEach(t)}function Ys(e,t){qs(e).forEach(t),e.__detailsCell&&t(e.__detailsCell)}function Xs(e,t,n){let r=1;e.forEach(e=>{r%10==0&&(r+=1),e._order=n+r*t,r+=1})}function Zs(e,t,n){switch(typeof n){case`boolean`:e.toggleAttribute(t,n);break;case`string`:e.setAttribute(t,n);break;default:e.removeAttribute(t);break}}function V(e,t,n){e.classList.toggle(t,n||n===``),e.part.toggle(t,n||n===``),e.part.length===0&&e.removeAttribute(`part`)}function Qs(e,t,n){e.forEach(e=>{V(e,t,n)})}function $s(e,t){let n=qs(e);Object.entries(t).forEach(([t,r])=>{Zs(e,t,r);let i=`${t}-row`;V(e,i,r),Qs(n,`${i}-cell`,r)})}function ec(e,t){let n=qs(e);Object.entries(t).forEach(([t,r])=>{let i=e.getAttribute(t);if(Zs(e,t,r),i){let r=`${t}-${i}-row`;V(e,r,!1),Qs(n,`${r}-cell`,!1)}if(r){let i=`${t}-${r}-row`;V(e,i,r),Qs(n,`${i}-cell`,r)}})}function tc(e,t,n,r,i){Zs(e,t,n),i&&V(e,i,!1),V(e,r||`${t}-cell`,n)}function nc(e){return qs(e).find(e=>e._content.querySelector(`vaadin-grid-tree-toggle`))}var rc,ic=o((()=>{m(),g(),rc=class e{constructor(e,t){this.__host=e,this.__callback=t,this.__currentSlots=[],this.__onMutation=this.__onMutation.bind(this),this.__observer=new MutationObserver(this.__onMutation),this.__observer.observe(e,{childList:!0}),this.__initialCallDebouncer=D.debounce(this.__initialCallDebouncer,be,()=>this.__onMutation())}disconnect(){this.__observer.disconnect(),this.__initialCallDebouncer.cancel(),this.__toggleSlotChangeListeners(!1)}flush(){this.__onMutation()}__toggleSlotChangeListeners(e){this.__currentSlots.forEach(t=>{e?t.addEventListener(`slotchange`,this.__onMutation):t.removeEventListener(`slotchange`,this.__onMutation)})}__onMutation(){let t=!this.__currentColumns;this.__currentColumns||=[];let n=e.getColumns(this.__host),r=n.filter(e=>!this.__currentColumns.includes(e)),i=this.__currentColumns.filter(e=>!n.includes(e)),a=this.__currentColumns.some((e,t)=>e!==n[t]);this.__currentColumns=n,this.__toggleSlotChangeListeners(!1),this.__currentSlots=[...this.__host.children].filter(e=>e instanceof HTMLSlotElement),this.__toggleSlotChangeListeners(!0),(t||r.length||i.length||a)&&this.__callback(r,i)}static __isColumnElement(e){return e.nodeType===Node.ELEMENT_NODE&&/\bcolumn\b/u.test(e.localName)}static getColumns(t){let n=[],r=t._isColumnElement||e.__isColumnElement;return[...t.children].forEach(e=>{r(e)?n.push(e):e instanceof HTMLSlotElement&&[...e.assignedElements({flatten:!0})].filter(e=>r(e)).forEach(e=>n.push(e))}),n}}})),ac,oc,sc=o((()=>{m(),g(),h(),ve(),ic(),ac=e=>class extends e{static get properties(){return{resizable:{type:Boolean,sync:!0,value(){if(this.localName===`vaadin-grid-column-group`)return;let e=this.parentNode;return e?.localName===`vaadin-grid-column-group`&&e.resizable||!1}},frozen:{type:Boolean,value:!1,sync:!0},frozenToEnd:{type:Boolean,value:!1,sync:!0},rowHeader:{type:Boolean,value:!1,sync:!0},hidden:{type:Boolean,value:!1,sync:!0},header:{type:String,sync:!0},textAlign:{type:String,sync:!0},headerPartName:{type:String,sync:!0},footerPartName:{type:String,sync:!0},_lastFrozen:{type:Boolean,value:!1,sync:!0},_bodyContentHidden:{type:Boolean,value:!1,sync:!0},_firstFrozenToEnd:{type:Boolean,value:!1,sync:!0},_order:{type:Number,sync:!0},_reorderStatus:{type:Boolean,sync:!0},_emptyCells:Array,_headerCell:{type:Object,sync:!0},_footerCell:{type:Object,sync:!0},_grid:Object,__initialized:{type:Boolean,value:!0},headerRenderer:{type:Function,sync:!0},_headerRenderer:{type:Function,computed:`_computeHeaderRenderer(headerRenderer, header, __initialized)`},footerRenderer:{type:Function,sync:!0},_footerRenderer:{type:Function,computed:`_computeFooterRenderer(footerRenderer, __initialized)`},__gridColumnElement:{type:Boolean,value:!0}}}static get observers(){return[`_widthChanged(width, _headerCell, _footerCell, _cells)`,`_frozenChanged(frozen, _headerCell, _footerCell, _cells)`,`_frozenToEndChanged(frozenToEnd, _headerCell, _footerCell, _cells)`,`_flexGrowChanged(flexGrow, _headerCell, _footerCell, _cells)`,`_textAlignChanged(textAlign, _cells, _headerCell, _footerCell)`,`_lastFrozenChanged(_lastFrozen)`,`_firstFrozenToEndChanged(_firstFrozenToEnd)`,`_onRendererOrBindingChanged(_renderer, _cells, _bodyContentHidden, path)`,`_onHeaderRendererOrBindingChanged(_headerRenderer, _headerCell, path, header)`,`_onFooterRendererOrBindingChanged(_footerRenderer, _footerCell)`,`_resizableChanged(resizable, _headerCell)`,`_reorderStatusChanged(_reorderStatus, _headerCell, _footerCell, _cells)`,`_hiddenChanged(hidden, _headerCell, _footerCell, _cells)`,`_rowHeaderChanged(rowHeader, _cells)`,`__headerFooterPartNameChanged(_headerCell, _footerCell, headerPartName, footerPartName)`]}get _grid(){return this._gridValue||=this._findHostGrid(),this._gridValue}get _allCells(){return[].concat(this._cells||[],this._emptyCells||[],this._headerCell,this._footerCell).filter(e=>e)}connectedCallback(){super.connectedCallback(),requestAnimationFrame(()=>{this._grid&&this._allCells.forEach(e=>{e._content.parentNode||this._grid.appendChild(e._content)})})}disconnectedCallback(){super.disconnectedCallback(),requestAnimationFrame(()=>{this._grid||this._allCells.forEach(e=>{e._content.parentNode&&e._content.parentNode.removeChild(e._content)})}),this._gridValue=void 0}_findHostGrid(){let e=this;for(;e&&!/^vaadin.*grid(-pro)?$/u.test(e.localName);)e=e.assignedSlot?e.assignedSlot.parentNode:e.parentNode;return e||void 0}_renderHeaderAndFooter(){this._renderHeaderCellContent(this._headerRenderer,this._headerCell),this._renderFooterCellContent(this._footerRenderer,this._footerCell)}_flexGrowChanged(e){this.parentElement&&this.parentElement._columnPropChanged&&this.parentElement._columnPropChanged(`flexGrow`),this._allCells.forEach(t=>{t.style.flexGrow=e})}_widthChanged(e){this.parentElement&&this.parentElement._columnPropChanged&&this.parentElement._columnPropChanged(`width`),this._allCells.forEach(t=>{t.style.width=e})}_frozenChanged(e){this.parentElement&&this.parentElement._columnPropChanged&&this.parentElement._columnPropChanged(`frozen`,e),this._allCells.forEach(t=>{tc(t,`frozen`,e)}),this._grid&&this._grid._frozenCellsChanged&&this._grid._frozenCellsChanged()}_frozenToEndChanged(e){this.parentElement&&this.parentElement._columnPropChanged&&this.parentElement._columnPropChanged(`frozenToEnd`,e),this._allCells.forEach(t=>{this._grid&&t.parentElement===this._grid.$.sizer||tc(t,`frozen-to-end`,e)}),this._grid&&this._grid._frozenCellsChanged&&this._grid._frozenCellsChanged()}_lastFrozenChanged(e){this._allCells.forEach(t=>{tc(t,`last-frozen`,e)}),this.parentElement&&this.parentElement._columnPropChanged&&(this.parentElement._lastFrozen=e)}_firstFrozenToEndChanged(e){this._allCells.forEach(t=>{this._grid&&t.parentElement===this._grid.$.sizer||tc(t,`first-frozen-to-end`,e)}),this.parentElement&&this.parentElement._columnPropChanged&&(this.parentElement._firstFrozenToEnd=e)}_rowHeaderChanged(e,t){t&&t.forEach(t=>{t.setAttribute(`role`,e?`rowheader`:`gridcell`)})}_generateHeader(e){return e.substr(e.lastIndexOf(`.`)+1).replace(/([A-Z])/gu,`-$1`).toLowerCase().replace(/-/gu,` `).replace(/^./u,e=>e.toUpperCase())}_reorderStatusChanged(e){let t=this.__previousReorderStatus,n=t?`reorder-${t}-cell`:``,r=`reorder-${e}-cell`;this._allCells.forEach(t=>{tc(t,`reorder-status`,e,r,n)}),this.__previousReorderStatus=e}_resizableChanged(e,t){e===void 0||t===void 0||t&&[t].concat(this._emptyCells).forEach(t=>{if(t){let n=t.querySelector(`[part~="resize-handle"]`);if(n&&t.removeChild(n),e){let e=document.createElement(`div`);V(e,`resize-handle`,!0),t.appendChild(e)}}})}_textAlignChanged(e){if(!(e===void 0||this._grid===void 0)){if([`start`,`end`,`center`].indexOf(e)===-1){console.warn(`textAlign can only be set as "start", "end" or "center"`);return}this._allCells.forEach(t=>{t._content.style.textAlign=e})}}_hiddenChanged(e){this.parentElement&&this.parentElement._columnPropChanged&&this.parentElement._columnPropChanged(`hidden`,e),!!e!=!!this._previousHidden&&this._grid&&(e===!0&&this._allCells.forEach(e=>{e._content.parentNode&&e._content.parentNode.removeChild(e._content)}),this._grid._debouncerHiddenChanged=D.debounce(this._grid._debouncerHiddenChanged,me,()=>{this._grid&&this._grid._renderColumnTree&&this._grid._renderColumnTree(this._grid._columnTree)}),this._grid._debounceUpdateFrozenColumn&&this._grid._debounceUpdateFrozenColumn(),this._grid._resetKeyboardNavigation&&this._grid._resetKeyboardNavigation()),this._previousHidden=e}_runRenderer(e,t,n){let r=n?.item&&!t.parentElement.hidden;if(!(r||e===this._headerRenderer||e===this._footerRenderer))return;let i=[t._content,this];r&&i.push(n),e.apply(this,i)}__renderCellsContent(e,t){this.hidden||!this._grid||t.forEach(t=>{if(!t.parentElement)return;let n=this._grid.__getRowModel(t.parentElement);e&&(t._renderer!==e&&this._clearCellContent(t),t._renderer=e,this._runRenderer(e,t,n))})}_clearCellContent(e){e._content.innerHTML=``,delete e._content._$litPart$}_renderHeaderCellContent(e,t){!t||!e||(this.__renderCellsContent(e,[t]),this._grid&&t.parentElement&&this._grid.__debounceUpdateHeaderFooterRowVisibility(t.parentElement))}_onHeaderRendererOrBindingChanged(e,t,...n){this._renderHeaderCellContent(e,t)}__headerFooterPartNameChanged(e,t,n,r){[{cell:e,partName:n},{cell:t,partName:r}].forEach(({cell:e,partName:t})=>{if(e){let n=e.__customParts||[];e.part.remove(...n),e.__customParts=t?t.trim().split(` `):[],e.part.add(...e.__customParts)}})}_renderBodyCellsContent(e,t){!t||!e||this.__renderCellsContent(e,t)}_onRendererOrBindingChanged(e,t,...n){this._renderBodyCellsContent(e,t)}_renderFooterCellContent(e,t){!t||!e||(this.__renderCellsContent(e,[t]),this._grid&&t.parentElement&&this._grid.__debounceUpdateHeaderFooterRowVisibility(t.parentElement))}_onFooterRendererOrBindingChanged(e,t){this._renderFooterCellContent(e,t)}__setTextContent(e,t){e.textContent!==t&&(e.textContent=t)}__textHeaderRenderer(){this.__setTextContent(this._headerCell._content,this.header)}_defaultHeaderRenderer(){this.path&&this.__setTextContent(this._headerCell._content,this._generateHeader(this.path))}_defaultRenderer(e,t,{item:n}){this.path&&this.__setTextContent(e,Se(this.path,n))}_defaultFooterRenderer(){}_computeHeaderRenderer(e,t){return e||(t==null?this._defaultHeaderRenderer:this.__textHeaderRenderer)}_computeRenderer(e){return e||this._defaultRenderer}_computeFooterRenderer(e){return e||this._defaultFooterRenderer}},oc=e=>class extends ac(b(e)){static get properties(){return{width:{type:String,value:`100px`,sync:!0},flexGrow:{type:Number,value:1,sync:!0},renderer:{type:Function,sync:!0},_renderer:{type:Function,computed:`_computeRenderer(renderer, __initialized)`},path:{type:String,sync:!0},autoWidth:{type:Boolean,value:!1},_focusButtonMode:{type:Boolean,value:!1},_cells:{type:Array,sync:!0}}}}})),cc,lc=o((()=>{m(),g(),sc(),ic(),cc=e=>class extends ac(e){static get properties(){return{_childColumns:{value(){return this._getChildColumns(this)}},flexGrow:{type:Number,readOnly:!0,sync:!0},width:{type:String,readOnly:!0,sync:!0},_visibleChildColumns:Array,_colSpan:Number,_rootColumns:Array}}static get observers(){return[`_groupFrozenChanged(frozen, _rootColumns)`,`_groupFrozenToEndChanged(frozenToEnd, _rootColumns)`,`_groupHiddenChanged(hidden)`,`_colSpanChanged(_colSpan, _headerCell, _footerCell)`,`_groupOrderChanged(_order, _rootColumns)`,`_groupReorderStatusChanged(_reorderStatus, _rootColumns)`,`_groupResizableChanged(resizable, _rootColumns)`]}connectedCallback(){super.connectedCallback(),this._addNodeObserver(),this._updateFlexAndWidth()}disconnectedCallback(){super.disconnectedCallback(),this._observer&&this._observer.disconnect()}_columnPropChanged(e,t){e===`hidden`&&(this._preventHiddenSynchronization=!0,this._updateVisibleChildColumns(this._childColumns),this._preventHiddenSynchronization=!1),/flexGrow|width|hidden|_childColumns/u.test(e)&&this._updateFlexAndWidth(),e===`frozen`&&!this.frozen&&(this.frozen=t),e===`lastFrozen`&&!this._lastFrozen&&(this._lastFrozen=t),e===`frozenToEnd`&&!this.frozenToEnd&&(this.frozenToEnd=t),e===`firstFrozenToEnd`&&!this._firstFrozenToEnd&&(this._firstFrozenToEnd=t)}_groupOrderChanged(e,t){if(t){let n=t.slice(0);if(!e){n.forEach(e=>{e._order=0});return}let r=10**(/(0+)$/u.exec(e).pop().length-(~~(Math.log(t.length)/Math.LN10)+1));n[0]&&n[0]._order&&n.sort((e,t)=>e._order-t._order),Xs(n,r,e)}}_groupReorderStatusChanged(e,t){e===void 0||t===void 0||t.forEach(t=>{t._reorderStatus=e})}_groupResizableChanged(e,t){e===void 0||t===void 0||t.forEach(t=>{t.resizable=e})}_updateVisibleChildColumns(e){this._visibleChildColumns=Array.prototype.filter.call(e,e=>!e.hidden),this._colSpan=this._visibleChildColumns.length,this._updateAutoHidden()}_updateFlexAndWidth(){if(this._visibleChildColumns){if(this._visibleChildColumns.length>0){let e=this._visibleChildColumns.reduce((e,t)=>(e+=` + ${(t.width||`0px`).replace(`calc`,``)}`,e),``).substring(3);this._setWidth(`calc(${e})`)}else this._setWidth(`0px`);this._setFlexGrow(Array.prototype.reduce.call(this._visibleChildColumns,(e,t)=>e+t.flexGrow,0))}}__scheduleAutoFreezeWarning(e,t){if(this._grid){let n=t.replace(/([A-Z])/gu,`-$1`).toLowerCase(),r=e[0][t]||e[0].hasAttribute(n);e.every(e=>(e[t]||e.hasAttribute(n))===r)||(this._grid.__autoFreezeWarningDebouncer=D.debounce(this._grid.__autoFreezeWarningDebouncer,me,()=>{console.warn(`WARNING: Joining ${t} and non-${t} Grid columns inside the same column group! This will automatically freeze all the joined columns to avoid rendering issues. If this was intentional, consider marking each joined column explicitly as ${t}. Otherwise, exclude the ${t} columns from the joined group.`)}))}}_groupFrozenChanged(e,t){t===void 0||e===void 0||e!==!1&&(this.__scheduleAutoFreezeWarning(t,`frozen`),Array.from(t).forEach(t=>{t.frozen=e}))}_groupFrozenToEndChanged(e,t){t===void 0||e===void 0||e!==!1&&(this.__scheduleAutoFreezeWarning(t,`frozenToEnd`),Array.from(t).forEach(t=>{t.frozenToEnd=e}))}_groupHiddenChanged(e){(e||this.__groupHiddenInitialized)&&this._synchronizeHidden(),this.__groupHiddenInitialized=!0}_updateAutoHidden(){let e=this._autoHidden;this._autoHidden=(this._visibleChildColumns||[]).length===0,(e||this._autoHidden)&&(this.hidden=this._autoHidden)}_synchronizeHidden(){this._childColumns&&!this._preventHiddenSynchronization&&this._childColumns.forEach(e=>{e.hidden=this.hidden})}_colSpanChanged(e,t,n){t&&(t.setAttribute(`colspan`,e),this._grid&&this._grid.__a11yUpdateCellColspan(t,e)),n&&(n.setAttribute(`colspan`,e),this._grid&&this._grid.__a11yUpdateCellColspan(n,e))}_getChildColumns(e){return rc.getColumns(e)}_addNodeObserver(){this._observer=new rc(this,()=>{this._preventHiddenSynchronization=!0,this._rootColumns=this._getChildColumns(this),this._childColumns=this._rootColumns,this._updateVisibleChildColumns(this._childColumns),this._preventHiddenSynchronization=!1,this._grid&&this._grid._debounceUpdateColumnTree&&this._grid._debounceUpdateColumnTree()}),this._observer.flush()}_isColumnElement(e){return e.nodeType===Node.ELEMENT_NODE&&/\bcolumn\b/u.test(e.localName)}}})),uc,dc=o((()=>{p(),y(),T(),lc(),lc(),uc=class extends cc(C(u)){static get is(){return`vaadin-grid-column-group`}},v(uc)})),fc,pc=o((()=>{p(),y(),T(),sc(),fc=class extends oc(C(u)){static get is(){return`vaadin-grid-column`}},v(fc)})),mc,hc=o((()=>{p(),mc=t`
  :host {
    display: inline-flex;
    max-width: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  ::slotted(*) {
    width: 100%;
    box-sizing: border-box;
  }
`})),gc,_c=o((()=>{m(),g(),R(),gc=e=>class extends e{static get properties(){return{path:{type:String,sync:!0},value:{type:String,notify:!0,sync:!0},_textField:{type:Object,sync:!0}}}static get observers(){return[`_filterChanged(path, value, _textField)`]}ready(){super.ready(),this._filterController=new I(this,``,`vaadin-text-field`,{initializer:e=>{e.addEventListener(`input`,e=>{this.value=e.target.value}),this._textField=e}}),this.addController(this._filterController)}_filterChanged(e,t,n){e===void 0||t===void 0||!n||(n.value=t,this._debouncerFilterChanged=D.debounce(this._debouncerFilterChanged,_.after(200),()=>{this.dispatchEvent(new CustomEvent(`filter-changed`,{bubbles:!0}))}))}focus(){this._textField&&this._textField.focus()}}})),vc,yc=o((()=>{qn(),p(),y(),T(),w(),k(),hc(),_c(),vc=class extends gc(x(C(A(u)))){static get is(){return`vaadin-grid-filter`}static get styles(){return mc}render(){return d`<slot></slot>`}},v(vc)})),bc,xc=o((()=>{E(),p(),bc=t`
  :host {
    display: inline-flex;
    align-items: center;
    cursor: pointer;
    max-width: 100%;
    gap: var(--vaadin-gap-s);
    -webkit-user-select: none;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='content'] {
    flex: 1 1 auto;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  [part='indicators'] {
    position: relative;
    flex: none;
    height: 1lh;
    color: var(--vaadin-text-color-disabled);
  }

  [part='order'] {
    display: inline;
    vertical-align: super;
    font-size: 0.75em;
    line-height: 1;
    color: var(--vaadin-text-color-secondary);
  }

  [part='indicators']::before {
    content: '';
    display: inline-block;
    height: 12px;
    width: 8px;
    mask-image: var(--_vaadin-icon-sort);
    background: currentColor;
  }

  :host([direction]) [part='indicators']::before {
    padding-bottom: 6px;
    height: 6px;
    mask-clip: content-box;
  }

  :host([direction='desc']) [part='indicators']::before {
    padding-block: 6px 0;
  }

  :host([direction]) [part='indicators'] {
    color: var(--vaadin-text-color-secondary);
  }

  @media (any-hover: hover) {
    :host(:hover) [part='indicators'] {
      color: var(--vaadin-text-color);
    }
  }

  @media (forced-colors: active) {
    [part='indicators']::before {
      background: CanvasText;
    }
  }
`})),Sc,Cc=o((()=>{Sc=e=>class extends e{static get properties(){return{path:{type:String},direction:{type:String,reflectToAttribute:!0,notify:!0,value:null,sync:!0},_order:{type:Number,value:null,sync:!0}}}static get observers(){return[`_pathOrDirectionChanged(path, direction)`]}ready(){super.ready(),this.addEventListener(`click`,this._onClick.bind(this))}connectedCallback(){super.connectedCallback(),this._grid?this._grid.__applySorters():this.__dispatchSorterChangedEvenIfPossible()}disconnectedCallback(){super.disconnectedCallback(),!this.parentNode&&this._grid?this._grid.__removeSorters([this]):this._grid&&this._grid.__applySorters()}_pathOrDirectionChanged(){this.__dispatchSorterChangedEvenIfPossible()}__dispatchSorterChangedEvenIfPossible(){this.path===void 0||this.direction===void 0||!this.isConnected||(this.dispatchEvent(new CustomEvent(`sorter-changed`,{detail:{shiftClick:!!this._shiftClick,fromSorterClick:!!this._fromSorterClick},bubbles:!0,composed:!0})),this._fromSorterClick=!1,this._shiftClick=!1)}_getDisplayOrder(e){return e===null?``:e+1}_onClick(e){if(e.defaultPrevented)return;let t=this.getRootNode().activeElement;this!==t&&this.contains(t)||(e.preventDefault(),this._shiftClick=e.shiftKey,this._fromSorterClick=!0,this.direction===`asc`?this.direction=`desc`:this.direction===`desc`?this.direction=null:this.direction=`asc`)}}})),wc,Tc=o((()=>{p(),y(),h(),T(),w(),k(),xc(),Cc(),wc=class extends Sc(x(b(C(A(u))))){static get is(){return`vaadin-grid-sorter`}static get styles(){return bc}render(){return d`
      <div part="content">
        <slot></slot>
      </div>
      <div part="indicators">
        <span part="order">${this._getDisplayOrder(this._order)}</span>
      </div>
    `}},v(wc)})),Ec,Dc=o((()=>{E(),p(),Ec=t`
  [part='icon'] {
    background: currentColor;
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-pen) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  @media (forced-colors: active) {
    [part='icon'] {
      background: CanvasText;
    }
  }
`})),Oc,kc=o((()=>{p(),Wt(),y(),Dc(),Oc=class extends Nt{static get is(){return`vaadin-crud-edit`}static get styles(){return[super.styles,Ec]}render(){return d`
      <div part="icon"></div>
      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this.addEventListener(`click`,this.__onClick),this.setAttribute(`aria-label`,`Edit`)}__onClick(e){let t=e.target.parentElement.assignedSlot.parentElement.parentElement;t.dispatchEvent(new CustomEvent(`edit`,{detail:{item:t._item,index:t.index},bubbles:!0,composed:!0}))}},v(Oc)}));function Ac(e){return e.toLowerCase().replace(/([^\w]+)/gu,` `).trim().replace(/^./u,e=>e.toUpperCase())}function jc(e,t){return Se(e,t)}function Mc(e,t,n){n&&e&&(e.split(`.`).slice(0,-1).reduce((e,t)=>(e[t]||(e[t]={}),e[t]),n),_e(e,t,n))}function Nc(e){return[`bottom`,`aside`].includes(e)}function Pc(e,t){let n=e.firstElementChild;n||(n=document.createElement(`vaadin-crud-edit`),t.hasAttribute(`theme`)&&n.setAttribute(`theme`,t.getAttribute(`theme`)),e.appendChild(n)),t.ariaLabel?n.setAttribute(`aria-label`,t.ariaLabel):n.removeAttribute(`aria-label`)}function Fc(e,t,n){let r=document.createElement(`vaadin-text-field`);return r.label=Ac(n),r.path=n,r.required=!0,t.appendChild(r),e._fields.push(r),r}function Ic(e,t,n,r){Object.keys(n).forEach(i=>{if(!e.include&&e.exclude&&e.exclude.test(i))return;let a=(r?`${r}.`:``)+i;n[i]&&typeof n[i]==`object`?Ic(e,t,n[i],a):Fc(e,t,a)}),e._fields.length||(e._fields=void 0)}var Lc=o((()=>{ve()})),Rc,zc=o((()=>{kc(),y(),pc(),Lc(),Rc=class extends fc{static get is(){return`vaadin-crud-edit-column`}static get properties(){return{autoWidth:{type:Boolean,value:!0},flexGrow:{type:Number,value:0},ariaLabel:{type:String}}}static get observers(){return[`_onRendererOrBindingChanged(_renderer, _cells, _bodyContentHidden, _cells.*, path, ariaLabel)`]}_defaultRenderer(e,t){Pc(e,t)}},v(Rc)})),Bc,Vc=o((()=>{E(),p(),Bc=t`
  /* stylelint-disable no-duplicate-selectors */
  :host {
    display: flex;
    max-width: 100%;
    height: 400px;
    min-height: var(--_grid-min-height, 0);
    flex: 1 1 auto;
    align-self: stretch;
    position: relative;
    box-sizing: border-box;
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
    background: var(--vaadin-grid-background, var(--vaadin-background-color));
    border: var(--vaadin-grid-border-width, 1px) solid var(--_border-color);
    cursor: default;
    --_border-color: var(--vaadin-grid-border-color, var(--vaadin-border-color-secondary));
    --_row-border-width: var(--vaadin-grid-row-border-width, 1px);
    --_column-border-width: var(--vaadin-grid-column-border-width, 0px);
    --_default-cell-padding: var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container);
    border-radius: var(--vaadin-grid-border-radius, var(--vaadin-radius-m));
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  :host([disabled]) {
    pointer-events: none;
    opacity: 0.7;
  }

  /* Variant: No outer border */
  :host([theme~='no-border']) {
    border-width: 0;
    border-radius: 0;
  }

  :host([all-rows-visible]) {
    height: auto;
    align-self: flex-start;
    min-height: auto;
    flex-grow: 0;
    flex-shrink: 0;
    width: 100%;
  }

  #scroller {
    contain: layout;
    position: relative;
    display: flex;
    width: 100%;
    min-width: 0;
    min-height: 0;
    align-self: stretch;
    overflow: hidden;
  }

  #items {
    flex-grow: 1;
    flex-shrink: 0;
    display: block;
    position: sticky;
    width: 100%;
    left: 0;
    min-height: 1px;
    z-index: 1;
  }

  #table {
    display: flex;
    flex-direction: column;
    width: 100%;
    overflow: auto;
    position: relative;
    border-radius: inherit;
    /* Workaround for a Chrome bug: new stacking context here prevents the scrollbar from getting hidden */
    z-index: 0;
  }

  [no-scrollbars]:is([safari], [firefox]) #table {
    overflow: hidden;
  }

  #header,
  #footer {
    display: block;
    position: sticky;
    left: 0;
    width: 100%;
    z-index: 2;
  }

  :host([dir='rtl']) #items,
  :host([dir='rtl']) #header,
  :host([dir='rtl']) #footer {
    left: auto;
  }

  #header {
    top: 0;
  }

  #footer {
    bottom: 0;
  }

  .header-cell {
    text-align: inherit;
  }

  .header-cell,
  .reorder-ghost {
    font-size: var(--vaadin-grid-header-font-size, 1em);
    font-weight: var(--vaadin-grid-header-font-weight, 500);
    color: var(--vaadin-grid-header-text-color, var(--vaadin-text-color));
  }

  .row {
    display: flex;
    width: 100%;
    box-sizing: border-box;
    margin: 0;
    position: relative;
  }

  .row:not(:focus-within) {
    --_non-focused-row-none: none;
  }

  .body-row[loading] ::slotted(vaadin-grid-cell-content) {
    visibility: hidden;
  }

  #scroller[column-rendering='lazy'] .body-cell:not(.frozen-cell, .frozen-to-end-cell) {
    transform: translateX(var(--_grid-lazy-columns-start));
  }

  .body-row:empty {
    height: 100%;
  }

  .cell {
    padding: 0;
    box-sizing: border-box;
  }

  .cell:where(:not(.details-cell)) {
    flex-shrink: 0;
    flex-grow: 1;
    display: flex;
    width: 100%;
    position: relative;
    align-items: center;
    white-space: nowrap;
  }

  /*
    Block borders

    ::after - row and cell focus outline
    ::before - header bottom and footer top borders that only appear when scrolling
  */

  .row::after {
    top: 0;
    bottom: calc(var(--_row-border-width) * -1);
  }

  .body-row {
    scroll-margin-bottom: var(--_row-border-width);
  }

  .cell {
    border-block: var(--_row-border-width) var(--_border-color);
    border-top-style: solid;
  }

  .cell::after {
    top: calc(var(--_row-border-width) * -1);
    bottom: calc(var(--_row-border-width) * -1);
  }

  /* Block borders / Last header row and first footer row */

  .last-header-row::before,
  .first-footer-row::before {
    position: absolute;
    inset-inline: 0;
    border-block: var(--_row-border-width) var(--_border-color);
    transform: translateX(var(--_grid-horizontal-scroll-position));
  }

  /* Block borders / First header row */

  .first-header-row-cell {
    border-top-style: none;
  }

  .first-header-row-cell::after {
    top: 0;
  }

  /* Block borders / Last header row */

  :host([overflow~='top']) .last-header-row::before {
    content: '';
    bottom: calc(var(--_row-border-width) * -1);
    border-bottom-style: solid;
  }

  /* Block borders / First body row */

  #table:not([has-header]) .first-row-cell {
    border-top-style: none;
  }

  #table:not([has-header]) .first-row-cell::after {
    top: 0;
  }

  /* Block borders / Last body row */

  .last-row::after {
    bottom: 0;
  }

  .last-row .details-cell,
  .last-row-cell:not(.details-opened-row-cell) {
    border-bottom-style: solid;
  }

  /* Block borders / Last body row without footer */

  :host([all-rows-visible]),
  :host([overflow~='top']),
  :host([overflow~='bottom']) {
    #table:not([has-footer]) .last-row .details-cell,
    #table:not([has-footer]) .last-row-cell:not(.details-opened-row-cell) {
      border-bottom-style: none;

      &::after {
        bottom: 0;
      }
    }
  }

  /* Block borders / First footer row */

  .first-footer-row::after {
    top: calc(var(--_row-border-width) * -1);
  }

  .first-footer-row-cell {
    border-top-style: none;
  }

  :host([overflow~='bottom']),
  :host(:not([overflow~='top'], [all-rows-visible])) #scroller:not([empty-state]) {
    .first-footer-row::before {
      content: '';
      top: calc(var(--_row-border-width) * -1);
      border-top-style: solid;
    }
  }

  /* Block borders / Last footer row */

  .last-footer-row::after,
  .last-footer-row-cell::after {
    bottom: 0;
  }

  /* Inline borders */

  .cell {
    border-inline: var(--_column-border-width) var(--_border-color);
  }

  .header-cell:not(.first-column-cell),
  .footer-cell:not(.first-column-cell),
  .body-cell:not(.first-column-cell) {
    border-inline-start-style: solid;
  }

  .last-frozen-cell:not(.last-column-cell) {
    border-inline-end-style: solid;

    & + .cell {
      border-inline-start-style: none;
    }
  }

  /* Row and cell background */

  .row {
    background-color: var(--vaadin-grid-row-background-color, var(--vaadin-background-color));
  }

  .cell {
    --_cell-background-image: linear-gradient(
      var(--vaadin-grid-cell-background-color, transparent),
      var(--vaadin-grid-cell-background-color, transparent)
    );

    background-color: inherit;
    background-repeat: no-repeat;
    background-origin: padding-box;
    background-image: var(--_cell-background-image);
  }

  .body-cell {
    --_cell-highlight-background-image: linear-gradient(
      var(--vaadin-grid-row-highlight-background-color, transparent),
      var(--vaadin-grid-row-highlight-background-color, transparent)
    );

    background-image:
      var(--_row-hover-background-image, none), var(--_row-selected-background-image, none),
      var(--_cell-highlight-background-image, none), var(--_row-odd-background-image, none),
      var(--_cell-background-image, none);
  }

  .selected-row {
    --_row-selected-background-color: var(
      --vaadin-grid-row-selected-background-color,
      color-mix(in srgb, currentColor 8%, transparent)
    );
    --_row-selected-background-image: linear-gradient(
      var(--_row-selected-background-color),
      var(--_row-selected-background-color)
    );
  }

  @media (any-hover: hover) {
    .body-row:hover {
      --_row-hover-background-color: var(--vaadin-grid-row-hover-background-color, transparent);
      --_row-hover-background-image: linear-gradient(
        var(--_row-hover-background-color),
        var(--_row-hover-background-color)
      );
    }
  }

  :host([theme~='row-stripes']) .odd-row {
    --_row-odd-background-color: var(
      --vaadin-grid-row-odd-background-color,
      color-mix(in srgb, var(--vaadin-text-color) 4%, transparent)
    );
    --_row-odd-background-image: linear-gradient(var(--_row-odd-background-color), var(--_row-odd-background-color));
  }

  /* Variant: wrap cell contents */

  :host([theme~='wrap-cell-content']) .cell:not(.details-cell) {
    white-space: normal;
  }

  /* Raise highlighted rows above others */
  .row,
  .frozen-cell,
  .frozen-to-end-cell {
    &:focus,
    &:focus-within {
      z-index: 3;
    }
  }

  .details-cell {
    position: absolute;
    bottom: 0;
    width: 100%;
  }

  ::slotted(vaadin-grid-cell-content) {
    display: block;
    overflow: hidden;
    text-overflow: var(--vaadin-grid-cell-text-overflow, ellipsis);
    padding: var(--vaadin-grid-cell-padding, var(--_default-cell-padding));
    flex: 1;
    min-height: 1lh;
    min-width: 0;
  }

  .details-cell,
  .frozen-cell,
  .frozen-to-end-cell {
    z-index: 2;
  }

  /* Empty state */
  #scroller:not([empty-state]) #emptystatebody,
  #scroller[empty-state] #items {
    display: none;
  }

  #emptystatebody {
    display: flex;
    position: sticky;
    inset: 0;
    flex: 1;
    overflow: hidden;
  }

  #emptystaterow {
    display: flex;
    flex: 1;
  }

  #emptystatecell {
    display: block;
    flex: 1;
    overflow: auto;
    padding: var(--vaadin-grid-cell-padding, var(--_default-cell-padding));
    outline: none;
    border-block: var(--_row-border-width) var(--_border-color);
  }

  #table[has-header] #emptystatecell {
    border-top-style: solid;
  }

  #table[has-footer] #emptystatecell {
    border-bottom-style: solid;
  }

  #emptystatecell:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
  }

  /* Reordering styles */
  :host([reordering]) ::slotted(vaadin-grid-cell-content),
  :host([reordering]) .resize-handle,
  #scroller[no-content-pointer-events] ::slotted(vaadin-grid-cell-content) {
    pointer-events: none;
  }

  .reorder-ghost {
    visibility: hidden;
    position: fixed;
    pointer-events: none;
    box-shadow:
      0 0 0 1px hsla(0deg, 0%, 0%, 0.2),
      0 8px 24px -2px hsla(0deg, 0%, 0%, 0.2);
    padding: var(--vaadin-grid-cell-padding, var(--_default-cell-padding)) !important;
    border-radius: 3px;

    /* Prevent overflowing the grid in Firefox */
    top: 0;
    inset-inline-start: 0;
  }

  :host([reordering]) {
    -webkit-user-select: none;
    user-select: none;
  }

  :host([reordering]) .cell {
    /* TODO expose a custom property to control this */
    --_reorder-curtain-filter: brightness(0.9) contrast(1.1);
  }

  :host([reordering]) .cell::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    -webkit-backdrop-filter: var(--_reorder-curtain-filter);
    backdrop-filter: var(--_reorder-curtain-filter);
    outline: 0;
  }

  :host([reordering]) .reorder-allowed-cell {
    /* TODO expose a custom property to control this */
    --_reorder-curtain-filter: brightness(0.94) contrast(1.07);
  }

  :host([reordering]) .reorder-dragging-cell {
    --_reorder-curtain-filter: none;
  }

  /* Resizing styles */
  .resize-handle {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    height: 100%;
    cursor: col-resize;
    z-index: 1;
    opacity: 0;
    width: var(--vaadin-focus-ring-width);
    background: var(--vaadin-grid-column-resize-handle-color, var(--vaadin-focus-ring-color));
    transition: opacity 0.2s;
    translate: var(--_column-border-width);
  }

  .last-column-cell .resize-handle {
    translate: 0;
  }

  :host(:not([reordering])) #scroller:not([column-resizing]) .resize-handle:hover,
  .resize-handle:active {
    opacity: 1;
    transition-delay: 0.15s;
  }

  .resize-handle::before {
    position: absolute;
    content: '';
    height: 100%;
    width: 16px;
    translate: calc(-50% + var(--vaadin-focus-ring-width) / 2);
  }

  :host([dir='rtl']) .resize-handle::before {
    translate: calc(50% - var(--vaadin-focus-ring-width) / 2);
  }

  :is(.last-column-cell, .last-frozen-cell, .first-frozen-to-end-cell) .resize-handle::before {
    width: 8px;
    translate: 0;
  }

  :is(.last-column-cell, .last-frozen-cell) .resize-handle::before {
    inset-inline-end: 0;
  }

  .frozen-to-end-cell :is(.resize-handle, .resize-handle::before) {
    inset-inline: 0 auto;
  }

  .frozen-to-end-cell .resize-handle {
    translate: calc(var(--_column-border-width) * -1);
  }

  .first-frozen-to-end-cell {
    margin-inline-start: auto;
  }

  #scroller:is([column-resizing], [range-selecting]) {
    -webkit-user-select: none;
    user-select: none;
  }

  /* Focus outline element, also used for d'n'd indication */
  :is(.row, .cell)::after {
    position: absolute;
    z-index: 3;
    inset-inline: 0;
    pointer-events: none;
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
  }

  .row::after {
    transform: translateX(var(--_grid-horizontal-scroll-position));
  }

  .cell:where(:not(.details-cell))::after {
    inset-inline: calc(var(--_column-border-width) * -1);
  }

  .first-column-cell::after {
    inset-inline-start: 0;
  }

  .last-column-cell::after {
    inset-inline-end: 0;
  }

  :host([navigating]) .row:focus,
  :host([navigating]) .cell:focus {
    outline: 0;
  }

  .row:focus-visible,
  .cell:focus-visible {
    outline: 0;
  }

  .row:focus-visible::after,
  .cell:focus-visible::after,
  :host([navigating]) .row:focus::after,
  :host([navigating]) .cell:focus::after {
    content: '';
  }

  /* Drag'n'drop styles */
  :host([dragover]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-grid-border-width, 1px) * -1);
  }

  /* Styles applied to draggable cell content; see _filterDragAndDrop in vaadin-grid-drag-and-drop-mixin.js. */
  ::slotted(vaadin-grid-cell-content[draggable-source]) {
    -webkit-user-drag: element;
    -webkit-user-select: none;
    user-select: none;
  }

  .row[dragover] {
    z-index: 100 !important;
  }

  .row[dragover]::after {
    content: '';
  }

  .dragover-above-row::after {
    outline: 0;
    border-top: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  .dragover-above-row:not(.first-row)::after {
    top: calc(var(--vaadin-focus-ring-width) / -2);
  }

  .dragover-below-row::after {
    outline: 0;
    border-bottom: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  .dragover-below-row:not(.last-row)::after {
    bottom: calc(var(--vaadin-focus-ring-width) / -2);
  }

  .dragstart-row-cell {
    border-block: none !important;
    padding-block: var(--_row-border-width) !important;
  }

  .dragstart-row-cell.last-column-cell {
    border-radius: 0 3px 3px 0;
  }

  .dragstart-row-cell.first-column-cell {
    border-radius: 3px 0 0 3px;
  }

  /* Indicates the number of dragged rows */
  /* TODO export custom properties to control styles */
  #scroller .dragstart-row:not([dragstart=''])::before {
    position: absolute;
    left: var(--_grid-drag-start-x);
    top: var(--_grid-drag-start-y);
    z-index: 100;
    content: attr(dragstart);
    box-sizing: border-box;
    padding: 0.3em;
    color: white;
    background-color: red;
    border-radius: 1em;
    font-size: 0.75rem;
    line-height: 1;
    font-weight: 500;
    min-width: 1.6em;
    text-align: center;
  }

  /* Sizer styles */
  #sizer {
    display: flex;
    visibility: hidden;
  }

  #sizer .details-cell,
  #sizer ::slotted(vaadin-grid-cell-content) {
    display: none !important;
  }

  #sizer .cell {
    display: block;
    flex-shrink: 0;
    line-height: 0;
    height: 0 !important;
    min-height: 0 !important;
    max-height: 0 !important;
    padding: 0 !important;
    border: none !important;
  }

  #sizer .cell::before {
    content: '-';
  }
`})),Hc,Uc=o((()=>{ic(),Hc=e=>class extends e{static get properties(){return{accessibleName:{type:String}}}static get observers(){return[`__a11yUpdateGridSize(size, _columnTree, __emptyState)`]}__a11yGetHeaderRowCount(e){return e.filter(e=>e.some(e=>e.headerRenderer||e.path&&e.header!==null||e.header)).length}__a11yGetFooterRowCount(e){return e.filter(e=>e.some(e=>e.footerRenderer)).length}__a11yUpdateGridSize(e,t,n){if(e===void 0||t===void 0)return;let r=this.__a11yGetHeaderRowCount(t),i=this.__a11yGetFooterRowCount(t),a=(n?1:e)+r+i;this.$.table.setAttribute(`aria-rowcount`,a);let o=t[t.length-1],s=n?1:a&&o?.length||0;this.$.table.setAttribute(`aria-colcount`,s),this.__a11yUpdateHeaderRows(),this.__a11yUpdateFooterRows()}__a11yUpdateHeaderRows(){Js(this.$.header,(e,t)=>{e.setAttribute(`aria-rowindex`,t+1)})}__a11yUpdateFooterRows(){Js(this.$.footer,(e,t)=>{e.setAttribute(`aria-rowindex`,this.__a11yGetHeaderRowCount(this._columnTree)+this.size+t+1)})}__a11yUpdateRowRowindex(e){e.setAttribute(`aria-rowindex`,e.index+this.__a11yGetHeaderRowCount(this._columnTree)+1)}__a11yUpdateRowSelected(e,t){e.setAttribute(`aria-selected`,!!t),Ys(e,e=>{e.setAttribute(`aria-selected`,!!t)})}__a11yUpdateRowExpanded(e){let t=nc(e);this.__isRowExpandable(e)?(e.setAttribute(`aria-expanded`,`false`),t&&t.setAttribute(`aria-expanded`,`false`)):this.__isRowCollapsible(e)?(e.setAttribute(`aria-expanded`,`true`),t&&t.setAttribute(`aria-expanded`,`true`)):(e.removeAttribute(`aria-expanded`),t&&t.removeAttribute(`aria-expanded`))}__a11yUpdateRowLevel(e,t){t>0||this.__isRowCollapsible(e)||this.__isRowExpandable(e)?e.setAttribute(`aria-level`,t+1):e.removeAttribute(`aria-level`)}__a11ySetRowDetailsCell(e,t){Ys(e,e=>{e!==t&&e.setAttribute(`aria-controls`,t.id)})}__a11yUpdateCellColspan(e,t){e.setAttribute(`aria-colspan`,Number(t))}__a11yUpdateSorters(){Array.from(this.querySelectorAll(`vaadin-grid-sorter`)).forEach(e=>{let t=e.parentNode;for(;t&&t.localName!==`vaadin-grid-cell-content`;)t=t.parentNode;t?.assignedSlot&&t.assignedSlot.parentNode.setAttribute(`aria-sort`,{asc:`ascending`,desc:`descending`}[String(e.direction)]||`none`)})}}})),Wc,Gc,Kc=o((()=>{j(),Wc=e=>e.offsetParent&&!e.part.contains(`body-cell`)&&Fe(e)&&getComputedStyle(e).visibility!==`hidden`,Gc=e=>class extends e{static get properties(){return{activeItem:{type:Object,notify:!0,value:null,sync:!0}}}ready(){super.ready(),this.$.scroller.addEventListener(`click`,this._onClick.bind(this)),this.addEventListener(`cell-activate`,this._activateItem.bind(this)),this.addEventListener(`row-activate`,this._activateItem.bind(this))}_activateItem(e){let t=e.detail.model,n=t?t.item:null;n&&(this.activeItem=this._itemsEqual(this.activeItem,n)?null:n)}_shouldPreventCellActivationOnClick(e){let{cell:t}=this._getGridEventLocation(e);return e.defaultPrevented||e.skipCellActivate||!t||t.part.contains(`details-cell`)||t===this.$.emptystatecell||t._content.contains(this.getRootNode().activeElement)||this._isFocusable(e.target)||e.target instanceof HTMLLabelElement}_onClick(e){if(this._shouldPreventCellActivationOnClick(e))return;let{cell:t}=this._getGridEventLocation(e);t&&this.dispatchEvent(new CustomEvent(`cell-activate`,{detail:{model:this.__getRowModel(t.parentElement)}}))}_isFocusable(e){return Wc(e)}}}));function qc(e,t){return e.split(`.`).reduce((e,t)=>e[t],t)}function Jc(e,t,n){if(n.length===0)return!1;let r=!0;return e.forEach(({path:e})=>{!e||e.indexOf(`.`)===-1||qc(e.replace(/\.[^.]*$/u,``),n[0])===void 0&&(console.warn(`Path "${e}" used for ${t} does not exist in all of the items, ${t} is disabled.`),r=!1)}),r}function Yc(e){return[void 0,null].indexOf(e)>=0?``:isNaN(e)?e.toString():e}function Xc(e,t){return e=Yc(e),t=Yc(t),e<t?-1:+(e>t)}function Zc(e,t){return e.sort((e,n)=>t.map(t=>t.direction===`asc`?Xc(qc(t.path,e),qc(t.path,n)):t.direction===`desc`?Xc(qc(t.path,n),qc(t.path,e)):0).reduce((e,t)=>e===0?t:e,0))}function Qc(e,t){return e.filter(e=>t.every(t=>{let n=Yc(qc(t.path,e)),r=Yc(t.value).toString().toLowerCase();return n.toString().toLowerCase().includes(r)}))}var $c,el=o((()=>{$c=e=>(t,n)=>{let r=e?[...e]:[];t.filters&&Jc(t.filters,`filtering`,r)&&(r=Qc(r,t.filters)),Array.isArray(t.sortOrders)&&t.sortOrders.length&&Jc(t.sortOrders,`sorting`,r)&&(r=Zc(r,t.sortOrders));let i=Math.min(r.length,t.pageSize),a=t.page*i,o=a+i;n(r.slice(a,o),r.length)}})),tl,nl=o((()=>{el(),tl=e=>class extends e{static get properties(){return{items:{type:Array,sync:!0}}}static get observers(){return[`__dataProviderOrItemsChanged(dataProvider, items, isAttached, items.*)`]}__setArrayDataProvider(e){let t=$c(this.items,{});t.__items=e,this._arrayDataProvider=t,this.size=e.length,this.dataProvider=t}_onDataProviderPageReceived(){super._onDataProviderPageReceived(),this._arrayDataProvider&&(this.size=this._flatSize)}__dataProviderOrItemsChanged(e,t,n){n&&(this._arrayDataProvider?e===this._arrayDataProvider?t?this._arrayDataProvider.__items===t?this.clearCache():this.__setArrayDataProvider(t):(this._arrayDataProvider=void 0,this.dataProvider=void 0,this.size=0,this.clearCache()):(this._arrayDataProvider=void 0,this.items=void 0):t&&this.__setArrayDataProvider(t))}}})),rl,il=o((()=>{j(),rl=e=>class extends e{static get properties(){return{__pendingRecalculateColumnWidths:{type:Boolean,value:!0}}}static get observers(){return[`__dataProviderChangedAutoWidth(dataProvider)`,`__columnTreeChangedAutoWidth(_columnTree)`,`__flatSizeChangedAutoWidth(_flatSize)`]}updated(e){super.updated(e),e.has(`__hostVisible`)&&!e.get(`__hostVisible`)&&this.__tryToRecalculateColumnWidthsIfPending()}__dataProviderChangedAutoWidth(e){this.__hasHadRenderedRowsForColumnWidthCalculation||this.recalculateColumnWidths()}__columnTreeChangedAutoWidth(e){queueMicrotask(()=>this.recalculateColumnWidths())}__flatSizeChangedAutoWidth(e){requestAnimationFrame(()=>{e&&!this.__hasHadRenderedRowsForColumnWidthCalculation?this.recalculateColumnWidths():this.__tryToRecalculateColumnWidthsIfPending()})}_onDataProviderPageLoaded(){super._onDataProviderPageLoaded(),this.__tryToRecalculateColumnWidthsIfPending()}_updateFrozenColumn(){super._updateFrozenColumn(),this.__tryToRecalculateColumnWidthsIfPending()}__getIntrinsicWidth(e){return this.__intrinsicWidthCache.has(e)||this.__calculateAndCacheIntrinsicWidths([e]),this.__intrinsicWidthCache.get(e)}__getDistributedWidth(e,t){if(e==null||e===this)return 0;let n=Math.max(this.__getIntrinsicWidth(e),this.__getDistributedWidth(this.__getParentColumnGroup(e),e));if(!t)return n;let r=e,i=n,a=r._visibleChildColumns.map(e=>this.__getIntrinsicWidth(e)).reduce((e,t)=>e+t,0),o=Math.max(0,i-a),s=this.__getIntrinsicWidth(t)/a*o;return this.__getIntrinsicWidth(t)+s}_recalculateColumnWidths(){this.__virtualizer.flush(),[...this.$.header.children,...this.$.footer.children].forEach(e=>{e.__debounceUpdateHeaderFooterRowVisibility&&e.__debounceUpdateHeaderFooterRowVisibility.flush()}),this.__hasHadRenderedRowsForColumnWidthCalculation||=this._getRenderedRows().length>0,this.__intrinsicWidthCache=new Map;let e=this._firstVisibleIndex,t=this._lastVisibleIndex;this.__viewportRowsCache=this._getRenderedRows().filter(n=>n.index>=e&&n.index<=t);let n=this.__getAutoWidthColumns(),r=new Set;for(let e of n){let t=this.__getParentColumnGroup(e);for(;t&&!r.has(t);)r.add(t),t=this.__getParentColumnGroup(t)}this.__calculateAndCacheIntrinsicWidths([...n,...r]),n.forEach(e=>{e.width=`${this.__getDistributedWidth(e)}px`}),this.__intrinsicWidthCache.clear()}__getParentColumnGroup(e){let t=(e.assignedSlot||e).parentElement;return t&&t!==this?t:null}__setVisibleCellContentAutoWidth(e,t){e._allCells.filter(e=>this.$.items.contains(e)?this.__viewportRowsCache.includes(e.parentElement):!0).forEach(e=>{e.__measuringAutoWidth=t,e.__measuringAutoWidth?(e.__originalWidth=e.style.width,e.style.width=`auto`,e.style.position=`absolute`):(e.style.width=e.__originalWidth,delete e.__originalWidth,e.style.position=``)}),t?this.$.scroller.setAttribute(`measuring-auto-width`,``):this.$.scroller.removeAttribute(`measuring-auto-width`)}__getAutoWidthCellsMaxWidth(e){return e._allCells.reduce((e,t)=>t.__measuringAutoWidth?Math.max(e,t.offsetWidth+1):e,0)}__calculateAndCacheIntrinsicWidths(e){e.forEach(e=>this.__setVisibleCellContentAutoWidth(e,!0)),e.forEach(e=>{let t=this.__getAutoWidthCellsMaxWidth(e);this.__intrinsicWidthCache.set(e,t)}),e.forEach(e=>this.__setVisibleCellContentAutoWidth(e,!1))}recalculateColumnWidths(){if(!this.__isReadyForColumnWidthCalculation()){this.__pendingRecalculateColumnWidths=!0;return}this._recalculateColumnWidths()}__tryToRecalculateColumnWidthsIfPending(){this.__pendingRecalculateColumnWidths&&(this.__pendingRecalculateColumnWidths=!1,this.recalculateColumnWidths())}__getAutoWidthColumns(){return this._getColumns().filter(e=>!e.hidden&&e.autoWidth)}__isReadyForColumnWidthCalculation(){if(!this._columnTree)return!1;let e=this.__getAutoWidthColumns().filter(e=>!customElements.get(e.localName));if(e.length)return Promise.all(e.map(e=>customElements.whenDefined(e.localName))).then(()=>{this.__tryToRecalculateColumnWidthsIfPending()}),!1;let t=[...this.$.items.children].some(e=>e.index===void 0),n=this._debouncerHiddenChanged&&this._debouncerHiddenChanged.isActive(),r=this.__debounceUpdateFrozenColumn&&this.__debounceUpdateFrozenColumn.isActive(),i=this.clientHeight>0;return!this._dataProviderController.isLoading()&&!t&&!Le(this)&&!n&&!r&&i}}})),al,ol=o((()=>{L(),Lt(),ic(),al=e=>class extends e{static get properties(){return{columnReorderingAllowed:{type:Boolean,value:!1},_orderBaseScope:{type:Number,value:1e7}}}static get observers(){return[`_updateOrders(_columnTree)`]}ready(){super.ready(),wn(this,`track`,this._onTrackEvent),this._reorderGhost=this.shadowRoot.querySelector(`[part="reorder-ghost"]`),this.addEventListener(`touchstart`,this._onTouchStart.bind(this)),this.addEventListener(`touchmove`,this._onTouchMove.bind(this)),this.addEventListener(`touchend`,this._onTouchEnd.bind(this)),this.addEventListener(`contextmenu`,this._onContextMenu.bind(this))}_onContextMenu(e){this.hasAttribute(`reordering`)&&(e.preventDefault(),Qe||this._onTrackEnd())}_cancelReorderForMultiTouch(e){return e.touches.length>1?(clearTimeout(this._startTouchReorderTimeout),this._draggedColumn&&this._onTrackEnd(),!0):!1}_onTouchStart(e){this._cancelReorderForMultiTouch(e)||(this._startTouchReorderTimeout=setTimeout(()=>{this._onTrackStart({detail:{x:e.touches[0].clientX,y:e.touches[0].clientY}})},100))}_onTouchMove(e){this._cancelReorderForMultiTouch(e)||(this._draggedColumn&&e.preventDefault(),clearTimeout(this._startTouchReorderTimeout))}_onTouchEnd(){clearTimeout(this._startTouchReorderTimeout),this._onTrackEnd()}_onTrackEvent(e){if(e.detail.state===`start`){let t=e.composedPath(),n=t[t.indexOf(this.$.header)-2];if(!n||!n._content||n._content.contains(this.getRootNode().activeElement)||this.$.scroller.hasAttribute(`column-resizing`))return;this._touchDevice||this._onTrackStart(e)}else e.detail.state===`track`?this._onTrack(e):e.detail.state===`end`&&this._onTrackEnd(e)}_onTrackStart(e){if(!this.columnReorderingAllowed)return;let t=e.composedPath?.();if(t?.slice(0,Math.max(0,t.indexOf(this))).some(e=>e.draggable))return;let n=this._cellFromPoint(e.detail.x,e.detail.y);if(!(!n||!n.part.contains(`header-cell`))){for(this.toggleAttribute(`reordering`,!0),this._draggedColumn=n._column;this._draggedColumn.parentElement.childElementCount===1;)this._draggedColumn=this._draggedColumn.parentElement;this._setSiblingsReorderStatus(this._draggedColumn,`allowed`),this._draggedColumn._reorderStatus=`dragging`,this._updateGhost(n),this._reorderGhost.style.visibility=`visible`,this._updateGhostPosition(e.detail.x,this._touchDevice?e.detail.y-50:e.detail.y),this._autoScroller()}}_onTrack(e){if(!this._draggedColumn)return;let t=this._cellFromPoint(e.detail.x,e.detail.y);if(!t)return;let n=this._getTargetColumn(t,this._draggedColumn);if(this._isSwapAllowed(this._draggedColumn,n)&&this._isSwappableByPosition(n,e.detail.x)){let e=this._columnTree.findIndex(e=>e.includes(n)),t=this._getColumnsInOrder(e),r=t.indexOf(this._draggedColumn),i=t.indexOf(n),a=r<i?1:-1;for(let e=r;e!==i;e+=a)this._swapColumnOrders(this._draggedColumn,t[e+a])}this._updateGhostPosition(e.detail.x,this._touchDevice?e.detail.y-50:e.detail.y),this._lastDragClientX=e.detail.x}_onTrackEnd(){this._draggedColumn&&(this.toggleAttribute(`reordering`,!1),this._draggedColumn._reorderStatus=``,this._setSiblingsReorderStatus(this._draggedColumn,``),this._draggedColumn=null,this._lastDragClientX=null,this._reorderGhost.style.visibility=`hidden`,this.dispatchEvent(new CustomEvent(`column-reorder`,{detail:{columns:this._getColumnsInOrder()}})))}_getColumnsInOrder(e=this._columnTree.length-1){return this._columnTree[e].filter(e=>!e.hidden).sort((e,t)=>e._order-t._order)}_cellFromPoint(e=0,t=0){this._draggedColumn||this.$.scroller.toggleAttribute(`no-content-pointer-events`,!0);let n=this.shadowRoot.elementFromPoint(e,t);return this.$.scroller.toggleAttribute(`no-content-pointer-events`,!1),this._getCellFromElement(n)}_getCellFromElement(e){if(e){if(e._column)return e;let{parentElement:t}=e;if(t?._focusButton===e)return t}return null}_updateGhostPosition(e,t){let n=this._reorderGhost.getBoundingClientRect(),r=e-n.width/2,i=t-n.height/2,a=parseInt(this._reorderGhost._left||0),o=parseInt(this._reorderGhost._top||0);this._reorderGhost._left=a-(n.left-r),this._reorderGhost._top=o-(n.top-i),this._reorderGhost.style.transform=`translate(${this._reorderGhost._left}px, ${this._reorderGhost._top}px)`}_updateGhost(e){let t=this._reorderGhost;t.textContent=e._content.innerText;let n=window.getComputedStyle(e);return[`boxSizing`,`display`,`width`,`height`,`background`,`alignItems`,`padding`,`border`,`flex-direction`,`overflow`].forEach(e=>{t.style[e]=n[e]}),t}_updateOrders(e){e!==void 0&&(e[0].forEach(e=>{e._order=0}),Xs(e[0],this._orderBaseScope,0))}_resetColumnOrder(){this._columnTree!==void 0&&(this._columnTree.every(e=>e.every((t,n)=>n===0||t._order>=e[n-1]._order))||(this._columnTree=this._getColumnTree()))}_setSiblingsReorderStatus(e,t){Js(e.parentNode,n=>{/column/u.test(n.localName)&&this._isSwapAllowed(n,e)&&(n._reorderStatus=t)})}_autoScroller(){if(this._lastDragClientX){let e=this._lastDragClientX-this.getBoundingClientRect().right+50,t=this.getBoundingClientRect().left-this._lastDragClientX+50;e>0?this.$.table.scrollLeft+=e/10:t>0&&(this.$.table.scrollLeft-=t/10)}this._draggedColumn&&setTimeout(()=>this._autoScroller(),10)}_isSwapAllowed(e,t){if(e&&t){let n=e!==t,r=e.parentElement===t.parentElement,i=e.frozen&&t.frozen||e.frozenToEnd&&t.frozenToEnd||!e.frozen&&!e.frozenToEnd&&!t.frozen&&!t.frozenToEnd;return n&&r&&i}}_isSwappableByPosition(e,t){let n=Array.from(this.$.header.querySelectorAll(`tr:not([hidden]) [part~="cell"]`)).find(t=>e.contains(t._column)),r=this.$.header.querySelector(`tr:not([hidden]) [reorder-status=dragging]`).getBoundingClientRect(),i=n.getBoundingClientRect();return i.left>r.left?t>i.right-r.width:t<i.left+r.width}_swapColumnOrders(e,t){[e._order,t._order]=[t._order,e._order];let[n,r]=e._order<t._order?[e,t]:[t,e];[...this.$.header.children,...this.$.footer.children,...this.$.items.children,this.$.sizer].forEach(e=>{let t=qs(e),i=t.filter(e=>n.contains(e._column)),a=t.find(e=>r.contains(e._column));i.forEach(e=>a.before(e)),e.__cells&&=e.__cells.toSorted((e,t)=>e._column._order-t._column._order)}),this._debounceUpdateFrozenColumn(),this._updateFirstAndLastColumn()}_getTargetColumn(e,t){if(e&&t){let n=e._column;for(;n.parentElement!==t.parentElement&&n!==this;)n=n.parentElement;return n.parentElement===t.parentElement?n:e._column}}}})),sl,cl=o((()=>{Lt(),sl=e=>class extends e{ready(){super.ready();let e=this.$.scroller;wn(e,`track`,this._onHeaderTrack.bind(this)),e.addEventListener(`touchstart`,t=>{t.touches.length>1&&e.removeAttribute(`column-resizing`)}),e.addEventListener(`touchmove`,t=>{if(t.touches.length>1){e.removeAttribute(`column-resizing`);return}e.hasAttribute(`column-resizing`)&&t.preventDefault()}),e.addEventListener(`contextmenu`,e=>e.target.part.contains(`resize-handle`)&&e.preventDefault()),e.addEventListener(`mousedown`,e=>e.target.part.contains(`resize-handle`)&&e.preventDefault())}_onHeaderTrack(e){let t=e.target;if(t.part.contains(`resize-handle`)){if(e.detail.state!==`start`&&!this.$.scroller.hasAttribute(`column-resizing`))return;let n=t.parentElement._column;for(this.$.scroller.toggleAttribute(`column-resizing`,!0);n.localName===`vaadin-grid-column-group`;)n=n._childColumns.slice(0).sort((e,t)=>e._order-t._order).filter(e=>!e.hidden).pop();let r=this.__isRTL,i=e.detail.x,a=Array.from(this.$.header.querySelectorAll(`[part~="row"]:last-child [part~="cell"]`)),o=a.find(e=>e._column===n);if(o.offsetWidth){let e=getComputedStyle(o._content),t=10+parseInt(e.paddingLeft)+parseInt(e.paddingRight)+parseInt(e.borderLeftWidth)+parseInt(e.borderRightWidth)+parseInt(e.marginLeft)+parseInt(e.marginRight),a,s=o.offsetWidth,c=o.getBoundingClientRect();a=o.hasAttribute(`frozen-to-end`)?s+(r?i-c.right:c.left-i):s+(r?c.left-i:i-c.right),n.width=`${Math.max(t,a)}px`,n.flexGrow=0}a.slice(0,a.indexOf(o)).forEach(e=>{e._column.width=`${e.offsetWidth}px`,e._column.flexGrow=0});let s=this._frozenToEndCells[0];if(s&&this.$.table.scrollWidth>this.$.table.offsetWidth){let e=s.getBoundingClientRect(),t=i-(r?e.right:e.left);(r&&t<=0||!r&&t>=0)&&(this.$.table.scrollLeft+=t)}e.detail.state===`end`&&(this.$.scroller.toggleAttribute(`column-resizing`,!1),this.dispatchEvent(new CustomEvent(`column-resize`,{detail:{resizedColumn:n}}))),this._resizeHandler()}}}})),ll,ul=o((()=>{m(),lo(),g(),ve(),ll=e=>class extends e{static get properties(){return{size:{type:Number,notify:!0,sync:!0},_flatSize:{type:Number,sync:!0},pageSize:{type:Number,value:50,observer:`_pageSizeChanged`,sync:!0},dataProvider:{type:Object,notify:!0,observer:`_dataProviderChanged`,sync:!0},loading:{type:Boolean,notify:!0,readOnly:!0,reflectToAttribute:!0},_hasData:{type:Boolean,value:!1,sync:!0},itemHasChildrenPath:{type:String,value:`children`,observer:`__itemHasChildrenPathChanged`,sync:!0},itemIdPath:{type:String,value:null,sync:!0},expandedItems:{type:Object,notify:!0,value:()=>[],sync:!0},__expandedKeys:{type:Object,computed:`__computeExpandedKeys(itemIdPath, expandedItems)`}}}static get observers(){return[`_sizeChanged(size)`,`_expandedItemsChanged(expandedItems)`]}constructor(){super(),this._dataProviderController=new co(this,{size:this.size||0,pageSize:this.pageSize,getItemId:this.getItemId.bind(this),isExpanded:this._isExpanded.bind(this),dataProvider:this.dataProvider?this.dataProvider.bind(this):null,dataProviderParams:()=>({sortOrders:this._mapSorters(),filters:this._mapFilters()})}),this._dataProviderController.addEventListener(`page-requested`,this._onDataProviderPageRequested.bind(this)),this._dataProviderController.addEventListener(`page-received`,this._onDataProviderPageReceived.bind(this)),this._dataProviderController.addEventListener(`page-loaded`,this._onDataProviderPageLoaded.bind(this))}_sizeChanged(e){this._dataProviderController.rootCache.size=e,this._dataProviderController.recalculateFlatSize(),this._flatSize=this._dataProviderController.flatSize}__itemHasChildrenPathChanged(e,t){!t&&e===`children`||this.requestContentUpdate()}__getRowLevel(e){let{level:t}=this._dataProviderController.getFlatIndexContext(e.index);return t}__getRowItem(e){let{item:t}=this._dataProviderController.getFlatIndexContext(e.index);return t}__ensureRowItem(e){this._dataProviderController.ensureFlatIndexLoaded(e.index)}__ensureRowHierarchy(e){this._dataProviderController.ensureFlatIndexHierarchy(e.index)}getItemId(e){return this.itemIdPath?Se(this.itemIdPath,e):e}_isExpanded(e){return this.__expandedKeys&&this.__expandedKeys.has(this.getItemId(e))}_hasChildren(e){return this.itemHasChildrenPath&&e&&!!Se(this.itemHasChildrenPath,e)}_expandedItemsChanged(){this._dataProviderController.recalculateFlatSize(),this._flatSize=this._dataProviderController.flatSize,this.__updateVisibleRows()}__computeExpandedKeys(e,t){let n=t||[],r=new Set;return n.forEach(e=>{r.add(this.getItemId(e))}),r}expandItem(e){this._isExpanded(e)||(this.expandedItems=[...this.expandedItems,e])}collapseItem(e){this._isExpanded(e)&&(this.expandedItems=this.expandedItems.filter(t=>!this._itemsEqual(t,e)))}_onDataProviderPageRequested(){this._setLoading(!0)}_onDataProviderPageReceived(){this._flatSize!==this._dataProviderController.flatSize&&(this._shouldLoadAllRenderedRowsAfterPageLoad=!0,this._flatSize=this._dataProviderController.flatSize),this._getRenderedRows().forEach(e=>this.__ensureRowHierarchy(e)),this._hasData=!0}_onDataProviderPageLoaded(){this._debouncerApplyCachedData=D.debounce(this._debouncerApplyCachedData,_.after(0),()=>{this._setLoading(!1);let e=this._shouldLoadAllRenderedRowsAfterPageLoad;this._shouldLoadAllRenderedRowsAfterPageLoad=!1,this._getRenderedRows().forEach(t=>{this.__updateRow(t),e&&this.__ensureRowItem(t)}),this.__scrollToPendingIndexes(),this.__dispatchPendingBodyCellFocus()}),this._dataProviderController.isLoading()||this._debouncerApplyCachedData.flush()}__debounceClearCache(){this.__clearCacheDebouncer=D.debounce(this.__clearCacheDebouncer,be,()=>this.clearCache())}clearCache(){this._dataProviderController.clearCache(),this._dataProviderController.rootCache.size=this.size||0,this._dataProviderController.recalculateFlatSize(),this._hasData=!1,this.__updateVisibleRows(),(!this.__virtualizer||!this.__virtualizer.size)&&this._dataProviderController.loadFirstPage()}_pageSizeChanged(e,t){this._dataProviderController.setPageSize(e),t!==void 0&&e!==t&&this.clearCache()}_checkSize(){this.size===void 0&&this._flatSize===0&&console.warn("The <vaadin-grid> needs the total number of items in order to display rows, which you can specify either by setting the `size` property, or by providing it to the second argument of the `dataProvider` function `callback` call.")}_dataProviderChanged(e,t){this._dataProviderController.setDataProvider(e?e.bind(this):null),t!==void 0&&this.clearCache(),this._ensureFirstPageLoaded(),this._debouncerCheckSize=D.debounce(this._debouncerCheckSize,_.after(2e3),this._checkSize.bind(this))}_ensureFirstPageLoaded(){this._hasData||this._dataProviderController.loadFirstPage()}_itemsEqual(e,t){return this.getItemId(e)===this.getItemId(t)}scrollToIndex(...e){if(!this.__virtualizer||!this.clientHeight||!this._columnTree){this.__pendingScrollToIndexes=e;return}let t;for(;t!==(t=this._dataProviderController.getFlatIndexByPath(e));)this._scrollToFlatIndex(t);this._dataProviderController.isLoading()&&(this.__pendingScrollToIndexes=e)}__scrollToPendingIndexes(){if(this.__pendingScrollToIndexes&&this.$.items.children.length){let e=this.__pendingScrollToIndexes;delete this.__pendingScrollToIndexes,this.scrollToIndex(...e)}}}})),dl,fl,pl,ml=o((()=>{L(),ic(),dl={BETWEEN:`between`,ON_TOP:`on-top`,ON_TOP_OR_BETWEEN:`on-top-or-between`,ON_GRID:`on-grid`},fl={ON_TOP:`on-top`,ABOVE:`above`,BELOW:`below`,EMPTY:`empty`},pl=e=>class extends e{static get properties(){return{dropMode:{type:String,sync:!0},rowsDraggable:{type:Boolean,sync:!0},dragFilter:{type:Function,sync:!0},dropFilter:{type:Function,sync:!0},__dndAutoScrollThreshold:{value:50},__draggedItems:{value:()=>[]}}}static get observers(){return[`_dragDropAccessChanged(rowsDraggable, dropMode, dragFilter, dropFilter, loading)`]}constructor(){super(),this.__onDocumentDragStart=this.__onDocumentDragStart.bind(this)}ready(){super.ready(),this.$.table.addEventListener(`dragstart`,this._onDragStart.bind(this)),this.$.table.addEventListener(`dragend`,this._onDragEnd.bind(this)),this.$.table.addEventListener(`dragover`,this._onDragOver.bind(this)),this.$.table.addEventListener(`dragleave`,this._onDragLeave.bind(this)),this.$.table.addEventListener(`drop`,this._onDrop.bind(this)),this.$.table.addEventListener(`dragenter`,e=>{this.dropMode&&(e.preventDefault(),e.stopPropagation())})}connectedCallback(){super.connectedCallback(),document.addEventListener(`dragstart`,this.__onDocumentDragStart,{capture:!0})}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener(`dragstart`,this.__onDocumentDragStart,{capture:!0})}_onDragStart(e){if(this.rowsDraggable){let t=e.target;if(t.localName===`vaadin-grid-cell-content`&&(t=t.assignedSlot.parentNode.parentNode),t.parentNode!==this.$.items)return;if(e.stopPropagation(),this.toggleAttribute(`dragging-rows`,!0),this._safari){let e=t.style.transform;t.style.top=/translateY\((.*)\)/u.exec(e)[1],t.style.transform=`none`,requestAnimationFrame(()=>{t.style.top=``,t.style.transform=e})}let n=t.getBoundingClientRect();e.dataTransfer.setDragImage(t,e.clientX-n.left,e.clientY-n.top);let r=[t];this._isSelected(t._item)&&(r=this.__getViewportRows().filter(e=>this._isSelected(e._item)).filter(e=>!this.dragFilter||this.dragFilter(this.__getRowModel(e)))),this.__draggedItems=r.map(e=>e._item),e.dataTransfer.setData(`text`,this.__formatDefaultTransferData(r)),$s(t,{dragstart:r.length>1?`${r.length}`:``}),this.style.setProperty(`--_grid-drag-start-x`,`${e.clientX-n.left+20}px`),this.style.setProperty(`--_grid-drag-start-y`,`${e.clientY-n.top+10}px`),requestAnimationFrame(()=>{$s(t,{dragstart:!1}),this.style.setProperty(`--_grid-drag-start-x`,``),this.style.setProperty(`--_grid-drag-start-y`,``),this.requestContentUpdate()});let i=new CustomEvent(`grid-dragstart`,{detail:{draggedItems:[...this.__draggedItems],setDragData:(t,n)=>e.dataTransfer.setData(t,n),setDraggedItemsCount:e=>t.setAttribute(`dragstart`,e)}});i.originalEvent=e,this.dispatchEvent(i)}}_onDragEnd(e){this.toggleAttribute(`dragging-rows`,!1),e.stopPropagation();let t=new CustomEvent(`grid-dragend`);t.originalEvent=e,this.dispatchEvent(t),this.__draggedItems=[],this.requestContentUpdate()}_onDragLeave(e){this.dropMode&&(e.stopPropagation(),this._clearDragStyles())}_onDragOver(e){if(this.dropMode){if(this._dropLocation=void 0,this._dragOverItem=void 0,this.__dndAutoScroll(e.clientY)){this._clearDragStyles();return}let t=e.composedPath().find(e=>e.localName===`tr`);if(this.__updateRowScrollPositionProperty(t),!this._flatSize||this.dropMode===dl.ON_GRID)this._dropLocation=fl.EMPTY;else if(!t||t.parentNode!==this.$.items){if(t)return;if(this.dropMode===dl.BETWEEN||this.dropMode===dl.ON_TOP_OR_BETWEEN)t=Array.from(this.$.items.children).filter(e=>!e.hidden).pop(),this._dropLocation=fl.BELOW;else return}else{let n=t.getBoundingClientRect();if(this._dropLocation=fl.ON_TOP,this.dropMode===dl.BETWEEN){let t=e.clientY-n.top<n.bottom-e.clientY;this._dropLocation=t?fl.ABOVE:fl.BELOW}else this.dropMode===dl.ON_TOP_OR_BETWEEN&&(e.clientY-n.top<n.height/3?this._dropLocation=fl.ABOVE:e.clientY-n.top>n.height/3*2&&(this._dropLocation=fl.BELOW))}if(t?.hasAttribute(`drop-disabled`)){this._dropLocation=void 0;return}e.stopPropagation(),e.preventDefault(),this._dropLocation===fl.EMPTY?this.toggleAttribute(`dragover`,!0):t?(this._dragOverItem=t._item,t.getAttribute(`dragover`)!==this._dropLocation&&ec(t,{dragover:this._dropLocation})):this._clearDragStyles()}}__onDocumentDragStart(e){if(e.target.contains(this)){let t=[e.target,this.$.items,this.$.scroller],n=t.map(e=>e.style.cssText);this.$.table.scrollHeight>2e4&&(this.$.scroller.style.display=`none`),Ue&&(e.target.style.willChange=`transform`),Ze&&(this.$.items.style.flexShrink=1),requestAnimationFrame(()=>{t.forEach((e,t)=>{e.style.cssText=n[t]})})}}__dndAutoScroll(e){if(this.__dndAutoScrolling)return!0;let t=this.$.header.getBoundingClientRect().bottom,n=this.$.footer.getBoundingClientRect().top,r=t-e+this.__dndAutoScrollThreshold,i=e-n+this.__dndAutoScrollThreshold,a=0;if(i>0?a=i*2:r>0&&(a=-r*2),a){let e=this.$.table.scrollTop;if(this.$.table.scrollTop+=a,e!==this.$.table.scrollTop)return this.__dndAutoScrolling=!0,setTimeout(()=>{this.__dndAutoScrolling=!1},20),!0}}__getViewportRows(){let e=this.$.header.getBoundingClientRect().bottom,t=this.$.footer.getBoundingClientRect().top;return Array.from(this.$.items.children).filter(n=>{let r=n.getBoundingClientRect();return r.bottom>e&&r.top<t})}_clearDragStyles(){this.removeAttribute(`dragover`),Js(this.$.items,e=>{ec(e,{dragover:null})})}__updateDragSourceParts(e,t){$s(e,{"drag-source":this.__draggedItems.includes(t.item)})}_onDrop(e){if(this.dropMode&&this._dropLocation){e.stopPropagation(),e.preventDefault();let t=e.dataTransfer.types&&Array.from(e.dataTransfer.types).map(t=>({type:t,data:e.dataTransfer.getData(t)}));this._clearDragStyles();let n=new CustomEvent(`grid-drop`,{bubbles:e.bubbles,cancelable:e.cancelable,detail:{dropTargetItem:this._dragOverItem,dropLocation:this._dropLocation,dragData:t}});n.originalEvent=e,this.dispatchEvent(n)}}__formatDefaultTransferData(e){return e.map(e=>qs(e).filter(e=>!e.hidden).map(e=>e._content.textContent.trim()).filter(e=>e).join(`	`)).join(`
`)}_dragDropAccessChanged(){this.filterDragAndDrop()}filterDragAndDrop(){Js(this.$.items,e=>{e.hidden||this._filterDragAndDrop(e,this.__getRowModel(e))})}_filterDragAndDrop(e,t){let n=this.loading||e.hasAttribute(`loading`),r=!this.rowsDraggable||n||this.dragFilter&&!this.dragFilter(t),i=!this.dropMode||n||this.dropFilter&&!this.dropFilter(t),a=Ue?`draggable-source`:`draggable`;Ys(e,e=>{r?e._content.removeAttribute(a):e._content.setAttribute(a,!0)}),$s(e,{"drag-disabled":!!r,"drop-disabled":!!i})}}}));function hl(e,t){if(!e||!t||e.length!==t.length)return!1;for(let n=0,r=e.length;n<r;n++)if(e[n]instanceof Array&&t[n]instanceof Array){if(!hl(e[n],t[n]))return!1}else if(e[n]!==t[n])return!1;return!0}var gl,_l=o((()=>{m(),g(),ic(),gl=e=>class extends e{static get properties(){return{_columnTree:{type:Object,sync:!0}}}ready(){super.ready(),this._addNodeObserver()}_hasColumnGroups(e){return e.some(e=>e.localName===`vaadin-grid-column-group`)}_getChildColumns(e){return rc.getColumns(e)}_flattenColumnGroups(e){return e.map(e=>e.localName===`vaadin-grid-column-group`?this._getChildColumns(e):[e]).reduce((e,t)=>e.concat(t),[])}_getColumnTree(){let e=rc.getColumns(this),t=[e],n=e;for(;this._hasColumnGroups(n);)n=this._flattenColumnGroups(n),t.push(n);return t}_debounceUpdateColumnTree(){this.__updateColumnTreeDebouncer=D.debounce(this.__updateColumnTreeDebouncer,be,()=>this._updateColumnTree())}_updateColumnTree(){let e=this._getColumnTree();hl(e,this._columnTree)||(this._columnTree=e)}_addNodeObserver(){this._observer=new rc(this,(e,t)=>{let n=t.flatMap(e=>e._allCells),r=e=>n.filter(t=>t?._content.contains(e)).length;this.__removeSorters(this._sorters.filter(r)),this.__removeFilters(this._filters.filter(r)),this._debounceUpdateColumnTree(),this._debouncerCheckImports=D.debounce(this._debouncerCheckImports,_.after(2e3),this._checkImports.bind(this)),this._ensureFirstPageLoaded()})}_checkImports(){[`vaadin-grid-column-group`,`vaadin-grid-filter`,`vaadin-grid-filter-column`,`vaadin-grid-tree-toggle`,`vaadin-grid-selection-column`,`vaadin-grid-sort-column`,`vaadin-grid-sorter`].forEach(e=>{this.querySelector(e)&&!customElements.get(e)&&console.warn(`Make sure you have imported the required module for <${e}> element.`)})}_updateFirstAndLastColumn(){Array.from(this.shadowRoot.querySelectorAll(`tr`)).forEach(e=>this._updateFirstAndLastColumnForRow(e))}_updateFirstAndLastColumnForRow(e){qs(e).forEach((e,t,n)=>{tc(e,`first-column`,t===0),tc(e,`last-column`,t===n.length-1)})}_isColumnElement(e){return e.nodeType===Node.ELEMENT_NODE&&/\bcolumn\b/u.test(e.localName)}}})),vl,yl=o((()=>{vl=e=>class extends e{getEventContext(e){let t={},{cell:n}=this._getGridEventLocation(e);return n?(t.section=[`body`,`header`,`footer`,`details`].find(e=>n.part.contains(`${e}-cell`)),n._column&&(t.column=n._column),(t.section===`body`||t.section===`details`)&&Object.assign(t,this.__getRowModel(n.__parentRow)),t):t}}})),bl,xl=o((()=>{bl=e=>class extends e{static get properties(){return{_filters:{type:Array,value:()=>[]}}}constructor(){super(),this._filterChanged=this._filterChanged.bind(this),this.addEventListener(`filter-changed`,this._filterChanged)}_filterChanged(e){e.stopPropagation(),this.__addFilter(e.target),this.__applyFilters()}__removeFilters(e){e.length!==0&&(this._filters=this._filters.filter(t=>e.indexOf(t)<0),this.__applyFilters())}__addFilter(e){this._filters.indexOf(e)===-1&&this._filters.push(e)}__applyFilters(){this.dataProvider&&this.isAttached&&this.clearCache()}_mapFilters(){return this._filters.map(e=>({path:e.path,value:e.value}))}}}));function Sl(e){return e instanceof HTMLTableRowElement}function Cl(e){return e instanceof HTMLTableCellElement}function wl(e){return e.matches(`[part~="details-cell"]`)}var Tl,El=o((()=>{j(),m(),g(),ic(),Tl=e=>class extends e{static get properties(){return{_headerFocusable:{type:Object,observer:`_focusableChanged`,sync:!0},_itemsFocusable:{type:Object,observer:`_focusableChanged`,sync:!0},_footerFocusable:{type:Object,observer:`_focusableChanged`,sync:!0},_navigatingIsHidden:Boolean,_focusedItemIndex:{type:Number,value:0},_focusedColumnOrder:Number,_focusedCell:{type:Object,observer:`_focusedCellChanged`,sync:!0},interacting:{type:Boolean,value:!1,reflectToAttribute:!0,readOnly:!0,observer:`_interactingChanged`}}}get __rowFocusMode(){return[this._headerFocusable,this._itemsFocusable,this._footerFocusable].some(Sl)}set __rowFocusMode(e){[`_itemsFocusable`,`_footerFocusable`,`_headerFocusable`].forEach(t=>{let n=this[t];if(e){let e=n?.parentElement;Cl(n)?this[t]=e:Cl(e)&&(this[t]=e.parentElement)}else if(!e&&Sl(n)){let e=n.firstElementChild;this[t]=e._focusButton||e}})}get _visibleItemsCount(){return this._lastVisibleIndex-this._firstVisibleIndex-1}ready(){super.ready(),!(this._ios||this._android)&&(this.addEventListener(`keydown`,this._onKeyDown),this.addEventListener(`keyup`,this._onKeyUp),this.addEventListener(`focusin`,this._onFocusIn),this.addEventListener(`focusout`,this._onFocusOut),this.$.table.addEventListener(`focusin`,this._onContentFocusIn.bind(this)),this.addEventListener(`mousedown`,()=>{this.toggleAttribute(`navigating`,!1),this._isMousedown=!0,this._focusedColumnOrder=void 0}),this.addEventListener(`mouseup`,()=>{this._isMousedown=!1}))}_focusableChanged(e,t){t&&t.setAttribute(`tabindex`,`-1`),e&&this._updateGridSectionFocusTarget(e)}_focusedCellChanged(e,t){t&&V(t,`focused-cell`,!1),e&&V(e,`focused-cell`,!0)}_interactingChanged(){this._updateGridSectionFocusTarget(this._headerFocusable),this._updateGridSectionFocusTarget(this._itemsFocusable),this._updateGridSectionFocusTarget(this._footerFocusable)}__updateItemsFocusable(){if(!this._itemsFocusable)return;let e=this.shadowRoot.activeElement===this._itemsFocusable;this._getRenderedRows().forEach(e=>{if(e.index===this._focusedItemIndex)if(this.__rowFocusMode)this._itemsFocusable=e;else{let t=this._itemsFocusable.parentElement,n=this._itemsFocusable;if(t){Cl(t)&&(n=t,t=t.parentElement);let r=[...t.children].indexOf(n);this._itemsFocusable=this.__getFocusable(e,e.children[r])}}}),e&&this._itemsFocusable.focus()}_onKeyDown(e){let t=e.key,n;switch(t){case`ArrowUp`:case`ArrowDown`:case`ArrowLeft`:case`ArrowRight`:case`PageUp`:case`PageDown`:case`Home`:case`End`:n=`Navigation`;break;case`Enter`:case`Escape`:case`F2`:n=`Interaction`;break;case`Tab`:n=`Tab`;break;case` `:n=`Space`;break;default:break}this._detectInteracting(e),this.interacting&&n!==`Interaction`&&(n=void 0),n&&this[`_on${n}KeyDown`](e,t)}__ensureFlatIndexInViewport(e){let t=[...this.$.items.children].find(t=>t.index===e);t?this.__scrollIntoViewport(t):this._scrollToFlatIndex(e)}__isRowExpandable(e){return this._hasChildren(e._item)&&!this._isExpanded(e._item)}__isRowCollapsible(e){return this._isExpanded(e._item)}_onNavigationKeyDown(e,t){e.preventDefault();let n=this.__isRTL,r=e.composedPath().find(Sl),i=e.composedPath().find(Cl),a=0,o=0;switch(t){case`ArrowRight`:a=n?-1:1;break;case`ArrowLeft`:a=n?1:-1;break;case`Home`:this.__rowFocusMode||e.ctrlKey?o=-1/0:a=-1/0;break;case`End`:this.__rowFocusMode||e.ctrlKey?o=1/0:a=1/0;break;case`ArrowDown`:o=1;break;case`ArrowUp`:o=-1;break;case`PageDown`:if(this.$.items.contains(r)){let e=this.__getIndexInGroup(r,this._focusedItemIndex);this._scrollToFlatIndex(e)}o=this._visibleItemsCount;break;case`PageUp`:o=-this._visibleItemsCount;break;default:break}if(this.__rowFocusMode&&!r||!this.__rowFocusMode&&!i)return;let s=n?`ArrowLeft`:`ArrowRight`,c=n?`ArrowRight`:`ArrowLeft`;if(t===s){if(this.__rowFocusMode){if(this.__isRowExpandable(r)){this.expandItem(r._item);return}this.__rowFocusMode=!1,this._onCellNavigation(r.firstElementChild,0,0);return}}else if(t===c){if(this.__rowFocusMode){if(this.__isRowCollapsible(r)){this.collapseItem(r._item);return}}else if(i===r.firstElementChild||wl(i)){this.__rowFocusMode=!0,this._onRowNavigation(r,0);return}}this.__rowFocusMode?this._onRowNavigation(r,o):this._onCellNavigation(i,a,o)}_onRowNavigation(e,t){let{dstRow:n}=this.__navigateRows(t,e);n&&n.focus()}__getIndexInGroup(e,t){let n=e.parentNode;return n===this.$.items?t??e.index:[...n.children].indexOf(e)}__navigateRows(e,t,n){let r=this.__getIndexInGroup(t,this._focusedItemIndex),i=t.parentNode,a=(i===this.$.items?this._flatSize:i.children.length)-1,o=Math.max(0,Math.min(r+e,a));if(i!==this.$.items){if(o>r)for(;o<a&&i.children[o].hidden;)o+=1;else if(o<r)for(;o>0&&i.children[o].hidden;)--o;return this.toggleAttribute(`navigating`,!0),{dstRow:i.children[o]}}let s=!1;if(n){let a=wl(n);if(i===this.$.items){let n=t._item,{item:i}=this._dataProviderController.getFlatIndexContext(o);s=a?e===0:e===1&&this._isDetailsOpened(n)||e===-1&&o!==r&&this._isDetailsOpened(i),s!==a&&(e===1&&s||e===-1&&!s)&&(o=r)}}return this.__ensureFlatIndexInViewport(o),this._focusedItemIndex=o,this.toggleAttribute(`navigating`,!0),{dstRow:[...i.children].find(e=>!e.hidden&&e.index===o),dstIsRowDetails:s}}_onCellNavigation(e,t,n){let r=e.parentNode,{dstRow:i,dstIsRowDetails:a}=this.__navigateRows(n,r,e);if(!i)return;let o=wl(e),s=r.parentNode;if(this._focusedColumnOrder===void 0&&(o?this._focusedColumnOrder=0:this._focusedColumnOrder=e._column._order),a)[...i.children].find(wl).focus();else{let r=this.__getIndexInGroup(i,this._focusedItemIndex),a=this._getColumns(s,r).filter(e=>!e.hidden),c=a.map(e=>e._order).sort((e,t)=>e-t),l=c.length-1,u=c.indexOf(c.slice(0).sort((e,t)=>Math.abs(e-this._focusedColumnOrder)-Math.abs(t-this._focusedColumnOrder))[0]),d=n===0&&o?u:Math.max(0,Math.min(u+t,l));d!==u&&(this._focusedColumnOrder=void 0);let f=a.find(e=>e._order===c[d]),ee;if(this.$.items.contains(e)){let e=[...this.$.sizer.children].find(e=>e._column===f);this._lazyColumns&&(this.__isColumnInViewport(e._column)||e.scrollIntoView(),this.__updateColumnsBodyContentHidden(),this.__updateHorizontalScrollPosition()),ee=[...i.children].find(t=>t._column===e._column),this._scrollHorizontallyToCell(ee)}else ee=[...i.children].find(e=>e._column.contains(f)),this._scrollHorizontallyToCell(ee);ee.focus({preventScroll:!0})}}_onInteractionKeyDown(e,t){let n=e.composedPath()[0],r=n.localName===`input`&&!/^(button|checkbox|color|file|image|radio|range|reset|submit)$/iu.test(n.type),i;switch(t){case`Enter`:i=this.interacting?!r:!0;break;case`Escape`:i=!1;break;case`F2`:i=!this.interacting;break;default:break}let{cell:a}=this._getGridEventLocation(e);if(this.interacting!==i&&a!==null)if(i){let t=a._content.querySelector(`[focus-target]`)||[...a._content.querySelectorAll(`*`)].find(e=>this._isFocusable(e));t&&(e.preventDefault(),t.focus(),this._setInteracting(!0),this.toggleAttribute(`navigating`,!1))}else e.preventDefault(),this._focusedColumnOrder=void 0,a.focus(),this._setInteracting(!1),this.toggleAttribute(`navigating`,!0);t===`Escape`&&this._hideTooltip(!0)}_predictFocusStepTarget(e,t){let n=[this.$.table,this._headerFocusable,this.__emptyState?this.$.emptystatecell:this._itemsFocusable,this._footerFocusable,this.$.focusexit],r=n.indexOf(e);for(r+=t;r>=0&&r<=n.length-1;){let e=n[r];if(e&&!this.__rowFocusMode&&(e=n[r].parentNode),!e||e.hidden)r+=t;else break}let i=n[r];if(i&&!this.__isHorizontallyInViewport(i)){let e=this._getColumnsInOrder().find(e=>this.__isColumnInViewport(e));if(e)if(i===this._headerFocusable)i=e._headerCell;else if(i===this._itemsFocusable){let t=i._column._cells.indexOf(i);i=e._cells[t]}else i===this._footerFocusable&&(i=e._footerCell)}return i}_onTabKeyDown(e){let t=this._predictFocusStepTarget(e.composedPath()[0],e.shiftKey?-1:1);t&&(e.stopPropagation(),t===this._itemsFocusable&&(this.__ensureFlatIndexInViewport(this._focusedItemIndex),this.__updateItemsFocusable(),t=this._itemsFocusable),t.focus(),t!==this.$.table&&t!==this.$.focusexit&&e.preventDefault(),this.toggleAttribute(`navigating`,!0))}_onSpaceKeyDown(e){e.preventDefault();let t=e.composedPath()[0],n=Sl(t);(n||!t._content||!t._content.firstElementChild)&&this.dispatchEvent(new CustomEvent(n?`row-activate`:`cell-activate`,{detail:{model:this.__getRowModel(n?t:t.parentElement)}}))}_onKeyUp(e){if(!/^( |SpaceBar)$/u.test(e.key)||this.interacting)return;e.preventDefault();let t=e.composedPath()[0],n=t._content&&t._content.firstElementChild||t,r=this.hasAttribute(`navigating`),i=new MouseEvent(`click`,{shiftKey:e.shiftKey,bubbles:!0,composed:!0,cancelable:!0});i.skipCellActivate=n===t,n.dispatchEvent(i),this.toggleAttribute(`navigating`,r)}_onFocusIn(e){this._isMousedown||this.toggleAttribute(`navigating`,!0);let t=e.composedPath()[0];t===this.$.table||t===this.$.focusexit?(this._isMousedown||this._predictFocusStepTarget(t,t===this.$.table?1:-1).focus(),this._setInteracting(!1)):this._detectInteracting(e)}_onFocusOut(e){this.toggleAttribute(`navigating`,!1),this._detectInteracting(e),this._hideTooltip(),this._focusedCell=null}_onContentFocusIn(e){let{section:t,cell:n,row:r}=this._getGridEventLocation(e);if(!(!n&&!this.__rowFocusMode)&&(this._detectInteracting(e),t&&(n||r)))if(this._activeRowGroup=t,t===this.$.header?this._headerFocusable=this.__getFocusable(r,n):t===this.$.items?(this._itemsFocusable=this.__getFocusable(r,n),this._focusedItemIndex=r.index):t===this.$.footer&&(this._footerFocusable=this.__getFocusable(r,n)),n){let t=this.getEventContext(e);this.__pendingBodyCellFocus=this.loading&&t.section===`body`,!this.__pendingBodyCellFocus&&n!==this.$.emptystatecell&&n.dispatchEvent(new CustomEvent(`cell-focus`,{bubbles:!0,composed:!0,detail:{context:t}})),this._focusedCell=n._focusButton||n,M()&&e.target===n&&this._showTooltip(e)}else this._focusedCell=null}__dispatchPendingBodyCellFocus(){this.__pendingBodyCellFocus&&this.shadowRoot.activeElement===this._itemsFocusable&&this._itemsFocusable.dispatchEvent(new Event(`focusin`,{bubbles:!0,composed:!0}))}__getFocusable(e,t){return this.__rowFocusMode?e:t._focusButton||t}_detectInteracting(e){let t=e.composedPath().some(e=>e.localName===`slot`&&this.shadowRoot.contains(e));this._setInteracting(t),this.__updateHorizontalScrollPosition()}_updateGridSectionFocusTarget(e){if(!e)return;let t=this._getGridSectionFromFocusTarget(e);e.tabIndex=this.interacting&&t===this._activeRowGroup?-1:0}_preventScrollerRotatingCellFocus(){this._activeRowGroup===this.$.items&&(this.__preventScrollerRotatingCellFocusDebouncer=D.debounce(this.__preventScrollerRotatingCellFocusDebouncer,me,()=>{let e=this._activeRowGroup===this.$.items;this._getRenderedRows().some(e=>e.index===this._focusedItemIndex)?(this.__updateItemsFocusable(),e&&!this.__rowFocusMode&&(this._focusedCell=this._itemsFocusable),this._navigatingIsHidden&&=(this.toggleAttribute(`navigating`,!0),!1)):e&&(this._focusedCell=null,this.hasAttribute(`navigating`)&&(this._navigatingIsHidden=!0,this.toggleAttribute(`navigating`,!1)))}))}_getColumns(e,t){let n=this._columnTree.length-1;return e===this.$.header?n=t:e===this.$.footer&&(n=this._columnTree.length-1-t),this._columnTree[n]}__isValidFocusable(e){return this.$.table.contains(e)&&e.offsetHeight}_resetKeyboardNavigation(){if(!this.$&&this.performUpdate&&this.performUpdate(),[`header`,`footer`].forEach(e=>{if(!this.__isValidFocusable(this[`_${e}Focusable`])){let t=[...this.$[e].children].find(e=>e.offsetHeight),n=t?[...t.children].find(e=>!e.hidden):null;t&&n&&(this[`_${e}Focusable`]=this.__getFocusable(t,n))}}),!this.__isValidFocusable(this._itemsFocusable)&&this.$.items.firstElementChild){let e=this.__getFirstVisibleItem(),t=e?[...e.children].find(e=>!e.hidden):null;t&&e&&(this._focusedColumnOrder=void 0,this._itemsFocusable=this.__getFocusable(e,t))}else this.__updateItemsFocusable()}_scrollHorizontallyToCell(e){if(e.hasAttribute(`frozen`)||e.hasAttribute(`frozen-to-end`)||wl(e))return;let t=e.getBoundingClientRect(),n=e.parentNode,r=Array.from(n.children).indexOf(e),i=this.$.table.getBoundingClientRect(),a=this.$.table.clientWidth-this.$.table.offsetWidth,o=i.left-(this.__isRTL?a:0),s=i.right+(this.__isRTL?0:a);for(let e=r-1;e>=0;e--){let t=n.children[e];if(!(t.hasAttribute(`hidden`)||wl(t))&&(t.hasAttribute(`frozen`)||t.hasAttribute(`frozen-to-end`))){o=t.getBoundingClientRect().right;break}}for(let e=r+1;e<n.children.length;e++){let t=n.children[e];if(!(t.hasAttribute(`hidden`)||wl(t))&&(t.hasAttribute(`frozen`)||t.hasAttribute(`frozen-to-end`))){s=t.getBoundingClientRect().left;break}}t.left<o&&(this.$.table.scrollLeft+=t.left-o),t.right>s&&(this.$.table.scrollLeft+=t.right-s)}_getGridEventLocation(e){let t=e.__composedPath||e.composedPath(),n=t.indexOf(this.$.table);return{section:n>=1?t[n-1]:null,row:n>=2?t[n-2]:null,cell:n>=3?t[n-3]:null}}_getGridSectionFromFocusTarget(e){return e===this._headerFocusable?this.$.header:e===this._itemsFocusable?this.$.items:e===this._footerFocusable?this.$.footer:null}}})),Dl,Ol=o((()=>{Dl=e=>class extends e{static get properties(){return{__hostVisible:{type:Boolean,value:!1},__tableRect:Object,__headerRect:Object,__itemsRect:Object,__footerRect:Object}}ready(){super.ready();let e=new ResizeObserver(e=>{e.findLast(({target:e})=>e===this)&&(this.__hostVisible=this.checkVisibility());let t=e.findLast(({target:e})=>e===this.$.table);t&&(this.__tableRect=t.contentRect);let n=e.findLast(({target:e})=>e===this.$.header);n&&(this.__headerRect=n.contentRect);let r=e.findLast(({target:e})=>e===this.$.items);r&&(this.__itemsRect=r.contentRect);let i=e.findLast(({target:e})=>e===this.$.footer);i&&(this.__footerRect=i.contentRect)});e.observe(this),e.observe(this.$.table),e.observe(this.$.header),e.observe(this.$.items),e.observe(this.$.footer)}}})),kl,Al=o((()=>{ic(),kl=e=>class extends e{static get properties(){return{detailsOpenedItems:{type:Array,value:()=>[],sync:!0},rowDetailsRenderer:{type:Function,sync:!0},_detailsCells:{type:Array},__detailsOpenedKeys:{type:Object,computed:`__computeDetailsOpenedKeys(itemIdPath, detailsOpenedItems)`}}}static get observers(){return[`_detailsOpenedItemsChanged(detailsOpenedItems, rowDetailsRenderer)`,`_rowDetailsRendererChanged(rowDetailsRenderer)`]}ready(){super.ready(),this._detailsCellResizeObserver=new ResizeObserver(e=>{e.forEach(({target:e})=>{this._updateDetailsCellHeight(e.parentElement)})})}_rowDetailsRendererChanged(e){e&&this._columnTree&&this._getRenderedRows().forEach(e=>{if(!e.querySelector(`[part~=details-cell]`)){this.__initRow(e,this._columnTree[this._columnTree.length-1]),this.__updateRow(e);return}e.hasAttribute(`details-opened`)&&this.__updateRow(e)})}_detailsOpenedItemsChanged(e,t){this._getRenderedRows().forEach(e=>{e.hasAttribute(`details-opened`)!==!!(t&&this._isDetailsOpened(e._item))&&this.__updateRow(e)})}_configureDetailsCell(e){V(e,`cell`,!0),V(e,`details-cell`,!0),e.toggleAttribute(`frozen`,!0),this._detailsCellResizeObserver.observe(e)}_toggleDetailsCell(e,t){let n=e.querySelector(`[part~="details-cell"]`);n&&(n.hidden=!t,!n.hidden&&this.rowDetailsRenderer&&(n._renderer=this.rowDetailsRenderer))}_updateDetailsCellHeight(e){let t=e.querySelector(`[part~="details-cell"]`);t&&(this.__updateDetailsRowPadding(e,t),requestAnimationFrame(()=>this.__updateDetailsRowPadding(e,t)))}__updateDetailsRowPadding(e,t){t.hidden?e.style.removeProperty(`padding-bottom`):e.style.setProperty(`padding-bottom`,`${t.offsetHeight}px`)}_updateDetailsCellHeights(){this._getRenderedRows().forEach(e=>{this._updateDetailsCellHeight(e)})}_isDetailsOpened(e){return this.__detailsOpenedKeys&&this.__detailsOpenedKeys.has(this.getItemId(e))}__computeDetailsOpenedKeys(e,t){let n=t||[],r=new Set;return n.forEach(e=>{r.add(this.getItemId(e))}),r}openItemDetails(e){this._isDetailsOpened(e)||(this.detailsOpenedItems=[...this.detailsOpenedItems,e])}closeItemDetails(e){this._isDetailsOpened(e)&&(this.detailsOpenedItems=this.detailsOpenedItems.filter(t=>!this._itemsEqual(t,e)))}}})),jl,Ml=o((()=>{jl=class{constructor(e,t){this.host=e,this.scrollTarget=t||e,this.__boundOnScroll=this.__onScroll.bind(this)}hostConnected(){this.initialized||(this.initialized=!0,this.observe())}observe(){let{host:e}=this;this.__resizeObserver=new ResizeObserver(()=>this.__onResize()),this.__resizeObserver.observe(e),[...e.children].forEach(e=>{this.__resizeObserver.observe(e)}),this.__childObserver=new MutationObserver(e=>{e.forEach(({addedNodes:e,removedNodes:t})=>{e.forEach(e=>{e.nodeType===Node.ELEMENT_NODE&&this.__resizeObserver.observe(e)}),t.forEach(e=>{e.nodeType===Node.ELEMENT_NODE&&this.__resizeObserver.unobserve(e)}),e.length===0&&t.length>0&&this.__updateState({sync:!0})})}),this.__childObserver.observe(e,{childList:!0}),this.scrollTarget.addEventListener(`scroll`,this.__boundOnScroll)}__onResize(){this.__updateState({sync:!1})}__onScroll(){this.__updateState({sync:!0})}__updateState({sync:e}){cancelAnimationFrame(this.__resizeRaf);let t=this.__readState();e?this.__writeState(t):this.__resizeRaf=requestAnimationFrame(()=>this.__writeState(t))}__readState(){let e=this.scrollTarget,t=``;e.scrollTop>0&&(t+=` top`),Math.ceil(e.scrollTop)<Math.ceil(e.scrollHeight-e.clientHeight)&&(t+=` bottom`);let n=Math.abs(e.scrollLeft);return n>0&&(t+=` start`),Math.ceil(n)<Math.ceil(e.scrollWidth-e.clientWidth)&&(t+=` end`),{overflow:t.trim()}}__writeState({overflow:e}){e?this.host.setAttribute(`overflow`,e):this.host.removeAttribute(`overflow`)}}})),Nl,Pl,Fl=o((()=>{m(),g(),_i(),Ml(),Nl={SCROLLING:500,UPDATE_CONTENT_VISIBILITY:100},Pl=e=>class extends e{static get properties(){return{columnRendering:{type:String,value:`eager`,sync:!0},_frozenCells:{type:Array,value:()=>[]},_frozenToEndCells:{type:Array,value:()=>[]}}}static get observers(){return[`__columnRenderingChanged(_columnTree, columnRendering)`]}get _scrollLeft(){return this.$.table.scrollLeft}get _scrollTop(){return this.$.table.scrollTop}set _scrollTop(e){this.$.table.scrollTop=e}get _lazyColumns(){return this.columnRendering===`lazy`}ready(){super.ready(),this.scrollTarget=this.$.table,this.$.items.addEventListener(`focusin`,e=>{let t=e.composedPath(),n=t[t.indexOf(this.$.items)-1];if(n){if(!this._isMousedown){let t=this.$.table.clientHeight,r=this.$.header.clientHeight,i=this.$.footer.clientHeight,a=t-r-i,o=n.clientHeight>a?e.target:n;this.__scrollIntoViewport(o)}this.$.table.contains(e.relatedTarget)||this.$.table.dispatchEvent(new CustomEvent(`virtualizer-element-focused`,{detail:{element:n}}))}}),this.$.table.addEventListener(`scroll`,()=>this._afterScroll()),this.__overflowController=new jl(this,this.$.table),this.addController(this.__overflowController)}_scrollToFlatIndex(e){e=Math.min(this._flatSize-1,Math.max(0,e)),this.__virtualizer.scrollToIndex(e);let t=[...this.$.items.children].find(t=>t.index===e);this.__scrollIntoViewport(t)}scrollToColumn(e){if(!this._columnTree){this.__pendingScrollToColumn=e;return}let t=this._getColumnsInOrder(),n;if(typeof e==`number`){if(n=t[e],!n){console.warn(`Column index ${e} is out of bounds`);return}}else if(n=e,!t.includes(n)){console.warn(`Column is not a visible column of this grid`);return}n.frozen||n.frozenToEnd||(this._scrollHorizontallyToCell(n._headerCell),this.__updateHorizontalScrollPosition(),this.__updateColumnsBodyContentHidden())}__scrollToPendingColumn(){if(this.__pendingScrollToColumn!==void 0){let e=this.__pendingScrollToColumn;delete this.__pendingScrollToColumn,this.scrollToColumn(e)}}__scrollIntoViewport(e){if(!e)return;let t=e.getBoundingClientRect(),n=getComputedStyle(e),r=t.top+parseInt(n.scrollMarginTop||0),i=t.bottom+parseInt(n.scrollMarginBottom||0),a=this.$.footer.getBoundingClientRect().top,o=this.$.header.getBoundingClientRect().bottom;i>a?this.$.table.scrollTop+=i-a:r<o&&(this.$.table.scrollTop-=o-r)}_scheduleScrolling(){this._scrollingFrame||=requestAnimationFrame(()=>this.$.scroller.toggleAttribute(`scrolling`,!0)),this._debounceScrolling=D.debounce(this._debounceScrolling,_.after(Nl.SCROLLING),()=>{cancelAnimationFrame(this._scrollingFrame),delete this._scrollingFrame,this.$.scroller.toggleAttribute(`scrolling`,!1)})}_afterScroll(){this.__updateHorizontalScrollPosition(),this.hasAttribute(`reordering`)||this._scheduleScrolling(),this.hasAttribute(`navigating`)||this._hideTooltip(!0),this._debounceColumnContentVisibility=D.debounce(this._debounceColumnContentVisibility,_.after(Nl.UPDATE_CONTENT_VISIBILITY),()=>{this._lazyColumns&&this.__cachedScrollLeft!==this._scrollLeft&&(this.__cachedScrollLeft=this._scrollLeft,this.__updateColumnsBodyContentHidden())})}__updateColumnsBodyContentHidden(){if(!this._columnTree||!this._areSizerCellsAssigned())return;this.__scrollToPendingColumn();let e=this._getColumnsInOrder(),t=!1;if(e.forEach(n=>{let r=this._lazyColumns&&!this.__isColumnInViewport(n);n._bodyContentHidden!==r&&(t=!0,n._cells.forEach(t=>{if(t!==n._sizerCell){if(r)t.remove();else if(t.__parentRow){let r=[...t.__parentRow.children].find(t=>e.indexOf(t._column)>e.indexOf(n));t.__parentRow.insertBefore(t,r)}}})),n._bodyContentHidden=r}),t&&this._frozenCellsChanged(),this._lazyColumns){let t=[...e].reverse().find(e=>e.frozen),n=this.__getColumnEnd(t),r=e.find(e=>!e.frozen&&!e._bodyContentHidden);this.__lazyColumnsStart=this.__getColumnStart(r)-n,this.$.items.style.setProperty(`--_grid-lazy-columns-start`,`${this.__lazyColumnsStart}px`),this._resetKeyboardNavigation()}}__getColumnEnd(e){return e?e._sizerCell.offsetLeft+(this.__isRTL?0:e._sizerCell.offsetWidth):this.__isRTL?this.$.table.clientWidth:0}__getColumnStart(e){return e?e._sizerCell.offsetLeft+(this.__isRTL?e._sizerCell.offsetWidth:0):this.__isRTL?this.$.table.clientWidth:0}__isColumnInViewport(e){return e.frozen||e.frozenToEnd?!0:this.__isHorizontallyInViewport(e._sizerCell)}__isHorizontallyInViewport(e){return e.offsetLeft+e.offsetWidth>=this._scrollLeft&&e.offsetLeft<=this._scrollLeft+this.clientWidth}__columnRenderingChanged(e,t){t===`eager`?this.$.scroller.removeAttribute(`column-rendering`):this.$.scroller.setAttribute(`column-rendering`,t),this.__updateColumnsBodyContentHidden()}_frozenCellsChanged(){this._debouncerCacheElements=D.debounce(this._debouncerCacheElements,be,()=>{Array.from(this.shadowRoot.querySelectorAll(`[part~="cell"]`)).forEach(e=>{e.style.transform=``}),this._frozenCells=Array.prototype.slice.call(this.$.table.querySelectorAll(`[frozen]`)),this._frozenToEndCells=Array.prototype.slice.call(this.$.table.querySelectorAll(`[frozen-to-end]`)),this.__updateHorizontalScrollPosition()}),this._debounceUpdateFrozenColumn()}_debounceUpdateFrozenColumn(){this.__debounceUpdateFrozenColumn=D.debounce(this.__debounceUpdateFrozenColumn,be,()=>this._updateFrozenColumn())}_updateFrozenColumn(){if(!this._columnTree)return;let e=this._columnTree[this._columnTree.length-1].slice(0);e.sort((e,t)=>e._order-t._order);let t,n;for(let r=0;r<e.length;r++){let i=e[r];i._lastFrozen=!1,i._firstFrozenToEnd=!1,n===void 0&&i.frozenToEnd&&!i.hidden&&(n=r),i.frozen&&!i.hidden&&(t=r)}t!==void 0&&(e[t]._lastFrozen=!0),n!==void 0&&(e[n]._firstFrozenToEnd=!0),this.__updateColumnsBodyContentHidden()}__updateHorizontalScrollPosition(){if(!this._columnTree)return;let e=this.$.table.scrollWidth,t=this.$.table.clientWidth,n=Math.max(0,this.$.table.scrollLeft),r=hi(this.$.table,this.getAttribute(`dir`)),i=`translate(${-n}px, 0)`;this.$.header.style.transform=i,this.$.footer.style.transform=i,this.$.items.style.transform=i;let a=this.__isRTL?r+t-e:n;this.__horizontalScrollPosition=a;let o=`translate(${a}px, 0)`;this._frozenCells.forEach(e=>{e.style.transform=o});let s=this.__isRTL?r:n+t-e,c=`translate(${s}px, 0)`,l=c;if(this._lazyColumns&&this._areSizerCellsAssigned()){let e=this._getColumnsInOrder(),t=[...e].reverse().find(e=>!e.frozenToEnd&&!e._bodyContentHidden),n=this.__getColumnEnd(t),r=e.find(e=>e.frozenToEnd);l=`translate(${s+(this.__getColumnStart(r)-n)+this.__lazyColumnsStart}px, 0)`}this._frozenToEndCells.forEach(e=>{this.$.items.contains(e)?e.style.transform=l:e.style.transform=c});let u=this.shadowRoot.querySelector(`[part~='row']:focus`);u&&this.__updateRowScrollPositionProperty(u);let d=this.$.header.querySelector(`[part~='last-header-row']`);d&&this.__updateRowScrollPositionProperty(d);let f=this.$.footer.querySelector(`[part~='first-footer-row']`);f&&this.__updateRowScrollPositionProperty(f)}__updateRowScrollPositionProperty(e){if(!(e instanceof HTMLTableRowElement))return;let t=`${this.__horizontalScrollPosition}px`;e.style.getPropertyValue(`--_grid-horizontal-scroll-position`)!==t&&e.style.setProperty(`--_grid-horizontal-scroll-position`,t)}_areSizerCellsAssigned(){return this._getColumnsInOrder().every(e=>e._sizerCell)}}})),Il,Ll=o((()=>{Il=e=>class extends e{static get properties(){return{selectedItems:{type:Object,notify:!0,value:()=>[],sync:!0},isItemSelectable:{type:Function},__selectedKeys:{type:Object,computed:`__computeSelectedKeys(itemIdPath, selectedItems)`}}}static get observers(){return[`__selectedItemsChanged(itemIdPath, selectedItems, isItemSelectable)`]}_isSelected(e){return this.__selectedKeys.has(this.getItemId(e))}__isItemSelectable(e){return!this.isItemSelectable||!e?!0:this.isItemSelectable(e)}selectItem(e){this._isSelected(e)||(this.selectedItems=[...this.selectedItems,e])}deselectItem(e){this._isSelected(e)&&(this.selectedItems=this.selectedItems.filter(t=>!this._itemsEqual(t,e)))}updated(e){super.updated(e),e.has(`isItemSelectable`)&&this.dispatchEvent(new CustomEvent(`is-item-selectable-changed`))}__selectedItemsChanged(){this._getRenderedRows().forEach(e=>{(e.hasAttribute(`selected`)!==this._isSelected(e._item)||e.hasAttribute(`nonselectable`)!==!this.__isItemSelectable(e._item))&&this.__updateRow(e)})}__computeSelectedKeys(e,t){let n=t||[],r=new Set;return n.forEach(e=>{r.add(this.getItemId(e))}),r}}})),Rl,zl,Bl=o((()=>{Rl=`prepend`,zl=e=>class extends e{static get properties(){return{multiSort:{type:Boolean,value:!1},multiSortPriority:{type:String,value:()=>Rl},multiSortOnShiftClick:{type:Boolean,value:!1},_sorters:{type:Array,value:()=>[]},_previousSorters:{type:Array,value:()=>[]}}}static setDefaultMultiSortPriority(e){Rl=[`append`,`prepend`].includes(e)?e:`prepend`}ready(){super.ready(),this.addEventListener(`sorter-changed`,this._onSorterChanged)}_onSorterChanged(e){let t=e.target;e.stopPropagation(),t._grid=this,this.__updateSorter(t,e.detail.shiftClick,e.detail.fromSorterClick),this.__applySorters()}__removeSorters(e){e.length!==0&&(this._sorters=this._sorters.filter(t=>!e.includes(t)),this.__applySorters())}__updateSortOrders(){this._sorters.forEach(e=>{e._order=null});let e=this._getActiveSorters();e.length>1&&e.forEach((e,t)=>{e._order=t})}__updateSorter(e,t,n){if(!e.direction&&!this._sorters.includes(e))return;e._order=null;let r=this._sorters.filter(t=>t!==e);this.multiSort&&(!this.multiSortOnShiftClick||!n)||this.multiSortOnShiftClick&&t?this.multiSortPriority===`append`?this._sorters=[...r,e]:this._sorters=[e,...r]:(e.direction||this.multiSortOnShiftClick)&&(this._sorters=e.direction?[e]:[],r.forEach(e=>{e._order=null,e.direction=null}))}__applySorters(){this.__updateSortOrders(),this.dataProvider&&this.isAttached&&JSON.stringify(this._previousSorters)!==JSON.stringify(this._mapSorters())&&this.__debounceClearCache(),this.__a11yUpdateSorters(),this._previousSorters=this._mapSorters()}_getActiveSorters(){return this._sorters.filter(e=>e.direction&&e.isConnected)}_mapSorters(){return this._getActiveSorters().map(e=>({path:e.path,direction:e.direction}))}}})),Vl,Hl=o((()=>{ic(),Vl=e=>class extends e{static get properties(){return{cellPartNameGenerator:{type:Function,sync:!0}}}static get observers(){return[`__cellPartNameGeneratorChanged(cellPartNameGenerator)`]}__cellPartNameGeneratorChanged(){this.generateCellPartNames()}generateCellPartNames(){Js(this.$.items,e=>{e.hidden||this._generateCellPartNames(e,this.__getRowModel(e))})}_generateCellPartNames(e,t){Ys(e,n=>{if(n.__generatedParts&&n.__generatedParts.forEach(e=>{V(n,e,null)}),this.cellPartNameGenerator&&!e.hasAttribute(`loading`)){let e=this.cellPartNameGenerator(n._column,t);n.__generatedParts=e&&e.split(` `).filter(e=>e.length>0),n.__generatedParts&&n.__generatedParts.forEach(e=>{V(n,e,!0)})}})}}})),Ul,Wl=o((()=>{Ht(),m(),L(),g(),Je(),Lt(),Me(),F(),Ga(),Uc(),Kc(),nl(),il(),ol(),cl(),ul(),ml(),_l(),yl(),xl(),ic(),El(),Ol(),Al(),Fl(),Ll(),Bl(),Hl(),Ul=e=>class extends rl(tl(ll(gl(Gc(Pl(Il(zl(kl(Tl(Hc(bl(al(sl(vl(pl(Vl(cn(Dl(e))))))))))))))))))){static get observers(){return[`_columnTreeChanged(_columnTree)`,`_flatSizeChanged(_flatSize, __virtualizer, _hasData, _columnTree)`]}static get properties(){return{_safari:{type:Boolean,value:Ze},_ios:{type:Boolean,value:Xe},_firefox:{type:Boolean,value:pt},_android:{type:Boolean,value:mt},_touchDevice:{type:Boolean,value:Qe},allRowsVisible:{type:Boolean,value:!1,reflectToAttribute:!0},isAttached:{value:!1},__gridElement:{type:Boolean,value:!0},__hasEmptyStateContent:{type:Boolean,value:!1},__emptyState:{type:Boolean,computed:`__computeEmptyState(_flatSize, __hasEmptyStateContent)`}}}get _firstVisibleIndex(){let e=this.__getFirstVisibleItem();return e?e.index:void 0}get _lastVisibleIndex(){let e=this.__getLastVisibleItem();return e?e.index:void 0}connectedCallback(){super.connectedCallback(),this.isAttached=!0,this.__virtualizer.hostConnected()}disconnectedCallback(){super.disconnectedCallback(),this.isAttached=!1,this._hideTooltip(!0)}__getFirstVisibleItem(){return this._getRenderedRows().find(e=>this._isInViewport(e))}__getLastVisibleItem(){return this._getRenderedRows().reverse().find(e=>this._isInViewport(e))}_isInViewport(e){let t=this.$.table.getBoundingClientRect(),n=e.getBoundingClientRect(),r=this.$.header.getBoundingClientRect().height,i=this.$.footer.getBoundingClientRect().height;return n.bottom>t.top+r&&n.top<t.bottom-i}_getRenderedRows(){return Array.from(this.$.items.children).filter(e=>!e.hidden).sort((e,t)=>e.index-t.index)}_getRowContainingNode(e){let t=tt(`vaadin-grid-cell-content`,e);if(t)return t.assignedSlot.parentElement.parentElement}_isItemAssignedToRow(e,t){let n=this.__getRowModel(t);return this.getItemId(e)===this.getItemId(n.item)}ready(){super.ready(),Bt(this,``),Bt(this.$.scroller,``),this.__virtualizer=new Wa({createElements:e=>this.__createVirtualizerElements(e),updateElement:(e,t)=>{this.__updateVirtualizerElement(e,t)},scrollContainer:this.$.items,scrollTarget:this.$.table,reorderElements:!0,__disableHeightPlaceholder:!0,__alwaysUpdateScrollerSize:()=>this.allRowsVisible}),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setManual(!0),this.__emptyStateContentObserver=new Ne(this.$.emptystateslot,({currentNodes:e})=>{this.$.emptystatecell._content=e[0],this.__hasEmptyStateContent=!!this.$.emptystatecell._content})}updated(e){super.updated(e),e.has(`__hostVisible`)&&!e.get(`__hostVisible`)&&(this._resetKeyboardNavigation(),requestAnimationFrame(()=>this.__scrollToPendingIndexes())),(e.has(`__headerRect`)||e.has(`__footerRect`)||e.has(`__itemsRect`))&&setTimeout(()=>this.__updateMinHeight()),e.has(`__tableRect`)&&(setTimeout(()=>this.__updateColumnsBodyContentHidden()),this.__updateHorizontalScrollPosition())}__getBodyCellCoordinates(e){if(this.$.items.contains(e)&&e.localName===`td`)return{item:e.parentElement._item,column:e._column}}__focusBodyCell({item:e,column:t}){let n=this._getRenderedRows().find(t=>t._item===e),r=n&&[...n.children].find(e=>e._column===t);r&&r.focus()}_focusFirstVisibleRow(){let e=this.__getFirstVisibleItem();this.__rowFocusMode=!0,e.focus()}_flatSizeChanged(e,t,n,r){if(t&&n&&r){let n=this.shadowRoot.activeElement,r=this.__getBodyCellCoordinates(n),i=t.size||0;t.size=e,t.update(i-1,i-1),e<i&&t.update(e-1,e-1),r&&n.parentElement.hidden&&this.__focusBodyCell(r),this._resetKeyboardNavigation()}}__createVirtualizerElements(e){let t=[];for(let n=0;n<e;n++){let e=document.createElement(`tr`);e.setAttribute(`role`,`row`),e.setAttribute(`tabindex`,`-1`),V(e,`row`,!0),V(e,`body-row`,!0),this._columnTree&&this.__initRow(e,this._columnTree[this._columnTree.length-1],`body`,!1,!0),t.push(e)}return this._columnTree&&this._columnTree[this._columnTree.length-1].forEach(e=>{e.isConnected&&e._cells&&(e._cells=[...e._cells])}),t}_createCell(e,t){let n=`vaadin-grid-cell-content-${this._contentIndex=this._contentIndex+1||0}`,r=document.createElement(`vaadin-grid-cell-content`);r.setAttribute(`slot`,n);let i=document.createElement(e);i.id=n.replace(`-content-`,`-`),i.setAttribute(`role`,e===`td`?`gridcell`:`columnheader`),!mt&&!Xe&&(i.addEventListener(`mouseenter`,e=>{this.$.scroller.hasAttribute(`scrolling`)||this._showTooltip(e)}),i.addEventListener(`mouseleave`,()=>{this._hideTooltip()}),i.addEventListener(`mousedown`,()=>{this._hideTooltip(!0)}));let a=document.createElement(`slot`);if(a.setAttribute(`name`,n),t?._focusButtonMode){let e=document.createElement(`div`);e.setAttribute(`role`,`button`),e.setAttribute(`tabindex`,`-1`),i.appendChild(e),i._focusButton=e,i.focus=function(e){i._focusButton.focus(e)},e.appendChild(a)}else i.setAttribute(`tabindex`,`-1`),i.appendChild(a);return i._content=r,r.addEventListener(`mousedown`,()=>{if(Ue){let e=t=>{let n=r.contains(this.getRootNode().activeElement),a=t.composedPath().includes(r);!n&&a&&i.focus({preventScroll:!0}),document.removeEventListener(`mouseup`,e,!0)};document.addEventListener(`mouseup`,e,!0)}else setTimeout(()=>{r.contains(this.getRootNode().activeElement)||i.focus({preventScroll:!0})})}),i}__initRow(e,t,n=`body`,r=!1,i=!1){let a=document.createDocumentFragment();Ys(e,e=>{e._vacant=!0}),e.innerHTML=``,n===`body`&&(e.__cells=[],e.__detailsCell=null),t.filter(e=>!e.hidden).toSorted((e,t)=>e._order-t._order).forEach((t,o,s)=>{let c;if(n===`body`){t._cells||=[],c=t._cells.find(e=>e._vacant),c||(c=this._createCell(`td`,t),t._onCellKeyDown&&c.addEventListener(`keydown`,t._onCellKeyDown.bind(t)),t._cells.push(c)),V(c,`cell`,!0),V(c,`body-cell`,!0),c.__parentRow=e,e.__cells.push(c);let n=e===this.$.sizer;if((!t._bodyContentHidden||n)&&e.appendChild(c),n&&(t._sizerCell=c),o===s.length-1&&this.rowDetailsRenderer){this._detailsCells||=[];let t=this._detailsCells.find(e=>e._vacant)||this._createCell(`td`);this._detailsCells.indexOf(t)===-1&&this._detailsCells.push(t),t._content.parentElement||a.appendChild(t._content),this._configureDetailsCell(t),t.__parentRow=e,e.appendChild(t),e.__detailsCell=t,this.__a11ySetRowDetailsCell(e,t),t._vacant=!1}i||(t._cells=[...t._cells])}else{let i=n===`header`?`th`:`td`;r||t.localName===`vaadin-grid-column-group`?(c=t[`_${n}Cell`],c||(c=this._createCell(i),t._onCellKeyDown&&c.addEventListener(`keydown`,t._onCellKeyDown.bind(t))),c._column=t,e.appendChild(c),t[`_${n}Cell`]=c):(t._emptyCells||=[],c=t._emptyCells.find(e=>e._vacant)||this._createCell(i),c._column=t,e.appendChild(c),t._emptyCells.indexOf(c)===-1&&t._emptyCells.push(c)),V(c,`cell`,!0),V(c,`${n}-cell`,!0)}c._content.parentElement||a.appendChild(c._content),c._vacant=!1,c._column=t}),n!==`body`&&this.__debounceUpdateHeaderFooterRowVisibility(e),this.appendChild(a),this._frozenCellsChanged(),this._updateFirstAndLastColumnForRow(e)}__debounceUpdateHeaderFooterRowVisibility(e){e.__debounceUpdateHeaderFooterRowVisibility=D.debounce(e.__debounceUpdateHeaderFooterRowVisibility,be,()=>this.__updateHeaderFooterRowVisibility(e))}__updateHeaderFooterRowVisibility(e){if(!e)return;let t=Array.from(e.children).filter(t=>{let n=t._column;if(n._emptyCells&&n._emptyCells.indexOf(t)>-1)return!1;if(e.parentElement===this.$.header){if(n.headerRenderer)return!0;if(n.header===null)return!1;if(n.path||n.header!==void 0)return!0}else if(n.footerRenderer)return!0;return!1});e.hidden!==!t.length&&(e.hidden=!t.length),e.parentElement===this.$.header&&(this.$.table.toggleAttribute(`has-header`,this.$.header.querySelector(`tr:not([hidden])`)),this.__updateHeaderFooterRowParts(`header`)),e.parentElement===this.$.footer&&(this.$.table.toggleAttribute(`has-footer`,this.$.footer.querySelector(`tr:not([hidden])`)),this.__updateHeaderFooterRowParts(`footer`)),this._resetKeyboardNavigation(),this.__a11yUpdateGridSize(this.size,this._columnTree,this.__emptyState)}__updateVirtualizerElement(e,t){this._preventScrollerRotatingCellFocus(e,t),this._columnTree&&(e.index=t,this.__ensureRowItem(e),this.__ensureRowHierarchy(e),this.__updateRow(e))}_columnTreeChanged(e){this._renderColumnTree(e),this.__updateColumnsBodyContentHidden()}__updateRowOrderParts(e){$s(e,{first:e.index===0,last:e.index===this._flatSize-1,odd:e.index%2!=0,even:e.index%2==0})}__updateRowStateParts(e,{item:t,expanded:n,selected:r,detailsOpened:i}){$s(e,{expanded:n,collapsed:this.__isRowExpandable(e),selected:r,nonselectable:this.__isItemSelectable(t)===!1,"details-opened":i})}__computeEmptyState(e,t){return e===0&&t}_renderColumnTree(e){for(Js(this.$.items,t=>{this.__initRow(t,e[e.length-1],`body`,!1,!0),this.__updateRow(t)});this.$.header.children.length<e.length;){let e=document.createElement(`tr`);e.setAttribute(`role`,`row`),e.setAttribute(`tabindex`,`-1`),V(e,`row`,!0),V(e,`header-row`,!0),this.$.header.appendChild(e);let t=document.createElement(`tr`);t.setAttribute(`role`,`row`),t.setAttribute(`tabindex`,`-1`),V(t,`row`,!0),V(t,`footer-row`,!0),this.$.footer.appendChild(t)}for(;this.$.header.children.length>e.length;)this.$.header.removeChild(this.$.header.firstElementChild),this.$.footer.removeChild(this.$.footer.firstElementChild);Js(this.$.header,(t,n)=>{this.__initRow(t,e[n],`header`,n===e.length-1)}),Js(this.$.footer,(t,n)=>{this.__initRow(t,e[e.length-1-n],`footer`,n===0)}),this.__initRow(this.$.sizer,e[e.length-1]),this.__updateHeaderFooterRowParts(`header`),this.__updateHeaderFooterRowParts(`footer`),this._resizeHandler(),this._frozenCellsChanged(),this._updateFirstAndLastColumn(),this._resetKeyboardNavigation(),this.__a11yUpdateHeaderRows(),this.__a11yUpdateFooterRows(),this.generateCellPartNames(),this.__updateHeaderAndFooter()}__updateHeaderFooterRowParts(e){let t=[...this.$[e].querySelectorAll(`tr:not([hidden])`)];[...this.$[e].children].forEach(n=>{V(n,`first-${e}-row`,n===t.at(0)),V(n,`last-${e}-row`,n===t.at(-1)),qs(n).forEach(r=>{V(r,`first-${e}-row-cell`,n===t.at(0)),V(r,`last-${e}-row-cell`,n===t.at(-1))})})}__updateRowLoading(e,t){let n=qs(e);Zs(e,`loading`,t),Qs(n,`loading-row-cell`,t),t&&this._generateCellPartNames(e)}__updateRow(e){this.__a11yUpdateRowRowindex(e),this.__updateRowOrderParts(e);let t=this.__getRowItem(e);if(t)this.__updateRowLoading(e,!1);else{this.__updateRowLoading(e,!0);return}e._item=t;let n=this.__getRowModel(e);this._toggleDetailsCell(e,n.detailsOpened),this.__a11yUpdateRowLevel(e,n.level),this.__a11yUpdateRowSelected(e,n.selected),this.__updateRowStateParts(e,n),this._generateCellPartNames(e,n),this._filterDragAndDrop(e,n),this.__updateDragSourceParts(e,n),Js(e,e=>{if(!(e._column&&!e._column.isConnected)&&e._renderer){let t=e._column||this;e._renderer.call(t,e._content,t,n)}}),this._updateDetailsCellHeight(e),this.__a11yUpdateRowExpanded(e,n.expanded)}_resizeHandler(){this._updateDetailsCellHeights(),this.__updateHorizontalScrollPosition()}__getRowModel(e){return{index:e.index,item:e._item,level:this.__getRowLevel(e),expanded:this._isExpanded(e._item),selected:this._isSelected(e._item),hasChildren:this._hasChildren(e._item),detailsOpened:!!this.rowDetailsRenderer&&this._isDetailsOpened(e._item)}}_showTooltip(e){if(this._tooltipController.node?.isConnected){let t=e.target;if(!this.__isCellFullyVisible(t))return;this._tooltipController.setTarget(t),this._tooltipController.setContext(this.getEventContext(e)),this._tooltipController.open({focus:e.type===`focusin`,hover:e.type===`mouseenter`})}}__isCellFullyVisible(e){if(e.hasAttribute(`frozen`)||e.hasAttribute(`frozen-to-end`))return!0;let{left:t,right:n}=this.getBoundingClientRect(),r=[...e.parentNode.children].find(e=>e.hasAttribute(`last-frozen`));if(r){let e=r.getBoundingClientRect();t=this.__isRTL?t:e.right,n=this.__isRTL?e.left:n}let i=[...e.parentNode.children].find(e=>e.hasAttribute(`first-frozen-to-end`));if(i){let e=i.getBoundingClientRect();t=this.__isRTL?e.right:t,n=this.__isRTL?n:e.left}let a=e.getBoundingClientRect();return a.left>=t&&a.right<=n}_hideTooltip(e){this._tooltipController.close(e)}requestContentUpdate(){this.__updateHeaderAndFooter(),this.__updateVisibleRows()}__updateHeaderAndFooter(){(this._columnTree||[]).forEach(e=>{e.forEach(e=>{e._renderHeaderAndFooter&&e._renderHeaderAndFooter()})})}__updateVisibleRows(e,t){this.__virtualizer?.update(e,t)}__updateMinHeight(){let e=this.$.header.clientHeight,t=this.$.footer.clientHeight,n=this.$.table.offsetHeight-this.$.table.clientHeight,r=e+36+t+n;this.__minHeightStyleSheet||(this.__minHeightStyleSheet=new CSSStyleSheet,this.shadowRoot.adoptedStyleSheets.push(this.__minHeightStyleSheet)),this.__minHeightStyleSheet.replaceSync(`:host { --_grid-min-height: ${r}px; }`)}}})),Gl,Kl=o((()=>{pc(),p(),z(),y(),O(),T(),k(),w(),Vc(),Wl(),Gl=class extends Ul(S(x(C(A(u))))){static get is(){return`vaadin-grid`}static get styles(){return Bc}render(){return d`
      <div
        id="scroller"
        ?safari="${this._safari}"
        ?ios="${this._ios}"
        ?loading="${this.loading}"
        ?column-reordering-allowed="${this.columnReorderingAllowed}"
        ?empty-state="${this.__emptyState}"
      >
        <table
          id="table"
          role="treegrid"
          aria-multiselectable="true"
          tabindex="0"
          aria-label="${B(this.accessibleName)}"
        >
          <caption id="sizer" part="row"></caption>
          <thead id="header" role="rowgroup"></thead>
          <tbody id="items" role="rowgroup"></tbody>
          <tbody id="emptystatebody">
            <tr id="emptystaterow">
              <td part="empty-state" class="empty-state" id="emptystatecell" tabindex="0">
                <slot name="empty-state" id="emptystateslot"></slot>
              </td>
            </tr>
          </tbody>
          <tfoot id="footer" role="rowgroup"></tfoot>
        </table>

        <div part="reorder-ghost" class="reorder-ghost"></div>
      </div>

      <slot name="tooltip"></slot>

      <div id="focusexit" tabindex="0"></div>
    `}},v(Gl)})),ql,Jl,Yl=o((()=>{E(),p(),Vc(),ql=t`
  #scroller {
    border-radius: inherit;
  }
`,Jl=[Bc,ql]})),Xl,Zl=o((()=>{Lc(),Xl=e=>class extends e{static get properties(){return{exclude:{type:String,value:`^_`,observer:`__onExcludeChange`,sync:!0},include:{type:String,observer:`__onIncludeChange`,sync:!0}}}__onExcludeChange(e){typeof e==`string`&&(this.exclude=e?RegExp(e.replace(/, */gu,`|`),`iu`):void 0)}__onIncludeChange(e){if(typeof e==`string`)this.include=e?e.split(/, */u):void 0;else if(!this._fields&&Array.isArray(e)){let e={};this.include.forEach(t=>{Mc(t,null,e)}),this._configure(e)}}}})),Ql,$l=o((()=>{Lc(),Zl(),Ql=e=>class extends Xl(e){static get properties(){return{noFilter:{type:Boolean},noSort:{type:Boolean},noHead:{type:Boolean},hideEditColumn:{type:Boolean,sync:!0}}}static get observers(){return[`__onItemsChange(items)`,`__onHideEditColumnChange(hideEditColumn)`]}__onItemsChange(e){(!this.dataProvider||this.dataProvider===this._arrayDataProvider)&&!this.include&&e?.[0]&&this._configure(e[0])}__onHideEditColumnChange(){this.firstChild&&this.__toggleEditColumn()}__toggleEditColumn(){let e=this.querySelector(`vaadin-crud-edit-column`);this.hideEditColumn?e&&this.removeChild(e):e||(e=document.createElement(`vaadin-crud-edit-column`),e.frozenToEnd=!0,this.appendChild(e))}__dataProviderWrapper(e,t){this.__dataProvider(e,(e,n)=>{this.innerHTML===``&&!this.include&&e[0]&&this._configure(e[0]),t(e,n)})}_dataProviderChanged(e,t){this._arrayDataProvider===e?super._dataProviderChanged(e,t):this.__dataProviderWrapper!==e&&(this.innerHTML=``,this.__dataProvider=e,this.dataProvider=this.__dataProviderWrapper,super._dataProviderChanged(this.__dataProviderWrapper,t))}_configure(e){this.innerHTML=``,this.__createColumns(this,e,void 0,this.__getPropertyDepth(e)),this.__toggleEditColumn()}__getPropertyDepth(e){return!e||typeof e!=`object`?0:Object.keys(e).reduce((t,n)=>this.exclude&&this.exclude.test(n)?t:Math.max(t,1+this.__getPropertyDepth(e[n])),0)}_generateHeader(e){return e.substr(e.lastIndexOf(`.`)+1).replace(/([A-Z])/gu,`-$1`).toLowerCase().replace(/-/gu,` `).replace(/^./u,e=>e.toUpperCase())}__createColumn(e,t){let n;!this.noFilter&&!this.noSort&&!e.__sortColumnGroup?(n=this.__createGroup(e),n.__sortColumnGroup=!0,this.__createColumn(n,t)):(n=document.createElement(`vaadin-grid-column`),e.appendChild(n),n.renderer=(e,n,r)=>{e.textContent=t?jc(t,r.item):r.item}),!this.noHead&&t&&(n.headerRenderer=e=>{if(e.firstElementChild)return;let r=this._generateHeader(t);if(n.__sortColumnGroup||this.noFilter&&!this.noSort){let n=document.createElement(`vaadin-grid-sorter`);n.setAttribute(`path`,t),n.setAttribute(`aria-label`,`Sort by ${r}`),n.textContent=r,e.appendChild(n)}else if(this.noFilter)this.noSort&&this.noFilter&&(e.textContent=r);else{let n=document.createElement(`vaadin-grid-filter`);n.setAttribute(`path`,t),n.setAttribute(`aria-label`,`Filter by ${r}`),n.style.display=`flex`;let i=window.document.createElement(`vaadin-text-field`);i.setAttribute(`theme`,`small`),i.setAttribute(`focus-target`,!0),i.style.width=`100%`,this.noSort&&(i.placeholder=r),i.addEventListener(`value-changed`,e=>{n.value=e.detail.value}),n.appendChild(i),e.appendChild(n)}})}__createColumns(e,t,n,r){t&&typeof t==`object`?Object.keys(t).forEach(i=>{if(!this.include&&this.exclude&&this.exclude.test(i))return;let a=t[i],o=n?`${n}.${i}`:i,s=e;if(!this.noHead&&r>1){let t=a&&typeof a==`object`;s=this.__createGroup(e,t?i:void 0)}this.__createColumns(s,a,o,r-1)}):r>1?this.__createColumns(this.__createGroup(e),void 0,n,r-1):this.__createColumn(e,n)}__createGroup(e,t){let n=document.createElement(`vaadin-grid-column-group`);return t&&(n.header=Ac(t)),e.appendChild(n),n}}})),eu,tu=o((()=>{dc(),pc(),yc(),Tc(),zc(),y(),Kl(),Yl(),$l(),eu=class extends Ql(Gl){static get is(){return`vaadin-crud-grid`}static get styles(){return Jl}},v(eu)})),nu,ru,iu=o((()=>{E(),p(),we(),ye({name:`--_min-width-labels-aside`,syntax:`<length>`,inherits:!1,initialValue:`0px`}),Ce(`vaadin-form-layout-base`,t`
    @layer vaadin.base {
      html {
        --vaadin-form-layout-label-spacing: var(--vaadin-gap-s);
        --vaadin-form-layout-label-width: 8em;
        --vaadin-form-layout-column-spacing: var(--vaadin-gap-l);
        --vaadin-form-layout-row-spacing: var(--vaadin-gap-l);
      }
    }
  `),nu=t`
  :host {
    /* Default values */
    --_label-spacing: var(--vaadin-form-layout-label-spacing);
    --_label-width: var(--vaadin-form-layout-label-width);
    --_column-spacing: var(--vaadin-form-layout-column-spacing);
    --_row-spacing: var(--vaadin-form-layout-row-spacing);

    align-self: stretch;
    display: block;
    max-width: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([auto-responsive])) {
    contain: layout;
  }

  :host(:not([auto-responsive])) #layout {
    align-items: baseline; /* default \`stretch\` is not appropriate */
    display: flex;
    flex-wrap: wrap; /* the items should wrap */
    /* Compensate for row spacing */
    margin-block: calc(-0.5 * var(--_row-spacing));
  }

  :host(:not([auto-responsive])) #layout ::slotted(*) {
    /* Items should neither grow nor shrink. */
    flex-grow: 0;
    flex-shrink: 0;

    /* Margins make spacing between the columns and rows */
    margin-inline: calc(0.5 * var(--_column-spacing));
    margin-block: calc(0.5 * var(--_row-spacing));
  }

  #layout ::slotted(br) {
    display: none;
  }

  :host([auto-responsive]) {
    /* Column width */
    --_column-width: var(--vaadin-field-default-width, 12em);
    --_column-width-labels-above: var(--_column-width);
    --_column-width-labels-aside: calc(var(--_column-width) + var(--_label-width) + var(--_label-spacing));

    /* Column gap */
    --_min-total-gap: calc((var(--_min-columns) - 1) * var(--_column-spacing));
    --_max-total-gap: calc((var(--_max-columns) - 1) * var(--_column-spacing));

    /* Minimum form layout width */
    --_min-width-labels-above: calc(var(--_min-columns) * var(--_column-width-labels-above) + var(--_min-total-gap));
    --_min-width-labels-aside: calc(var(--_min-columns) * var(--_column-width-labels-aside) + var(--_min-total-gap));
    --_min-width: var(--_min-width-labels-above);

    /* Maximum form layout width */
    --_max-width-labels-above: calc(var(--_max-columns) * var(--_column-width-labels-above) + var(--_max-total-gap));
    --_max-width-labels-aside: calc(var(--_max-columns) * var(--_column-width-labels-aside) + var(--_max-total-gap));
    --_max-width: var(--_max-width-labels-above);

    display: flex;
    min-width: var(--_min-width);
  }

  :host([auto-responsive]) #layout {
    /* By default, labels should be displayed above the fields */
    --_form-item-labels-above: initial; /* true */
    --_form-item-labels-aside: ' '; /* false */

    /* CSS grid related properties */
    --_grid-column-width: var(--_column-width-labels-above);
    --_grid-repeat: var(--_grid-column-width);

    display: grid;
    gap: var(--_row-spacing) var(--_column-spacing);

    /*
      Auto-columns can be created when an item's colspan exceeds the rendered column count.
      By setting auto-columns to 0, we exclude these columns from --_grid-rendered-column-count,
      which is then used to cap the colspan.
    */
    grid-auto-columns: 0;

    align-self: start;
    grid-template-columns: repeat(auto-fill, var(--_grid-repeat));
    place-items: baseline start;

    /*
      Firefox requires min-width on both :host and #layout to allow the layout
      to shrink below the value specified in the CSS width property above.
    */
    min-width: var(--_min-width);

    /*
      To prevent the layout from exceeding the column limit defined by --_max-columns,
      its width needs to be constrained:

      1. "width" is used instead of "max-width" because, together with the default "flex: 0 1 auto",
      it allows the layout to shrink to its minimum width inside <vaadin-horizontal-layout>, which
      wouldn't work otherwise.

      2. "width" is used instead of "flex-basis" to make the layout expand to the maximum
      number of columns inside <vaadin-overlay>, which creates a new stacking context
      without a predefined width.
    */
    width: var(--_max-width);
  }

  :host([auto-responsive]) #layout ::slotted(*) {
    /* Make form items inherit label position from the layout */
    --_form-item-labels-above: inherit;
    --_form-item-labels-aside: inherit;

    /* By default, place each child on a new row */
    grid-column: 1 / span min(var(--_grid-colspan, 1), var(--_grid-rendered-column-count));

    /* Form items do not need margins in auto-responsive mode */
    margin: 0;
  }

  :host([auto-responsive][auto-rows]) #layout ::slotted(*) {
    grid-column-start: var(--_grid-colstart, auto);
  }

  :host([auto-responsive][labels-aside]) {
    --_max-width: var(--_max-width-labels-aside);
  }

  :host([auto-responsive][labels-aside]) #layout[fits-labels-aside] {
    --_form-item-labels-above: ' '; /* false */
    --_form-item-labels-aside: initial; /* true */
    --_grid-column-width: var(--_column-width-labels-aside);
  }

  :host([auto-responsive][expand-columns]) #layout {
    /*
      The "min" value in minmax ensures that once "maxColumns" is reached, the grid stops adding
      new columns and instead expands the existing ones evenly to fill the available space.

      The "max" value in minmax allows CSS grid columns to grow and evenly distribute any space
      that remains when there isn't room for an additional column and "maxColumns" hasn't been
      reached yet.
    */
    --_grid-repeat: minmax(
      max(var(--_grid-column-width), calc((100% - var(--_max-total-gap)) / var(--_max-columns))),
      1fr
    );

    /* Allow the layout to take up full available width of the parent element. */
    flex-grow: 1;
  }
`,ru=t`
  /* Using :where to ensure user styles always take precedence */
  :where(
    vaadin-form-layout[auto-responsive] > *,
    vaadin-form-layout[auto-responsive] vaadin-form-row > *,
    vaadin-form-layout[auto-responsive] vaadin-form-item > *
  ) {
    box-sizing: border-box;
    max-width: 100%;
  }

  :where(
    vaadin-form-layout[auto-responsive][expand-fields] > *,
    vaadin-form-layout[auto-responsive][expand-fields] vaadin-form-row > *,
    vaadin-form-layout[auto-responsive][expand-fields] vaadin-form-item > *
  ) {
    min-width: 100%;
  }
`})),au,ou=o((()=>{au=class{constructor(e,t){this.host=e,this.props={},this.config=t,this.isConnected=!1,this.__resizeObserver=new ResizeObserver(e=>setTimeout(()=>this._onResize(e))),this.__mutationObserver=new MutationObserver(e=>this._onMutation(e))}connect(){this.isConnected||(this.isConnected=!0,this.__resizeObserver.observe(this.host),this.__mutationObserver.observe(this.host,this.config.mutationObserverOptions))}disconnect(){this.isConnected&&(this.isConnected=!1,this.__resizeObserver.disconnect(),this.__mutationObserver.disconnect())}setProps(e){this.props=e}updateLayout(){}_onResize(e){}_onMutation(e){}}}));function su(e){return e.localName===`br`}var cu,lu=o((()=>{j(),ou(),cu=class extends au{constructor(e){super(e,{mutationObserverOptions:{subtree:!0,childList:!0,attributes:!0,attributeFilter:[`colspan`,`data-colspan`,`hidden`]}})}connect(){this.isConnected||(super.connect(),this.updateLayout())}disconnect(){if(!this.isConnected)return;super.disconnect();let{host:e}=this;e.style.removeProperty(`--_column-width`),e.style.removeProperty(`--_max-columns`),e.$.layout.removeAttribute(`fits-labels-aside`),e.$.layout.style.removeProperty(`--_grid-rendered-column-count`),this.__children.forEach(e=>{e.style.removeProperty(`--_grid-colstart`),e.style.removeProperty(`--_grid-colspan`)})}setProps(e){super.setProps(e),this.isConnected&&this.updateLayout()}updateLayout(){let{host:e,props:t}=this;if(!this.isConnected||Le(e))return;let n=0,r=0,i=this.__children;i.filter(e=>su(e)||!Le(e)).forEach((i,a,o)=>{let s=o[a-1];if(su(i)){n=0;return}(s&&s.parentElement!==i.parentElement||!t.autoRows&&i.parentElement===e)&&(n=0),t.autoRows&&n===0?i.style.setProperty(`--_grid-colstart`,1):i.style.removeProperty(`--_grid-colstart`);let c=i.getAttribute(`colspan`)||i.getAttribute(`data-colspan`);c?(n+=parseInt(c),i.style.setProperty(`--_grid-colspan`,c)):(n+=1,i.style.removeProperty(`--_grid-colspan`)),r=Math.max(r,n)}),i.filter(Le).forEach(e=>{e.style.removeProperty(`--_grid-colstart`)}),t.columnWidth?e.style.setProperty(`--_column-width`,t.columnWidth):e.style.removeProperty(`--_column-width`),e.style.setProperty(`--_min-columns`,t.minColumns),e.style.setProperty(`--_max-columns`,Math.min(Math.max(t.minColumns,t.maxColumns),r)),e.$.layout.toggleAttribute(`fits-labels-aside`,this.props.labelsAside&&this.__fitsLabelsAside),e.$.layout.style.setProperty(`--_grid-rendered-column-count`,this.__renderedColumnCount)}_onResize(){this.updateLayout()}_onMutation(e){e.some(({target:e})=>e===this.host||e.parentElement===this.host||e.parentElement.localName===`vaadin-form-row`)&&this.updateLayout()}get __children(){return[...this.host.children].flatMap(e=>e.localName===`vaadin-form-row`?[...e.children]:e)}get __renderedColumnCount(){let{gridTemplateColumns:e}=getComputedStyle(this.host.$.layout);return e.split(` `).filter(e=>e!==`0px`).length}get __minWidthLabelsAside(){return parseFloat(getComputedStyle(this.host).getPropertyValue(`--_min-width-labels-aside`))}get __fitsLabelsAside(){return this.host.offsetWidth>=this.__minWidthLabelsAside}}}));function uu(e){return CSS.supports(`word-spacing`,e)&&![`inherit`,`normal`].includes(e)}function du(e){return typeof e==`number`&&e>=1&&e<1/0?Math.floor(e):1}var fu,pu=o((()=>{j(),ou(),fu=class extends au{constructor(e){super(e,{mutationObserverOptions:{subtree:!0,childList:!0,attributes:!0,attributeFilter:[`colspan`,`data-colspan`,`hidden`]}})}connect(){this.isConnected||(super.connect(),this.__selectResponsiveStep(),this.updateLayout(),requestAnimationFrame(()=>this.__selectResponsiveStep()),requestAnimationFrame(()=>this.updateLayout()))}disconnect(){if(!this.isConnected)return;super.disconnect();let{host:e}=this;e.$.layout.style.removeProperty(`opacity`),[...e.children].forEach(e=>{e.style.removeProperty(`width`),e.style.removeProperty(`margin-left`),e.style.removeProperty(`margin-right`),e.removeAttribute(`label-position`)})}setProps(e){let{responsiveSteps:t}=e;if(!Array.isArray(t))throw Error(`Invalid "responsiveSteps" type, an Array is required.`);if(t.length<1)throw Error(`Invalid empty "responsiveSteps" array, at least one item is required.`);t.forEach(e=>{if(du(e.columns)!==e.columns)throw Error(`Invalid 'columns' value of ${e.columns}, a natural number is required.`);if(e.minWidth!==void 0&&!uu(e.minWidth))throw Error(`Invalid 'minWidth' value of ${e.minWidth}, a valid CSS length required.`);if(e.labelsPosition!==void 0&&[`aside`,`top`].indexOf(e.labelsPosition)===-1)throw Error(`Invalid 'labelsPosition' value of ${e.labelsPosition}, 'aside' or 'top' string is required.`)}),super.setProps(e),this.isConnected&&(this.__selectResponsiveStep(),this.updateLayout())}updateLayout(){let{host:e}=this;if(!this.isConnected||Le(e))return;let t=getComputedStyle(e),n=t.getPropertyValue(`--_column-spacing`),r=t.direction,i=`margin-${r===`ltr`?`left`:`right`}`,a=`margin-${r===`ltr`?`right`:`left`}`,o=e.offsetWidth,s=0;Array.from(e.children).filter(e=>e.localName===`br`||getComputedStyle(e).display!==`none`).forEach((e,t,r)=>{if(e.localName===`br`){s=0;return}let c=e.getAttribute(`colspan`)||e.getAttribute(`data-colspan`),l;l=du(parseFloat(c)),l=Math.min(l,this.__columnCount);let u=l/this.__columnCount;e.style.width=`calc(${u*100}% - ${1-u} * ${n})`,s+l>this.__columnCount&&(s=0),s===0?e.style.setProperty(i,`0px`):e.style.removeProperty(i);let d=t+1,f=d<r.length&&r[d].localName===`br`;if(s+l===this.__columnCount)e.style.setProperty(a,`0px`);else if(f){let t=(this.__columnCount-s-l)/this.__columnCount;e.style.setProperty(a,`calc(${t*o}px + ${t} * ${n})`)}else e.style.removeProperty(a);s=(s+l)%this.__columnCount,e.localName===`vaadin-form-item`&&(this.__labelsOnTop?e.getAttribute(`label-position`)!==`top`&&(e.__useLayoutLabelPosition=!0,e.setAttribute(`label-position`,`top`)):e.__useLayoutLabelPosition&&(delete e.__useLayoutLabelPosition,e.removeAttribute(`label-position`)))})}_onResize(){let{host:e}=this;if(Le(e)){e.$.layout.style.opacity=`0`;return}this.__selectResponsiveStep(),this.updateLayout(),e.$.layout.style.opacity=``}_onMutation(e){e.some(({target:e})=>e===this.host||e.parentElement===this.host)&&this.updateLayout()}__selectResponsiveStep(){if(!this.isConnected)return;let{host:e,props:t}=this,n,r=`background-position`;t.responsiveSteps.forEach(t=>{e.$.layout.style.setProperty(r,t.minWidth),parseFloat(getComputedStyle(e.$.layout).getPropertyValue(r))<=e.offsetWidth&&(n=t)}),e.$.layout.style.removeProperty(r),n&&(this.__columnCount=n.columns,this.__labelsOnTop=n.labelsPosition===`top`)}}})),mu,hu=o((()=>{Ee(),lu(),pu(),iu(),mu=e=>class extends De(e){static get properties(){return{responsiveSteps:{type:Array,value(){return[{minWidth:0,columns:1,labelsPosition:`top`},{minWidth:`20em`,columns:1},{minWidth:`40em`,columns:2}]},observer:`__responsiveStepsChanged`,sync:!0},autoResponsive:{type:Boolean,sync:!0,value:()=>!!(window.Vaadin&&window.Vaadin.featureFlags&&window.Vaadin.featureFlags.defaultAutoResponsiveFormLayout),reflectToAttribute:!0},columnWidth:{type:String,sync:!0},maxColumns:{type:Number,sync:!0,value:10},minColumns:{type:Number,sync:!0,value:1},autoRows:{type:Boolean,sync:!0,value:!1,reflectToAttribute:!0},labelsAside:{type:Boolean,sync:!0,value:!1,reflectToAttribute:!0},expandColumns:{type:Boolean,sync:!0,value:!1,reflectToAttribute:!0},expandFields:{type:Boolean,sync:!0,value:!1,reflectToAttribute:!0}}}static get observers(){return[`__autoResponsiveLayoutPropsChanged(columnWidth, maxColumns, minColumns, autoRows, labelsAside, expandColumns, expandFields)`,`__autoResponsiveChanged(autoResponsive)`]}constructor(){super(),this.__currentLayout,this.__autoResponsiveLayout=new cu(this),this.__responsiveStepsLayout=new fu(this)}connectedCallback(){super.connectedCallback(),this.__currentLayout.connect()}disconnectedCallback(){super.disconnectedCallback(),this.__currentLayout.disconnect()}get slotStyles(){return[`${ru}`.replace(`vaadin-form-layout`,this.localName)]}_updateLayout(){this.__currentLayout.updateLayout()}__responsiveStepsChanged(e,t){try{this.__responsiveStepsLayout.setProps({responsiveSteps:e})}catch(n){t&&t!==e?(console.warn(`${n.message} Using previously set 'responsiveSteps' instead.`),this.responsiveSteps=t):(console.warn(`${n.message} Using default 'responsiveSteps' instead.`),this.responsiveSteps=[{minWidth:0,columns:1,labelsPosition:`top`},{minWidth:`20em`,columns:1},{minWidth:`40em`,columns:2}])}}__autoResponsiveLayoutPropsChanged(e,t,n,r,i,a,o){this.__autoResponsiveLayout.setProps({columnWidth:e,maxColumns:t,minColumns:n,autoRows:r,labelsAside:i,expandColumns:a,expandFields:o})}__autoResponsiveChanged(e){this.__currentLayout&&this.__currentLayout.disconnect(),e?this.__currentLayout=this.__autoResponsiveLayout:this.__currentLayout=this.__responsiveStepsLayout,this.__currentLayout.connect()}}})),gu,_u=o((()=>{p(),y(),O(),T(),w(),iu(),hu(),gu=class extends mu(x(S(C(u)))){static get is(){return`vaadin-form-layout`}static get styles(){return nu}render(){return d`
      <div id="layout">
        <slot id="slot"></slot>
      </div>
    `}},v(gu)})),vu,yu=o((()=>{qn(),y(),_u(),Lc(),Zl(),vu=class extends Xl(gu){static get is(){return`vaadin-crud-form`}static get properties(){return{item:{type:Object,sync:!0}}}static get observers(){return[`__onItemChange(item)`]}_configure(e){this.innerHTML=``,this._fields=[],this.__createFields(this,e),this._updateLayout()}__onItemChange(e){this._fields||this._configure(e)}__createField(e,t){return Fc(this,e,t)}__createFields(e,t,n){return Ic(this,e,t,n)}},v(vu)})),bu,xu=o((()=>{E(),p(),bu=t`
  :host {
    --vaadin-grid-border-width: 0px;
    --vaadin-grid-border-radius: var(--vaadin-crud-border-radius, var(--vaadin-radius-l));
    --vaadin-crud-editor-max-height: 40%;
    --vaadin-crud-editor-max-width: 40%;
    border: var(--vaadin-crud-border-width, 1px) solid
      var(--vaadin-crud-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-crud-border-radius, var(--vaadin-radius-m));
    height: 400px;
    width: 100%;
    background: var(--vaadin-crud-background, var(--vaadin-background-color));
  }

  :host,
  #main {
    align-self: stretch;
    display: flex;
    flex-direction: column;
    position: relative;
  }

  #main {
    flex: 1 1 100%;
    height: 100%;
    min-width: 0;
    min-height: 0;
  }

  ::slotted(vaadin-crud-grid) {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  #container {
    display: flex;
    height: 100%;
  }

  :host([editor-position='bottom']) #container {
    flex-direction: column;
  }

  :host([editor-position='aside'][editor-opened]) #main {
    border-inline-end: var(--vaadin-crud-border-width, 1px) solid
      var(--vaadin-crud-border-color, var(--vaadin-border-color-secondary));
  }

  :host([editor-position='aside'][editor-opened]) ::slotted(vaadin-crud-grid) {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  :host([editor-position='aside'][editor-opened]) :is(#container, [part='editor']) {
    border-start-end-radius: inherit;
    border-end-end-radius: inherit;
  }

  :host([editor-position='bottom'][editor-opened]) #main {
    border-bottom: var(--vaadin-crud-border-width, 1px) solid
      var(--vaadin-crud-border-color, var(--vaadin-border-color-secondary));
  }

  :host([editor-position='bottom'][editor-opened]) :is(#container, [part='editor']) {
    border-end-start-radius: inherit;
    border-end-end-radius: inherit;
  }

  [part='toolbar'] {
    align-items: baseline;
    background: var(--vaadin-crud-toolbar-background, transparent);
    border-top: var(--vaadin-crud-border-width, 1px) solid
      var(--vaadin-crud-border-color, var(--vaadin-border-color-secondary));
    display: flex;
    flex-shrink: 0;
    justify-content: flex-end;
    padding: var(--vaadin-crud-toolbar-padding, var(--vaadin-dialog-padding, var(--vaadin-padding-l)));
  }

  :host([no-toolbar]) [part='toolbar'] {
    display: none;
  }

  [part='editor'] {
    display: flex;
    flex-direction: column;
    height: 100%;
    z-index: 1;
  }

  [part='editor']:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  :host(:not([editor-position=''])[editor-opened]:not([fullscreen])) [part='editor'] {
    flex: 1 0 100%;
  }

  :host([editor-position='bottom'][editor-opened]:not([fullscreen])) [part='editor'] {
    max-height: var(--vaadin-crud-editor-max-height);
  }

  :host([editor-position='aside'][editor-opened]:not([fullscreen])) [part='editor'] {
    max-width: var(--vaadin-crud-editor-max-width);
    min-width: 300px;
  }

  [part='scroller'] {
    display: flex;
    flex: auto;
    flex-direction: column;
    overflow: auto;
  }

  [part='header'] {
    color: var(--vaadin-crud-header-color, var(--vaadin-dialog-title-color, var(--vaadin-text-color)));
    font-size: var(--vaadin-crud-header-font-size, var(--vaadin-dialog-title-font-size, 1em));
    font-weight: var(--vaadin-crud-header-font-weight, var(--vaadin-dialog-title-font-weight, 600));
    line-height: var(--vaadin-crud-header-line-height, var(--vaadin-dialog-title-line-height, inherit));
    padding: var(--vaadin-crud-header-padding, var(--vaadin-dialog-padding, var(--vaadin-padding-l)));
  }

  ::slotted([slot='header']) {
    color: inherit !important;
    display: contents;
    font: inherit !important;
    overflow-wrap: anywhere;
  }

  ::slotted([slot='form']) {
    padding: var(--vaadin-crud-form-padding, var(--vaadin-dialog-padding, var(--vaadin-padding-l)));
    padding-top: 0;
  }

  [part='footer'] {
    background: var(--vaadin-crud-footer-background, transparent);
    border-top: var(--vaadin-crud-border-width, 1px) solid
      var(--vaadin-crud-border-color, var(--vaadin-border-color-secondary));
    display: flex;
    flex: none;
    gap: var(--vaadin-crud-footer-gap, var(--vaadin-gap-s));
    padding: var(--vaadin-crud-footer-padding, var(--vaadin-dialog-padding, var(--vaadin-padding-l)));
  }

  ::slotted([slot='delete-button']) {
    margin-inline-start: auto;
  }

  :host([theme~='no-border']) {
    border: 0;
    border-radius: 0;
  }
`})),Su,Cu,wu,Tu=o((()=>{R(),Su=class extends I{constructor(e,t,n,r){super(e,`${t}-button`,r?null:`vaadin-button`),this.type=t,this.theme=n}initNode(e){if(!e)return;e._isDefault&&(this.defaultNode=e),e===this.defaultNode&&this.theme&&!e.hasAttribute(`theme`)&&e.setAttribute(`theme`,this.theme);let{host:t,type:n}=this,r=`_${n}Button`,i=`__${n}`;t[r]&&t[r]!==e&&t[r].remove(),e.addEventListener(`click`,t[i]),t[r]=e}},Cu=class extends I{constructor(e){super(e,`form`,`vaadin-crud-form`)}initNode(e){this.host._form=e,this.host.editorOpened&&this.host.__ensureChildren()}},wu=class extends I{constructor(e){super(e,`grid`,`vaadin-crud-grid`)}initNode(e){let{host:t}=this;queueMicrotask(()=>{t.__editOnClickChanged(!1,t._grid),t._grid=e,t.__editOnClickChanged(t.editOnClick,t._grid)})}}})),Eu,Du,Ou=o((()=>{et(),Xn(),vs(),R(),Tu(),Lc(),Eu={newItem:`New item`,editItem:`Edit item`,saveItem:`Save`,cancel:`Cancel`,deleteItem:`Delete...`,editLabel:`Edit`,confirm:{delete:{title:`Delete item`,content:`Are you sure you want to delete this item? This action cannot be undone.`,button:{confirm:`Delete`,dismiss:`Cancel`}},cancel:{title:`Discard changes`,content:`There are unsaved changes to this item.`,button:{confirm:`Discard`,dismiss:`Cancel`}}}},Du=e=>class extends tr(e){static get properties(){return{_grid:{type:Object,observer:`__gridChanged`},_form:{type:Object,observer:`__formChanged`},_saveButton:{type:Object},_deleteButton:{type:Object},_cancelButton:{type:Object},_defaultHeader:{type:Object},_newButton:{type:Object},items:{type:Array,notify:!0,observer:`__itemsChanged`,sync:!0},editedItem:{type:Object,observer:`__editedItemChanged`,notify:!0,sync:!0},editorPosition:{type:String,value:``,reflectToAttribute:!0,observer:`__editorPositionChanged`,sync:!0},editOnClick:{type:Boolean,value:!1,sync:!0},dataProvider:{type:Function,observer:`__dataProviderChanged`},noFilter:{type:Boolean},noSort:{type:Boolean},noHead:{type:Boolean},include:{type:String},exclude:{type:String},editorOpened:{type:Boolean,reflectToAttribute:!0,notify:!0,observer:`__editorOpenedChanged`,sync:!0},size:{type:Number,readOnly:!0,notify:!0},noToolbar:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},__dialogAriaLabel:String,__isDirty:{type:Boolean,sync:!0},__isNew:Boolean,_fullscreen:{type:Boolean,observer:`__fullscreenChanged`,sync:!0},_fullscreenMediaQuery:{value:`(max-width: 600px), (max-height: 600px)`}}}static get observers(){return[`__headerPropsChanged(_defaultHeader, __isNew, __effectiveI18n)`,`__formPropsChanged(_form, _theme, include, exclude)`,`__gridPropsChanged(_grid, _theme, include, exclude, noFilter, noHead, noSort, items)`,`__i18nChanged(__effectiveI18n, _grid)`,`__editOnClickChanged(editOnClick, _grid)`,`__saveButtonPropsChanged(_saveButton, __effectiveI18n, __isDirty)`,`__cancelButtonPropsChanged(_cancelButton, __effectiveI18n)`,`__deleteButtonPropsChanged(_deleteButton, __effectiveI18n, __isNew)`,`__newButtonPropsChanged(_newButton, __effectiveI18n)`]}static get defaultI18n(){return Eu}get i18n(){return super.i18n}set i18n(e){super.i18n=e}constructor(){super(),this.__cancel=this.__cancel.bind(this),this.__delete=this.__delete.bind(this),this.__save=this.__save.bind(this),this.__new=this.__new.bind(this),this.__onFormChange=this.__onFormChange.bind(this),this.__onGridEdit=this.__onGridEdit.bind(this),this.__onGridSizeChanged=this.__onGridSizeChanged.bind(this),this.__onGridActiveItemChanged=this.__onGridActiveItemChanged.bind(this),this.__focusRestorationController=new Et}get _headerNode(){return this._headerController&&this._headerController.node}get _fields(){return(!this.__fields||!this.__fields.length)&&(this.__fields=Array.from(this._form.querySelectorAll(`*`)).filter(e=>e.validate||e.checkValidity)),this.__fields}get _editor(){return this.shadowRoot.querySelector(`#editor`)}get _scroller(){return this.shadowRoot.querySelector(`#scroller`)}get _dialogMode(){return this.editorPosition===``||this._fullscreen}ready(){super.ready(),this._gridController=new wu(this),this.addController(this._gridController),this._newButtonController=new Su(this,`new`,null,this._noDefaultButtons),this.addController(this._newButtonController),this._headerController=new I(this,`header`,`h3`,{initializer:e=>{this._defaultHeader=e}}),this.addController(this._headerController),this.addController(new Cu(this)),this._saveButtonController=new Su(this,`save`,`primary`,this._noDefaultButtons),this._cancelButtonController=new Su(this,`cancel`,`tertiary`,this._noDefaultButtons),this._deleteButtonController=new Su(this,`delete`,`tertiary error`,this._noDefaultButtons),this.addController(this._saveButtonController),this.addController(this._cancelButtonController),this.addController(this._deleteButtonController),this.addController(new _s(this._fullscreenMediaQuery,e=>{this._fullscreen=e})),this.addController(this.__focusRestorationController),this._confirmCancelDialog=this.querySelector(`vaadin-confirm-dialog[slot="confirm-cancel"]`),this._confirmDeleteDialog=this.querySelector(`vaadin-confirm-dialog[slot="confirm-delete"]`)}updated(e){if(super.updated(e),e.has(`_grid`)||e.has(`_newButton`)||e.has(`editorOpened`)||e.has(`editorPosition`)||e.has(`_fullscreen`)){let e=this.editorOpened&&this._dialogMode;this.__hideElement(this._grid,e),this.__hideElement(this._newButton,e)}}__isSaveBtnDisabled(e){return!e}__headerPropsChanged(e,t,n){e&&(e.textContent=t?n.newItem:n.editItem)}__i18nChanged(e,t){t&&queueMicrotask(()=>{Array.from(t.querySelectorAll(`vaadin-crud-edit-column`)).forEach(t=>{t.ariaLabel=e.editLabel})})}__editorPositionChanged(e){Nc(e)||(this.editorPosition=``)}__editorOpenedChanged(e,t){!e&&t?this.__closeEditor():this.__formChanged(this._form),e&&(this._editor&&this._editor.focus(),setTimeout(()=>{this.__dialogAriaLabel=this._headerNode.textContent.trim()})),this.__toggleToolbar(),this._scroller&&(this._scroller.scrollTop=0)}__fullscreenChanged(e,t){(e||t)&&(this.__toggleToolbar(),this.toggleAttribute(`fullscreen`,e))}__toggleToolbar(){this.editorPosition===`bottom`&&!this._fullscreen&&(this.$.toolbar.style.display=this.editorOpened?`none`:``)}__onGridEdit(e){e.stopPropagation(),this.__confirmBeforeChangingEditedItem(e.detail.item)}__onFormChange(){this.__isDirty=!0}__onGridSizeChanged(){this._setSize(this._grid.size)}__gridChanged(e,t){t&&(t.removeEventListener(`edit`,this.__onGridEdit),t.removeEventListener(`size-changed`,this.__onGridSizeChanged)),this.dataProvider&&this.__dataProviderChanged(this.dataProvider),this.editedItem&&this.__editedItemChanged(this.editedItem),e.addEventListener(`edit`,this.__onGridEdit),e.addEventListener(`size-changed`,this.__onGridSizeChanged),this.__onGridSizeChanged()}__formChanged(e,t){t&&(t.removeEventListener(`change`,this.__onFormChange),t.removeEventListener(`input`,this.__onFormChange)),e&&(this.items&&this.__itemsChanged(this.items),this.editedItem&&this.__editedItemChanged(this.editedItem),e.addEventListener(`change`,this.__onFormChange),e.addEventListener(`input`,this.__onFormChange))}__formPropsChanged(e,t,n,r){e&&(e.include=n,e.exclude=r,t?e.setAttribute(`theme`,t):e.removeAttribute(`theme`))}__gridPropsChanged(e,t,n,r,i,a,o,s){e&&(e===this._gridController.defaultNode&&(e.noFilter=i,e.noHead=a,e.noSort=o,e.include=n,e.exclude=r,t?e.setAttribute(`theme`,t):e.removeAttribute(`theme`)),e.items=s)}__saveButtonPropsChanged(e,t,n){e&&(e.toggleAttribute(`disabled`,this.__isSaveBtnDisabled(n)),e===this._saveButtonController.defaultNode&&(e.textContent=t.saveItem))}__deleteButtonPropsChanged(e,t,n){e&&(e.toggleAttribute(`hidden`,n),e===this._deleteButtonController.defaultNode&&(e.textContent=t.deleteItem))}__cancelButtonPropsChanged(e,t){e&&e===this._cancelButtonController.defaultNode&&(e.textContent=t.cancel)}__newButtonPropsChanged(e,t){e&&e===this._newButtonController.defaultNode&&(e.textContent=t.newItem)}__dataProviderChanged(e){this._grid&&(this._grid.dataProvider=this.__createDataProviderProxy(e))}__editOnClickChanged(e,t){t&&(t.hideEditColumn=e,e?t.addEventListener(`active-item-changed`,this.__onGridActiveItemChanged):t.removeEventListener(`active-item-changed`,this.__onGridActiveItemChanged))}__onGridActiveItemChanged(e){let t=e.detail.value;if(this.editorOpened&&this.__isDirty){this.__confirmBeforeChangingEditedItem(t);return}t?this.__edit(t):this.__keepOpened||this.__closeEditor()}__confirmBeforeChangingEditedItem(e,t){this.editorOpened&&this.__isDirty&&this.editedItem!==e?(this._confirmCancelDialog.opened=!0,this.addEventListener(`cancel`,n=>{n.preventDefault(),e||t?(this.__edit(e),this.__clearItemAndKeepEditorOpened(e,t)):this.__closeEditor()},{once:!0})):(this.__edit(e),this.__clearItemAndKeepEditorOpened(e,t))}__clearItemAndKeepEditorOpened(e,t){e||setTimeout(()=>{this.__keepOpened=t,this.editedItem=this._grid.activeItem=void 0})}__createDataProviderProxy(e){return(t,n)=>{e(t,(e,t)=>{e?.[0]&&(this.__model=e[0]),n(e,t)})}}__itemsChanged(e){this.items&&this.items[0]&&(this.__model=e[0])}__editedItemChanged(e){this._form&&e&&(!this._fields.length&&this._form._configure&&(this.__model?this._form._configure(this.__model):console.warn("<vaadin-crud> Unable to autoconfigure form because the data structure is unknown. Either specify `include` or ensure at least one item is available beforehand.")),this._form.item=e,this._fields.forEach(t=>{let n=t.path||t.getAttribute(`path`);n&&(t.value=jc(n,e))}),this.__isNew=!!(this.__isNew||this.items&&this.items.indexOf(e)<0),this.editorOpened=!0)}__validate(){return this._fields.every(e=>(e.validate||e.checkValidity).call(e))}__setHighlightedItem(e){this._grid===this._gridController.defaultNode&&(this._grid.selectedItems=e?[e]:[])}__closeEditor(){this.editorOpened=!1,this.__isDirty=!1,this.__setHighlightedItem(null),setTimeout(()=>this.__clearItemAndKeepEditorOpened(null,!1))}__new(){this.__confirmBeforeChangingEditedItem(null,!0)}__edit(e){this.editedItem!==e&&(this.__setHighlightedItem(e),this.__openEditor(e))}__fireEvent(e,t){let n=new CustomEvent(e,{detail:{item:t},cancelable:!0});return this.dispatchEvent(n),n.defaultPrevented===!1}__openEditor(e){this.__focusRestorationController.saveFocus(),this.__isDirty=!1,this.__isNew=!e,this.__fireEvent(this.__isNew?`new`:`edit`,e)?this.editedItem=e||{}:this.editorOpened=!0}__restoreFocusOnDelete(){this._grid._flatSize===1?this._newButton.focus():this._grid._focusFirstVisibleRow()}__restoreFocusOnSaveOrCancel(){let e=this.__focusRestorationController.focusNode,t=this._grid._getRowContainingNode(e);if(!t){this.__focusRestorationController.restoreFocus();return}this._grid._isItemAssignedToRow(this.editedItem,t)&&this._grid._isInViewport(t)?this.__focusRestorationController.restoreFocus():this._grid._focusFirstVisibleRow()}__save(){if(!this.__validate())return;let e={...this.editedItem};this._fields.forEach(t=>{let n=t.path||t.getAttribute(`path`);n&&Mc(n,t.value,e)}),this.__fireEvent(`save`,e)&&(this.__isNew&&!this.dataProvider?this.items?this.items.push(e):this.items=[e]:(this.editedItem||={},Object.assign(this.editedItem,e)),this.__restoreFocusOnSaveOrCancel(),this._grid.clearCache(),this.__closeEditor())}__cancel(){this.__isDirty?this._confirmCancelDialog.opened=!0:this.__confirmCancel()}__confirmCancel(){this.__fireEvent(`cancel`,this.editedItem)&&(this.__restoreFocusOnSaveOrCancel(),this.__closeEditor())}__delete(){this._confirmDeleteDialog.opened=!0}__confirmDelete(){this.__fireEvent(`delete`,this.editedItem)&&(this.items&&this.items.indexOf(this.editedItem)>=0&&this.items.splice(this.items.indexOf(this.editedItem),1),this.__restoreFocusOnDelete(),this._grid.clearCache(),this.__closeEditor())}__hideElement(e,t){e&&(t?e.setAttribute(`aria-hidden`,`true`):e.removeAttribute(`aria-hidden`))}}})),ku,Au=o((()=>{Wt(),Kn(),Ks(),tu(),yu(),p(),z(),y(),O(),T(),k(),w(),xu(),Ou(),ku=class extends Du(S(x(C(A(u))))){static get is(){return`vaadin-crud`}static get cvdlName(){return`vaadin-crud`}static get styles(){return bu}render(){return d`
      <div id="container">
        <div id="main">
          <slot name="grid"></slot>

          <div id="toolbar" part="toolbar">
            <slot name="toolbar"></slot>
            <slot name="new-button"></slot>
          </div>
        </div>

        ${this._dialogMode?se:d`
              <div
                part="editor"
                id="editor"
                role="group"
                aria-labelledby="header"
                tabindex="0"
                ?hidden="${!this.editorOpened}"
              >
                <div part="scroller" id="scroller">
                  <div part="header" id="header">
                    <slot name="header"></slot>
                  </div>
                  <slot name="form"></slot>
                </div>

                <div part="footer" role="toolbar">
                  <slot name="save-button"></slot>
                  <slot name="cancel-button"></slot>
                  <slot name="delete-button"></slot>
                </div>
              </div>
            `}
      </div>

      ${this._dialogMode?d`
            <vaadin-crud-dialog
              id="dialog"
              aria-label="${B(this.__dialogAriaLabel)}"
              theme="${B(this._theme)}"
              exportparts="backdrop, overlay, header, content, footer"
              .crudElement="${this}"
              .opened="${this.editorOpened}"
              .fullscreen="${this._fullscreen}"
              .noCloseOnOutsideClick="${this.__isDirty}"
              .noCloseOnEsc="${this.__isDirty}"
              @cancel="${this.__cancel}"
            >
              <slot name="header" slot="header"></slot>
              <slot name="form" slot="form"></slot>
              <slot name="save-button" slot="save-button"></slot>
              <slot name="cancel-button" slot="cancel-button"></slot>
              <slot name="delete-button" slot="delete-button"></slot>
            </vaadin-crud-dialog>
          `:se}

      <slot name="confirm-cancel"></slot>

      <slot name="confirm-delete"></slot>
    `}update(e){super.update(e),this.__renderSlottedOverlays()}__renderSlottedOverlays(){ie(d`
        <vaadin-confirm-dialog
          theme="${B(this._theme)}"
          slot="confirm-cancel"
          @confirm="${this.__confirmCancel}"
          cancel-button-visible
          .confirmText="${this.__effectiveI18n.confirm.cancel.button.confirm}"
          .cancelText="${this.__effectiveI18n.confirm.cancel.button.dismiss}"
          .header="${this.__effectiveI18n.confirm.cancel.title}"
          .message="${this.__effectiveI18n.confirm.cancel.content}"
          confirm-theme="primary"
        ></vaadin-confirm-dialog>

        <vaadin-confirm-dialog
          theme="${B(this._theme)}"
          slot="confirm-delete"
          @confirm="${this.__confirmDelete}"
          cancel-button-visible
          .confirmText="${this.__effectiveI18n.confirm.delete.button.confirm}"
          .cancelText="${this.__effectiveI18n.confirm.delete.button.dismiss}"
          .header="${this.__effectiveI18n.confirm.delete.title}"
          .message="${this.__effectiveI18n.confirm.delete.content}"
          confirm-theme="primary error"
        ></vaadin-confirm-dialog>
      `,this,{host:this})}},v(ku)})),ju,Mu=o((()=>{Lt(),ju=e=>class extends e{static get properties(){return{width:{type:String,value:`58px`,sync:!0},autoWidth:{type:Boolean,value:!0},flexGrow:{type:Number,value:0,sync:!0},selectAll:{type:Boolean,value:!1,notify:!0,sync:!0},autoSelect:{type:Boolean,value:!1,sync:!0},dragSelect:{type:Boolean,value:!1,sync:!0},_indeterminate:{type:Boolean,sync:!0},_selectAllHidden:Boolean,_shiftKeyDown:{type:Boolean,value:!1}}}static get observers(){return[`_onHeaderRendererOrBindingChanged(_headerRenderer, _headerCell, path, header, selectAll, _indeterminate, _selectAllHidden)`]}constructor(){super(),this.__onCellTrack=this.__onCellTrack.bind(this),this.__onCellClick=this.__onCellClick.bind(this),this.__onCellMouseDown=this.__onCellMouseDown.bind(this),this.__onGridInteraction=this.__onGridInteraction.bind(this),this.__onActiveItemChanged=this.__onActiveItemChanged.bind(this),this.__onTouchStart=this.__onTouchStart.bind(this),this.__onSelectRowCheckboxChange=this.__onSelectRowCheckboxChange.bind(this),this.__onSelectAllCheckboxChange=this.__onSelectAllCheckboxChange.bind(this)}connectedCallback(){super.connectedCallback(),this._grid&&(this._grid.addEventListener(`keyup`,this.__onGridInteraction),this._grid.addEventListener(`keydown`,this.__onGridInteraction,{capture:!0}),this._grid.addEventListener(`mousedown`,this.__onGridInteraction),this._grid.addEventListener(`active-item-changed`,this.__onActiveItemChanged),this._grid.addEventListener(`touchstart`,this.__onTouchStart))}disconnectedCallback(){super.disconnectedCallback(),this._grid&&(this._grid.removeEventListener(`keyup`,this.__onGridInteraction),this._grid.removeEventListener(`keydown`,this.__onGridInteraction,{capture:!0}),this._grid.removeEventListener(`mousedown`,this.__onGridInteraction),this._grid.removeEventListener(`active-item-changed`,this.__onActiveItemChanged),this._grid.removeEventListener(`touchstart`,this.__onTouchStart))}_defaultHeaderRenderer(e,t){let n=e.firstElementChild;n||(n=document.createElement(`vaadin-checkbox`),n.accessibleName=`Select All`,n.classList.add(`vaadin-grid-select-all-checkbox`),n.addEventListener(`change`,this.__onSelectAllCheckboxChange),e.appendChild(n));let r=this.__isChecked(this.selectAll,this._indeterminate);n.checked=r,n.indeterminate=this._indeterminate,n.style.visibility=this._selectAllHidden?`hidden`:``}_defaultRenderer(e,t,{item:n,selected:r}){let i=e.firstElementChild;i||(i=document.createElement(`vaadin-checkbox`),i.accessibleName=`Select Row`,i.addEventListener(`change`,this.__onSelectRowCheckboxChange),e.appendChild(i),wn(e,`track`,this.__onCellTrack),Bt(e,`pinch-zoom`),e.addEventListener(`mousedown`,this.__onCellMouseDown),e.addEventListener(`click`,this.__onCellClick)),i.__item=n,i.checked=r;let a=this._grid.__isItemSelectable(n);i.readonly=!a;let o=!a&&!r;i.style.visibility=o?`hidden`:``}__onSelectAllCheckboxChange(e){this._indeterminate||e.currentTarget.checked?this._selectAll():this._deselectAll()}__onGridInteraction(e){this._shiftKeyDown=e.shiftKey,this.autoSelect&&this._grid.$.scroller.toggleAttribute(`range-selecting`,this._shiftKeyDown)}__onSelectRowCheckboxChange(e){this.__toggleItem(e.currentTarget.__item,e.currentTarget.checked)}__onCellTrack(e){if(this.dragSelect)if(this.__dragCurrentY=e.detail.y,this.__dragDy=e.detail.dy,e.detail.state===`start`){if(this.__multiTouchActive)return;let t=this._grid._getRenderedRows().find(t=>t.contains(e.currentTarget.assignedSlot));this.__selectOnDrag=!this._grid._isSelected(t._item),this.__dragStartIndex=t.index,this.__dragStartItem=t._item,this.__dragAutoScroller()}else e.detail.state===`end`&&(this.__dragStartItem&&this.__toggleItem(this.__dragStartItem,this.__selectOnDrag),setTimeout(()=>{this.__dragStartIndex=void 0}))}__onCellMouseDown(e){this.dragSelect&&e.preventDefault()}__onTouchStart(e){e.touches.length>1?(this.__multiTouchActive=!0,this.__dragStartIndex=void 0,this.__dragStartItem=void 0):this.__multiTouchActive=!1}__onCellClick(e){this.__dragStartIndex!==void 0&&e.preventDefault()}_onCellKeyDown(e){let t=e.composedPath()[0];if(e.keyCode===32){if(t===this._headerCell)this.selectAll?this._deselectAll():this._selectAll();else if(this._cells.includes(t)&&!this.autoSelect){let e=t._content.firstElementChild;this.__toggleItem(e.__item)}}}__onActiveItemChanged(e){let t=e.detail.value;if(this.autoSelect){let e=t||this.__previousActiveItem;e&&this.__toggleItem(e)}this.__previousActiveItem=t}__dragAutoScroller(){if(this.__dragStartIndex===void 0)return;let e=this._grid._getRenderedRows(),t=e.find(e=>{let t=e.getBoundingClientRect();return this.__dragCurrentY>=t.top&&this.__dragCurrentY<=t.bottom}),n=t?t.index:void 0,r=this.__getScrollableArea();this.__dragCurrentY<r.top?n=this._grid._firstVisibleIndex:this.__dragCurrentY>r.bottom&&(n=this._grid._lastVisibleIndex),n!==void 0&&e.forEach(e=>{(n>this.__dragStartIndex&&e.index>=this.__dragStartIndex&&e.index<=n||n<this.__dragStartIndex&&e.index<=this.__dragStartIndex&&e.index>=n)&&(this.__toggleItem(e._item,this.__selectOnDrag),this.__dragStartItem=void 0)});let i=r.height*.15;if(this.__dragDy<0&&this.__dragCurrentY<r.top+i){let e=r.top+i-this.__dragCurrentY,t=Math.min(1,e/i);this._grid.$.table.scrollTop-=t*10}if(this.__dragDy>0&&this.__dragCurrentY>r.bottom-i){let e=this.__dragCurrentY-(r.bottom-i),t=Math.min(1,e/i);this._grid.$.table.scrollTop+=t*10}setTimeout(()=>this.__dragAutoScroller(),10)}__getScrollableArea(){let e=this._grid.$.table.getBoundingClientRect(),t=this._grid.$.header.getBoundingClientRect(),n=this._grid.$.footer.getBoundingClientRect();return{top:e.top+t.height,bottom:e.bottom-n.height,left:e.left,right:e.right,height:e.height-t.height-n.height,width:e.width}}_selectAll(){}_deselectAll(){}_selectItem(e){}_deselectItem(e){}__toggleItem(e,t=!this._grid._isSelected(e)){t!==this._grid._isSelected(e)&&(t?this._selectItem(e):this._deselectItem(e))}__isChecked(e,t){return t||e}}})),Nu,Pu=o((()=>{zn(),pc(),Mu(),Nu=class extends ju(fc){static get is(){return`vaadin-grid-flow-selection-column`}static get properties(){return{autoWidth:{type:Boolean,value:!0},width:{type:String,value:`56px`}}}_defaultHeaderRenderer(e,t){super._defaultHeaderRenderer(e,t);let n=e.firstElementChild;n&&(n.id=`selectAllCheckbox`)}_selectAll(){this.selectAll=!0,this.$server.selectAll()}_deselectAll(){this.selectAll=!1,this.$server.deselectAll()}_selectItem(e){this.$server.setShiftKeyDown(this._shiftKeyDown),this._grid.$connector.doSelection([e],!0)}_deselectItem(e){this.$server.setShiftKeyDown(this._shiftKeyDown),this._grid.$connector.doDeselection([e],!0),this.selectAll=!1}},customElements.define(Nu.is,Nu)})),Fu=o((()=>{g(),m(),Kc(),Pu(),window.Vaadin.Flow.gridConnector={},window.Vaadin.Flow.gridConnector.initLazy=e=>{if(e.$connector)return;let t=e._dataProviderController,n,r=[0,0],i=[`SINGLE`,`NONE`,`MULTI`],a={},o=`SINGLE`,s=!1;e.size=0,e.itemIdPath=`key`,e.$connector={},e.$connector.hasRootRequestQueue=()=>{let{pendingRequests:e}=t.rootCache;return Object.keys(e).length>0||!!n?.isActive()},e.$connector.doSelection=function(t,n){if(o===`NONE`||!t.length||n&&e.hasAttribute(`disabled`))return;o===`SINGLE`&&(a={});let r=!1;t.forEach(t=>{let i=!n||e.isItemSelectable(t);r||=i,t&&i&&(a[t.key]=t,t.selected=!0,n&&e.$server.select(t.key));let s=!e.activeItem||!t||t.key!=e.activeItem.key;!n&&o===`SINGLE`&&s&&(e.activeItem=t)}),r&&(e.selectedItems=Object.values(a))},e.$connector.doDeselection=function(t,n){if(o===`NONE`||!t.length||n&&e.hasAttribute(`disabled`))return;let r=e.selectedItems.slice();for(;t.length;){let i=t.shift();if(!n||e.isItemSelectable(i)){for(let e=0;e<r.length;e++){let t=r[e];if(i?.key===t.key){r.splice(e,1);break}}i&&(delete a[i.key],delete i.selected,n&&e.$server.deselect(i.key))}}e.selectedItems=r},e.__activeItemChanged=function(n,r){o==`SINGLE`&&(n?a[n.key]||e.$connector.doSelection([n],!0):r&&a[r.key]&&(e.__deselectDisallowed?e.activeItem=r:(r=t.getItemContext(r).item,e.$connector.doDeselection([r],!0))))},e._createPropertyObserver(`activeItem`,`__activeItemChanged`,!0),e.__activeItemChangedDetails=function(t,n){e.__disallowDetailsOnClick||t==null&&n===void 0||(t&&!t.detailsOpened?e.$server.setDetailsVisible(t.key):e.$server.setDetailsVisible(null))},e._createPropertyObserver(`activeItem`,`__activeItemChangedDetails`,!0),e.$connector.getViewportRange=function(){let t=e._getRenderedRows();return[t.at(0)?.index??0,t.at(-1)?.index??0]},e.$connector.requestPage=function(t){t=Math.min(t,Math.floor((e.size-1)/e.pageSize));let n=e.$connector.getViewportRange(),i=n[1]-n[0];n[0]=Math.max(n[0]-i,0),n[1]=Math.min(n[1]+i,e.size);let a=[Math.floor(n[0]/e.pageSize),Math.floor(n[1]/e.pageSize)];if((t<a[0]||t>a[1])&&(a=[t,t]),r[0]!=a[0]||r[1]!=a[1]){r=a;let t=a[1]-a[0]+1;e.$server.setViewportRange(a[0]*e.pageSize,t*e.pageSize)}},e.dataProvider=function(t,r){if(t.pageSize!=e.pageSize)throw`Invalid pageSize`;if(e.size===0){r([],0);return}n=D.debounce(n,_.after(e._hasData?150:0),()=>{e.$connector.requestPage(t.page)})},e.$connector.setSorterDirections=function(t){s=!0,setTimeout(()=>{try{let n=Array.from(e.querySelectorAll(`vaadin-grid-sorter`));e._sorters.forEach(e=>{n.includes(e)||n.push(e)}),n.forEach(e=>{e.direction=null}),e.multiSortPriority!==`append`&&(t=t.reverse()),t.forEach(({column:e,direction:t})=>{n.forEach(n=>{n.getAttribute(`path`)===e&&(n.direction=t)})}),e.__applySorters()}finally{s=!1}})};let c=0;function l(e){try{c++,e()}finally{c--}}e.__updateVisibleRows=function(...e){c===0&&Object.getPrototypeOf(this).__updateVisibleRows.call(this,...e)},e.__updateRow=function(e,...t){Object.getPrototypeOf(this).__updateRow.call(this,e,...t),o===i[1]&&(e.removeAttribute(`aria-selected`),Array.from(e.children).forEach(e=>e.removeAttribute(`aria-selected`)))},e.$connector.set=function(n,r){let{rootCache:i}=t;r.forEach((e,t)=>{i.items[n+t]=e}),l(()=>{e.$connector.doSelection(r.filter(e=>e.selected)),e.$connector.doDeselection(r.filter(e=>!e.selected&&a[e.key])),r.forEach(t=>{t.detailsOpened?e.openItemDetails(t):e.closeItemDetails(t)})}),e.__updateVisibleRows(n,n+r.length-1)},e.$connector.updateFlatData=function(n){let{rootCache:r}=t;n.forEach(n=>{let i=t.getItemContext(n);if(!i)return;let{index:a}=i;r.items[a]=n,l(()=>{n.detailsOpened?e.openItemDetails(n):e.closeItemDetails(n)}),e.__updateVisibleRows(a,a)})},e.$connector.clear=function(n,r){let{rootCache:i}=t;if(n%e.pageSize!=0)throw`Got cleared data for index `+n+` which is not aligned with the page size of `+e.pageSize;let o=i.items.slice(n,n+r).filter(Boolean);if(o.length!==0){l(()=>{e.$connector.doDeselection(o.filter(e=>a[e.key])),o.forEach(t=>e.closeItemDetails(t))});for(let e=n;e<n+r;e++)i.items[e]=void 0;e.__updateVisibleRows(n,n+r-1)}},e.$connector.reset=function(){t.clearCache(),r=[-1,-1],n?.cancel(),e.__updateVisibleRows()},e.$connector.updateSize=t=>e.size=t,e.$connector.updateUniqueItemIdPath=t=>e.itemIdPath=t,e.$connector.confirm=function(i){let{rootCache:a}=t;e._hasData=!0,Object.entries(a.pendingRequests).forEach(([t,n])=>{let i=e.size?Math.ceil(e.size/e.pageSize)-1:0,o=Math.min(r[1],i),s=t*e.pageSize;a.items[s]===void 0?t<r[0]||+t>o?(n(Array(e.pageSize)),e.requestContentUpdate()):n&&e.size===0&&n([]):n([])}),Object.keys(a.pendingRequests).length===0&&(n?.cancel(),r=[-1,-1]),e.$server.confirmUpdate(i)},e.$connector.setSelectionMode=function(t){if((typeof t==`string`||t instanceof String)&&i.indexOf(t)>=0)o=t,a={},e.selectedItems=[],e.$connector.updateMultiSelectable();else throw`Attempted to set an invalid selection mode`},e.$connector.updateMultiSelectable=function(){e.$&&(o===i[0]?e.$.table.setAttribute(`aria-multiselectable`,!1):o===i[1]?e.$.table.removeAttribute(`aria-multiselectable`):e.$.table.setAttribute(`aria-multiselectable`,!0))},e._createPropertyObserver(`isAttached`,()=>e.$connector.updateMultiSelectable());let u=e=>t=>{e&&=(e(t),null)};e.$connector.setHeaderRenderer=function(e,t){let{content:n,showSorter:r,sorterPath:i}=t;if(n===null){e.headerRenderer=null;return}e.headerRenderer=u(e=>{e.innerHTML=``;let t=e;if(r){let r=document.createElement(`vaadin-grid-sorter`);r.setAttribute(`path`,i);let a=n instanceof Node?n.textContent:n;a&&r.setAttribute(`aria-label`,`Sort by ${a}`),e.appendChild(r),t=r}n instanceof Node?t.appendChild(n):t.textContent=n})},e._getActiveSorters=function(){return this._sorters.filter(e=>e.direction)},e.__applySorters=function(...t){let n=e._mapSorters(),r=JSON.stringify(e._previousSorters)!==JSON.stringify(n);e._previousSorters=n,Object.getPrototypeOf(this).__applySorters.call(this,...t),r&&!s&&e.$server.sortersChanged(n)},e.$connector.setFooterRenderer=function(e,t){let{content:n}=t;if(n===null){e.footerRenderer=null;return}e.footerRenderer=u(e=>{e.innerHTML=``,n instanceof Node?e.appendChild(n):e.textContent=n})},e.addEventListener(`vaadin-context-menu-before-open`,function(t){let{key:n,columnId:r}=t.detail;e.$server.updateContextMenuTargetItem(n,r)}),e.getContextMenuBeforeOpenDetail=function(t){let n=t.detail.sourceEvent||t,r=e.getEventContext(n);return{key:r.item?.key||``,columnId:r.column?.id||``}},e.preventContextMenu=function(t){let n=t.type===`click`,{column:r}=e.getEventContext(t);return n&&r instanceof Nu},e.addEventListener(`click`,e=>d(e,`item-click`)),e.addEventListener(`dblclick`,e=>d(e,`item-double-click`)),e.addEventListener(`column-resize`,t=>{e._getColumnsInOrder().filter(e=>!e.hidden).forEach(e=>{e.dispatchEvent(new CustomEvent(`column-drag-resize`))}),e.dispatchEvent(new CustomEvent(`column-drag-resize`,{detail:{resizedColumnKey:t.detail.resizedColumn._flowId}}))}),e.addEventListener(`column-reorder`,t=>{let n=e._columnTree.slice(0).pop().filter(e=>e._flowId).sort((e,t)=>e._order-t._order).map(e=>e._flowId);e.dispatchEvent(new CustomEvent(`column-reorder-all-columns`,{detail:{columns:n}}))}),e.addEventListener(`cell-focus`,t=>{let n=e.getEventContext(t);[`header`,`body`,`footer`].indexOf(n.section)!==-1&&e.dispatchEvent(new CustomEvent(`grid-cell-focus`,{detail:{itemKey:n.item?n.item.key:null,internalColumnId:n.column?n.column._flowId:null,section:n.section}}))});function d(t,n){if(t.defaultPrevented)return;let r=t.composedPath(),i=r.findIndex(e=>e.localName===`td`||e.localName===`th`),a=r[i],o=r.slice(0,i);if(o.some(e=>typeof e.localName==`string`&&e.localName.endsWith(`-overlay`))||o.some(e=>a?._focusButton!==e&&Wc(e)||e instanceof HTMLLabelElement))return;let s=e.getEventContext(t),c=s.section;s.item&&c!==`details`&&(t.itemKey=s.item.key,s.column&&(t.internalColumnId=s.column._flowId),e.dispatchEvent(new CustomEvent(n,{detail:t})))}e.cellPartNameGenerator=function(e,t){let n=t.item.part;if(n)return(n.row||``)+` `+(e&&n[e._flowId]||``)},e.dropFilter=e=>e.item&&!e.item.dropDisabled,e.dragFilter=e=>e.item&&!e.item.dragDisabled,e.addEventListener(`grid-dragstart`,t=>{e._isSelected(t.detail.draggedItems[0])?(e.__selectionDragData?Object.keys(e.__selectionDragData).forEach(n=>{t.detail.setDragData(n,e.__selectionDragData[n])}):(e.__dragDataTypes||[]).forEach(e=>{t.detail.setDragData(e,t.detail.draggedItems.map(t=>t.dragData[e]).join(`
`))}),e.__selectionDraggedItemsCount>1&&t.detail.setDraggedItemsCount(e.__selectionDraggedItemsCount)):(e.__dragDataTypes||[]).forEach(e=>{t.detail.setDragData(e,t.detail.draggedItems[0].dragData[e])})}),e.isItemSelectable=e=>e?.selectable===void 0||e.selectable;function f(t){let n=t.getBoundingClientRect(),r=e.$.table.getBoundingClientRect(),i=e.$.header.getBoundingClientRect(),a=e.$.footer.getBoundingClientRect();return n.top>=r.top+i.height&&n.bottom<=r.bottom-a.height}e.$connector.scrollToItem=function(t,...n){let r=e._getRenderedRows().find(n=>{let{item:r}=e.__getRowModel(n);return e.getItemId(r)===t});r&&f(r)||e.scrollToIndex(...n)}}})),Iu,Lu,Ru,zu=o((()=>{ze(),Rt(),Je(),F(),pn(),Iu=e=>e.split(`	`),Lu=e=>e.join(`	`),Ru=e=>class extends $t(N(Ft(e))){static get properties(){return{name:{type:String},value:{type:String,observer:`__valueChanged`,notify:!0,sync:!0},inputs:{type:Array,readOnly:!0,observer:`__inputsChanged`},formatValue:{type:Function},parseValue:{type:Function}}}ready(){super.ready(),this.setAttribute(`role`,`group`),this.ariaTarget=this,this.__childrenObserver=new MutationObserver(()=>{this.__setInputsFromSlot()}),this.__setInputsFromSlot(),this.$.slot.addEventListener(`slotchange`,()=>{this.__setInputsFromSlot(),rt(this.$.slot).filter(e=>!this.__isInput(e)).forEach(e=>{this.__childrenObserver.observe(e,{childList:!0})})}),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setShouldShow(e=>!(e.inputs||[]).some(e=>e.opened))}focus(e){this.inputs&&this.inputs[0]&&this.inputs[0].focus(e)}_setFocused(e){super._setFocused(e),e||this._requestValidation()}_shouldRemoveFocus(e){let{relatedTarget:t}=e;return!this.inputs||!this.inputs.some(e=>t===(e.focusElement||e))}checkValidity(){return!(this.inputs&&this.inputs.some(e=>!(e.validate||e.checkValidity).call(e))||this.required&&!(this.value&&this.value.trim()))}_requiredChanged(e){super._requiredChanged(e),e===!1&&this._requestValidation()}_onKeyDown(e){if(e.key===`Tab`){let t=this.inputs||[];if(t.indexOf(e.target)<t.length-1&&!e.shiftKey||t.indexOf(e.target)>0&&e.shiftKey)return;this.__setValue()}}_onInputChange(e){e.stopPropagation(),this.__setValue(),this._requestValidation(),this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0,cancelable:!1,detail:{value:this.value}}))}__setValue(){this.__settingValue=!0;let e=this.formatValue||Lu;this.value=e.apply(this,[this.inputs.map(e=>e.value)]),this.__settingValue=!1}__isInput(e){return!(e.getAttribute(`slot`)===`input`||e.getAttribute(`slot`)===`textarea`)&&(e.validate||e.checkValidity)}__getInputsFromSlot(){return rt(this.$.slot).filter(e=>this.__isInput(e))}__setInputsFromSlot(){this._setInputs(this.__getInputsFromSlot())}__inputsChanged(e,t){if(e.length===0){t?.length>0&&this.__setValue();return}this.value&&this.value!==`	`&&(!t||t.length===0)?this.__applyInputsValue(this.value):this.__setValue()}__toggleHasValue(e){this.toggleAttribute(`has-value`,e!==null&&e.trim()!==``)}__valueChanged(e,t){this.__toggleHasValue(e),!(this.__settingValue||!this.inputs)&&(this.__applyInputsValue(e||`	`),t!==void 0&&this._requestValidation())}__applyInputsValue(e){let t=(this.parseValue||Iu).apply(this,[e]);if(!t||t.length===0){console.warn(`Value parser has not provided values array`);return}this.inputs.forEach((e,n)=>{e.value=t[n]})}}})),Bu,Vu=o((()=>{p(),y(),O(),T(),Pt(),k(),w(),zu(),Bu=class extends Ru(x(S(C(A(u))))){static get is(){return`vaadin-custom-field`}static get styles(){return Jt}render(){return d`
      <div class="vaadin-custom-field-container">
        <div part="label" @click="${this.focus}">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true"></span>
        </div>

        <div class="inputs-wrapper" part="input-fields" @change="${this._onInputChange}">
          <slot id="slot"></slot>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <slot name="tooltip"></slot>
    `}},v(Bu)})),Hu,Uu,Wu=o((()=>{E(),p(),Hu=s`
    --_widget-fixed-height: calc(
      var(--vaadin-dashboard-widget-rowspan, 1) * var(--vaadin-dashboard-row-height) +
        (var(--vaadin-dashboard-widget-rowspan, 1) - 1) * var(--_gap)
    );
    min-height: var(--_widget-fixed-height) !important;
    max-height: var(--_widget-fixed-height) !important;
`,Uu=t`
  :host {
    display: block;
    overflow: auto;
    box-sizing: border-box;
    width: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([dense-layout]) #grid {
    grid-auto-flow: dense;
  }

  #grid {
    box-sizing: border-box;

    /* Padding around dashboard edges */
    --_default-padding: var(--vaadin-padding-l);
    --_padding: max(0px, var(--vaadin-dashboard-padding, var(--_default-padding)));
    padding: var(--_padding);

    /* Gap between widgets */
    --_default-gap: var(--vaadin-gap-s);
    --_gap: max(0px, var(--vaadin-dashboard-gap, var(--_default-gap)));
    gap: var(--_gap);

    /* Default min and max column widths */
    --_default-col-min-width: 20em;
    --_default-col-max-width: 1fr;

    /* Effective min and max column widths */
    --_col-min-width: var(--vaadin-dashboard-col-min-width, var(--_default-col-min-width));
    --_col-max-width: var(--vaadin-dashboard-col-max-width, var(--_default-col-max-width));

    /* Effective max column count */
    --_col-max-count: var(--vaadin-dashboard-col-max-count, var(--_col-count));

    /* Effective column count */
    --_effective-col-count: min(var(--_col-count), var(--_col-max-count));

    /* Default row min height */
    --_default-row-min-height: 12em;
    /* Effective row min height. A fixed row height takes precedence so the parent track also collapses to it. */
    /* prettier-ignore */
    --_row-min-height: var(--vaadin-dashboard-row-height, var(--vaadin-dashboard-row-min-height, var(--_default-row-min-height)));
    /* Effective row height */
    --_row-height: minmax(var(--_row-min-height, auto), auto);

    display: grid;
    overflow: hidden;
    min-width: calc(var(--_col-min-width) + var(--_padding) * 2);

    grid-template-columns: repeat(
      var(--_effective-col-count, auto-fill),
      minmax(var(--_col-min-width), var(--_col-max-width))
    );

    grid-auto-rows: var(--_row-height);
  }

  ::slotted(*) {
    /* The grid-column value applied to children */
    --_item-column: span min(var(--vaadin-dashboard-widget-colspan, 1), var(--_effective-col-count, var(--_col-count)));

    grid-column: var(--_item-column);

    /* The grid-row value applied to children */
    --_item-row: span var(--vaadin-dashboard-widget-rowspan, 1);
    grid-row: var(--_item-row);
  }

  /* Pin slotted children to the fixed row height when one is set. Sections are excluded so they can grow to wrap multiple sub-rows. */
  ::slotted(:not(vaadin-dashboard-section)) {
    ${Hu};
  }
`})),Gu,Ku=o((()=>{E(),p(),Gu=t`
  :host {
    box-sizing: border-box;
    --_widget-background: var(--vaadin-dashboard-widget-background, var(--vaadin-background-color));
    --_widget-border-radius: var(--vaadin-dashboard-widget-border-radius, var(--vaadin-radius-m));
    --_widget-border-width: var(--vaadin-dashboard-widget-border-width, 1px);
    --_widget-border-color: var(--vaadin-dashboard-widget-border-color, var(--vaadin-border-color-secondary));
    --_widget-shadow: var(--vaadin-dashboard-widget-shadow, 0 0 0 0 transparent);
    --_widget-editable-shadow: 0 1px 4px -1px rgba(0, 0, 0, 0.3);
    --_widget-selected-shadow: 0 3px 12px -1px rgba(0, 0, 0, 0.3);
    --_drop-target-background-color: var(
      --vaadin-dashboard-drop-target-background-color,
      var(--vaadin-background-container)
    );
    --_drop-target-border: var(--vaadin-dashboard-drop-target-border, 1px dashed var(--vaadin-border-color-secondary));
    --_focus-ring-color: var(--vaadin-focus-ring-color);
    --_focus-ring-width: var(--vaadin-focus-ring-width);
  }

  :host([focused]) {
    z-index: 1;
    outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
    outline-offset: calc(var(--_widget-border-width) * -1);
  }

  :host([dragging]) {
    box-shadow: none !important;
    background: var(--_drop-target-background-color) !important;
    border: var(--_drop-target-border) !important;
  }

  :host([dragging]) * {
    visibility: hidden;
  }

  :host(:not([editable])) [part~='move-button'],
  :host(:not([editable])) [part~='remove-button'],
  :host(:not([editable])) #focus-button,
  :host(:not([editable])) #focus-button-wrapper,
  :host(:not([editable])) .mode-controls {
    display: none;
  }

  #focustrap {
    display: contents;
  }

  header {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    justify-content: space-between;
    gap: var(--vaadin-dashboard-widget-header-gap, var(--vaadin-gap-s));
  }

  [part='title'] {
    flex: 1 1 auto;
    color: var(--vaadin-dashboard-widget-title-color, var(--vaadin-text-color));
    font-size: var(--vaadin-dashboard-widget-title-font-size, 1em);
    font-weight: var(--vaadin-dashboard-widget-title-font-weight, 500);
    line-height: var(--vaadin-dashboard-widget-title-line-height, inherit);
    white-space: var(--vaadin-dashboard-widget-title-wrap, wrap);
    text-overflow: ellipsis;
    overflow: hidden;
    align-self: safe center;
  }

  vaadin-dashboard-button {
    z-index: 1;
  }

  vaadin-dashboard-button .icon::before {
    display: block;
    content: '';
    height: var(--vaadin-icon-size, 1lh);
    width: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask: var(--icon) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
  }

  #focus-button-wrapper,
  #focus-button {
    position: absolute;
    inset: 0;
    opacity: 0;
  }

  #focus-button {
    pointer-events: none;
    padding: 0;
    border: none;
  }

  .mode-controls {
    position: absolute;
    inset: 0;
    z-index: 2;
  }

  .mode-controls[hidden] {
    display: none;
  }

  /* Drag handle */
  [part~='move-button'] {
    cursor: move;
    --icon: var(--_vaadin-icon-drag);
  }

  /* Remove button */
  [part~='remove-button'] {
    cursor: pointer;
    --icon: var(--_vaadin-icon-cross);
  }

  /* Move-mode buttons */
  [part~='move-backward-button'],
  [part~='move-forward-button'],
  [part~='move-apply-button'] {
    position: absolute;
    top: 50%;
  }

  [part~='move-backward-button'] {
    inset-inline-start: 0;
    transform: translateY(-50%);
    --icon: var(--_vaadin-icon-chevron-down);
  }

  [part~='move-forward-button'] {
    inset-inline-end: 0;
    transform: translateY(-50%);
    --icon: var(--_vaadin-icon-chevron-down);
  }

  [part~='move-apply-button'] {
    left: 50%;
    transform: translate(-50%, -50%);
    --icon: var(--_vaadin-icon-checkmark);
  }

  :host([first-child]) [part~='move-backward-button'],
  :host([last-child]) [part~='move-forward-button'] {
    display: none;
  }

  :host(:not([dir='rtl'])) [part~='move-backward-button'],
  :host([dir='rtl']) [part~='move-forward-button'] {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
  }

  :host(:not([dir='rtl'])) [part~='move-forward-button'],
  :host([dir='rtl']) [part~='move-backward-button'] {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }

  :host(:not([dir='rtl'])) [part~='move-backward-button'] .icon,
  :host([dir='rtl']) [part~='move-forward-button'] .icon {
    rotate: 90deg;
  }

  :host(:not([dir='rtl'])) [part~='move-forward-button'] .icon,
  :host([dir='rtl']) [part~='move-backward-button'] .icon {
    rotate: -90deg;
  }

  /* Resize-mode buttons */
  [part~='resize-shrink-width-button'],
  [part~='resize-shrink-height-button'],
  [part~='resize-grow-width-button'],
  [part~='resize-grow-height-button'],
  [part~='resize-apply-button'] {
    position: absolute;
  }

  [part~='resize-shrink-width-button'] {
    inset-inline-end: 0;
    top: 50%;
  }

  :host(:not([dir='rtl'])) [part~='resize-shrink-width-button'] {
    transform: translateY(-50%) translateX(-100%);
  }

  :host([dir='rtl']) [part~='resize-shrink-width-button'] {
    transform: translateY(-50%) translateX(100%);
  }

  .mode-controls:has([part~='resize-grow-width-button'][hidden]) [part~='resize-shrink-width-button'] {
    transform: translateY(-50%);
  }

  [part~='resize-grow-width-button'] {
    inset-inline-start: 100%;
    top: 50%;
  }

  :host(:not([dir='rtl'])) [part~='resize-grow-width-button'] {
    transform: translateY(-50%) translateX(-100%);
  }

  :host([dir='rtl']) [part~='resize-grow-width-button'] {
    transform: translateY(-50%) translateX(100%);
  }

  [part~='resize-shrink-height-button'] {
    bottom: 0;
    left: 50%;
    transform: translateX(-50%) translateY(-100%);
  }

  [part~='resize-grow-height-button'] {
    top: 100%;
    left: 50%;
    transform: translateX(-50%) translateY(-100%);
  }

  [part~='resize-grow-height-button'],
  [part~='resize-grow-width-button'] {
    --icon: var(--_vaadin-icon-plus);
  }

  [part~='resize-shrink-height-button'],
  [part~='resize-shrink-width-button'] {
    --icon: var(--_vaadin-icon-minus);
  }

  [part~='resize-apply-button'] {
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    --icon: var(--_vaadin-icon-checkmark);
  }

  [part~='resize-shrink-width-button'] + [part~='resize-grow-width-button'] {
    margin-left: 1px;
  }

  [part~='resize-grow-height-button'],
  [part~='resize-shrink-height-button'] {
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
  }

  [part~='resize-shrink-height-button']:not([hidden]) + [part~='resize-grow-height-button'] {
    border-top-left-radius: 0;
    border-top-right-radius: 0;
  }

  [part~='resize-shrink-height-button'] + [part~='resize-grow-height-button'] {
    margin-top: 1px;
  }

  :host(:not([dir='rtl'])) [part~='resize-grow-width-button'],
  :host(:not([dir='rtl'])) [part~='resize-shrink-width-button'] {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }

  :host([dir='rtl']) [part~='resize-grow-width-button'],
  :host([dir='rtl']) [part~='resize-shrink-width-button'] {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
  }

  :host(:not([dir='rtl'])) [part~='resize-shrink-width-button']:not([hidden]) + [part~='resize-grow-width-button'] {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
  }

  :host([dir='rtl']) [part~='resize-shrink-width-button']:not([hidden]) + [part~='resize-grow-width-button'] {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }

  @media (forced-colors: active) {
    vaadin-dashboard-button .icon::before {
      background: currentColor;
      forced-color-adjust: none;
    }
  }
`})),qu,Ju,Yu=o((()=>{E(),p(),Wu(),Ku(),qu=t`
  :host {
    display: flex;
    flex-direction: column;
    grid-column: var(--_item-column);
    grid-row: var(--_item-row);
    position: relative;
    background: var(--_widget-background);
    border-radius: var(--_widget-border-radius);
    box-shadow: var(--_widget-shadow);
    border: var(--_widget-border-width) solid var(--_widget-border-color);

    /* Pin to the fixed row height when one is set. The widget host's own definition is needed so widgets nested inside sections in vaadin-dashboard-layout (where the layout-level cap doesn't reach) still get capped. */
    ${Hu};
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([editable])) [part~='resize-button'] {
    display: none;
  }

  [part~='content'] {
    flex: 1;
    overflow: hidden;
    min-height: 1em;
    border-bottom-left-radius: inherit;
    border-bottom-right-radius: inherit;
  }

  [part~='resize-button'] {
    position: absolute;
    bottom: 0;
    inset-inline-end: 0;
    z-index: 1;
    overflow: hidden;
    touch-action: none;
    cursor: nwse-resize;
    --icon: var(--_vaadin-icon-resize);
  }

  :host([dir='rtl']) [part~='resize-button'] {
    cursor: sw-resize;
  }

  :host([dir='rtl']) [part~='resize-button'] .icon::before {
    transform: scaleX(-1);
  }

  /* Widget states */

  :host([editable]) {
    --vaadin-dashboard-widget-shadow: var(--_widget-editable-shadow);
  }

  :host([selected]) {
    --vaadin-dashboard-widget-shadow: var(--_widget-selected-shadow);
  }

  :host([resizing])::after {
    content: '';
    z-index: 2;
    position: absolute;
    top: 0;
    width: var(--_widget-resizer-width, 0);
    height: var(--_widget-resizer-height, 0);
    background: color-mix(in srgb, currentColor 5%, var(--_widget-background) 70%);
    border-color: color-mix(in srgb, currentColor 10%, transparent);
    border-width: var(--_widget-border-width);
    border-style: solid;
    border-radius: inherit;
  }

  /* Widget parts */
  header {
    padding: var(
      --vaadin-dashboard-widget-header-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
  }

  :host([editable]) header {
    padding: var(--vaadin-dashboard-widget-header-padding, var(--vaadin-padding-s));
  }

  header:has([part~='title'][hidden]) {
    padding: 0;
  }
`,Ju=[qu,Gu]}));function Xu(e,t){return e===t?!0:e.id!==void 0&&t.id!==void 0?e.id===t.id:!1}function Zu(e,t){if(t.some(t=>Xu(t,e)))return t;let n=t.find(t=>t.items&&Zu(e,t.items));return n?n.items:null}function Qu(e){return e.closest(ad)?.__item}function $u(e,t){e.dispatchEvent(new CustomEvent(`item-move`,{bubbles:!0,detail:{delta:t}}))}function ed(e,t,n){e.dispatchEvent(new CustomEvent(`item-resize`,{bubbles:!0,detail:{colspanDelta:t,rowspanDelta:n}})),`requestUpdate`in e&&e.requestUpdate()}function td(e){e.dispatchEvent(new CustomEvent(`item-remove`,{bubbles:!0}))}function nd(e,t){for(;e;){if(t(e))return e;if(e instanceof ShadowRoot)e=e.host;else{let t=e.getRootNode();e=t instanceof ShadowRoot?t.host:e.parentNode?e.parentNode:null}}return null}function rd(e,t){return nd(e,e=>e instanceof t)}function id(e){return nd(e,e=>e.__hasVaadinDashboardLayoutMixin)}var ad,od,sd=o((()=>{ad=`vaadin-dashboard-widget-wrapper`,od=[`editable`,`dragging`,`first-child`,`last-child`]})),cd,ld,ud=o((()=>{p(),zt(),cd=t`
  :host {
    padding: 4px;
  }

  :host([theme~='tertiary']) {
    color: var(--vaadin-dashboard-button-text-color, var(--vaadin-text-color-secondary));
  }
`,ld=[hn,cd]})),dd,fd=o((()=>{p(),At(),y(),O(),T(),F(),k(),w(),ud(),dd=class extends ln(S(x(C(A(u))))){static get is(){return`vaadin-dashboard-button`}static get styles(){return ld}render(){return d`
      <div class="vaadin-button-container">
        <span part="prefix" aria-hidden="true">
          <slot name="prefix"></slot>
        </span>
        <span part="label">
          <slot></slot>
        </span>
        <span part="suffix" aria-hidden="true">
          <slot name="suffix"></slot>
        </span>
      </div>
      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this._tooltipController=new P(this),this.addController(this._tooltipController)}},v(dd)})),pd,md=o((()=>{sd(),pd=class{constructor(e){this.host=e,e.addEventListener(`focusout`,e=>this.__focusout(e)),e.addEventListener(`keydown`,e=>this.__keydown(e))}__focusout(e){let t=e.composedPath()[0],n=!!this.host.offsetHeight,r=getComputedStyle(t).display===`none`;n&&r&&this.host.hasAttribute(`editable`)?this.host.__focusApply():(this.host.__exitMode(),this.host.__focused=!1,this.host.__selected=!1)}__keydown(e){e.metaKey||e.ctrlKey||!this.host.__selected||(e.key===`Backspace`||e.key===`Delete`?this.__delete(e):e.key===`Escape`?this.__escape(e):e.shiftKey&&e.key.startsWith(`Arrow`)?this.__resize(e):e.key.startsWith(`Arrow`)&&this.__move(e))}__delete(e){e.preventDefault(),td(this.host)}__escape(e){e.preventDefault(),this.host.__moveMode||this.host.__resizeMode?this.host.__exitMode(!0):(this.host.__selected=!1,this.host.focus())}__resize(e){let t={ArrowRight:[document.dir===`rtl`?-1:1,0],ArrowLeft:[document.dir===`rtl`?1:-1,0],ArrowDown:[0,1],ArrowUp:[0,-1]};t[e.key]&&(e.preventDefault(),ed(this.host,...t[e.key]))}__move(e){let t={ArrowRight:document.dir===`rtl`?-1:1,ArrowLeft:document.dir===`rtl`?1:-1,ArrowDown:1,ArrowUp:-1};t[e.key]&&(e.preventDefault(),$u(this.host,t[e.key]))}}}));function hd(){return{...gd}}var gd,_d,vd=o((()=>{fd(),p(),Ge(),Ae(),md(),sd(),gd={selectWidget:`Select widget for editing`,selectSection:`Select section for editing`,remove:`Remove`,move:`Move`,moveApply:`Apply`,moveForward:`Move Forward`,moveBackward:`Move Backward`,resize:`Resize`,resizeApply:`Apply`,resizeShrinkWidth:`Shrink width`,resizeGrowWidth:`Grow width`,resizeShrinkHeight:`Shrink height`,resizeGrowHeight:`Grow height`},_d=e=>class extends je(e){static get properties(){return{__i18n:{type:Object},_rootHeadingLevel:{type:Number},__selected:{type:Boolean,reflectToAttribute:!0,attribute:`selected`,observer:`__selectedChanged`},__focused:{type:Boolean,reflectToAttribute:!0,attribute:`focused`},__moveMode:{type:Boolean,reflectToAttribute:!0,attribute:`move-mode`,observer:`__moveModeChanged`},__resizeMode:{type:Boolean,reflectToAttribute:!0,attribute:`resize-mode`,observer:`__resizeModeChanged`}}}__renderDragHandle(){return d`<vaadin-dashboard-button
        id="drag-handle"
        draggable="true"
        class="drag-handle"
        part="button move-button"
        theme="icon tertiary"
        aria-label="${this.__i18n.move}"
        title="${this.__i18n.move}"
        tabindex="${this.__selected?0:-1}"
        @click="${()=>this.__enterMoveMode()}"
      >
        <div class="icon"></div>
      </vaadin-dashboard-button>`}__renderRemoveButton(){return d`<vaadin-dashboard-button
        aria-label="${this.__i18n.remove}"
        title="${this.__i18n.remove}"
        id="remove-button"
        part="button remove-button"
        theme="icon tertiary"
        tabindex="${this.__selected?0:-1}"
        @click="${()=>td(this)}"
      >
        <div class="icon"></div>
      </vaadin-dashboard-button>`}__renderFocusButton(e){return d`<label draggable="true" class="drag-handle" id="focus-button-wrapper">
        <button
          id="focus-button"
          aria-label=${this.__i18n[e]}
          aria-describedby="title"
          aria-pressed="${!!this.__selected}"
          @focus="${()=>{this.__focused=!0}}"
          @blur="${()=>{this.__focused=!1}}"
          @click="${()=>{let e=this.__selected;this.__selected=!e,this.__focused=e,this.__selected&&this.$[`drag-handle`].focus()}}"
        ></button>
      </label>`}__renderResizeHandle(){return d`<vaadin-dashboard-button
        aria-label="${this.__i18n.resize}"
        title="${this.__i18n.resize}"
        id="resize-handle"
        part="button resize-button"
        class="resize-handle"
        theme="icon tertiary"
        tabindex="${this.__selected?0:-1}"
        @click="${()=>this.__enterResizeMode()}"
      >
        <div class="icon"></div>
      </vaadin-dashboard-button>`}__renderMoveControls(){return d`<div
        id="move-controls"
        class="mode-controls"
        .hidden="${!this.__moveMode}"
        @pointerdown="${e=>e.preventDefault()}"
      >
        <vaadin-dashboard-button
          theme="primary icon"
          aria-label="${this.__i18n.moveBackward}"
          title="${this.__i18n.moveBackward}"
          @click="${()=>$u(this,-1)}"
          id="move-backward"
          part="button move-backward-button"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
        <vaadin-dashboard-button
          theme="primary icon large"
          aria-label="${this.__i18n.moveApply}"
          title="${this.__i18n.moveApply}"
          @click="${()=>this.__exitMode(!0)}"
          id="move-apply"
          part="button move-apply-button"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
        <vaadin-dashboard-button
          theme="primary icon"
          aria-label="${this.__i18n.moveForward}"
          title="${this.__i18n.moveForward}"
          @click="${()=>$u(this,1)}"
          id="move-forward"
          part="button move-forward-button"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
      </div>`}__renderResizeControls(){let e=getComputedStyle(this),t=e.getPropertyValue(`--_row-min-height`)!==`auto`,n=e.getPropertyValue(`--_col-count`),r=e.getPropertyValue(`--_col-max-count`),i=Math.min(n,r),a=e.getPropertyValue(`--vaadin-dashboard-widget-colspan`)||1,o=e.getPropertyValue(`--vaadin-dashboard-widget-rowspan`)||1,s=a>1,c=o>1,l=a<i;return d`<div
        id="resize-controls"
        class="mode-controls"
        .hidden="${!this.__resizeMode}"
        @pointerdown="${e=>e.preventDefault()}"
      >
        <vaadin-dashboard-button
          theme="primary icon large"
          aria-label="${this.__i18n.resizeApply}"
          title="${this.__i18n.resizeApply}"
          @click="${()=>this.__exitMode(!0)}"
          id="resize-apply"
          part="button resize-apply-button"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
        <vaadin-dashboard-button
          theme="primary icon"
          aria-label="${this.__i18n.resizeShrinkWidth}"
          title="${this.__i18n.resizeShrinkWidth}"
          @click="${()=>ed(this,-1,0)}"
          .hidden="${!s}"
          id="resize-shrink-width"
          part="button resize-shrink-width-button"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
        <vaadin-dashboard-button
          theme="primary icon"
          aria-label="${this.__i18n.resizeGrowWidth}"
          title="${this.__i18n.resizeGrowWidth}"
          @click="${()=>ed(this,1,0)}"
          .hidden="${!l}"
          id="resize-grow-width"
          part="button resize-grow-width-button"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
        <vaadin-dashboard-button
          theme="primary icon"
          aria-label="${this.__i18n.resizeShrinkHeight}"
          title="${this.__i18n.resizeShrinkHeight}"
          @click="${()=>ed(this,0,-1)}"
          id="resize-shrink-height"
          part="button resize-shrink-height-button"
          .hidden="${!t||!c}"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
        <vaadin-dashboard-button
          theme="primary icon"
          aria-label="${this.__i18n.resizeGrowHeight}"
          title="${this.__i18n.resizeGrowHeight}"
          @click="${()=>ed(this,0,1)}"
          id="resize-grow-height"
          part="button resize-grow-height-button"
          .hidden="${!t}"
        >
          <div class="icon"></div>
        </vaadin-dashboard-button>
      </div>`}constructor(){super(),this.__keyboardController=new pd(this),this.__focusTrapController=new Dt(this),this.__boundRootHeadingLevelChangedListener=this.__updateRootHeadingLevel.bind(this)}ready(){super.ready(),this.addController(this.__keyboardController),this.addController(this.__focusTrapController)}connectedCallback(){super.connectedCallback(),this.__updateRootHeadingLevel(),this.__addHeadingLevelListener()}disconnectedCallback(){super.disconnectedCallback(),this.__removeHeadingLevelListener()}__selectedChanged(e,t){!!e!=!!t&&(this.dispatchEvent(new CustomEvent(`item-selected-changed`,{bubbles:!0,detail:{value:e}})),e?this.__focusTrapController.trapFocus(this.$.focustrap):this.__focusTrapController.releaseFocus())}focus(e){this.hasAttribute(`editable`)?this.$[`focus-button`].focus(e):super.focus(e)}__exitMode(e){this.__moveMode?(this.__moveMode=!1,e&&(this.$[`drag-handle`].focus(),this.__focusTrapController.trapFocus(this.$.focustrap))):this.__resizeMode&&(this.__resizeMode=!1,e&&(this.$[`resize-handle`].focus(),this.__focusTrapController.trapFocus(this.$.focustrap)))}__focusApply(){this.__moveMode?this.$[`move-apply`].focus():this.__resizeMode&&this.$[`resize-apply`].focus()}__enterMoveMode(){this.__selected=!0,this.__moveMode=!0,requestAnimationFrame(()=>{this.__focusTrapController.trapFocus(this.$[`move-controls`])})}__enterResizeMode(){this.__selected=!0,this.__resizeMode=!0,requestAnimationFrame(()=>{this.__focusTrapController.trapFocus(this.$[`resize-controls`])})}__moveModeChanged(e,t){!!e!=!!t&&this.dispatchEvent(new CustomEvent(`item-move-mode-changed`,{bubbles:!0,detail:{value:e}}))}__resizeModeChanged(e,t){!!e!=!!t&&this.dispatchEvent(new CustomEvent(`item-resize-mode-changed`,{bubbles:!0,detail:{value:e}}))}__addHeadingLevelListener(){this.__removeHeadingLevelListener();let e=id(this);e&&(this.__rootHeadingLevelListenerTarget=e,e.addEventListener(`dashboard-root-heading-level-changed`,this.__boundRootHeadingLevelChangedListener))}__removeHeadingLevelListener(){this.__rootHeadingLevelListenerTarget&&=(this.__rootHeadingLevelListenerTarget.removeEventListener(`dashboard-root-heading-level-changed`,this.__boundRootHeadingLevelChangedListener),null)}__updateRootHeadingLevel(){let e=id(this);e&&(this._rootHeadingLevel=e.rootHeadingLevel)}}})),yd,bd,xd=o((()=>{E(),p(),Wu(),Ku(),yd=t`
  :host {
    display: grid;
    position: relative;
    grid-template-columns: subgrid;
    --_section-column: 1 / calc(var(--_effective-col-count) + 1);
    grid-column: var(--_section-column) !important;
    gap: var(--_gap);
    /* Dashboard section header height */
    grid-template-rows: minmax(0, auto) repeat(auto-fill, var(--_row-height));
    grid-auto-rows: var(--_row-height);
    border: var(--_widget-border-width) solid var(--_widget-border-color);
    border-radius: var(--vaadin-dashboard-section-border-radius, var(--vaadin-radius-l));
    padding: calc(var(--_gap) - var(--_widget-border-width));
    margin-inline: calc(var(--_gap) * -1);
    margin-block: var(--_gap);
  }

  :host([hidden]) {
    display: none !important;
  }

  ::slotted(*) {
    --_item-column: span min(var(--vaadin-dashboard-widget-colspan, 1), var(--_effective-col-count, var(--_col-count)));

    grid-column: var(--_item-column);
    --_item-row: span var(--vaadin-dashboard-widget-rowspan, 1);
    grid-row: var(--_item-row);
  }

  /* Mirror the layout's cap so non-widget children inside a section also stay pinned to the fixed row height. Sections nested inside a section are excluded so they can still grow. */
  ::slotted(:not(vaadin-dashboard-section)) {
    ${Hu};
  }

  header {
    grid-column: var(--_section-column);
  }

  ::slotted(vaadin-dashboard-widget-wrapper) {
    display: contents;
  }

  /* Section states */

  :host(:not([editable])) {
    --_widget-border-width: 0px;
  }
`,bd=[yd,Gu]})),Sd,Cd=o((()=>{p(),y(),O(),T(),k(),w(),xd(),vd(),Sd=class extends _d(S(x(C(A(u))))){static get is(){return`vaadin-dashboard-section`}static get styles(){return bd}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{__i18n:{type:Object,value:()=>hd()},sectionTitle:{type:String,value:``},__childCount:{type:Number,value:0}}}render(){return d`
      ${this.__renderMoveControls()}

      <div id="focustrap">
        ${this.__renderFocusButton(`selectSection`)}

        <header part="header">
          ${this.__renderDragHandle()}
          <div id="title" role="heading" aria-level=${this._rootHeadingLevel||2} part="title"
            >${this.sectionTitle}</div
          >
          ${this.__renderRemoveButton()}
        </header>
      </div>

      <!-- Default slot is used by <vaadin-dashboard-layout> -->
      <slot></slot>
      <!-- Named slots are used by <vaadin-dashboard> -->
      ${[...Array(this.__childCount)].map((e,t)=>d`<slot name="slot-${t}"></slot>`)}
    `}ready(){super.ready(),this.hasAttribute(`role`)||this.setAttribute(`role`,`region`)}},v(Sd)})),wd,Td=o((()=>{p(),y(),O(),T(),k(),w(),Yu(),sd(),vd(),Cd(),wd=class extends _d(S(x(C(A(u))))){static get is(){return`vaadin-dashboard-widget`}static get styles(){return Ju}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{__i18n:{type:Object,value:()=>hd()},widgetTitle:{type:String,value:``},__isNestedWidget:{type:Boolean,value:!1}}}render(){return d`
      ${this.__renderMoveControls()} ${this.__renderResizeControls()}

      <div id="focustrap">
        ${this.__renderFocusButton(`selectWidget`)}

        <header part="header">
          ${this.__renderDragHandle()} ${this.__renderWidgetTitle()}
          <slot name="header-content"></slot>
          ${this.__renderRemoveButton()}
        </header>

        ${this.__renderResizeHandle()}
      </div>

      <div id="content" part="content">
        <slot></slot>
      </div>
    `}connectedCallback(){super.connectedCallback();let e=this.closest(ad);e&&(od.forEach(t=>{this.toggleAttribute(t,!!e[t])}),this.__i18n=e.i18n),this.__updateNestedState();let t=this.closest(`*:not(:defined)`);t&&customElements.whenDefined(t.localName).then(()=>{queueMicrotask(()=>this.__updateNestedState())})}ready(){super.ready(),this.hasAttribute(`role`)||this.setAttribute(`role`,`article`)}__renderWidgetTitle(){let e=this._rootHeadingLevel;return e??=2,this.__isNestedWidget&&(e+=1),d`<div
      id="title"
      part="title"
      role="heading"
      aria-level=${e}
      .hidden=${!this.widgetTitle}
      >${this.widgetTitle}</div
    >`}__updateNestedState(){this.__isNestedWidget=!!rd(this,Sd)}},v(wd)})),Ed,Dd,Od=o((()=>{p(),Wu(),Ed=t`
  #grid[item-resizing] {
    -webkit-user-select: none;
    user-select: none;
  }

  ::slotted(vaadin-dashboard-widget-wrapper) {
    display: contents;
  }
`,Dd=[Uu,Ed]})),kd,Ad=o((()=>{Ae(),kd=e=>class extends je(e){static get properties(){return{denseLayout:{type:Boolean,value:!1,reflectToAttribute:!0},rootHeadingLevel:{type:Number,value:2,sync:!0,reflectToAttribute:!0,observer:`__rootHeadingLevelChanged`}}}constructor(){super(),this.__hasVaadinDashboardLayoutMixin=!0}ready(){super.ready(),this._onResize()}_onResize(){this.$.grid.style.width=`${this.offsetWidth}px`,this.__updateColumnCount()}__updateColumnCount(){this.$.grid.style.removeProperty(`--_col-count`);let e=getComputedStyle(this.$.grid).gridTemplateColumns.split(` `).length;this.$.grid.style.setProperty(`--_col-count`,e)}__rootHeadingLevelChanged(e){this.dispatchEvent(new CustomEvent(`dashboard-root-heading-level-changed`,{detail:{value:e}}))}}})),jd,Md,Nd,Pd=o((()=>{sd(),jd=200,Md=10,Nd=class{constructor(e){this.host=e,this.draggedElementRemoveObserver=new MutationObserver(()=>this.__restoreDraggedElement()),e.addEventListener(`dragstart`,e=>this.__dragStart(e)),e.addEventListener(`dragend`,e=>this.__dragEnd(e)),e.addEventListener(`dragover`,e=>this.__dragOver(e)),e.addEventListener(`drop`,e=>this.__drop(e)),e.addEventListener(`item-move`,e=>this.__itemMove(e))}__dragStart(e){if(![...e.composedPath()].find(e=>e.classList&&e.classList.contains(`drag-handle`)))return;this.__draggedElement=e.target,this.__draggedElement.__exitMode(),this.__draggedElement.__focused=!1,this.__draggedElement.__selected=!1,this.draggedItem=Qu(this.__draggedElement);let{left:t,top:n}=this.__draggedElement.getBoundingClientRect();e.dataTransfer.setDragImage(this.__draggedElement,e.clientX-t,e.clientY-n),e.dataTransfer.setData(`text/plain`,`item`),this.draggedElementRemoveObserver.observe(this.host,{childList:!0,subtree:!0}),requestAnimationFrame(()=>{this.host.items=[...this.host.items]})}__dragOver(e){if(!this.draggedItem)return;this.__startX||=e.clientX,this.__startY||=e.clientY;let t=e.clientX-(this.__previousX||e.clientX),n=e.clientY-(this.__previousY||e.clientY);this.__previousX=e.clientX,this.__previousY=e.clientY,t&&this.__dx&&Math.sign(t)!==Math.sign(this.__dx)&&(this.__startX=e.clientX),n&&this.__dy&&Math.sign(n)!==Math.sign(this.__dy)&&(this.__startY=e.clientY),this.__dx=e.clientX-this.__startX,this.__dy=e.clientY-this.__startY,e.preventDefault(),e.dataTransfer.dropEffect=`move`;let r=this.__getDragContextElements(this.__draggedElement),i=r.find(e=>Qu(e)===this.draggedItem);if(!i)return;let a=r.filter(e=>e!==i);if(a.length===0)return;let o=a.find(t=>t.contains(e.target));if(o||=this.__getClosestElement(a,e.clientX,e.clientY),!this.__reordering&&this.__isDraggedOver(i,o,{x:e.clientX,y:e.clientY,dx:this.__dx,dy:this.__dy})){this.__reordering=!0,setTimeout(()=>{this.__reordering=!1},jd);let e=Qu(o),t=Zu(e,this.host.items).indexOf(e);this.__reorderItems(this.draggedItem,t)}}__dragEnd(){this.draggedItem&&(this.__previousX=null,this.__previousY=null,this.__startX=null,this.__startY=null,this.__dx=null,this.__dy=null,this.__draggedElement.parentElement===this.host&&this.__draggedElement.remove(),this.__fireItemMovedEvent(this.draggedItem),this.__draggedElement=null,this.draggedItem=null,this.host.items=[...this.host.items],this.draggedElementRemoveObserver.disconnect())}__fireItemMovedEvent(e){let t=this.host.items.find(t=>t.items&&t.items.includes(e));this.host.dispatchEvent(new CustomEvent(`dashboard-item-moved`,{detail:{item:e,items:this.host.items,section:t}}))}__drop(e){this.draggedItem&&e.preventDefault()}__getClosestElement(e,t,n){return e.reduce((e,r)=>{let{left:i,top:a,width:o,height:s}=r.getBoundingClientRect(),c=i+o/2,l=a+s/2,u=Math.hypot(c-t,l-n);return u<e.distance?{element:r,distance:u}:e},{element:null,distance:Number.MAX_VALUE}).element}__isDraggedOver(e,t,{x:n,y:r,dx:i,dy:a}){let o=e.getBoundingClientRect(),s=t.getBoundingClientRect();if(o.top>=s.bottom)return r<s.bottom&&a<-10;if(o.bottom<=s.top)return r>s.top&&a>Md;if(o.left>=s.right)return n<s.right&&i<-10;if(o.right<=s.left)return n>s.left&&i>Md}__getDragContextElements(){let e=[...this.host.querySelectorAll(ad)].find(e=>Xu(e.__item,this.draggedItem));return e?[...e.parentElement.children].filter(e=>e.localName===`vaadin-dashboard-widget-wrapper`&&e.firstElementChild).map(e=>e.firstElementChild):[]}__reorderItems(e,t){if(t<0||t>=Zu(e,this.host.items).length)return;let n=Zu(e,this.host.items),r=n.indexOf(e);n.splice(r,1),n.splice(t,0,e),this.host.items=[...this.host.items]}__restoreDraggedElement(){this.host.contains(this.__draggedElement)||(this.__draggedElement.style.display=`none`,this.host.appendChild(this.__draggedElement))}__itemMove(e){e.stopImmediatePropagation();let t=Qu(e.target),n=Zu(t,this.host.items);this.__reorderItems(t,n.indexOf(t)+e.detail.delta),this.__fireItemMovedEvent(t)}}})),Fd,Id=o((()=>{Lt(),sd(),Fd=class{constructor(e){this.host=e,this.__resizedElementRemoveObserver=new MutationObserver(()=>this.__restoreResizedElement()),this.__touchMoveCancelListener=e=>e.preventDefault(),wn(e,`track`,e=>this.__onTrack(e)),Bt(e,``),e.addEventListener(`item-resize`,e=>this.__itemResize(e))}__onTrack(e){e.detail.state===`start`?this.__onResizeStart(e):e.detail.state===`track`?this.__onResize(e):e.detail.state===`end`&&this.__onResizeEnd(e)}__onResizeStart(e){[...e.composedPath()].find(e=>e.classList&&e.classList.contains(`resize-handle`))&&(this.host.$.grid.toggleAttribute(`item-resizing`,!0),this.resizedItem=Qu(e.target),this.__resizeStartWidth=e.target.offsetWidth,this.__resizeStartHeight=e.target.offsetHeight,this.__resizeWidth=this.__resizeStartWidth+e.detail.dx,this.__resizeHeight=this.__resizeStartHeight+e.detail.dy,this.__updateWidgetStyles(),this.__resizedElement=e.target,this.__resizedElementRemoveObserver.observe(this.host,{childList:!0,subtree:!0}),document.addEventListener(`touchmove`,this.__touchMoveCancelListener,{passive:!1}))}__onResize(e){if(!this.resizedItem)return;this.__resizeWidth=this.__resizeStartWidth+(document.dir===`rtl`?-e.detail.dx:e.detail.dx),this.__resizeHeight=this.__resizeStartHeight+e.detail.dy,this.__updateWidgetStyles();let t=this.__getItemWrapper(this.resizedItem);if(!t.firstElementChild)return;let n=getComputedStyle(this.host.$.grid),r=parseFloat(n.gap||0),i=t.firstElementChild.offsetWidth,a=n.gridTemplateColumns.split(` `),o=parseFloat(a[0]);this.__resizeWidth>i+r+o/2?this.__updateResizedItem(1,0):this.__resizeWidth<i-o/2&&this.__updateResizedItem(-1,0);let s=t.firstElementChild.offsetHeight,c=Math.min(...n.gridTemplateRows.split(` `).map(e=>parseFloat(e)));e.detail.ddy>0&&this.__resizeHeight>s+r+c/2?this.__updateResizedItem(0,1):e.detail.ddy<0&&this.__resizeHeight<s-c/2&&this.__updateResizedItem(0,-1)}__onResizeEnd(){if(!this.resizedItem)return;this.__resizedElement.parentElement===this.host&&this.__resizedElement.remove();let e=this.__getItemWrapper(this.resizedItem);e.style.removeProperty(`--_widget-resizer-width`),e.style.removeProperty(`--_widget-resizer-height`),e.firstElementChild&&e.firstElementChild.toggleAttribute(`resizing`,!1),this.host.$.grid.toggleAttribute(`item-resizing`,!1),this.__resizedElementRemoveObserver.disconnect(),document.removeEventListener(`touchmove`,this.__touchMoveCancelListener),this.__fireItemResizedEvent(this.resizedItem),this.resizedItem=null}__fireItemResizedEvent(e){this.host.dispatchEvent(new CustomEvent(`dashboard-item-resized`,{detail:{item:e,items:this.host.items}}))}__getItemWrapper(e){return[...this.host.querySelectorAll(ad)].find(t=>Xu(t.__item,e))}__updateResizedItem(e,t){this.__resizeItem(this.resizedItem,e,t),requestAnimationFrame(()=>this.__updateWidgetStyles())}__resizeItem(e,t,n){if(e.items)return;let r=getComputedStyle(this.host.$.grid);if(n&&r.getPropertyValue(`--_row-min-height`)===`auto`)return;let i=r.gridTemplateColumns.split(` `),a=e.colspan||1,o=e.rowspan||1,s=Math.min(Math.max(a+t,1),i.length),c=Math.max(o+n,1);(e.colspan||1)===s&&(e.rowspan||1)===c||(e.colspan=s,e.rowspan=c,this.host.items=[...this.host.items])}__updateWidgetStyles(){let e=this.__getItemWrapper(this.resizedItem);e.style.setProperty(`--_widget-resizer-width`,`${this.__resizeWidth}px`),e.style.setProperty(`--_widget-resizer-height`,`${this.__resizeHeight}px`),e.firstElementChild&&e.firstElementChild.toggleAttribute(`resizing`,!0)}__restoreResizedElement(){this.host.contains(this.__resizedElement)||(this.__resizedElement.style.display=`none`,this.host.appendChild(this.__resizedElement))}__itemResize(e){e.stopImmediatePropagation();let t=Qu(e.target);this.__resizeItem(t,e.detail.colspanDelta,e.detail.rowspanDelta),this.__fireItemResizedEvent(t)}hostDisconnected(){document.removeEventListener(`touchmove`,this.__touchMoveCancelListener)}}})),Ld,Rd,zd=o((()=>{Td(),Cd(),p(),y(),O(),Xn(),T(),k(),w(),Od(),sd(),vd(),Ad(),Pd(),Id(),Ld=hd(),Rd=class extends kd(tr(S(x(C(A(u)))))){static get is(){return`vaadin-dashboard`}static get cvdlName(){return`vaadin-dashboard`}static get styles(){return Dd}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{items:{type:Array},renderer:{type:Function},editable:{type:Boolean},__childCount:{type:Number,value:0}}}static get observers(){return[`__itemsOrRendererChanged(items, renderer, editable, __effectiveI18n)`]}static get defaultI18n(){return Ld}get i18n(){return super.i18n}set i18n(e){super.i18n=e}constructor(){super(),this.__widgetReorderController=new Nd(this),this.__widgetResizeController=new Fd(this),this.addEventListener(`item-remove`,e=>this.__itemRemove(e)),this.addEventListener(`item-selected-changed`,e=>this.__itemSelectedChanged(e)),this.addEventListener(`item-move-mode-changed`,e=>this.__itemMoveModeChanged(e)),this.addEventListener(`item-resize-mode-changed`,e=>this.__itemResizeModeChanged(e))}ready(){super.ready(),this.addController(this.__widgetReorderController),this.addController(this.__widgetResizeController)}render(){return d`<div id="grid">
      ${[...Array(this.__childCount)].map((e,t)=>d`<slot name="slot-${t}"></slot>`)}
    </div>`}__itemsOrRendererChanged(e,t){this.__childCount=e?e.length:0,this.__renderItemWrappers(e||[]),this.querySelectorAll(ad).forEach(e=>{if(e.firstElementChild&&e.firstElementChild.localName===`vaadin-dashboard-section`)return;let n=Qu(e);n.component instanceof HTMLElement?n.component.parentElement!==e&&(e.textContent=``,e.appendChild(n.component)):t?t(e,this,{item:n}):e.innerHTML=``,e.firstElementChild&&(od.forEach(t=>{e.firstElementChild.toggleAttribute(t,!!e[t])}),e.firstElementChild.__i18n=this.__effectiveI18n)})}__renderItemWrappers(e,t=this){let n=[...t.children].filter(e=>e.localName===ad),r=n.find(e=>e.querySelector(`:focus`)),i=r?.querySelector(`:focus`),a=r&&!this.__isActiveWrapper(r),o=a&&this.__getClosestActiveWrapper(r);e.forEach((e,r)=>{let i=n.find(t=>Xu(Qu(t),e))||this.__createWrapper(e);if(n=n.filter(e=>e!==i),i.isConnected||t.appendChild(i),this.__updateWrapper(i,e),i.slot=`slot-${r}`,e.items){let t=i.firstElementChild,n=e.component instanceof Sd;t instanceof Sd||(t=n?e.component:document.createElement(`vaadin-dashboard-section`),i.appendChild(t)),n||(t.sectionTitle=e.title),od.forEach(e=>t.toggleAttribute(e,!!i[e])),t.__i18n=this.__effectiveI18n,t.__childCount=e.items.length,this.__renderItemWrappers(e.items,t)}}),n.forEach(e=>e.remove()),requestAnimationFrame(()=>{a?this.__focusWrapperContent(o||this.querySelector(`vaadin-dashboard-widget-wrapper`)):i&&!i.matches(`:focus`)&&i.focus();let e=this.querySelector(`:focus`);e&&this.__outsideViewport(e)&&e.scrollIntoView()})}__outsideViewport(e){let t=e.getBoundingClientRect(),n=Math.min(window.innerHeight,document.documentElement.clientHeight),r=Math.min(window.innerWidth,document.documentElement.clientWidth);if(t.bottom<0||t.right<0||t.top>n||t.left>r)return!0;let i=this.getBoundingClientRect();return t.bottom<i.top||t.right<i.left||t.top>i.bottom||t.left>i.right}__focusWrapperContent(e){e?.firstElementChild&&e.firstElementChild.focus()}__isActiveWrapper(e){return!e||e.localName!==`vaadin-dashboard-widget-wrapper`?!1:Zu(Qu(e),this.items)}__parseSlotIndex(e){return parseInt(e.split(`-`)[1])}__getClosestActiveWrapper(e){if(!e||this.__isActiveWrapper(e))return e;let t=[...e.parentElement.children].sort((e,t)=>this.__parseSlotIndex(e.slot)-this.__parseSlotIndex(t.slot)),n=(e,n)=>{for(;e;){if(this.__isActiveWrapper(e))return e;let r=t.indexOf(e);e=n===1?t[r+1]:t[r-1]}};return n(e,1)||n(e,-1)||this.__getClosestActiveWrapper(e.parentElement.closest(`vaadin-dashboard-widget-wrapper`))}__createWrapper(e){let t=document.createElement(ad);return t.__item=e,t}__updateWrapper(e,t){let n=`
      ${t.colspan?`--vaadin-dashboard-widget-colspan: ${t.colspan};`:``}
      ${t.rowspan?`--vaadin-dashboard-widget-rowspan: ${t.rowspan};`:``}
    `.trim();e.__item=t,e.setAttribute(`style`,n),e.editable=this.editable,e.dragging=this.__widgetReorderController.draggedItem===t,e[`first-child`]=t===Zu(t,this.items)[0],e[`last-child`]=t===Zu(t,this.items).slice(-1)[0],e.i18n=this.__effectiveI18n}__itemRemove(e){e.stopImmediatePropagation();let t=Qu(e.target),n=Zu(t,this.items),r=this.items.find(e=>e.items&&e.items.includes(t)),i=new CustomEvent(`dashboard-item-before-remove`,{cancelable:!0,detail:{item:t,items:this.items,section:r}});this.dispatchEvent(i),!i.defaultPrevented&&(n.splice(n.indexOf(t),1),this.items=[...this.items],this.toggleAttribute(`item-selected`,!1),this.dispatchEvent(new CustomEvent(`dashboard-item-removed`,{detail:{item:t,items:this.items,section:r}})))}__dispatchCustomEvent(e,t,n){t&&this.dispatchEvent(new CustomEvent(e,{detail:{item:t,value:n}}))}__itemSelectedChanged(e){e.stopImmediatePropagation(),this.__dispatchCustomEvent(`dashboard-item-selected-changed`,Qu(e.target),e.detail.value),this.toggleAttribute(`item-selected`,e.detail.value)}__itemMoveModeChanged(e){e.stopImmediatePropagation(),this.__dispatchCustomEvent(`dashboard-item-move-mode-changed`,Qu(e.target),e.detail.value)}__itemResizeModeChanged(e){e.stopImmediatePropagation(),this.__dispatchCustomEvent(`dashboard-item-resize-mode-changed`,Qu(e.target),e.detail.value)}__updateColumnCount(){let e=this.$.grid.style.getPropertyValue(`--_col-count`);super.__updateColumnCount(),e!==this.$.grid.style.getPropertyValue(`--_col-count`)&&this.querySelectorAll(ad).forEach(e=>{e.firstElementChild&&`requestUpdate`in e.firstElementChild&&e.firstElementChild.requestUpdate()})}},v(Rd)})),Bd,Vd=o((()=>{p(),Bd=t`
  [part='overlay'] {
    display: flex;
    flex: auto;
    max-height: var(--vaadin-date-picker-overlay-max-height, 30rem);
    box-sizing: content-box;
    width: var(
      --vaadin-date-picker-overlay-width,
      round(
        var(--vaadin-date-picker-date-width, 2rem) * 7 +
          var(--vaadin-date-picker-month-padding, var(--vaadin-padding-s)) * 2 +
          var(--vaadin-date-picker-year-scroller-width, 3rem),
        1px
      )
    );
    cursor: default;
  }

  :host([fullscreen]) [part='backdrop'] {
    display: block;
  }

  :host([fullscreen]) [part='overlay'] {
    border: none;
    border-radius: 0;
    max-height: 75vh;
    width: 100%;
  }

  [part~='content'] {
    flex: auto;
  }

  @media (max-width: 450px), (max-height: 450px) {
    :host {
      inset: auto 0 0 !important;
    }
  }
`})),Hd,Ud=o((()=>{j(),lt(),wt(),Hd=e=>class extends ht(ct(e)){_shouldCloseOnOutsideClick(e){return!e.composedPath().includes(this.positionTarget)}_mouseDownListener(e){super._mouseDownListener(e),this._shouldCloseOnOutsideClick(e)&&!Fe(e.composedPath()[0])&&e.preventDefault()}}})),Wd,Gd=o((()=>{p(),y(),h(),T(),qe(),k(),w(),Vd(),Ud(),Wd=class extends Hd(b(x(C(A(u))))){static get is(){return`vaadin-date-picker-overlay`}static get styles(){return[Ke,Bd]}render(){return d`
      <div id="backdrop" part="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <slot></slot>
        </div>
      </div>
    `}get _contentRoot(){return this.owner._overlayContent}},v(Wd)}));function Kd(e){let t=e.getDay();t===0&&(t=7);let n=4-t,r=new Date(e.getTime()+n*24*3600*1e3),i=new Date(0,0);i.setFullYear(r.getFullYear());let a=r.getTime()-i.getTime(),o=Math.round(a/(24*3600*1e3));return Math.floor(o/7+1)}function qd(e){let t=new Date(e);return t.setHours(0,0,0,0),t}function Jd(e){return new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth(),e.getUTCDate(),0,0,0,0))}function Yd(e,t,n=qd){return e instanceof Date&&t instanceof Date&&n(e).getTime()===n(t).getTime()}function Xd(e){return{day:e.getDate(),month:e.getMonth(),year:e.getFullYear()}}function Zd(e,t,n,r){let i=!1;return typeof r==`function`&&e&&(i=r(Xd(e))),(!t||e>=t)&&(!n||e<=n)&&!i}function Qd(e,t){return t.filter(e=>e!==void 0).reduce((t,n)=>n?t?Math.abs(e.getTime()-n.getTime())<Math.abs(t.getTime()-e.getTime())?n:t:n:t)}function $d(e){let t=new Date,n=new Date(t);return n.setDate(1),n.setMonth(parseInt(e)+t.getMonth()),n}function ef(e,t,n=0,r=1){if(t>99)throw Error(`The provided year cannot have more than 2 digits.`);if(t<0)throw Error(`The provided year cannot be negative.`);let i=t+Math.floor(e.getFullYear()/100)*100;return e<new Date(i-50,n,r)?i-=100:e>new Date(i+50,n,r)&&(i+=100),i}function tf(e){let t=/^([-+]\d{1}|\d{2,4}|[-+]\d{6})-(\d{1,2})-(\d{1,2})$/u.exec(e);if(!t)return;let n=new Date(0,0);return n.setFullYear(parseInt(t[1],10)),n.setMonth(parseInt(t[2],10)-1),n.setDate(parseInt(t[3],10)),n}function nf(e){let t=/^([-+]\d{1}|\d{2,4}|[-+]\d{6})-(\d{1,2})-(\d{1,2})$/u.exec(e);if(!t)return;let n=new Date(Date.UTC(0,0));return n.setUTCFullYear(parseInt(t[1],10)),n.setUTCMonth(parseInt(t[2],10)-1),n.setUTCDate(parseInt(t[3],10)),n}function rf(e){let t=(e,t=`00`)=>(t+e).substr((t+e).length-t.length),n=``,r=`0000`,i=e.year;return i<0?(i=-i,n=`-`,r=`000000`):e.year>=1e4&&(n=`+`,r=`000000`),[n+t(i,r),t(e.month+1),t(e.day)].join(`-`)}function af(e){return e instanceof Date?rf({year:e.getFullYear(),month:e.getMonth(),day:e.getDate()}):``}function of(e){return e instanceof Date?rf({year:e.getUTCFullYear(),month:e.getUTCMonth(),day:e.getUTCDate()}):``}var sf=o((()=>{})),cf,lf,uf=o((()=>{m(),g(),We(),cf=document.createElement(`template`),cf.innerHTML=`
  <style>
    :host {
      display: block;
      overflow: hidden;
      height: 500px;
    }

    #scroller {
      position: relative;
      height: 100%;
      overflow: auto;
      /* Prevent browser scroll anchoring from overriding the virtual scroll position. */
      overflow-anchor: none;
      outline: none;
      overflow-x: hidden;
      scrollbar-width: none;
    }

    #scroller::-webkit-scrollbar {
      display: none;
    }

    .buffer {
      position: absolute;
      width: var(--vaadin-infinite-scroller-buffer-width, 100%);
      box-sizing: border-box;
      top: var(--vaadin-infinite-scroller-buffer-offset, 0);
    }
  </style>

  <div id="scroller" tabindex="-1">
    <div class="buffer"></div>
    <div class="buffer"></div>
    <div id="fullHeight"></div>
  </div>
`,lf=class extends HTMLElement{constructor(){super(),this.attachShadow({mode:`open`}).appendChild(cf.content.cloneNode(!0)),this.bufferSize=20,this._initialScroll=5e5,this._initialIndex=0,this._activated=!1}get active(){return this._activated}set active(e){e&&!this._activated&&(this._createPool(),this._activated=!0)}get bufferOffset(){return this._buffers[0].offsetTop}get itemHeight(){if(!this._itemHeightVal){let e=getComputedStyle(this).getPropertyValue(`--vaadin-infinite-scroller-item-height`),t=`background-position`;this.$.fullHeight.style.setProperty(t,e);let n=getComputedStyle(this.$.fullHeight).getPropertyValue(t);this.$.fullHeight.style.removeProperty(t),this._itemHeightVal=parseFloat(n)}return this._itemHeightVal}get _bufferHeight(){return this.itemHeight*this.bufferSize}get position(){return(this.$.scroller.scrollTop-this._buffers[0].translateY)/this.itemHeight+this._firstIndex}set position(e){this._preventScrollEvent=!0,e>this._firstIndex&&e<this._firstIndex+this.bufferSize*2?this.$.scroller.scrollTop=this.itemHeight*(e-this._firstIndex)+this._buffers[0].translateY:(this._initialIndex=~~e,this._reset(),this._scrollDisabled=!0,this.$.scroller.scrollTop+=e%1*this.itemHeight,this._scrollDisabled=!1)}connectedCallback(){this._ready||(this._ready=!0,this.$={},this.shadowRoot.querySelectorAll(`[id]`).forEach(e=>{this.$[e.id]=e}),this.$.scroller.addEventListener(`scroll`,()=>this._scroll()),this._buffers=[...this.shadowRoot.querySelectorAll(`.buffer`)],this.$.fullHeight.style.height=`${this._initialScroll*2}px`)}disconnectedCallback(){this._debouncerScrollFinish&&this._debouncerScrollFinish.cancel(),this._debouncerUpdateClones&&this._debouncerUpdateClones.cancel(),this.__pendingFinishInit&&cancelAnimationFrame(this.__pendingFinishInit)}forceUpdate(){this._debouncerScrollFinish&&this._debouncerScrollFinish.flush(),this._debouncerUpdateClones&&(this._buffers[0].updated=this._buffers[1].updated=!1,this._updateClones(),this._debouncerUpdateClones.cancel())}_createElement(){}_updateElement(e,t){}_finishInit(){this._initDone||(this._buffers.forEach(e=>{[...e.children].forEach(e=>{this._ensureStampedInstance(e._itemWrapper)})}),this._buffers[0].translateY||this._reset(),this._initDone=!0,this.dispatchEvent(new CustomEvent(`init-done`)))}_translateBuffer(e){let t=+!!e;this._buffers[t].translateY=this._buffers[+!t].translateY+this._bufferHeight*(t?-1:1),this._buffers[t].style.transform=`translate3d(0, ${this._buffers[t].translateY}px, 0)`,this._buffers[t].updated=!1,this._buffers.reverse()}_scroll(){if(this._scrollDisabled)return;let e=this.$.scroller.scrollTop;(e<this._bufferHeight||e>this._initialScroll*2-this._bufferHeight)&&(this._initialIndex=~~this.position,this._reset());let t=this.itemHeight+this.bufferOffset,n=e>this._buffers[1].translateY+t,r=e<this._buffers[0].translateY+t;(n||r)&&(this._translateBuffer(r),this._updateClones()),this._preventScrollEvent||this.dispatchEvent(new CustomEvent(`custom-scroll`,{bubbles:!1,composed:!0})),this._preventScrollEvent=!1,this._debouncerScrollFinish=D.debounce(this._debouncerScrollFinish,_.after(200),()=>{let e=this.$.scroller.getBoundingClientRect();!this._isVisible(this._buffers[0],e)&&!this._isVisible(this._buffers[1],e)&&(this.position=this.position)})}_reset(){this._scrollDisabled=!0,this.$.scroller.scrollTop=this._initialScroll,this._buffers[0].translateY=this._initialScroll-this._bufferHeight,this._buffers[1].translateY=this._initialScroll,this._buffers.forEach(e=>{e.style.transform=`translate3d(0, ${e.translateY}px, 0)`}),this._buffers[0].updated=this._buffers[1].updated=!1,this._updateClones(!0),this._debouncerUpdateClones=D.debounce(this._debouncerUpdateClones,_.after(200),()=>{this._buffers[0].updated=this._buffers[1].updated=!1,this._updateClones()}),this._scrollDisabled=!1}_createPool(){let e=this.innerHeight;this._buffers.forEach(t=>{for(let n=0;n<this.bufferSize;n++){let r=document.createElement(`div`);r.style.height=`${this.itemHeight}px`,r.instance={};let i=`vaadin-infinite-scroller-item-content-${kt()}`,a=document.createElement(`slot`);a.setAttribute(`name`,i),a._itemWrapper=r,t.appendChild(a),r.setAttribute(`slot`,i),this.appendChild(r),this.itemHeight*n<=e&&this._ensureStampedInstance(r)}}),this.__pendingFinishInit=requestAnimationFrame(()=>{this._finishInit(),this.__pendingFinishInit=null})}_ensureStampedInstance(e){if(e.firstElementChild)return;let t=e.instance;e.instance=this._createElement(),e.appendChild(e.instance),Object.keys(t).forEach(n=>{e.instance[n]=t[n]})}_updateClones(e){this._firstIndex=Math.round((this._buffers[0].translateY-this._initialScroll)/this.itemHeight)+this._initialIndex;let t=e?this.$.scroller.getBoundingClientRect():void 0;this._buffers.forEach((n,r)=>{if(!n.updated){let i=this._firstIndex+this.bufferSize*r;[...n.children].forEach((n,r)=>{let a=n._itemWrapper;(!e||this._isVisible(a,t))&&this._updateElement(a.instance,i+r)}),n.updated=!0}})}_isVisible(e,t){let n=e.getBoundingClientRect();return n.bottom>t.top&&n.top<t.bottom}}})),df,ff,pf=o((()=>{y(),sf(),uf(),df=document.createElement(`template`),df.innerHTML=`
  <style>
    :host {
      --vaadin-infinite-scroller-item-height: 270px;
      grid-area: months;
      height: auto;
    }
  </style>
`,ff=class extends lf{static get is(){return`vaadin-date-picker-month-scroller`}constructor(){super(),this.bufferSize=3,this.shadowRoot.appendChild(df.content.cloneNode(!0))}_createElement(){return document.createElement(`vaadin-month-calendar`)}_updateElement(e,t){e.month=$d(t)}},v(ff)})),mf,hf,gf=o((()=>{y(),uf(),mf=document.createElement(`template`),mf.innerHTML=`
  <style>
    :host {
      --vaadin-infinite-scroller-item-height: 80px;
      width: 50px;
      display: block;
      position: relative;
      grid-area: years;
      height: auto;
      -webkit-tap-highlight-color: transparent;
      -webkit-user-select: none;
      user-select: none;
      /* Center the year scroller position. */
      --vaadin-infinite-scroller-buffer-offset: 50%;
    }

    :host::before {
      content: '';
      display: block;
      background: transparent;
      width: 0;
      height: 0;
      position: absolute;
      left: 0;
      top: 50%;
      transform: translateY(-50%);
      border-width: 6px;
      border-style: solid;
      border-color: transparent;
      border-left-color: #000;
    }
  </style>
`,hf=class extends lf{static get is(){return`vaadin-date-picker-year-scroller`}constructor(){super(),this.bufferSize=12,this.shadowRoot.appendChild(mf.content.cloneNode(!0))}_createElement(){return document.createElement(`vaadin-date-picker-year`)}_updateElement(e,t){e.year=this._yearAfterXYears(t)}_yearAfterXYears(e){let t=new Date,n=new Date(t);return n.setFullYear(parseInt(e)+t.getFullYear()),n.getFullYear()}},v(hf)})),_f,vf=o((()=>{E(),p(),_f=t`
  :host {
    display: block;
    height: 100%;
  }

  [part='year-number'] {
    align-items: center;
    display: flex;
    height: 50%;
    justify-content: center;
    transform: translateY(-50%);
    color: var(--vaadin-text-color-secondary);
  }

  :host([current]) [part='year-number'] {
    color: var(--vaadin-date-picker-year-scroller-current-year-color, var(--vaadin-text-color));
  }
`})),yf,bf=o((()=>{p(),y(),T(),k(),w(),vf(),yf=class extends x(C(A(u))){static get is(){return`vaadin-date-picker-year`}static get styles(){return _f}static get properties(){return{year:{type:String,sync:!0},selectedDate:{type:Object,sync:!0}}}render(){return d`
      <div part="year-number">${this.year}</div>
      <div part="year-separator" aria-hidden="true"></div>
    `}updated(e){super.updated(e),e.has(`year`)&&this.toggleAttribute(`current`,this.year===new Date().getFullYear()),(e.has(`year`)||e.has(`selectedDate`))&&this.toggleAttribute(`selected`,this.selectedDate&&this.selectedDate.getFullYear()===this.year)}},v(yf)})),xf,Sf=o((()=>{E(),p(),xf=t`
  :host {
    display: block;
    padding: var(--vaadin-date-picker-month-padding, var(--vaadin-padding-s));
  }

  [part='month-header'] {
    color: var(--vaadin-date-picker-month-header-color, var(--vaadin-text-color));
    font-size: var(--vaadin-date-picker-month-header-font-size, 0.9375rem);
    font-weight: var(--vaadin-date-picker-month-header-font-weight, 500);
    line-height: 1;
    margin-bottom: 0.75rem;
    text-align: center;
  }

  table {
    display: grid;
    grid-template-columns: repeat(7, 1fr);
  }

  thead,
  tbody,
  tr {
    display: contents;
  }

  [part~='weekday'] {
    color: var(--vaadin-date-picker-weekday-color, var(--vaadin-text-color-secondary));
    font-size: var(--vaadin-date-picker-weekday-font-size, 0.75rem);
    font-weight: var(--vaadin-date-picker-weekday-font-weight, 500);
    margin-bottom: 0.375rem;
  }

  /* Week numbers are on a separate row, don't reserve space on weekday row. */
  [part~='weekday']:empty {
    display: none;
  }

  [part~='week-number'] {
    grid-column: -1 / 1;
    color: var(--vaadin-date-picker-week-number-color, var(--vaadin-text-color-secondary));
    font-size: var(--vaadin-date-picker-week-number-font-size, 0.7rem);
    line-height: 1;
    margin-top: 0.125em;
    margin-bottom: 0.125em;
    gap: 0.25em;
  }

  [part~='week-number']::after {
    content: '';
    height: 1px;
    flex: 1;
    background: var(
      --vaadin-date-picker-week-divider-color,
      var(--vaadin-divider-color, var(--vaadin-border-color-secondary))
    );
  }

  [part~='weekday'],
  [part~='week-number'],
  [part~='date'] {
    align-items: center;
    display: flex;
    justify-content: center;
    padding: 0;
  }

  [part~='date'] {
    border-radius: var(--vaadin-date-picker-date-border-radius, var(--vaadin-radius-m));
    position: relative;
    height: var(--vaadin-date-picker-date-height, 2rem);
    cursor: var(--vaadin-clickable-cursor);
    outline: none;
  }

  [part~='date']:empty {
    pointer-events: none !important;
  }

  [part~='date']::after {
    border-radius: inherit;
    content: '';
    position: absolute;
    z-index: -1;
    height: min(2em, 100%);
    aspect-ratio: 1;
  }

  :where([part~='date']:focus-visible)::after {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
  }

  [part~='today'] {
    color: var(--vaadin-date-picker-date-today-color, var(--vaadin-text-color));
  }

  [part~='selected'] {
    color: var(--vaadin-date-picker-date-selected-color, var(--vaadin-background-color));
  }

  [part~='selected']::after {
    background: var(--vaadin-date-picker-date-selected-background, var(--vaadin-text-color));
    outline-offset: 1px;
  }

  [disabled] {
    cursor: var(--vaadin-disabled-cursor);
    color: var(--vaadin-date-picker-date-disabled-color, var(--vaadin-text-color-disabled));
    opacity: 0.7;
  }

  [hidden] {
    display: none;
  }

  @media (forced-colors: active) {
    [part~='week-number']::after {
      background: CanvasText;
    }

    [part~='today'] {
      font-weight: 600;
    }

    [part~='selected'] {
      forced-color-adjust: none;
      --vaadin-date-picker-date-selected-color: SelectedItemText;
      color: SelectedItemText !important;
      --vaadin-date-picker-date-selected-background: SelectedItem;
    }

    [disabled] {
      color: GrayText !important;
    }
  }
`})),Cf,wf=o((()=>{ze(),Lt(),sf(),Cf=e=>class extends N(e){static get properties(){return{month:{type:Object,value:new Date,sync:!0},selectedDate:{type:Object,notify:!0,sync:!0},focusedDate:{type:Object},showWeekNumbers:{type:Boolean,value:!1},i18n:{type:Object},ignoreTaps:{type:Boolean},minDate:{type:Date,value:null,sync:!0},maxDate:{type:Date,value:null,sync:!0},isDateDisabled:{type:Function,value:()=>!1},enteredDate:{type:Date},disabled:{type:Boolean,reflectToAttribute:!0,computed:`__computeDisabled(month, minDate, maxDate)`},_days:{type:Array,computed:`__computeDays(month, i18n, minDate, maxDate, isDateDisabled)`},_weeks:{type:Array,computed:`__computeWeeks(_days)`},_notTapping:{type:Boolean},__hasFocus:{type:Boolean}}}static get observers(){return[`__focusedDateChanged(focusedDate, _days)`,`_showWeekNumbersChanged(showWeekNumbers, i18n)`]}get focusableDateElement(){return[...this.shadowRoot.querySelectorAll(`[part~=date]`)].find(e=>Yd(e.date,this.focusedDate))}ready(){super.ready(),wn(this.$.monthGrid,`tap`,this._handleTap.bind(this))}_setFocused(e){super._setFocused(e),this.__hasFocus=e}__computeDisabled(e,t,n){let r=new Date(0,0);r.setFullYear(e.getFullYear()),r.setMonth(e.getMonth()),r.setDate(1);let i=new Date(0,0);return i.setFullYear(e.getFullYear()),i.setMonth(e.getMonth()+1),i.setDate(0),t&&n&&t.getMonth()===n.getMonth()&&t.getMonth()===e.getMonth()&&n.getDate()-t.getDate()>=0?!1:!Zd(r,t,n)&&!Zd(i,t,n)}_getTitle(e,t){if(!(e===void 0||t===void 0))return t.formatTitle(t.monthNames[e.getMonth()],e.getFullYear())}_onMonthGridTouchStart(){this._notTapping=!1,setTimeout(()=>{this._notTapping=!0},300)}_dateAdd(e,t){e.setDate(e.getDate()+t)}_applyFirstDayOfWeek(e,t){if(!(e===void 0||t===void 0))return e.slice(t).concat(e.slice(0,t))}__computeWeekDayNames(e,t){if(e===void 0||t===void 0)return[];let{weekdays:n,weekdaysShort:r,firstDayOfWeek:i}=e,a=this._applyFirstDayOfWeek(r,i);return this._applyFirstDayOfWeek(n,i).map((e,t)=>({weekDay:e,weekDayShort:a[t]})).slice(0,7)}__focusedDateChanged(e,t){Array.isArray(t)&&t.some(t=>Yd(t,e))?this.removeAttribute(`aria-hidden`):this.setAttribute(`aria-hidden`,`true`)}_getDate(e){return e?e.getDate():``}__computeShowWeekSeparator(e,t){return e&&t?.firstDayOfWeek===1}_isToday(e){return Yd(new Date,e)}__computeDays(e,t){if(e===void 0||t===void 0)return[];let n=new Date(0,0);for(n.setFullYear(e.getFullYear()),n.setMonth(e.getMonth()),n.setDate(1);n.getDay()!==t.firstDayOfWeek;)this._dateAdd(n,-1);let r=[],i=n.getMonth(),a=e.getMonth();for(;n.getMonth()===a||n.getMonth()===i;)r.push(n.getMonth()===a?new Date(n.getTime()):null),this._dateAdd(n,1);return r}__computeWeeks(e){return e.reduce((e,t,n)=>(n%7==0&&e.push([]),e[e.length-1].push(t),e),[])}_handleTap(e){!this.ignoreTaps&&!this._notTapping&&e.target.date&&!e.target.hasAttribute(`disabled`)&&(this.selectedDate=e.target.date,this.dispatchEvent(new CustomEvent(`date-tap`,{detail:{date:e.target.date},bubbles:!0,composed:!0})))}_preventDefault(e){e.preventDefault()}__computeWeekNumber(e){return Kd(e.reduce((e,t)=>!e&&t?t:e))}__computeDayAriaLabel(e){if(!e)return``;let t=`${this._getDate(e)} ${this.i18n.monthNames[e.getMonth()]} ${e.getFullYear()}, ${this.i18n.weekdays[e.getDay()]}`;return this._isToday(e)&&(t+=`, ${this.i18n.today}`),t}_showWeekNumbersChanged(e,t){this.__computeShowWeekSeparator(e,t)?this.setAttribute(`week-numbers`,``):this.removeAttribute(`week-numbers`)}__computeDatePart(e,t,n,r,i,a,o,s){let c=[`date`];return this.__isDayDisabled(e,r,i,a)&&c.push(`disabled`),Yd(e,t)&&(s||Yd(e,o))&&c.push(`focused`),this.__isDaySelected(e,n)&&c.push(`selected`),this._isToday(e)&&c.push(`today`),e<qd(new Date)&&c.push(`past`),e>qd(new Date)&&c.push(`future`),c.join(` `)}__isDaySelected(e,t){return Yd(e,t)}__computeDayAriaSelected(e,t){return String(this.__isDaySelected(e,t))}__isDayDisabled(e,t,n,r){return!Zd(e,t,n,r)}__computeDayAriaDisabled(e,t,n,r){return e===void 0||t===void 0&&n===void 0&&r===void 0?`false`:String(this.__isDayDisabled(e,t,n,r))}__computeDayTabIndex(e,t){return Yd(e,t)?`0`:`-1`}}})),Tf,Ef=o((()=>{p(),y(),T(),k(),w(),Sf(),wf(),Tf=class extends Cf(x(C(A(u)))){static get is(){return`vaadin-month-calendar`}static get styles(){return xf}render(){let e=this.__computeWeekDayNames(this.i18n,this.showWeekNumbers),t=this._weeks,n=!this.__computeShowWeekSeparator(this.showWeekNumbers,this.i18n);return d`
      <div part="month-header" id="month-header" aria-hidden="true">${this._getTitle(this.month,this.i18n)}</div>
      <table
        id="monthGrid"
        role="grid"
        aria-labelledby="month-header"
        @touchend="${this._preventDefault}"
        @touchstart="${this._onMonthGridTouchStart}"
      >
        <thead id="weekdays-container">
          <tr role="row" part="weekdays">
            <th part="weekday" aria-hidden="true" ?hidden="${n}"></th>
            ${e.map(e=>d`
                <th role="columnheader" part="weekday" scope="col" abbr="${e.weekDay}" aria-hidden="true">
                  ${e.weekDayShort}
                </th>
              `)}
          </tr>
        </thead>
        <tbody id="days-container">
          ${t.map(e=>d`
              <tr role="row">
                <td part="week-number" aria-hidden="true" ?hidden="${n}">
                  ${this.__computeWeekNumber(e)}
                </td>
                ${e.map(e=>d`
                    <td
                      role="gridcell"
                      part="${this.__computeDatePart(e,this.focusedDate,this.selectedDate,this.minDate,this.maxDate,this.isDateDisabled,this.enteredDate,this.__hasFocus)}"
                      .date="${e}"
                      ?disabled="${this.__isDayDisabled(e,this.minDate,this.maxDate,this.isDateDisabled)}"
                      tabindex="${this.__computeDayTabIndex(e,this.focusedDate)}"
                      aria-selected="${this.__computeDayAriaSelected(e,this.selectedDate)}"
                      aria-disabled="${this.__computeDayAriaDisabled(e,this.minDate,this.maxDate,this.isDateDisabled)}"
                      aria-label="${this.__computeDayAriaLabel(e)}"
                      >${this._getDate(e)}</td
                    >
                  `)}
              </tr>
            `)}
        </tbody>
      </table>
    `}},v(Tf)})),Df,Of=o((()=>{E(),p(),Df=t`
  :host {
    display: grid;
    grid-template-areas:
      'header header'
      'months years'
      'toolbar years';
    grid-template-columns: minmax(0, 1fr) 0;
    height: 100%;
    outline: none;
    overflow: hidden;
  }

  :host([desktop]) {
    grid-template-columns: minmax(0, 1fr) auto;
  }

  :host([fullscreen][years-visible]) {
    grid-template-columns: minmax(0, 1fr) auto;
  }

  [part='years-toggle-button'] {
    display: inline-flex;
    align-items: center;
    border-radius: var(--vaadin-button-border-radius, var(--vaadin-radius-m));
    color: var(--vaadin-text-color);
    font-size: var(--vaadin-button-font-size, inherit);
    font-weight: var(--vaadin-button-font-weight, 500);
    height: var(--vaadin-button-height, auto);
    line-height: var(--vaadin-button-line-height, inherit);
    padding: var(--vaadin-button-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    cursor: var(--vaadin-clickable-cursor);
  }

  :host([years-visible]) [part='years-toggle-button'] {
    background: var(--vaadin-text-color);
    color: var(--vaadin-background-color);
  }

  [hidden] {
    display: none !important;
  }

  ::slotted([slot='months']) {
    --vaadin-infinite-scroller-item-height: round(
      var(--vaadin-date-picker-month-header-font-size, 0.9375rem) + 0.75rem +
        var(--vaadin-date-picker-date-height, 2rem) * 7 + var(--_vaadin-date-picker-week-numbers-visible, 0) *
        (
          var(--vaadin-date-picker-week-number-font-size, 0.7rem) * 6.25 +
            var(--vaadin-date-picker-month-padding, var(--vaadin-padding-s)) * 3
        ),
      1px
    );
  }

  :host(:not([fullscreen])) ::slotted([slot='months']) {
    border-bottom: 1px solid var(--vaadin-border-color-secondary);
  }

  ::slotted([slot='years']) {
    visibility: hidden;
    background: var(--vaadin-date-picker-year-scroller-background, var(--vaadin-background-container));
    width: var(--vaadin-date-picker-year-scroller-width, 3rem);
    box-sizing: border-box;
    border-inline-start: 1px solid
      var(--vaadin-date-picker-year-scroller-border-color, var(--vaadin-border-color-secondary));
    overflow: visible;
    min-height: 0;
    clip-path: inset(0);
  }

  ::slotted([slot='years'])::before {
    background: var(--vaadin-overlay-background, var(--vaadin-background-color));
    border: 1px solid var(--vaadin-date-picker-year-scroller-border-color, var(--vaadin-border-color-secondary));
    width: 16px;
    height: 16px;
    position: absolute;
    left: auto;
    z-index: 1;
    rotate: 45deg;
    translate: calc(-50% - 1px) -50%;
    transform: none;
  }

  :host([dir='rtl']) ::slotted([slot='years'])::before {
    translate: calc(50% + 1px) -50%;
  }

  :host([desktop]) ::slotted([slot='years']),
  :host([years-visible]) ::slotted([slot='years']) {
    visibility: visible;
  }

  [part='toolbar'] {
    display: flex;
    grid-area: toolbar;
    justify-content: space-between;
    padding: var(--vaadin-date-picker-toolbar-padding, var(--vaadin-padding-s));
  }

  :host([fullscreen]) [part='toolbar'] {
    grid-area: header;
    border-bottom: 1px solid var(--vaadin-border-color-secondary);
  }
`})),kf,Af=o((()=>{m(),g(),Lt(),vs(),R(),sf(),kf=e=>class extends e{static get properties(){return{scrollDuration:{type:Number,value:300},selectedDate:{type:Object,value:null,sync:!0},focusedDate:{type:Object,notify:!0,observer:`_focusedDateChanged`,sync:!0},_focusedMonthDate:Number,initialPosition:{type:Object,observer:`_initialPositionChanged`,sync:!0},_originDate:{type:Object,value:new Date},_visibleMonthIndex:Number,_desktopMode:{type:Boolean,observer:`_desktopModeChanged`},_desktopMediaQuery:{type:String,value:`(min-width: 375px)`},i18n:{type:Object},showWeekNumbers:{type:Boolean,value:!1},_ignoreTaps:Boolean,_notTapping:Boolean,minDate:{type:Object,sync:!0},maxDate:{type:Object,sync:!0},isDateDisabled:{type:Function},enteredDate:{type:Date,sync:!0},label:String,_cancelButton:{type:Object},_todayButton:{type:Object},calendars:{type:Array,value:()=>[]},years:{type:Array,value:()=>[]}}}static get observers(){return[`__updateCalendars(calendars, i18n, minDate, maxDate, selectedDate, focusedDate, showWeekNumbers, _ignoreTaps, _theme, isDateDisabled, enteredDate)`,`__updateCancelButton(_cancelButton, i18n)`,`__updateTodayButton(_todayButton, i18n, minDate, maxDate, isDateDisabled)`,`__updateYears(years, selectedDate, _theme)`]}get __useSubMonthScrolling(){return this._monthScroller.clientHeight<this._monthScroller.itemHeight+this._monthScroller.bufferOffset}get focusableDateElement(){return this.calendars.map(e=>e.focusableDateElement).find(Boolean)}_initControllers(){this.addController(new _s(this._desktopMediaQuery,e=>{this._desktopMode=e})),this.addController(new I(this,`today-button`,`vaadin-button`,{observe:!1,initializer:e=>{e.setAttribute(`theme`,`tertiary`),e.addEventListener(`keydown`,e=>this.__onTodayButtonKeyDown(e)),e.addEventListener(`click`,this._onTodayTap.bind(this)),this._todayButton=e}})),this.addController(new I(this,`cancel-button`,`vaadin-button`,{observe:!1,initializer:e=>{e.setAttribute(`theme`,`tertiary`),e.addEventListener(`keydown`,e=>this.__onCancelButtonKeyDown(e)),e.addEventListener(`click`,this._cancel.bind(this)),this._cancelButton=e}})),this.__initMonthScroller(),this.__initYearScroller()}reset(){this._closeYearScroller()}focusCancel(){this._cancelButton.focus()}scrollToDate(e,t){let n=this.__useSubMonthScrolling?this._calculateWeekScrollOffset(e):0;this._scrollToPosition(this._differenceInMonths(e,this._originDate)+n,t),this._monthScroller.forceUpdate()}__initMonthScroller(){this.addController(new I(this,`months`,`vaadin-date-picker-month-scroller`,{observe:!1,initializer:e=>{e.addEventListener(`custom-scroll`,()=>{this._onMonthScroll()}),e.addEventListener(`touchstart`,()=>{this._onMonthScrollTouchStart()}),e.addEventListener(`keydown`,e=>{this.__onMonthCalendarKeyDown(e)}),e.addEventListener(`init-done`,()=>{let e=[...this.querySelectorAll(`vaadin-month-calendar`)];e.forEach(e=>{e.addEventListener(`selected-date-changed`,e=>{this.selectedDate=e.detail.value})}),this.calendars=e}),this._monthScroller=e}}))}__initYearScroller(){this.addController(new I(this,`years`,`vaadin-date-picker-year-scroller`,{observe:!1,initializer:e=>{e.setAttribute(`aria-hidden`,`true`),wn(e,`tap`,e=>{this._onYearTap(e)}),e.addEventListener(`custom-scroll`,()=>{this._onYearScroll()}),e.addEventListener(`touchstart`,()=>{this._onYearScrollTouchStart()}),e.addEventListener(`init-done`,()=>{this.years=[...this.querySelectorAll(`vaadin-date-picker-year`)]}),this._yearScroller=e}}))}__updateCancelButton(e,t){e&&(e.textContent=t?.cancel)}__updateTodayButton(e,t,n,r,i){e&&(e.textContent=t?.today,e.disabled=!this._isTodayAllowed(n,r,i))}__updateCalendars(e,t,n,r,i,a,o,s,c,l,u){e?.length&&e.forEach(e=>{e.i18n=t,e.minDate=n,e.maxDate=r,e.isDateDisabled=l,e.focusedDate=a,e.selectedDate=i,e.showWeekNumbers=o,e.ignoreTaps=s,e.enteredDate=u,c?e.setAttribute(`theme`,c):e.removeAttribute(`theme`)})}__updateYears(e,t,n){e?.length&&e.forEach(e=>{e.selectedDate=t,n?e.setAttribute(`theme`,n):e.removeAttribute(`theme`)})}_selectDate(e){return this._dateAllowed(e)?(this.selectedDate=e,this.dispatchEvent(new CustomEvent(`date-selected`,{detail:{date:e},bubbles:!0,composed:!0})),!0):!1}_desktopModeChanged(e){this.toggleAttribute(`desktop`,e)}_focusedDateChanged(e){this.revealDate(e)}revealDate(e,t=!0){if(!e)return;let n=this._differenceInMonths(e,this._originDate);if(this.__useSubMonthScrolling){let r=this._calculateWeekScrollOffset(e);this._scrollToPosition(n+r,t);return}let r=this._monthScroller.position>n,i=Math.max(this._monthScroller.itemHeight,this._monthScroller.clientHeight-this._monthScroller.bufferOffset*2)/this._monthScroller.itemHeight,a=this._monthScroller.position+i-1<n;r?this._scrollToPosition(n,t):a&&this._scrollToPosition(n-i+1,t)}_calculateWeekScrollOffset(e){let t=new Date(0,0);t.setFullYear(e.getFullYear()),t.setMonth(e.getMonth()),t.setDate(1);let n=0;for(;t.getDate()<e.getDate();)t.setDate(t.getDate()+1),t.getDay()===this.i18n.firstDayOfWeek&&(n+=1);return n/6}_initialPositionChanged(e){this._monthScroller&&this._yearScroller&&(this._monthScroller.active=!0,this._yearScroller.active=!0),this.scrollToDate(e)}_repositionYearScroller(){let e=this._monthScroller.position;this._visibleMonthIndex=Math.floor(e),this._yearScroller.position=(e+this._originDate.getMonth())/12}_repositionMonthScroller(){this._monthScroller.position=this._yearScroller.position*12-this._originDate.getMonth(),this._visibleMonthIndex=Math.floor(this._monthScroller.position)}_onMonthScroll(){this._repositionYearScroller(),this._doIgnoreTaps()}_onYearScroll(){this._repositionMonthScroller(),this._doIgnoreTaps()}_onYearScrollTouchStart(){this._notTapping=!1,setTimeout(()=>{this._notTapping=!0},300),this._repositionMonthScroller()}_onMonthScrollTouchStart(){this._repositionYearScroller()}_doIgnoreTaps(){this._ignoreTaps=!0,this._debouncer=D.debounce(this._debouncer,_.after(300),()=>{this._ignoreTaps=!1})}_onTodayTap(){let e=this._getTodayMidnight();Math.abs(this._monthScroller.position-this._differenceInMonths(e,this._originDate))<.001?(this._selectDate(e),this._close()):this._scrollToCurrentMonth()}_scrollToCurrentMonth(){this.focusedDate&&=new Date,this.scrollToDate(new Date,!0)}_onYearTap(e){if(!this._ignoreTaps&&!this._notTapping){let t=(e.detail.y-(this._yearScroller.getBoundingClientRect().top+this._yearScroller.clientHeight/2))/this._yearScroller.itemHeight;this._scrollToPosition(this._monthScroller.position+t*12,!0)}}_scrollToPosition(e,t){if(this._targetPosition!==void 0){this._targetPosition=e;return}if(!t){this._monthScroller.position=e,this._monthScroller.forceUpdate(),this._targetPosition=void 0,this._repositionYearScroller(),this.__tryFocusDate();return}this._targetPosition=e;let n;this._revealPromise=new Promise(e=>{n=e});let r=(e,t,n,r)=>(e/=r/2,e<1?n/2*e*e+t:(--e,-n/2*(e*(e-2)-1)+t)),i=0,a=this._monthScroller.position,o=e=>{i||=e;let t=e-i;if(t<this.scrollDuration){let e=r(t,a,this._targetPosition-a,this.scrollDuration);this._monthScroller.position=e,window.requestAnimationFrame(o)}else this.dispatchEvent(new CustomEvent(`scroll-animation-finished`,{bubbles:!0,composed:!0,detail:{position:this._targetPosition,oldPosition:a}})),this._monthScroller.position=this._targetPosition,this._monthScroller.forceUpdate(),this._targetPosition=void 0,n(),this._revealPromise=void 0;setTimeout(this._repositionYearScroller.bind(this),1)};window.requestAnimationFrame(o)}_toggleYearScroller(){this.toggleAttribute(`years-visible`)}_closeYearScroller(){this.removeAttribute(`years-visible`)}_yearAfterXMonths(e){return $d(e).getFullYear()}_differenceInMonths(e,t){return(e.getFullYear()-t.getFullYear())*12-t.getMonth()+e.getMonth()}_clear(){this._selectDate(``)}_close(){this.dispatchEvent(new CustomEvent(`close`,{bubbles:!0,composed:!0}))}_cancel(){this.focusedDate=this.selectedDate,this._close()}__toggleDate(e){Yd(e,this.selectedDate)?(this._clear(),this.focusedDate=e):this._selectDate(e)}__onMonthCalendarKeyDown(e){let t=!1;switch(e.key){case`ArrowDown`:this._moveFocusByDays(7),t=!0;break;case`ArrowUp`:this._moveFocusByDays(-7),t=!0;break;case`ArrowRight`:this._moveFocusByDays(this.__isRTL?-1:1),t=!0;break;case`ArrowLeft`:this._moveFocusByDays(this.__isRTL?1:-1),t=!0;break;case`Enter`:this._selectDate(this.focusedDate)&&(this._close(),t=!0);break;case` `:this.__toggleDate(this.focusedDate),t=!0;break;case`Home`:this._moveFocusInsideMonth(this.focusedDate,`minDate`),t=!0;break;case`End`:this._moveFocusInsideMonth(this.focusedDate,`maxDate`),t=!0;break;case`PageDown`:this._moveFocusByMonths(e.shiftKey?12:1),t=!0;break;case`PageUp`:this._moveFocusByMonths(e.shiftKey?-12:-1),t=!0;break;case`Tab`:this._onTabKeyDown(e,`calendar`);break;default:break}t&&(e.preventDefault(),e.stopPropagation())}_onTabKeyDown(e,t){switch(e.stopPropagation(),t){case`calendar`:e.shiftKey&&(e.preventDefault(),this.hasAttribute(`fullscreen`)?this.focusCancel():this.__focusInput());break;case`today`:e.shiftKey&&(e.preventDefault(),this.focusDateElement());break;case`cancel`:e.shiftKey||(e.preventDefault(),this.hasAttribute(`fullscreen`)?this.focusDateElement():this.__focusInput());break;default:break}}__onTodayButtonKeyDown(e){e.key===`Tab`&&this._onTabKeyDown(e,`today`)}__onCancelButtonKeyDown(e){e.key===`Tab`&&this._onTabKeyDown(e,`cancel`)}__focusInput(){this.dispatchEvent(new CustomEvent(`focus-input`,{bubbles:!0,composed:!0}))}__tryFocusDate(){if(this.__pendingDateFocus){let e=this.focusableDateElement;e&&Yd(e.date,this.__pendingDateFocus)&&(delete this.__pendingDateFocus,e.focus())}}async focusDate(e,t){let n=e||this.selectedDate||this.initialPosition||new Date;this.focusedDate=n,t||(this._focusedMonthDate=n.getDate()),await this.focusDateElement(!1)}async focusDateElement(e=!0){this.__pendingDateFocus=this.focusedDate,this.calendars.length||await new Promise(e=>{requestAnimationFrame(()=>{setTimeout(()=>{e()})})}),e&&this.revealDate(this.focusedDate),this._revealPromise&&await this._revealPromise,this.__tryFocusDate()}_focusClosestDate(e){this.focusDate(Qd(e,[this.minDate,this.maxDate]))}_focusAllowedDate(e,t,n){this._dateAllowed(e,void 0,void 0,()=>!1)?this.focusDate(e,n):this._dateAllowed(this.focusedDate)?t>0?this.focusDate(this.maxDate):this.focusDate(this.minDate):this._focusClosestDate(this.focusedDate)}_getDateDiff(e,t){let n=new Date(0,0);return n.setFullYear(this.focusedDate.getFullYear()),n.setMonth(this.focusedDate.getMonth()+e),t&&n.setDate(this.focusedDate.getDate()+t),n}_moveFocusByDays(e){let t=this._getDateDiff(0,e);this._focusAllowedDate(t,e,!1)}_moveFocusByMonths(e){let t=this._getDateDiff(e),n=t.getMonth();this._focusedMonthDate||=this.focusedDate.getDate(),t.setDate(this._focusedMonthDate),t.getMonth()!==n&&t.setDate(0),this._focusAllowedDate(t,e,!0)}_moveFocusInsideMonth(e,t){let n=new Date(0,0);n.setFullYear(e.getFullYear()),t===`minDate`?(n.setMonth(e.getMonth()),n.setDate(1)):(n.setMonth(e.getMonth()+1),n.setDate(0)),this._dateAllowed(n)?this.focusDate(n):this._dateAllowed(e)?this.focusDate(this[t]):this._focusClosestDate(e)}_dateAllowed(e,t=this.minDate,n=this.maxDate,r=this.isDateDisabled){return Zd(e,t,n,r)}_isTodayAllowed(e,t,n){return this._dateAllowed(this._getTodayMidnight(),e,t,n)}_getTodayMidnight(){let e=new Date,t=new Date(0,0);return t.setFullYear(e.getFullYear()),t.setMonth(e.getMonth()),t.setDate(e.getDate()),t}}})),jf,Mf=o((()=>{Wt(),pf(),gf(),bf(),Ef(),p(),y(),h(),T(),k(),w(),Of(),Af(),jf=class extends kf(x(b(C(A(u))))){static get is(){return`vaadin-date-picker-overlay-content`}static get styles(){return Df}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <slot name="months"></slot>
      <slot name="years"></slot>

      <div role="toolbar" part="toolbar">
        <slot name="today-button"></slot>
        <div
          part="years-toggle-button"
          ?hidden="${this._desktopMode}"
          aria-hidden="true"
          @click="${this._toggleYearScroller}"
        >
          ${this._yearAfterXMonths(this._visibleMonthIndex)}
        </div>
        <slot name="cancel-button"></slot>
      </div>
    `}firstUpdated(){super.firstUpdated(),this.setAttribute(`role`,`dialog`),this._initControllers()}},v(jf)})),Nf,Pf=o((()=>{E(),p(),Nf=t`
  :host([opened]) {
    pointer-events: auto;
  }

  :host([week-numbers]) {
    --_vaadin-date-picker-week-numbers-visible: 1;
  }

  :host([dir='rtl']) [part='input-field'] {
    direction: ltr;
  }

  :host([dir='rtl']) [part='input-field'] ::slotted(input)::placeholder {
    direction: rtl;
    text-align: left;
  }

  [part~='toggle-button']::before {
    mask-image: var(--_vaadin-icon-calendar);
  }

  :host([readonly]) [part~='toggle-button'] {
    display: none;
  }
`})),Ff,If,Lf=o((()=>{ei(),xn(),j(),Rt(),L(),Xn(),vs(),nr(),go(),sf(),Ff=Object.freeze({monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],weekdays:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],weekdaysShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],firstDayOfWeek:0,today:`Today`,cancel:`Cancel`,referenceDate:``,formatDate(e){let t=String(e.year).replace(/\d+/u,e=>`0000`.substr(e.length)+e);return[e.month+1,e.day,t].join(`/`)},parseDate(e){let t=e.split(`/`),n=new Date,r,i=n.getMonth(),a=n.getFullYear();if(t.length===3?(i=parseInt(t[0])-1,r=parseInt(t[1]),a=parseInt(t[2]),t[2].length<3&&a>=0&&(a=ef(this.referenceDate?tf(this.referenceDate):new Date,a,i,r))):t.length===2?(i=parseInt(t[0])-1,r=parseInt(t[1])):t.length===1&&(r=parseInt(t[0])),r!==void 0)return{day:r,month:i,year:a}},formatTitle:(e,t)=>`${e} ${t}`}),If=e=>class extends tr(Mt(Jn(Ft(e)))){static get properties(){return{_selectedDate:{type:Object,sync:!0},_focusedDate:{type:Object,sync:!0},value:{type:String,notify:!0,value:``,sync:!0},initialPosition:{type:String},opened:{type:Boolean,reflectToAttribute:!0,notify:!0,observer:`_openedChanged`,sync:!0},autoOpenDisabled:{type:Boolean,sync:!0},showWeekNumbers:{type:Boolean,value:!1,sync:!0},_fullscreen:{type:Boolean,value:!1,sync:!0},_fullscreenMediaQuery:{value:`(max-width: 450px), (max-height: 450px)`},min:{type:String,sync:!0},max:{type:String,sync:!0},isDateDisabled:{type:Function},_minDate:{type:Date,computed:`__computeMinOrMaxDate(min)`},_maxDate:{type:Date,computed:`__computeMinOrMaxDate(max)`},_noInput:{type:Boolean,computed:`_isNoInput(inputElement, _fullscreen, _ios, __effectiveI18n, opened, autoOpenDisabled)`},_ios:{type:Boolean,value:Xe},_focusOverlayOnOpen:Boolean,_overlayContent:{type:Object,sync:!0},__enteredDate:{type:Date,sync:!0}}}static get observers(){return[`_selectedDateChanged(_selectedDate, __effectiveI18n)`,`_focusedDateChanged(_focusedDate, __effectiveI18n)`,`__updateOverlayContent(_overlayContent, __effectiveI18n, label, _minDate, _maxDate, _focusedDate, _selectedDate, showWeekNumbers, isDateDisabled, __enteredDate)`,`__updateOverlayContentTheme(_overlayContent, _theme)`,`__updateOverlayContentFullScreen(_overlayContent, _fullscreen)`]}static get defaultI18n(){return Ff}static get constraints(){return[...super.constraints,`min`,`max`]}constructor(){super(),this._boundOnClick=this._onClick.bind(this),this._boundOnScroll=this._onScroll.bind(this)}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get _inputElementValue(){return super._inputElementValue}set _inputElementValue(e){super._inputElementValue=e;let t=this.__parseDate(e);this.__setEnteredDate(t)}get __unparsableValue(){return!this._inputElementValue||this.__parseDate(this._inputElementValue)?``:this._inputElementValue}_onFocus(e){super._onFocus(e),this._noInput&&!M()&&e.target.blur()}_onBlur(e){super._onBlur(e),this.opened||(this.__commitParsedOrFocusedDate(),document.hasFocus()&&this._requestValidation())}ready(){super.ready(),this.addEventListener(`click`,this._boundOnClick),this.addController(new _s(this._fullscreenMediaQuery,e=>{this._fullscreen=e})),this.addController(new ho(this)),this._overlayElement=this.$.overlay}updated(e){super.updated(e),(e.has(`showWeekNumbers`)||e.has(`__effectiveI18n`))&&this.toggleAttribute(`week-numbers`,this.showWeekNumbers&&this.__effectiveI18n.firstDayOfWeek===1)}disconnectedCallback(){super.disconnectedCallback(),this.opened=!1}focus(e){this._noInput&&!M()?this.open():super.focus(e)}open(){!this.disabled&&!this.readonly&&(this.opened=!0)}close(){this.$.overlay.close()}__ensureContent(){if(this._overlayContent)return;let e=document.createElement(`vaadin-date-picker-overlay-content`);e.setAttribute(`slot`,`overlay`),this.appendChild(e),this._overlayContent=e,e.addEventListener(`close`,()=>{this._close()}),e.addEventListener(`focus-input`,this._focusAndSelect.bind(this)),e.addEventListener(`date-tap`,e=>{this.__commitDate(e.detail.date),this._close()}),e.addEventListener(`date-selected`,e=>{this.__commitDate(e.detail.date)}),e.addEventListener(`focusin`,()=>{this._keyboardActive&&this._setFocused(!0)}),e.addEventListener(`focusout`,e=>{this._shouldRemoveFocus(e)&&this._setFocused(!1)}),e.addEventListener(`focused-date-changed`,e=>{this._focusedDate=e.detail.value}),e.addEventListener(`click`,e=>e.stopPropagation())}__parseDate(e){if(!this.__effectiveI18n.parseDate)return;let t=this.__effectiveI18n.parseDate(e);if(t&&=tf(`${t.year}-${t.month+1}-${t.day}`),t&&!isNaN(t.getTime()))return t}__formatDate(e){if(this.__effectiveI18n.formatDate)return this.__effectiveI18n.formatDate(Xd(e))}checkValidity(){let e=this._inputElementValue,t=!e||!!this._selectedDate&&e===this.__formatDate(this._selectedDate),n=!this._selectedDate||Zd(this._selectedDate,this._minDate,this._maxDate,this.isDateDisabled),r=!0;return this.inputElement&&this.inputElement.checkValidity&&(r=this.inputElement.checkValidity()),t&&n&&r}_shouldSetFocus(e){return!this._shouldKeepFocusRing}_shouldKeepFocusOnClearMousedown(){return this.opened?!0:super._shouldKeepFocusOnClearMousedown()}_shouldRemoveFocus(e){let{relatedTarget:t}=e;return this.opened&&t!==null&&t!==document.body&&!this.contains(t)&&!this._overlayContent.contains(t)?!0:!this.opened}_setFocused(e){super._setFocused(e),this._shouldKeepFocusRing=e&&this._keyboardActive}__commitValueChange(){let e=this.__unparsableValue;this.__committedValue===this.value?this.__committedUnparsableValue!==e&&(this._requestValidation(),this.dispatchEvent(new CustomEvent(`unparsable-change`))):(this._requestValidation(),this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0}))),this.__committedValue=this.value,this.__committedUnparsableValue=e}__commitDate(e){this.__keepCommittedValue=!0,this._selectedDate=e,this.__keepCommittedValue=!1,this.__commitValueChange()}_close(){this._focus(),this.close()}_isNoInput(e,t,n,r,i,a){return!e||t&&(!a||i)||n&&i||!r.parseDate}_formatISO(e){return af(e)}_inputElementChanged(e){super._inputElementChanged(e),e&&(e.autocomplete=`off`,e.setAttribute(`role`,`combobox`),e.setAttribute(`aria-haspopup`,`dialog`),e.setAttribute(`aria-expanded`,!!this.opened),this._applyInputValue(this._selectedDate))}_openedChanged(e){e&&this.__ensureContent(),this.inputElement&&this.inputElement.setAttribute(`aria-expanded`,e)}_selectedDateChanged(e,t){e===void 0||t===void 0||(this.__keepInputValue||this._applyInputValue(e),this.value=this._formatISO(e),this._ignoreFocusedDateChange=!0,this._focusedDate=e,this._ignoreFocusedDateChange=!1)}_focusedDateChanged(e,t){e===void 0||t===void 0||!this._ignoreFocusedDateChange&&!this._noInput&&this._applyInputValue(e)}_valueChanged(e,t){let n=tf(e);if(e&&!n){this.value=t;return}e?Yd(this._selectedDate,n)||(this._selectedDate=n,t!==void 0&&this._requestValidation()):this._selectedDate=null,this.__keepCommittedValue||(this.__committedValue=this.value,this.__committedUnparsableValue=``),this._toggleHasValue(this._hasValue)}__updateOverlayContent(e,t,n,r,i,a,o,s,c,l){e&&(e.i18n=t,e.label=n,e.minDate=r,e.maxDate=i,e.focusedDate=a,e.selectedDate=o,e.showWeekNumbers=s,e.isDateDisabled=c,e.enteredDate=l)}__updateOverlayContentTheme(e,t){e&&(t?e.setAttribute(`theme`,t):e.removeAttribute(`theme`))}__updateOverlayContentFullScreen(e,t){e&&e.toggleAttribute(`fullscreen`,t)}_onOverlayEscapePress(e){e.stopPropagation(),this._focusedDate=this._selectedDate,this._applyInputValue(this._selectedDate),this._close()}_onOverlayOpened(){let e=this._overlayContent;e.reset();let t=this._getInitialPosition();e.initialPosition=t;let n=e.focusedDate||t;e.scrollToDate(n),this._ignoreFocusedDateChange=!0,e.focusedDate=n,this._ignoreFocusedDateChange=!1,window.addEventListener(`scroll`,this._boundOnScroll,!0),this._focusOverlayOnOpen?(e.focusDateElement(),this._focusOverlayOnOpen=!1):this._focus();let r=this.inputElement;this._noInput&&r&&(r.blur(),this._overlayContent.focusDateElement());let i=this._noInput?e:this;this.__showOthers=$r(i)}_getInitialPosition(){let e=tf(this.initialPosition),t=this._selectedDate||this._overlayContent.initialPosition||e||new Date;return e||Zd(t,this._minDate,this._maxDate,this.isDateDisabled)?t:this._minDate||this._maxDate?Qd(t,[this._minDate,this._maxDate]):new Date}__commitParsedOrFocusedDate(){if(this._ignoreFocusedDateChange=!0,this.__effectiveI18n.parseDate){let e=this._inputElementValue||``,t=this.__parseDate(e);t?this.__commitDate(t):(this.__keepInputValue=!0,this.__commitDate(null),this.__keepInputValue=!1)}else this._focusedDate&&this.__commitDate(this._focusedDate);this._ignoreFocusedDateChange=!1}_onOverlayClosed(){this.__showOthers&&=(this.__showOthers(),null),window.removeEventListener(`scroll`,this._boundOnScroll,!0),this.__commitParsedOrFocusedDate(),this.inputElement&&this.inputElement.selectionStart&&(this.inputElement.selectionStart=this.inputElement.selectionEnd),!this.value&&!this._keyboardActive&&this._requestValidation()}_onScroll(e){(e.target===window||!this._overlayContent.contains(e.target))&&this._overlayContent._repositionYearScroller()}_focus(){this._noInput||this.inputElement.focus()}_focusAndSelect(){this._focus(),this._setSelectionRange(0,this._inputElementValue.length)}_applyInputValue(e){this._inputElementValue=e?this.__formatDate(e):``}_setSelectionRange(e,t){this.inputElement&&this.inputElement.setSelectionRange(e,t)}_onChange(e){e.stopPropagation()}_onClick(e){e.composedPath().includes(this._overlayElement)||this._isClearButton(e)||this._onHostClick(e)}_onHostClick(e){(!this.autoOpenDisabled||this._noInput)&&(e.preventDefault(),this.open())}_onClearButtonClick(e){e.preventDefault(),this.__commitDate(null)}_onKeyDown(e){switch(super._onKeyDown(e),this._noInput&&[`Tab`,`Escape`].indexOf(e.key)===-1&&e.preventDefault(),e.key){case`ArrowDown`:case`ArrowUp`:e.preventDefault(),this.opened?this._overlayContent.focusDateElement():(this._focusOverlayOnOpen=!0,this.open());break;case`Tab`:this.opened&&(e.preventDefault(),e.stopPropagation(),this._setSelectionRange(0,0),e.shiftKey?this._overlayContent.focusCancel():this._overlayContent.focusDateElement());break;default:break}}_onEnter(e){e.composedPath().includes(this._overlayContent)||(this.opened?this.close():this.__commitParsedOrFocusedDate())}_onEscape(e){if(this.opened){this._onOverlayEscapePress(e);return}if(this.clearButtonVisible&&this.value&&!this.readonly){e.stopPropagation(),this._onClearButtonClick(e);return}this.inputElement.value===``?this.__commitDate(null):this._applyInputValue(this._selectedDate)}_isClearButton(e){return e.composedPath()[0]===this.clearElement}_onInput(){!this.opened&&this._inputElementValue&&!this.autoOpenDisabled&&this.open();let e=this.__parseDate(this._inputElementValue||``);e&&(this._ignoreFocusedDateChange=!0,Yd(e,this._focusedDate)||(this._focusedDate=e),this._ignoreFocusedDateChange=!1),this.__setEnteredDate(e)}__setEnteredDate(e){e?Yd(this.__enteredDate,e)||(this.__enteredDate=e):this.__enteredDate=null}__computeMinOrMaxDate(e){return tf(e)}}})),Rf,zf=o((()=>{Yn(),Gd(),Mf(),p(),z(),y(),O(),T(),F(),Hn(),sn(),fn(),Un(),k(),w(),Pf(),Lf(),Rf=class extends If(er(x(S(C(A(u)))))){static get is(){return`vaadin-date-picker`}static get styles(){return[Wn,Nf]}static get properties(){return{_positionTarget:{type:Object,sync:!0}}}get clearElement(){return this.$.clearButton}render(){return d`
      <div class="vaadin-date-picker-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
          <div part="field-button toggle-button" slot="suffix" aria-hidden="true" @click="${this._toggle}"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>

      <vaadin-date-picker-overlay
        id="overlay"
        .owner="${this}"
        ?fullscreen="${this._fullscreen}"
        theme="${B(this._theme)}"
        .opened="${this.opened}"
        @opened-changed="${this._onOpenedChanged}"
        @vaadin-overlay-open="${this._onOverlayOpened}"
        @vaadin-overlay-close="${this._onVaadinOverlayClose}"
        @vaadin-overlay-closing="${this._onOverlayClosed}"
        restore-focus-on-close
        no-vertical-overlap
        exportparts="backdrop, overlay, content"
        .restoreFocusNode="${this.inputElement}"
        .positionTarget="${this._positionTarget}"
      >
        <slot name="overlay"></slot>
      </vaadin-date-picker-overlay>
    `}ready(){super.ready(),this.addController(new gn(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e},{uniqueIdPrefix:`search-input`})),this.addController(new vn(this.inputElement,this._labelController)),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.inputElement),this._tooltipController.setShouldShow(e=>!e.opened),this._positionTarget=this.shadowRoot.querySelector(`[part="input-field"]`),this.shadowRoot.querySelector(`[part="field-button toggle-button"]`).addEventListener(`mousedown`,e=>e.preventDefault())}_onOpenedChanged(e){this.opened=e.detail.value}_onVaadinOverlayClose(e){let t=e.detail.sourceEvent;t?.composedPath().includes(this)&&!t.composedPath().includes(this._overlayElement)&&e.preventDefault()}_toggle(e){e.stopPropagation(),this.$.overlay.opened?this.close():this.open()}},v(Rf)})),Bf,Vf,Hf=o((()=>{Bf={lessThanXSeconds:{one:`less than a second`,other:`less than {{count}} seconds`},xSeconds:{one:`1 second`,other:`{{count}} seconds`},halfAMinute:`half a minute`,lessThanXMinutes:{one:`less than a minute`,other:`less than {{count}} minutes`},xMinutes:{one:`1 minute`,other:`{{count}} minutes`},aboutXHours:{one:`about 1 hour`,other:`about {{count}} hours`},xHours:{one:`1 hour`,other:`{{count}} hours`},xDays:{one:`1 day`,other:`{{count}} days`},aboutXWeeks:{one:`about 1 week`,other:`about {{count}} weeks`},xWeeks:{one:`1 week`,other:`{{count}} weeks`},aboutXMonths:{one:`about 1 month`,other:`about {{count}} months`},xMonths:{one:`1 month`,other:`{{count}} months`},aboutXYears:{one:`about 1 year`,other:`about {{count}} years`},xYears:{one:`1 year`,other:`{{count}} years`},overXYears:{one:`over 1 year`,other:`over {{count}} years`},almostXYears:{one:`almost 1 year`,other:`almost {{count}} years`}},Vf=(e,t,n)=>{let r,i=Bf[e];return r=typeof i==`string`?i:t===1?i.one:i.other.replace(`{{count}}`,t.toString()),n?.addSuffix?n.comparison&&n.comparison>0?`in `+r:r+` ago`:r}}));function Uf(e){return(t={})=>{let n=t.width?String(t.width):e.defaultWidth;return e.formats[n]||e.formats[e.defaultWidth]}}var Wf=o((()=>{})),Gf,Kf,qf,Jf,Yf=o((()=>{Wf(),Gf={full:`EEEE, MMMM do, y`,long:`MMMM do, y`,medium:`MMM d, y`,short:`MM/dd/yyyy`},Kf={full:`h:mm:ss a zzzz`,long:`h:mm:ss a z`,medium:`h:mm:ss a`,short:`h:mm a`},qf={full:`{{date}} 'at' {{time}}`,long:`{{date}} 'at' {{time}}`,medium:`{{date}}, {{time}}`,short:`{{date}}, {{time}}`},Jf={date:Uf({formats:Gf,defaultWidth:`full`}),time:Uf({formats:Kf,defaultWidth:`full`}),dateTime:Uf({formats:qf,defaultWidth:`full`})}})),Xf,Zf,Qf=o((()=>{Xf={lastWeek:`'last' eeee 'at' p`,yesterday:`'yesterday at' p`,today:`'today at' p`,tomorrow:`'tomorrow at' p`,nextWeek:`eeee 'at' p`,other:`P`},Zf=(e,t,n,r)=>Xf[e]}));function $f(e){return(t,n)=>{let r=n?.context?String(n.context):`standalone`,i;if(r===`formatting`&&e.formattingValues){let t=e.defaultFormattingWidth||e.defaultWidth,r=n?.width?String(n.width):t;i=e.formattingValues[r]||e.formattingValues[t]}else{let t=e.defaultWidth,r=n?.width?String(n.width):e.defaultWidth;i=e.values[r]||e.values[t]}let a=e.argumentCallback?e.argumentCallback(t):t;return i[a]}}var ep=o((()=>{})),tp,np,rp,ip,ap,op,sp,cp,lp=o((()=>{ep(),tp={narrow:[`B`,`A`],abbreviated:[`BC`,`AD`],wide:[`Before Christ`,`Anno Domini`]},np={narrow:[`1`,`2`,`3`,`4`],abbreviated:[`Q1`,`Q2`,`Q3`,`Q4`],wide:[`1st quarter`,`2nd quarter`,`3rd quarter`,`4th quarter`]},rp={narrow:[`J`,`F`,`M`,`A`,`M`,`J`,`J`,`A`,`S`,`O`,`N`,`D`],abbreviated:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],wide:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`]},ip={narrow:[`S`,`M`,`T`,`W`,`T`,`F`,`S`],short:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],abbreviated:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],wide:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`]},ap={narrow:{am:`a`,pm:`p`,midnight:`mi`,noon:`n`,morning:`morning`,afternoon:`afternoon`,evening:`evening`,night:`night`},abbreviated:{am:`AM`,pm:`PM`,midnight:`midnight`,noon:`noon`,morning:`morning`,afternoon:`afternoon`,evening:`evening`,night:`night`},wide:{am:`a.m.`,pm:`p.m.`,midnight:`midnight`,noon:`noon`,morning:`morning`,afternoon:`afternoon`,evening:`evening`,night:`night`}},op={narrow:{am:`a`,pm:`p`,midnight:`mi`,noon:`n`,morning:`in the morning`,afternoon:`in the afternoon`,evening:`in the evening`,night:`at night`},abbreviated:{am:`AM`,pm:`PM`,midnight:`midnight`,noon:`noon`,morning:`in the morning`,afternoon:`in the afternoon`,evening:`in the evening`,night:`at night`},wide:{am:`a.m.`,pm:`p.m.`,midnight:`midnight`,noon:`noon`,morning:`in the morning`,afternoon:`in the afternoon`,evening:`in the evening`,night:`at night`}},sp=(e,t)=>{let n=Number(e),r=n%100;if(r>20||r<10)switch(r%10){case 1:return n+`st`;case 2:return n+`nd`;case 3:return n+`rd`}return n+`th`},cp={ordinalNumber:sp,era:$f({values:tp,defaultWidth:`wide`}),quarter:$f({values:np,defaultWidth:`wide`,argumentCallback:e=>e-1}),month:$f({values:rp,defaultWidth:`wide`}),day:$f({values:ip,defaultWidth:`wide`}),dayPeriod:$f({values:ap,defaultWidth:`wide`,formattingValues:op,defaultFormattingWidth:`wide`})}}));function up(e){return(t,n={})=>{let r=n.width,i=r&&e.matchPatterns[r]||e.matchPatterns[e.defaultMatchWidth],a=t.match(i);if(!a)return null;let o=a[0],s=r&&e.parsePatterns[r]||e.parsePatterns[e.defaultParseWidth],c=Array.isArray(s)?fp(s,e=>e.test(o)):dp(s,e=>e.test(o)),l;l=e.valueCallback?e.valueCallback(c):c,l=n.valueCallback?n.valueCallback(l):l;let u=t.slice(o.length);return{value:l,rest:u}}}function dp(e,t){for(let n in e)if(Object.prototype.hasOwnProperty.call(e,n)&&t(e[n]))return n}function fp(e,t){for(let n=0;n<e.length;n++)if(t(e[n]))return n}var pp=o((()=>{}));function mp(e){return(t,n={})=>{let r=t.match(e.matchPattern);if(!r)return null;let i=r[0],a=t.match(e.parsePattern);if(!a)return null;let o=e.valueCallback?e.valueCallback(a[0]):a[0];o=n.valueCallback?n.valueCallback(o):o;let s=t.slice(i.length);return{value:o,rest:s}}}var hp=o((()=>{})),gp,_p,vp,yp,bp,xp,Sp,Cp,wp,Tp,Ep,Dp,Op,kp=o((()=>{pp(),hp(),gp=/^(\d+)(th|st|nd|rd)?/i,_p=/\d+/i,vp={narrow:/^(b|a)/i,abbreviated:/^(b\.?\s?c\.?|b\.?\s?c\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)/i,wide:/^(before christ|before common era|anno domini|common era)/i},yp={any:[/^b/i,/^(a|c)/i]},bp={narrow:/^[1234]/i,abbreviated:/^q[1234]/i,wide:/^[1234](th|st|nd|rd)? quarter/i},xp={any:[/1/i,/2/i,/3/i,/4/i]},Sp={narrow:/^[jfmasond]/i,abbreviated:/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,wide:/^(january|february|march|april|may|june|july|august|september|october|november|december)/i},Cp={narrow:[/^j/i,/^f/i,/^m/i,/^a/i,/^m/i,/^j/i,/^j/i,/^a/i,/^s/i,/^o/i,/^n/i,/^d/i],any:[/^ja/i,/^f/i,/^mar/i,/^ap/i,/^may/i,/^jun/i,/^jul/i,/^au/i,/^s/i,/^o/i,/^n/i,/^d/i]},wp={narrow:/^[smtwf]/i,short:/^(su|mo|tu|we|th|fr|sa)/i,abbreviated:/^(sun|mon|tue|wed|thu|fri|sat)/i,wide:/^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)/i},Tp={narrow:[/^s/i,/^m/i,/^t/i,/^w/i,/^t/i,/^f/i,/^s/i],any:[/^su/i,/^m/i,/^tu/i,/^w/i,/^th/i,/^f/i,/^sa/i]},Ep={narrow:/^(a|p|mi|n|(in the|at) (morning|afternoon|evening|night))/i,any:/^([ap]\.?\s?m\.?|midnight|noon|(in the|at) (morning|afternoon|evening|night))/i},Dp={any:{am:/^a/i,pm:/^p/i,midnight:/^mi/i,noon:/^no/i,morning:/morning/i,afternoon:/afternoon/i,evening:/evening/i,night:/night/i}},Op={ordinalNumber:mp({matchPattern:gp,parsePattern:_p,valueCallback:e=>parseInt(e,10)}),era:up({matchPatterns:vp,defaultMatchWidth:`wide`,parsePatterns:yp,defaultParseWidth:`any`}),quarter:up({matchPatterns:bp,defaultMatchWidth:`wide`,parsePatterns:xp,defaultParseWidth:`any`,valueCallback:e=>e+1}),month:up({matchPatterns:Sp,defaultMatchWidth:`wide`,parsePatterns:Cp,defaultParseWidth:`any`}),day:up({matchPatterns:wp,defaultMatchWidth:`wide`,parsePatterns:Tp,defaultParseWidth:`any`}),dayPeriod:up({matchPatterns:Ep,defaultMatchWidth:`any`,parsePatterns:Dp,defaultParseWidth:`any`})}})),Ap,jp=o((()=>{Hf(),Yf(),Qf(),lp(),kp(),Ap={code:`en-US`,formatDistance:Vf,formatLong:Jf,formatRelative:Zf,localize:cp,match:Op,options:{weekStartsOn:0,firstWeekContainsDate:1}}})),Mp=o((()=>{jp()}));function Np(){return Pp}var Pp,Fp=o((()=>{Pp={}})),Ip,Lp,Rp,zp,Bp,Vp,Hp,Up,Wp,Gp,Kp,qp,Jp=o((()=>{Ip=365.2425,Lp=10**8*24*60*60*1e3,-Lp,Rp=6048e5,zp=864e5,Bp=6e4,Vp=36e5,Hp=1e3,Up=3600,Wp=Up*24,Wp*7,Gp=Wp*Ip,Kp=Gp/12,Kp*3,qp=Symbol.for(`constructDateFrom`)}));function H(e,t){return typeof e==`function`?e(t):e&&typeof e==`object`&&qp in e?e[qp](t):e instanceof Date?new e.constructor(t):new Date(t)}var Yp=o((()=>{Jp()}));function U(e,t){return H(t||e,e)}var W=o((()=>{Yp()}));function Xp(e){let t=U(e),n=new Date(Date.UTC(t.getFullYear(),t.getMonth(),t.getDate(),t.getHours(),t.getMinutes(),t.getSeconds(),t.getMilliseconds()));return n.setUTCFullYear(t.getFullYear()),e-+n}var Zp=o((()=>{W()}));function Qp(e,...t){let n=H.bind(null,e||t.find(e=>typeof e==`object`));return t.map(n)}var $p=o((()=>{Yp()}));function em(e,t){let n=U(e,t?.in);return n.setHours(0,0,0,0),n}var tm=o((()=>{W()}));function nm(e,t,n){let[r,i]=Qp(n?.in,e,t),a=em(r),o=em(i),s=+a-Xp(a),c=+o-Xp(o);return Math.round((s-c)/zp)}var rm=o((()=>{Zp(),$p(),Jp(),tm()}));function im(e,t){let n=U(e,t?.in);return n.setFullYear(n.getFullYear(),0,1),n.setHours(0,0,0,0),n}var am=o((()=>{W()}));function om(e,t){let n=U(e,t?.in);return nm(n,im(n))+1}var sm=o((()=>{rm(),am(),W()}));function cm(e,t){let n=Np(),r=t?.weekStartsOn??t?.locale?.options?.weekStartsOn??n.weekStartsOn??n.locale?.options?.weekStartsOn??0,i=U(e,t?.in),a=i.getDay(),o=(a<r?7:0)+a-r;return i.setDate(i.getDate()-o),i.setHours(0,0,0,0),i}var lm=o((()=>{Fp(),W()}));function um(e,t){return cm(e,{...t,weekStartsOn:1})}var dm=o((()=>{lm()}));function fm(e,t){let n=U(e,t?.in),r=n.getFullYear(),i=H(n,0);i.setFullYear(r+1,0,4),i.setHours(0,0,0,0);let a=um(i),o=H(n,0);o.setFullYear(r,0,4),o.setHours(0,0,0,0);let s=um(o);return n.getTime()>=a.getTime()?r+1:n.getTime()>=s.getTime()?r:r-1}var pm=o((()=>{Yp(),dm(),W()}));function mm(e,t){let n=fm(e,t),r=H(t?.in||e,0);return r.setFullYear(n,0,4),r.setHours(0,0,0,0),um(r)}var hm=o((()=>{Yp(),pm(),dm()}));function gm(e,t){let n=U(e,t?.in),r=um(n)-+mm(n);return Math.round(r/Rp)+1}var _m=o((()=>{Jp(),dm(),hm(),W()}));function vm(e,t){let n=U(e,t?.in),r=n.getFullYear(),i=Np(),a=t?.firstWeekContainsDate??t?.locale?.options?.firstWeekContainsDate??i.firstWeekContainsDate??i.locale?.options?.firstWeekContainsDate??1,o=H(t?.in||e,0);o.setFullYear(r+1,0,a),o.setHours(0,0,0,0);let s=cm(o,t),c=H(t?.in||e,0);c.setFullYear(r,0,a),c.setHours(0,0,0,0);let l=cm(c,t);return+n>=+s?r+1:+n>=+l?r:r-1}var ym=o((()=>{Fp(),Yp(),lm(),W()}));function bm(e,t){let n=Np(),r=t?.firstWeekContainsDate??t?.locale?.options?.firstWeekContainsDate??n.firstWeekContainsDate??n.locale?.options?.firstWeekContainsDate??1,i=vm(e,t),a=H(t?.in||e,0);return a.setFullYear(i,0,r),a.setHours(0,0,0,0),cm(a,t)}var xm=o((()=>{Fp(),Yp(),ym(),lm()}));function Sm(e,t){let n=U(e,t?.in),r=cm(n,t)-+bm(n,t);return Math.round(r/Rp)+1}var Cm=o((()=>{Jp(),lm(),xm(),W()}));function G(e,t){return(e<0?`-`:``)+Math.abs(e).toString().padStart(t,`0`)}var wm=o((()=>{})),Tm,Em=o((()=>{wm(),Tm={y(e,t){let n=e.getFullYear(),r=n>0?n:1-n;return G(t===`yy`?r%100:r,t.length)},M(e,t){let n=e.getMonth();return t===`M`?String(n+1):G(n+1,2)},d(e,t){return G(e.getDate(),t.length)},a(e,t){let n=e.getHours()/12>=1?`pm`:`am`;switch(t){case`a`:case`aa`:return n.toUpperCase();case`aaa`:return n;case`aaaaa`:return n[0];default:return n===`am`?`a.m.`:`p.m.`}},h(e,t){return G(e.getHours()%12||12,t.length)},H(e,t){return G(e.getHours(),t.length)},m(e,t){return G(e.getMinutes(),t.length)},s(e,t){return G(e.getSeconds(),t.length)},S(e,t){let n=t.length,r=e.getMilliseconds();return G(Math.trunc(r*10**(n-3)),t.length)}}}));function Dm(e,t=``){let n=e>0?`-`:`+`,r=Math.abs(e),i=Math.trunc(r/60),a=r%60;return a===0?n+String(i):n+String(i)+t+G(a,2)}function Om(e,t){return e%60==0?(e>0?`-`:`+`)+G(Math.abs(e)/60,2):km(e,t)}function km(e,t=``){let n=e>0?`-`:`+`,r=Math.abs(e),i=G(Math.trunc(r/60),2),a=G(r%60,2);return n+i+t+a}var Am,jm,Mm=o((()=>{sm(),_m(),pm(),Cm(),ym(),wm(),Em(),Am={am:`am`,pm:`pm`,midnight:`midnight`,noon:`noon`,morning:`morning`,afternoon:`afternoon`,evening:`evening`,night:`night`},jm={G:function(e,t,n){let r=+(e.getFullYear()>0);switch(t){case`G`:case`GG`:case`GGG`:return n.era(r,{width:`abbreviated`});case`GGGGG`:return n.era(r,{width:`narrow`});default:return n.era(r,{width:`wide`})}},y:function(e,t,n){if(t===`yo`){let t=e.getFullYear(),r=t>0?t:1-t;return n.ordinalNumber(r,{unit:`year`})}return Tm.y(e,t)},Y:function(e,t,n,r){let i=vm(e,r),a=i>0?i:1-i;return t===`YY`?G(a%100,2):t===`Yo`?n.ordinalNumber(a,{unit:`year`}):G(a,t.length)},R:function(e,t){return G(fm(e),t.length)},u:function(e,t){return G(e.getFullYear(),t.length)},Q:function(e,t,n){let r=Math.ceil((e.getMonth()+1)/3);switch(t){case`Q`:return String(r);case`QQ`:return G(r,2);case`Qo`:return n.ordinalNumber(r,{unit:`quarter`});case`QQQ`:return n.quarter(r,{width:`abbreviated`,context:`formatting`});case`QQQQQ`:return n.quarter(r,{width:`narrow`,context:`formatting`});default:return n.quarter(r,{width:`wide`,context:`formatting`})}},q:function(e,t,n){let r=Math.ceil((e.getMonth()+1)/3);switch(t){case`q`:return String(r);case`qq`:return G(r,2);case`qo`:return n.ordinalNumber(r,{unit:`quarter`});case`qqq`:return n.quarter(r,{width:`abbreviated`,context:`standalone`});case`qqqqq`:return n.quarter(r,{width:`narrow`,context:`standalone`});default:return n.quarter(r,{width:`wide`,context:`standalone`})}},M:function(e,t,n){let r=e.getMonth();switch(t){case`M`:case`MM`:return Tm.M(e,t);case`Mo`:return n.ordinalNumber(r+1,{unit:`month`});case`MMM`:return n.month(r,{width:`abbreviated`,context:`formatting`});case`MMMMM`:return n.month(r,{width:`narrow`,context:`formatting`});default:return n.month(r,{width:`wide`,context:`formatting`})}},L:function(e,t,n){let r=e.getMonth();switch(t){case`L`:return String(r+1);case`LL`:return G(r+1,2);case`Lo`:return n.ordinalNumber(r+1,{unit:`month`});case`LLL`:return n.month(r,{width:`abbreviated`,context:`standalone`});case`LLLLL`:return n.month(r,{width:`narrow`,context:`standalone`});default:return n.month(r,{width:`wide`,context:`standalone`})}},w:function(e,t,n,r){let i=Sm(e,r);return t===`wo`?n.ordinalNumber(i,{unit:`week`}):G(i,t.length)},I:function(e,t,n){let r=gm(e);return t===`Io`?n.ordinalNumber(r,{unit:`week`}):G(r,t.length)},d:function(e,t,n){return t===`do`?n.ordinalNumber(e.getDate(),{unit:`date`}):Tm.d(e,t)},D:function(e,t,n){let r=om(e);return t===`Do`?n.ordinalNumber(r,{unit:`dayOfYear`}):G(r,t.length)},E:function(e,t,n){let r=e.getDay();switch(t){case`E`:case`EE`:case`EEE`:return n.day(r,{width:`abbreviated`,context:`formatting`});case`EEEEE`:return n.day(r,{width:`narrow`,context:`formatting`});case`EEEEEE`:return n.day(r,{width:`short`,context:`formatting`});default:return n.day(r,{width:`wide`,context:`formatting`})}},e:function(e,t,n,r){let i=e.getDay(),a=(i-r.weekStartsOn+8)%7||7;switch(t){case`e`:return String(a);case`ee`:return G(a,2);case`eo`:return n.ordinalNumber(a,{unit:`day`});case`eee`:return n.day(i,{width:`abbreviated`,context:`formatting`});case`eeeee`:return n.day(i,{width:`narrow`,context:`formatting`});case`eeeeee`:return n.day(i,{width:`short`,context:`formatting`});default:return n.day(i,{width:`wide`,context:`formatting`})}},c:function(e,t,n,r){let i=e.getDay(),a=(i-r.weekStartsOn+8)%7||7;switch(t){case`c`:return String(a);case`cc`:return G(a,t.length);case`co`:return n.ordinalNumber(a,{unit:`day`});case`ccc`:return n.day(i,{width:`abbreviated`,context:`standalone`});case`ccccc`:return n.day(i,{width:`narrow`,context:`standalone`});case`cccccc`:return n.day(i,{width:`short`,context:`standalone`});default:return n.day(i,{width:`wide`,context:`standalone`})}},i:function(e,t,n){let r=e.getDay(),i=r===0?7:r;switch(t){case`i`:return String(i);case`ii`:return G(i,t.length);case`io`:return n.ordinalNumber(i,{unit:`day`});case`iii`:return n.day(r,{width:`abbreviated`,context:`formatting`});case`iiiii`:return n.day(r,{width:`narrow`,context:`formatting`});case`iiiiii`:return n.day(r,{width:`short`,context:`formatting`});default:return n.day(r,{width:`wide`,context:`formatting`})}},a:function(e,t,n){let r=e.getHours()/12>=1?`pm`:`am`;switch(t){case`a`:case`aa`:return n.dayPeriod(r,{width:`abbreviated`,context:`formatting`});case`aaa`:return n.dayPeriod(r,{width:`abbreviated`,context:`formatting`}).toLowerCase();case`aaaaa`:return n.dayPeriod(r,{width:`narrow`,context:`formatting`});default:return n.dayPeriod(r,{width:`wide`,context:`formatting`})}},b:function(e,t,n){let r=e.getHours(),i;switch(i=r===12?Am.noon:r===0?Am.midnight:r/12>=1?`pm`:`am`,t){case`b`:case`bb`:return n.dayPeriod(i,{width:`abbreviated`,context:`formatting`});case`bbb`:return n.dayPeriod(i,{width:`abbreviated`,context:`formatting`}).toLowerCase();case`bbbbb`:return n.dayPeriod(i,{width:`narrow`,context:`formatting`});default:return n.dayPeriod(i,{width:`wide`,context:`formatting`})}},B:function(e,t,n){let r=e.getHours(),i;switch(i=r>=17?Am.evening:r>=12?Am.afternoon:r>=4?Am.morning:Am.night,t){case`B`:case`BB`:case`BBB`:return n.dayPeriod(i,{width:`abbreviated`,context:`formatting`});case`BBBBB`:return n.dayPeriod(i,{width:`narrow`,context:`formatting`});default:return n.dayPeriod(i,{width:`wide`,context:`formatting`})}},h:function(e,t,n){if(t===`ho`){let t=e.getHours()%12;return t===0&&(t=12),n.ordinalNumber(t,{unit:`hour`})}return Tm.h(e,t)},H:function(e,t,n){return t===`Ho`?n.ordinalNumber(e.getHours(),{unit:`hour`}):Tm.H(e,t)},K:function(e,t,n){let r=e.getHours()%12;return t===`Ko`?n.ordinalNumber(r,{unit:`hour`}):G(r,t.length)},k:function(e,t,n){let r=e.getHours();return r===0&&(r=24),t===`ko`?n.ordinalNumber(r,{unit:`hour`}):G(r,t.length)},m:function(e,t,n){return t===`mo`?n.ordinalNumber(e.getMinutes(),{unit:`minute`}):Tm.m(e,t)},s:function(e,t,n){return t===`so`?n.ordinalNumber(e.getSeconds(),{unit:`second`}):Tm.s(e,t)},S:function(e,t){return Tm.S(e,t)},X:function(e,t,n){let r=e.getTimezoneOffset();if(r===0)return`Z`;switch(t){case`X`:return Om(r);case`XXXX`:case`XX`:return km(r);default:return km(r,`:`)}},x:function(e,t,n){let r=e.getTimezoneOffset();switch(t){case`x`:return Om(r);case`xxxx`:case`xx`:return km(r);default:return km(r,`:`)}},O:function(e,t,n){let r=e.getTimezoneOffset();switch(t){case`O`:case`OO`:case`OOO`:return`GMT`+Dm(r,`:`);default:return`GMT`+km(r,`:`)}},z:function(e,t,n){let r=e.getTimezoneOffset();switch(t){case`z`:case`zz`:case`zzz`:return`GMT`+Dm(r,`:`);default:return`GMT`+km(r,`:`)}},t:function(e,t,n){return G(Math.trunc(e/1e3),t.length)},T:function(e,t,n){return G(+e,t.length)}}})),Nm,Pm,Fm,Im,Lm=o((()=>{Nm=(e,t)=>{switch(e){case`P`:return t.date({width:`short`});case`PP`:return t.date({width:`medium`});case`PPP`:return t.date({width:`long`});default:return t.date({width:`full`})}},Pm=(e,t)=>{switch(e){case`p`:return t.time({width:`short`});case`pp`:return t.time({width:`medium`});case`ppp`:return t.time({width:`long`});default:return t.time({width:`full`})}},Fm=(e,t)=>{let n=e.match(/(P+)(p+)?/)||[],r=n[1],i=n[2];if(!i)return Nm(e,t);let a;switch(r){case`P`:a=t.dateTime({width:`short`});break;case`PP`:a=t.dateTime({width:`medium`});break;case`PPP`:a=t.dateTime({width:`long`});break;default:a=t.dateTime({width:`full`});break}return a.replace(`{{date}}`,Nm(r,t)).replace(`{{time}}`,Pm(i,t))},Im={p:Pm,P:Fm}}));function Rm(e){return Hm.test(e)}function zm(e){return Um.test(e)}function Bm(e,t,n){let r=Vm(e,t,n);if(console.warn(r),Wm.includes(e))throw RangeError(r)}function Vm(e,t,n){let r=e[0]===`Y`?`years`:`days of the month`;return`Use \`${e.toLowerCase()}\` instead of \`${e}\` (in \`${t}\`) for formatting ${r} to the input \`${n}\`; see: https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md`}var Hm,Um,Wm,Gm=o((()=>{Hm=/^D+$/,Um=/^Y+$/,Wm=[`D`,`DD`,`YY`,`YYYY`]}));function Km(e){return e instanceof Date||typeof e==`object`&&Object.prototype.toString.call(e)===`[object Date]`}var qm=o((()=>{}));function Jm(e){return!(!Km(e)&&typeof e!=`number`||isNaN(+U(e)))}var Ym=o((()=>{qm(),W()}));function Xm(e,t,n){let r=Np(),i=n?.locale??r.locale??Ap,a=n?.firstWeekContainsDate??n?.locale?.options?.firstWeekContainsDate??r.firstWeekContainsDate??r.locale?.options?.firstWeekContainsDate??1,o=n?.weekStartsOn??n?.locale?.options?.weekStartsOn??r.weekStartsOn??r.locale?.options?.weekStartsOn??0,s=U(e,n?.in);if(!Jm(s))throw RangeError(`Invalid time value`);let c=t.match($m).map(e=>{let t=e[0];if(t===`p`||t===`P`){let n=Im[t];return n(e,i.formatLong)}return e}).join(``).match(Qm).map(e=>{if(e===`''`)return{isToken:!1,value:`'`};let t=e[0];if(t===`'`)return{isToken:!1,value:Zm(e)};if(jm[t])return{isToken:!0,value:e};if(t.match(nh))throw RangeError("Format string contains an unescaped latin alphabet character `"+t+"`");return{isToken:!1,value:e}});i.localize.preprocessor&&(c=i.localize.preprocessor(s,c));let l={firstWeekContainsDate:a,weekStartsOn:o,locale:i};return c.map(r=>{if(!r.isToken)return r.value;let a=r.value;(!n?.useAdditionalWeekYearTokens&&zm(a)||!n?.useAdditionalDayOfYearTokens&&Rm(a))&&Bm(a,t,String(e));let o=jm[a[0]];return o(s,a,i.localize,l)}).join(``)}function Zm(e){let t=e.match(eh);return t?t[1].replace(th,`'`):e}var Qm,$m,eh,th,nh,rh=o((()=>{Mp(),Fp(),Mm(),Lm(),Gm(),Ym(),W(),Qm=/[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g,$m=/P+p+|P+|p+|''|'(''|[^'])+('|$)|./g,eh=/^'([^]*?)'?$/,th=/''/g,nh=/[a-zA-Z]/}));function ih(){return Object.assign({},Np())}var ah=o((()=>{Fp()}));function oh(e,t){let n=sh(t)?new t(0):H(t,0);return n.setFullYear(e.getFullYear(),e.getMonth(),e.getDate()),n.setHours(e.getHours(),e.getMinutes(),e.getSeconds(),e.getMilliseconds()),n}function sh(e){return typeof e==`function`&&e.prototype?.constructor===e}var ch=o((()=>{Yp()})),lh,uh,dh,fh,ph=o((()=>{Yp(),ch(),lh=10,uh=class{subPriority=0;validate(e,t){return!0}},dh=class extends uh{constructor(e,t,n,r,i){super(),this.value=e,this.validateValue=t,this.setValue=n,this.priority=r,i&&(this.subPriority=i)}validate(e,t){return this.validateValue(e,this.value,t)}set(e,t,n){return this.setValue(e,t,this.value,n)}},fh=class extends uh{priority=lh;subPriority=-1;constructor(e,t){super(),this.context=e||(e=>H(t,e))}set(e,t){return t.timestampIsSet?e:H(e,oh(e,this.context))}}})),K,q=o((()=>{ph(),K=class{run(e,t,n,r){let i=this.parse(e,t,n,r);return i?{setter:new dh(i.value,this.validate,this.set,this.priority,this.subPriority),rest:i.rest}:null}validate(e,t,n){return!0}}})),mh,hh=o((()=>{q(),mh=class extends K{priority=140;parse(e,t,n){switch(t){case`G`:case`GG`:case`GGG`:return n.era(e,{width:`abbreviated`})||n.era(e,{width:`narrow`});case`GGGGG`:return n.era(e,{width:`narrow`});default:return n.era(e,{width:`wide`})||n.era(e,{width:`abbreviated`})||n.era(e,{width:`narrow`})}}set(e,t,n){return t.era=n,e.setFullYear(n,0,1),e.setHours(0,0,0,0),e}incompatibleTokens=[`R`,`u`,`t`,`T`]}})),J,gh,_h=o((()=>{J={month:/^(1[0-2]|0?\d)/,date:/^(3[0-1]|[0-2]?\d)/,dayOfYear:/^(36[0-6]|3[0-5]\d|[0-2]?\d?\d)/,week:/^(5[0-3]|[0-4]?\d)/,hour23h:/^(2[0-3]|[0-1]?\d)/,hour24h:/^(2[0-4]|[0-1]?\d)/,hour11h:/^(1[0-1]|0?\d)/,hour12h:/^(1[0-2]|0?\d)/,minute:/^[0-5]?\d/,second:/^[0-5]?\d/,singleDigit:/^\d/,twoDigits:/^\d{1,2}/,threeDigits:/^\d{1,3}/,fourDigits:/^\d{1,4}/,anyDigitsSigned:/^-?\d+/,singleDigitSigned:/^-?\d/,twoDigitsSigned:/^-?\d{1,2}/,threeDigitsSigned:/^-?\d{1,3}/,fourDigitsSigned:/^-?\d{1,4}/},gh={basicOptionalMinutes:/^([+-])(\d{2})(\d{2})?|Z/,basic:/^([+-])(\d{2})(\d{2})|Z/,basicOptionalSeconds:/^([+-])(\d{2})(\d{2})((\d{2}))?|Z/,extended:/^([+-])(\d{2}):(\d{2})|Z/,extendedOptionalSeconds:/^([+-])(\d{2}):(\d{2})(:(\d{2}))?|Z/}}));function Y(e,t){return e&&{value:t(e.value),rest:e.rest}}function X(e,t){let n=t.match(e);return n?{value:parseInt(n[0],10),rest:t.slice(n[0].length)}:null}function vh(e,t){let n=t.match(e);if(!n)return null;if(n[0]===`Z`)return{value:0,rest:t.slice(1)};let r=n[1]===`+`?1:-1,i=n[2]?parseInt(n[2],10):0,a=n[3]?parseInt(n[3],10):0,o=n[5]?parseInt(n[5],10):0;return{value:r*(i*Vp+a*Bp+o*Hp),rest:t.slice(n[0].length)}}function yh(e){return X(J.anyDigitsSigned,e)}function Z(e,t){switch(e){case 1:return X(J.singleDigit,t);case 2:return X(J.twoDigits,t);case 3:return X(J.threeDigits,t);case 4:return X(J.fourDigits,t);default:return X(RegExp(`^\\d{1,`+e+`}`),t)}}function bh(e,t){switch(e){case 1:return X(J.singleDigitSigned,t);case 2:return X(J.twoDigitsSigned,t);case 3:return X(J.threeDigitsSigned,t);case 4:return X(J.fourDigitsSigned,t);default:return X(RegExp(`^-?\\d{1,`+e+`}`),t)}}function xh(e){switch(e){case`morning`:return 4;case`evening`:return 17;case`pm`:case`noon`:case`afternoon`:return 12;default:return 0}}function Sh(e,t){let n=t>0,r=n?t:1-t,i;if(r<=50)i=e||100;else{let t=r+50,n=Math.trunc(t/100)*100,a=e>=t%100;i=e+n-(a?100:0)}return n?i:1-i}function Ch(e){return e%400==0||e%4==0&&e%100!=0}var Q=o((()=>{Jp(),_h()})),wh,Th=o((()=>{q(),Q(),wh=class extends K{priority=130;incompatibleTokens=[`Y`,`R`,`u`,`w`,`I`,`i`,`e`,`c`,`t`,`T`];parse(e,t,n){let r=e=>({year:e,isTwoDigitYear:t===`yy`});switch(t){case`y`:return Y(Z(4,e),r);case`yo`:return Y(n.ordinalNumber(e,{unit:`year`}),r);default:return Y(Z(t.length,e),r)}}validate(e,t){return t.isTwoDigitYear||t.year>0}set(e,t,n){let r=e.getFullYear();if(n.isTwoDigitYear){let t=Sh(n.year,r);return e.setFullYear(t,0,1),e.setHours(0,0,0,0),e}let i=!(`era`in t)||t.era===1?n.year:1-n.year;return e.setFullYear(i,0,1),e.setHours(0,0,0,0),e}}})),Eh,Dh=o((()=>{ym(),lm(),q(),Q(),Eh=class extends K{priority=130;parse(e,t,n){let r=e=>({year:e,isTwoDigitYear:t===`YY`});switch(t){case`Y`:return Y(Z(4,e),r);case`Yo`:return Y(n.ordinalNumber(e,{unit:`year`}),r);default:return Y(Z(t.length,e),r)}}validate(e,t){return t.isTwoDigitYear||t.year>0}set(e,t,n,r){let i=vm(e,r);if(n.isTwoDigitYear){let t=Sh(n.year,i);return e.setFullYear(t,0,r.firstWeekContainsDate),e.setHours(0,0,0,0),cm(e,r)}let a=!(`era`in t)||t.era===1?n.year:1-n.year;return e.setFullYear(a,0,r.firstWeekContainsDate),e.setHours(0,0,0,0),cm(e,r)}incompatibleTokens=[`y`,`R`,`u`,`Q`,`q`,`M`,`L`,`I`,`d`,`D`,`i`,`t`,`T`]}})),Oh,kh=o((()=>{dm(),Yp(),q(),Q(),Oh=class extends K{priority=130;parse(e,t){return bh(t===`R`?4:t.length,e)}set(e,t,n){let r=H(e,0);return r.setFullYear(n,0,4),r.setHours(0,0,0,0),um(r)}incompatibleTokens=[`G`,`y`,`Y`,`u`,`Q`,`q`,`M`,`L`,`w`,`d`,`D`,`e`,`c`,`t`,`T`]}})),Ah,jh=o((()=>{q(),Q(),Ah=class extends K{priority=130;parse(e,t){return bh(t===`u`?4:t.length,e)}set(e,t,n){return e.setFullYear(n,0,1),e.setHours(0,0,0,0),e}incompatibleTokens=[`G`,`y`,`Y`,`R`,`w`,`I`,`i`,`e`,`c`,`t`,`T`]}})),Mh,Nh=o((()=>{q(),Q(),Mh=class extends K{priority=120;parse(e,t,n){switch(t){case`Q`:case`QQ`:return Z(t.length,e);case`Qo`:return n.ordinalNumber(e,{unit:`quarter`});case`QQQ`:return n.quarter(e,{width:`abbreviated`,context:`formatting`})||n.quarter(e,{width:`narrow`,context:`formatting`});case`QQQQQ`:return n.quarter(e,{width:`narrow`,context:`formatting`});default:return n.quarter(e,{width:`wide`,context:`formatting`})||n.quarter(e,{width:`abbreviated`,context:`formatting`})||n.quarter(e,{width:`narrow`,context:`formatting`})}}validate(e,t){return t>=1&&t<=4}set(e,t,n){return e.setMonth((n-1)*3,1),e.setHours(0,0,0,0),e}incompatibleTokens=[`Y`,`R`,`q`,`M`,`L`,`w`,`I`,`d`,`D`,`i`,`e`,`c`,`t`,`T`]}})),Ph,Fh=o((()=>{q(),Q(),Ph=class extends K{priority=120;parse(e,t,n){switch(t){case`q`:case`qq`:return Z(t.length,e);case`qo`:return n.ordinalNumber(e,{unit:`quarter`});case`qqq`:return n.quarter(e,{width:`abbreviated`,context:`standalone`})||n.quarter(e,{width:`narrow`,context:`standalone`});case`qqqqq`:return n.quarter(e,{width:`narrow`,context:`standalone`});default:return n.quarter(e,{width:`wide`,context:`standalone`})||n.quarter(e,{width:`abbreviated`,context:`standalone`})||n.quarter(e,{width:`narrow`,context:`standalone`})}}validate(e,t){return t>=1&&t<=4}set(e,t,n){return e.setMonth((n-1)*3,1),e.setHours(0,0,0,0),e}incompatibleTokens=[`Y`,`R`,`Q`,`M`,`L`,`w`,`I`,`d`,`D`,`i`,`e`,`c`,`t`,`T`]}})),Ih,Lh=o((()=>{_h(),q(),Q(),Ih=class extends K{incompatibleTokens=[`Y`,`R`,`q`,`Q`,`L`,`w`,`I`,`D`,`i`,`e`,`c`,`t`,`T`];priority=110;parse(e,t,n){let r=e=>e-1;switch(t){case`M`:return Y(X(J.month,e),r);case`MM`:return Y(Z(2,e),r);case`Mo`:return Y(n.ordinalNumber(e,{unit:`month`}),r);case`MMM`:return n.month(e,{width:`abbreviated`,context:`formatting`})||n.month(e,{width:`narrow`,context:`formatting`});case`MMMMM`:return n.month(e,{width:`narrow`,context:`formatting`});default:return n.month(e,{width:`wide`,context:`formatting`})||n.month(e,{width:`abbreviated`,context:`formatting`})||n.month(e,{width:`narrow`,context:`formatting`})}}validate(e,t){return t>=0&&t<=11}set(e,t,n){return e.setMonth(n,1),e.setHours(0,0,0,0),e}}})),Rh,zh=o((()=>{_h(),q(),Q(),Rh=class extends K{priority=110;parse(e,t,n){let r=e=>e-1;switch(t){case`L`:return Y(X(J.month,e),r);case`LL`:return Y(Z(2,e),r);case`Lo`:return Y(n.ordinalNumber(e,{unit:`month`}),r);case`LLL`:return n.month(e,{width:`abbreviated`,context:`standalone`})||n.month(e,{width:`narrow`,context:`standalone`});case`LLLLL`:return n.month(e,{width:`narrow`,context:`standalone`});default:return n.month(e,{width:`wide`,context:`standalone`})||n.month(e,{width:`abbreviated`,context:`standalone`})||n.month(e,{width:`narrow`,context:`standalone`})}}validate(e,t){return t>=0&&t<=11}set(e,t,n){return e.setMonth(n,1),e.setHours(0,0,0,0),e}incompatibleTokens=[`Y`,`R`,`q`,`Q`,`M`,`w`,`I`,`D`,`i`,`e`,`c`,`t`,`T`]}}));function Bh(e,t,n){let r=U(e,n?.in),i=Sm(r,n)-t;return r.setDate(r.getDate()-i*7),U(r,n?.in)}var Vh=o((()=>{Cm(),W()})),Hh,Uh=o((()=>{Vh(),lm(),_h(),q(),Q(),Hh=class extends K{priority=100;parse(e,t,n){switch(t){case`w`:return X(J.week,e);case`wo`:return n.ordinalNumber(e,{unit:`week`});default:return Z(t.length,e)}}validate(e,t){return t>=1&&t<=53}set(e,t,n,r){return cm(Bh(e,n,r),r)}incompatibleTokens=[`y`,`R`,`u`,`q`,`Q`,`M`,`L`,`I`,`d`,`D`,`i`,`t`,`T`]}}));function Wh(e,t,n){let r=U(e,n?.in),i=gm(r,n)-t;return r.setDate(r.getDate()-i*7),r}var Gh=o((()=>{_m(),W()})),Kh,qh=o((()=>{Gh(),dm(),_h(),q(),Q(),Kh=class extends K{priority=100;parse(e,t,n){switch(t){case`I`:return X(J.week,e);case`Io`:return n.ordinalNumber(e,{unit:`week`});default:return Z(t.length,e)}}validate(e,t){return t>=1&&t<=53}set(e,t,n){return um(Wh(e,n))}incompatibleTokens=[`y`,`Y`,`u`,`q`,`Q`,`M`,`L`,`w`,`d`,`D`,`e`,`c`,`t`,`T`]}})),Jh,Yh,Xh,Zh=o((()=>{_h(),q(),Q(),Jh=[31,28,31,30,31,30,31,31,30,31,30,31],Yh=[31,29,31,30,31,30,31,31,30,31,30,31],Xh=class extends K{priority=90;subPriority=1;parse(e,t,n){switch(t){case`d`:return X(J.date,e);case`do`:return n.ordinalNumber(e,{unit:`date`});default:return Z(t.length,e)}}validate(e,t){let n=Ch(e.getFullYear()),r=e.getMonth();return n?t>=1&&t<=Yh[r]:t>=1&&t<=Jh[r]}set(e,t,n){return e.setDate(n),e.setHours(0,0,0,0),e}incompatibleTokens=[`Y`,`R`,`q`,`Q`,`w`,`I`,`D`,`i`,`e`,`c`,`t`,`T`]}})),Qh,$h=o((()=>{_h(),q(),Q(),Qh=class extends K{priority=90;subpriority=1;parse(e,t,n){switch(t){case`D`:case`DD`:return X(J.dayOfYear,e);case`Do`:return n.ordinalNumber(e,{unit:`date`});default:return Z(t.length,e)}}validate(e,t){return Ch(e.getFullYear())?t>=1&&t<=366:t>=1&&t<=365}set(e,t,n){return e.setMonth(0,n),e.setHours(0,0,0,0),e}incompatibleTokens=[`Y`,`R`,`q`,`Q`,`M`,`L`,`w`,`I`,`d`,`E`,`i`,`e`,`c`,`t`,`T`]}}));function eg(e,t,n){let r=U(e,n?.in);return isNaN(t)?H(n?.in||e,NaN):(t&&r.setDate(r.getDate()+t),r)}var tg=o((()=>{Yp(),W()}));function ng(e,t,n){let r=Np(),i=n?.weekStartsOn??n?.locale?.options?.weekStartsOn??r.weekStartsOn??r.locale?.options?.weekStartsOn??0,a=U(e,n?.in),o=a.getDay(),s=(t%7+7)%7,c=7-i;return eg(a,t<0||t>6?t-(o+c)%7:(s+c)%7-(o+c)%7,n)}var rg=o((()=>{Fp(),tg(),W()})),ig,ag=o((()=>{rg(),q(),ig=class extends K{priority=90;parse(e,t,n){switch(t){case`E`:case`EE`:case`EEE`:return n.day(e,{width:`abbreviated`,context:`formatting`})||n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`});case`EEEEE`:return n.day(e,{width:`narrow`,context:`formatting`});case`EEEEEE`:return n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`});default:return n.day(e,{width:`wide`,context:`formatting`})||n.day(e,{width:`abbreviated`,context:`formatting`})||n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`})}}validate(e,t){return t>=0&&t<=6}set(e,t,n,r){return e=ng(e,n,r),e.setHours(0,0,0,0),e}incompatibleTokens=[`D`,`i`,`e`,`c`,`t`,`T`]}})),og,sg=o((()=>{rg(),q(),Q(),og=class extends K{priority=90;parse(e,t,n,r){let i=e=>{let t=Math.floor((e-1)/7)*7;return(e+r.weekStartsOn+6)%7+t};switch(t){case`e`:case`ee`:return Y(Z(t.length,e),i);case`eo`:return Y(n.ordinalNumber(e,{unit:`day`}),i);case`eee`:return n.day(e,{width:`abbreviated`,context:`formatting`})||n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`});case`eeeee`:return n.day(e,{width:`narrow`,context:`formatting`});case`eeeeee`:return n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`});default:return n.day(e,{width:`wide`,context:`formatting`})||n.day(e,{width:`abbreviated`,context:`formatting`})||n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`})}}validate(e,t){return t>=0&&t<=6}set(e,t,n,r){return e=ng(e,n,r),e.setHours(0,0,0,0),e}incompatibleTokens=[`y`,`R`,`u`,`q`,`Q`,`M`,`L`,`I`,`d`,`D`,`E`,`i`,`c`,`t`,`T`]}})),cg,lg=o((()=>{rg(),q(),Q(),cg=class extends K{priority=90;parse(e,t,n,r){let i=e=>{let t=Math.floor((e-1)/7)*7;return(e+r.weekStartsOn+6)%7+t};switch(t){case`c`:case`cc`:return Y(Z(t.length,e),i);case`co`:return Y(n.ordinalNumber(e,{unit:`day`}),i);case`ccc`:return n.day(e,{width:`abbreviated`,context:`standalone`})||n.day(e,{width:`short`,context:`standalone`})||n.day(e,{width:`narrow`,context:`standalone`});case`ccccc`:return n.day(e,{width:`narrow`,context:`standalone`});case`cccccc`:return n.day(e,{width:`short`,context:`standalone`})||n.day(e,{width:`narrow`,context:`standalone`});default:return n.day(e,{width:`wide`,context:`standalone`})||n.day(e,{width:`abbreviated`,context:`standalone`})||n.day(e,{width:`short`,context:`standalone`})||n.day(e,{width:`narrow`,context:`standalone`})}}validate(e,t){return t>=0&&t<=6}set(e,t,n,r){return e=ng(e,n,r),e.setHours(0,0,0,0),e}incompatibleTokens=[`y`,`R`,`u`,`q`,`Q`,`M`,`L`,`I`,`d`,`D`,`E`,`i`,`e`,`t`,`T`]}}));function ug(e,t){let n=U(e,t?.in).getDay();return n===0?7:n}var dg=o((()=>{W()}));function fg(e,t,n){let r=U(e,n?.in);return eg(r,t-ug(r,n),n)}var pg=o((()=>{tg(),dg(),W()})),mg,hg=o((()=>{pg(),q(),Q(),mg=class extends K{priority=90;parse(e,t,n){let r=e=>e===0?7:e;switch(t){case`i`:case`ii`:return Z(t.length,e);case`io`:return n.ordinalNumber(e,{unit:`day`});case`iii`:return Y(n.day(e,{width:`abbreviated`,context:`formatting`})||n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`}),r);case`iiiii`:return Y(n.day(e,{width:`narrow`,context:`formatting`}),r);case`iiiiii`:return Y(n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`}),r);default:return Y(n.day(e,{width:`wide`,context:`formatting`})||n.day(e,{width:`abbreviated`,context:`formatting`})||n.day(e,{width:`short`,context:`formatting`})||n.day(e,{width:`narrow`,context:`formatting`}),r)}}validate(e,t){return t>=1&&t<=7}set(e,t,n){return e=fg(e,n),e.setHours(0,0,0,0),e}incompatibleTokens=[`y`,`Y`,`u`,`q`,`Q`,`M`,`L`,`w`,`d`,`D`,`E`,`e`,`c`,`t`,`T`]}})),gg,_g=o((()=>{q(),Q(),gg=class extends K{priority=80;parse(e,t,n){switch(t){case`a`:case`aa`:case`aaa`:return n.dayPeriod(e,{width:`abbreviated`,context:`formatting`})||n.dayPeriod(e,{width:`narrow`,context:`formatting`});case`aaaaa`:return n.dayPeriod(e,{width:`narrow`,context:`formatting`});default:return n.dayPeriod(e,{width:`wide`,context:`formatting`})||n.dayPeriod(e,{width:`abbreviated`,context:`formatting`})||n.dayPeriod(e,{width:`narrow`,context:`formatting`})}}set(e,t,n){return e.setHours(xh(n),0,0,0),e}incompatibleTokens=[`b`,`B`,`H`,`k`,`t`,`T`]}})),vg,yg=o((()=>{q(),Q(),vg=class extends K{priority=80;parse(e,t,n){switch(t){case`b`:case`bb`:case`bbb`:return n.dayPeriod(e,{width:`abbreviated`,context:`formatting`})||n.dayPeriod(e,{width:`narrow`,context:`formatting`});case`bbbbb`:return n.dayPeriod(e,{width:`narrow`,context:`formatting`});default:return n.dayPeriod(e,{width:`wide`,context:`formatting`})||n.dayPeriod(e,{width:`abbreviated`,context:`formatting`})||n.dayPeriod(e,{width:`narrow`,context:`formatting`})}}set(e,t,n){return e.setHours(xh(n),0,0,0),e}incompatibleTokens=[`a`,`B`,`H`,`k`,`t`,`T`]}})),bg,xg=o((()=>{q(),Q(),bg=class extends K{priority=80;parse(e,t,n){switch(t){case`B`:case`BB`:case`BBB`:return n.dayPeriod(e,{width:`abbreviated`,context:`formatting`})||n.dayPeriod(e,{width:`narrow`,context:`formatting`});case`BBBBB`:return n.dayPeriod(e,{width:`narrow`,context:`formatting`});default:return n.dayPeriod(e,{width:`wide`,context:`formatting`})||n.dayPeriod(e,{width:`abbreviated`,context:`formatting`})||n.dayPeriod(e,{width:`narrow`,context:`formatting`})}}set(e,t,n){return e.setHours(xh(n),0,0,0),e}incompatibleTokens=[`a`,`b`,`t`,`T`]}})),Sg,Cg=o((()=>{_h(),q(),Q(),Sg=class extends K{priority=70;parse(e,t,n){switch(t){case`h`:return X(J.hour12h,e);case`ho`:return n.ordinalNumber(e,{unit:`hour`});default:return Z(t.length,e)}}validate(e,t){return t>=1&&t<=12}set(e,t,n){let r=e.getHours()>=12;return r&&n<12?e.setHours(n+12,0,0,0):!r&&n===12?e.setHours(0,0,0,0):e.setHours(n,0,0,0),e}incompatibleTokens=[`H`,`K`,`k`,`t`,`T`]}})),wg,Tg=o((()=>{_h(),q(),Q(),wg=class extends K{priority=70;parse(e,t,n){switch(t){case`H`:return X(J.hour23h,e);case`Ho`:return n.ordinalNumber(e,{unit:`hour`});default:return Z(t.length,e)}}validate(e,t){return t>=0&&t<=23}set(e,t,n){return e.setHours(n,0,0,0),e}incompatibleTokens=[`a`,`b`,`h`,`K`,`k`,`t`,`T`]}})),Eg,Dg=o((()=>{_h(),q(),Q(),Eg=class extends K{priority=70;parse(e,t,n){switch(t){case`K`:return X(J.hour11h,e);case`Ko`:return n.ordinalNumber(e,{unit:`hour`});default:return Z(t.length,e)}}validate(e,t){return t>=0&&t<=11}set(e,t,n){return e.getHours()>=12&&n<12?e.setHours(n+12,0,0,0):e.setHours(n,0,0,0),e}incompatibleTokens=[`h`,`H`,`k`,`t`,`T`]}})),Og,kg=o((()=>{_h(),q(),Q(),Og=class extends K{priority=70;parse(e,t,n){switch(t){case`k`:return X(J.hour24h,e);case`ko`:return n.ordinalNumber(e,{unit:`hour`});default:return Z(t.length,e)}}validate(e,t){return t>=1&&t<=24}set(e,t,n){let r=n<=24?n%24:n;return e.setHours(r,0,0,0),e}incompatibleTokens=[`a`,`b`,`h`,`H`,`K`,`t`,`T`]}})),Ag,jg=o((()=>{_h(),q(),Q(),Ag=class extends K{priority=60;parse(e,t,n){switch(t){case`m`:return X(J.minute,e);case`mo`:return n.ordinalNumber(e,{unit:`minute`});default:return Z(t.length,e)}}validate(e,t){return t>=0&&t<=59}set(e,t,n){return e.setMinutes(n,0,0),e}incompatibleTokens=[`t`,`T`]}})),Mg,Ng=o((()=>{_h(),q(),Q(),Mg=class extends K{priority=50;parse(e,t,n){switch(t){case`s`:return X(J.second,e);case`so`:return n.ordinalNumber(e,{unit:`second`});default:return Z(t.length,e)}}validate(e,t){return t>=0&&t<=59}set(e,t,n){return e.setSeconds(n,0),e}incompatibleTokens=[`t`,`T`]}})),Pg,Fg=o((()=>{q(),Q(),Pg=class extends K{priority=30;parse(e,t){return Y(Z(t.length,e),e=>Math.trunc(e*10**(-t.length+3)))}set(e,t,n){return e.setMilliseconds(n),e}incompatibleTokens=[`t`,`T`]}})),Ig,Lg=o((()=>{Yp(),Zp(),_h(),q(),Q(),Ig=class extends K{priority=10;parse(e,t){switch(t){case`X`:return vh(gh.basicOptionalMinutes,e);case`XX`:return vh(gh.basic,e);case`XXXX`:return vh(gh.basicOptionalSeconds,e);case`XXXXX`:return vh(gh.extendedOptionalSeconds,e);default:return vh(gh.extended,e)}}set(e,t,n){return t.timestampIsSet?e:H(e,e.getTime()-Xp(e)-n)}incompatibleTokens=[`t`,`T`,`x`]}})),Rg,zg=o((()=>{Yp(),Zp(),_h(),q(),Q(),Rg=class extends K{priority=10;parse(e,t){switch(t){case`x`:return vh(gh.basicOptionalMinutes,e);case`xx`:return vh(gh.basic,e);case`xxxx`:return vh(gh.basicOptionalSeconds,e);case`xxxxx`:return vh(gh.extendedOptionalSeconds,e);default:return vh(gh.extended,e)}}set(e,t,n){return t.timestampIsSet?e:H(e,e.getTime()-Xp(e)-n)}incompatibleTokens=[`t`,`T`,`X`]}})),Bg,Vg=o((()=>{Yp(),q(),Q(),Bg=class extends K{priority=40;parse(e){return yh(e)}set(e,t,n){return[H(e,n*1e3),{timestampIsSet:!0}]}incompatibleTokens=`*`}})),Hg,Ug=o((()=>{Yp(),q(),Q(),Hg=class extends K{priority=20;parse(e){return yh(e)}set(e,t,n){return[H(e,n),{timestampIsSet:!0}]}incompatibleTokens=`*`}})),Wg,Gg=o((()=>{hh(),Th(),Dh(),kh(),jh(),Nh(),Fh(),Lh(),zh(),Uh(),qh(),Zh(),$h(),ag(),sg(),lg(),hg(),_g(),yg(),xg(),Cg(),Tg(),Dg(),kg(),jg(),Ng(),Fg(),Lg(),zg(),Vg(),Ug(),Wg={G:new mh,y:new wh,Y:new Eh,R:new Oh,u:new Ah,Q:new Mh,q:new Ph,M:new Ih,L:new Rh,w:new Hh,I:new Kh,d:new Xh,D:new Qh,E:new ig,e:new og,c:new cg,i:new mg,a:new gg,b:new vg,B:new bg,h:new Sg,H:new wg,K:new Eg,k:new Og,m:new Ag,s:new Mg,S:new Pg,X:new Ig,x:new Rg,t:new Bg,T:new Hg}}));function Kg(e,t,n,r){let i=()=>H(r?.in||n,NaN),a=ih(),o=r?.locale??a.locale??Ap,s=r?.firstWeekContainsDate??r?.locale?.options?.firstWeekContainsDate??a.firstWeekContainsDate??a.locale?.options?.firstWeekContainsDate??1,c=r?.weekStartsOn??r?.locale?.options?.weekStartsOn??a.weekStartsOn??a.locale?.options?.weekStartsOn??0;if(!t)return e?i():U(n,r?.in);let l={firstWeekContainsDate:s,weekStartsOn:c,locale:o},u=[new fh(r?.in,n)],d=t.match(Yg).map(e=>{let t=e[0];if(t in Im){let n=Im[t];return n(e,o.formatLong)}return e}).join(``).match(Jg),f=[];for(let n of d){!r?.useAdditionalWeekYearTokens&&zm(n)&&Bm(n,t,e),!r?.useAdditionalDayOfYearTokens&&Rm(n)&&Bm(n,t,e);let a=n[0],s=Wg[a];if(s){let{incompatibleTokens:t}=s;if(Array.isArray(t)){let e=f.find(e=>t.includes(e.token)||e.token===a);if(e)throw RangeError(`The format string mustn't contain \`${e.fullToken}\` and \`${n}\` at the same time`)}else if(s.incompatibleTokens===`*`&&f.length>0)throw RangeError(`The format string mustn't contain \`${n}\` and any other token at the same time`);f.push({token:a,fullToken:n});let r=s.run(e,n,o.match,l);if(!r)return i();u.push(r.setter),e=r.rest}else{if(a.match($g))throw RangeError("Format string contains an unescaped latin alphabet character `"+a+"`");if(n===`''`?n=`'`:a===`'`&&(n=qg(n)),e.indexOf(n)===0)e=e.slice(n.length);else return i()}}if(e.length>0&&Qg.test(e))return i();let ee=u.map(e=>e.priority).sort((e,t)=>t-e).filter((e,t,n)=>n.indexOf(e)===t).map(e=>u.filter(t=>t.priority===e).sort((e,t)=>t.subPriority-e.subPriority)).map(e=>e[0]),te=U(n,r?.in);if(isNaN(+te))return i();let ne={};for(let e of ee){if(!e.validate(te,l))return i();let t=e.set(te,ne,l);Array.isArray(t)?(te=t[0],Object.assign(ne,t[1])):te=t}return te}function qg(e){return e.match(Xg)[1].replace(Zg,`'`)}var Jg,Yg,Xg,Zg,Qg,$g,e_=o((()=>{Mp(),Lm(),Gm(),Yp(),ah(),W(),ph(),Gg(),Jg=/[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g,Yg=/P+p+|P+|p+|''|'(''|[^'])+('|$)|./g,Xg=/^'([^]*?)'?$/,Zg=/''/g,Qg=/\S/,$g=/[a-zA-Z]/})),t_=o((()=>{rh(),e_(),Ym(),sf(),window.Vaadin.Flow.datepickerConnector={},window.Vaadin.Flow.datepickerConnector.initLazy=e=>{if(e.$connector)return;e.$connector={};let t=function(e){try{new Date().toLocaleDateString(e)}catch{return console.warn(`The locale is not supported, using default format setting (ISO 8601).`),`yyyy-MM-dd`}let t=new Date(Date.UTC(1234,4,6)).toLocaleDateString(e,{timeZone:`UTC`});return t=t.replace(/([a-zA-Z]+)/g,`'$1'`).replace(`06`,`dd`).replace(`6`,`d`).replace(`05`,`MM`).replace(`5`,`M`).replace(`1234`,`yyyy`),t.includes(`d`)&&t.includes(`M`)&&t.includes(`y`)?t:(console.warn(`The locale is not supported, using default format setting (ISO 8601).`),`yyyy-MM-dd`)};function n(t){if(!t||t.length===0)throw Error(`Array of custom date formats is null or empty`);function n(e){if(e.includes(`yyyy`)&&!e.includes(`yyyyy`))return e.replace(`yyyy`,`yy`);if(e.includes(`YYYY`)&&!e.includes(`YYYYY`))return e.replace(`YYYY`,`YY`)}function i(e){return e.includes(`y`)||e.includes(`Y`)}function a(e){return!e.includes(`yyyy`)&&!e.includes(`YYYY`)}function o(e){return e.reduce((e,t)=>(i(t)&&!a(t)&&e.push(n(t)),e.push(t),e),[])}function s(t){if(e.$connector._lastParseStatus===`error`)return;if(e.$connector._lastParseStatus===`successful`){e.$connector._lastParsedDate.day===t.getDate()&&e.$connector._lastParsedDate.month===t.getMonth()&&e.$connector._lastParsedDate.year%100==t.getFullYear()%100&&t.setFullYear(e.$connector._lastParsedDate.year);return}let n=tf(e.value);Jm(n)&&n.getDate()===t.getDate()&&n.getMonth()===t.getMonth()&&n.getFullYear()%100==t.getFullYear()%100&&t.setFullYear(n.getFullYear())}function c(e){let n=t[0];return Xm(tf(`${e.year}-${e.month+1}-${e.day}`),n)}function l(e,t,n){let r=Kg(e,t,i(t)?n:new Date);if(Jm(r))return i(t)&&a(t)&&s(r),{day:r.getDate(),month:r.getMonth(),year:r.getFullYear()}}function u(n){let i=r();for(let r of o(t)){let t=l(n,r,i);if(t)return e.$connector._lastParseStatus=`successful`,e.$connector._lastParsedDate=t,t}return e.$connector._lastParseStatus=`error`,!1}return{formatDate:c,parseDate:u}}function r(){let{referenceDate:t}=e.i18n;return t?new Date(t.year,t.month,t.day):new Date}e.$connector.updateI18n=(r,i)=>{let a=i&&i.dateFormats&&i.dateFormats.length>0;i&&i.referenceDate&&(i.referenceDate=Xd(new Date(i.referenceDate)));let o=n(a?i.dateFormats:[t(r)]);e.i18n=Object.assign({},i,o)},e.addEventListener(`opened-changed`,()=>e.$connector._lastParseStatus=void 0)}})),n_,r_=o((()=>{p(),ba(),Sa(),y(),h(),T(),Di(),k(),w(),n_=class extends xa(x(b(C(A(u))))){static get is(){return`vaadin-time-picker-item`}static get styles(){return[Ei,ya]}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}},v(n_)})),i_,a_=o((()=>{p(),i_=t`
  :host {
    --vaadin-item-checkmark-display: block;
  }

  #overlay {
    width: var(--vaadin-time-picker-overlay-width, var(--_vaadin-time-picker-overlay-default-width, auto));
  }

  [part='content'] {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
`})),o_,s_=o((()=>{p(),Aa(),y(),h(),T(),qe(),lt(),k(),w(),a_(),o_=class extends ka(ct(b(x(C(A(u)))))){static get is(){return`vaadin-time-picker-overlay`}static get styles(){return[Ke,i_]}render(){return d`
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <slot></slot>
        </div>
      </div>
    `}},v(o_)})),c_=o((()=>{Pa()})),l_,u_=o((()=>{p(),Ya(),y(),T(),c_(),l_=class extends Ja(C(u)){static get is(){return`vaadin-time-picker-scroller`}static get styles(){return Na}render(){return d`
      <div id="selector">
        <slot></slot>
      </div>
    `}},v(l_)})),d_,f_=o((()=>{E(),p(),d_=t`
  :host([opened]) {
    pointer-events: auto;
  }

  [part~='toggle-button']::before {
    mask-image: var(--_vaadin-icon-clock);
  }

  :host([readonly]) [part~='toggle-button'] {
    display: none;
  }

  /* See https://github.com/vaadin/vaadin-time-picker/issues/145 */
  :host([dir='rtl']) [part='input-field'] {
    direction: ltr;
  }

  :host([dir='rtl']) [part='input-field'] ::slotted(input)::placeholder {
    direction: rtl;
    text-align: left;
  }
`}));function p_(e){if(!e)return``;let t=(e=0,t=`00`)=>(t+e).substr((t+e).length-t.length),n=`${t(e.hours)}:${t(e.minutes)}`;return e.seconds!==void 0&&(n+=`:${t(e.seconds)}`),e.milliseconds!==void 0&&(n+=`.${t(e.milliseconds,`000`)}`),n}function m_(e){let t=y_.exec(e);if(t){if(t[4])for(;t[4].length<3;)t[4]+=`0`;return{hours:t[1],minutes:t[2],seconds:t[3],milliseconds:t[4]}}}function h_(e){let t=e==null?60:parseFloat(e);if(t%3600==0)return 1;if(t%60==0||!t)return 2;if(t%1==0)return 3;if(t<1)return 4}function g_(e,t){if(e){let n=h_(t);e.hours=parseInt(e.hours),e.minutes=parseInt(e.minutes||0),e.seconds=n<3?void 0:parseInt(e.seconds||0),e.milliseconds=n<4?void 0:parseInt(e.milliseconds||0)}return e}var __,v_,y_,b_=o((()=>{__=`(\\d|[0-1]\\d|2[0-3])`,v_=`(\\d|[0-5]\\d)`,y_=RegExp(`^${__}(?::${v_}(?::${v_}(?:\\.(\\d{1,3}))?)?)?$`,`u`)})),x_,S_,C_,w_,T_=o((()=>{vo(),Xn(),F(),Hn(),sn(),fn(),$a(),b_(),x_=Object.freeze({formatTime:p_,parseTime:m_}),S_=`00:00:00.000`,C_=`23:59:59.999`,w_=e=>class extends tr(Qa(_o(er(e)))){static get properties(){return{value:{type:String,notify:!0,value:``,sync:!0},min:{type:String,value:``,sync:!0},max:{type:String,value:``,sync:!0},step:{type:Number,sync:!0},_comboBoxValue:{type:String,sync:!0,observer:`__comboBoxValueChanged`},_inputContainer:{type:Object}}}static get observers(){return[`_openedOrItemsChanged(opened, _dropdownItems)`,`_updateScroller(opened, _dropdownItems, _focusedIndex, _theme)`,`__updateAriaAttributes(_dropdownItems, opened, inputElement)`,`__updateDropdownItems(__effectiveI18n, min, max, step)`]}static get defaultI18n(){return x_}static get constraints(){return[...super.constraints,`min`,`max`]}get _tagNamePrefix(){return`vaadin-time-picker`}get clearElement(){return this.$.clearButton}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get __unparsableValue(){return this._inputElementValue&&!this.__effectiveI18n.parseTime(this._inputElementValue)?this._inputElementValue:``}ready(){super.ready(),this.addController(new gn(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e},{uniqueIdPrefix:`search-input`})),this.addController(new vn(this.inputElement,this._labelController)),this._inputContainer=this.shadowRoot.querySelector(`[part~="input-field"]`),this._toggleElement=this.$.toggleButton,this._tooltipController=new P(this),this._tooltipController.setShouldShow(e=>!e.opened),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.inputElement),this.addController(this._tooltipController)}updated(e){super.updated(e),e.has(`_comboBoxValue`)&&this._dropdownItems&&(this._scroller.selectedItem=this._dropdownItems.find(e=>e.value===this._comboBoxValue))}checkValidity(){return!!(this.inputElement.checkValidity()&&(!this.value||this._timeAllowed(this.__effectiveI18n.parseTime(this.value)))&&(!this._comboBoxValue||this.__effectiveI18n.parseTime(this._comboBoxValue)))}_getItemLabel(e){return e?e.label:``}_updateScroller(e,t,n,r){e&&(this._scroller.style.maxHeight=getComputedStyle(this).getPropertyValue(`--${this._tagNamePrefix}-overlay-max-height`)||`65vh`),this._scroller.setProperties({items:e?t:[],opened:e,focusedIndex:n,theme:r})}_openedOrItemsChanged(e,t){this._overlayOpened=e&&!!t?.length}_onClosed(){this._commitValue()}_onEscapeCancel(){this._inputElementValue=this._comboBoxValue,this._closeOrCommit()}_onClearAction(){this._comboBoxValue=``,this._inputElementValue=``,this.__commitValueChange()}_commitValue(){if(this._focusedIndex>-1){let e=this._dropdownItems[this._focusedIndex],t=this._getItemLabel(e);this._inputElementValue=t,this._comboBoxValue=t,this._focusedIndex=-1}else this._inputElementValue===``||this._inputElementValue===void 0?this._comboBoxValue=``:this._comboBoxValue=this._inputElementValue;this.__commitValueChange(),this._clearSelectionRange()}_closeOrCommit(){this.opened?this.close():this._commitValue()}_revertInputValue(){this._inputElementValue=this._comboBoxValue,this._clearSelectionRange()}_setFocused(e){super._setFocused(e),e||document.hasFocus()&&this._requestValidation()}__validDayDivisor(e){return!e||24*3600%e==0||e<1&&e%1*1e3%1==0}_onKeyDown(e){if(super._onKeyDown(e),this.readonly||this.disabled||this._dropdownItems.length)return;let t=this.__validDayDivisor(this.step)&&this.step||60;e.keyCode===40?this.__onArrowPressWithStep(-t):e.keyCode===38&&this.__onArrowPressWithStep(t)}__onArrowPressWithStep(e){let t=this.__addStep(this.__getMsec(this.__memoValue),e,!0);this.__memoValue=t,this.__useMemo=!0,this._comboBoxValue=this.__effectiveI18n.formatTime(t),this.__useMemo=!1,this.__commitValueChange()}__commitValueChange(){let e=this.__unparsableValue;this.__committedValue===this.value?this.__committedUnparsableValue!==e&&(this._requestValidation(),this.dispatchEvent(new CustomEvent(`unparsable-change`))):(this._requestValidation(),this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0}))),this.__committedValue=this.value,this.__committedUnparsableValue=e}__getMsec(e){let t=(e?.hours||0)*60*60*1e3;return t+=(e?.minutes||0)*60*1e3,t+=(e?.seconds||0)*1e3,t+=parseInt(e?.milliseconds)||0,t}__getSec(e){let t=(e?.hours||0)*60*60;return t+=(e?.minutes||0)*60,t+=e?.seconds||0,t+=(e?.milliseconds||0)/1e3,t}__addStep(e,t,n){e===0&&t<0&&(e=1440*60*1e3);let r=t*1e3,i=e%r;r<0&&i&&n?e-=i:r>0&&i&&n?e-=i-r:e+=r;let a=Math.floor(e/1e3/60/60);e-=a*1e3*60*60;let o=Math.floor(e/1e3/60);e-=o*1e3*60;let s=Math.floor(e/1e3);return e-=s*1e3,{hours:a<24?a:0,minutes:o,seconds:s,milliseconds:e}}__updateDropdownItems(e,t,n,r){let i=g_(m_(t||S_),r),a=this.__getSec(i),o=g_(m_(n||C_),r),s=this.__getSec(o);if(this._dropdownItems=this.__generateDropdownList(a,s,r),r!==this.__oldStep){this.__oldStep=r;let e=g_(m_(this.value),r);this.__updateValue(e)}this.value&&(this._comboBoxValue=e.formatTime(e.parseTime(this.value)))}__updateAriaAttributes(e,t,n){e===void 0||n===void 0||(e.length===0?(n.removeAttribute(`role`),n.removeAttribute(`aria-expanded`)):(n.setAttribute(`role`,`combobox`),n.setAttribute(`aria-expanded`,!!t)))}__generateDropdownList(e,t,n){if(n<900||!this.__validDayDivisor(n))return[];let r=[];n||=3600;let i=-n+e;for(;i+n>=e&&i+n<=t;){let e=g_(this.__addStep(i*1e3,n),n);i+=n;let t=this.__effectiveI18n.formatTime(e);r.push({label:t,value:t})}return r}_valueChanged(e,t){let n=this.__memoValue=m_(e),r=p_(n)||``;this.__keepCommittedValue||(this.__committedValue=e,this.__committedUnparsableValue=``),e!==``&&e!==null&&!n?this.value=t??``:e===r?this.__keepInvalidInput?delete this.__keepInvalidInput:this.__updateInputValue(n):this.value=r,this._toggleHasValue(this._hasValue)}__comboBoxValueChanged(e,t){if(e===``&&t===void 0)return;let n=this.__useMemo?this.__memoValue:this.__effectiveI18n.parseTime(e),r=this.__effectiveI18n.formatTime(n)||``;n?e===r?(this.__keepCommittedValue=!0,this.__updateValue(n),this.__keepCommittedValue=!1):this._comboBoxValue=r:(this.value!==``&&e!==``&&(this.__keepInvalidInput=!0),this.__keepCommittedValue=!0,this.value=``,this.__keepCommittedValue=!1)}__updateValue(e){let t=p_(g_(e,this.step))||``;this.value=t,this.__updateInputValue(e)}__updateInputValue(e){let t=this.__effectiveI18n.formatTime(g_(e,this.step))||``;this._inputElementValue=t,this._comboBoxValue=t}_timeAllowed(e){let t=this.__effectiveI18n.parseTime(this.min||S_),n=this.__effectiveI18n.parseTime(this.max||C_);return(!this.__getMsec(t)||this.__getMsec(e)>=this.__getMsec(t))&&(!this.__getMsec(n)||this.__getMsec(e)<=this.__getMsec(n))}_onClearButtonClick(e){e.stopPropagation(),super._onClearButtonClick(e),this.opened&&this._scroller.requestContentUpdate()}_onHostClick(e){let t=e.composedPath();(t.includes(this._labelNode)||t.includes(this._inputContainer))&&super._onHostClick(e)}_onChange(e){e.stopPropagation()}}})),E_,D_=o((()=>{Yn(),r_(),s_(),u_(),p(),z(),y(),O(),T(),Un(),k(),w(),f_(),T_(),E_=class extends w_(x(S(C(A(u))))){static get is(){return`vaadin-time-picker`}static get styles(){return[Wn,d_]}render(){return d`
      <div class="vaadin-time-picker-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
          <div id="toggleButton" part="field-button toggle-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>

      <vaadin-time-picker-overlay
        id="overlay"
        dir="ltr"
        .owner="${this}"
        .opened="${this._overlayOpened}"
        theme="${B(this._theme)}"
        .positionTarget="${this._inputContainer}"
        no-vertical-overlap
        exportparts="overlay, content"
      >
        <slot name="overlay"></slot>
      </vaadin-time-picker-overlay>
    `}},v(E_)})),O_,k_=o((()=>{E(),p(),O_=t`
  .vaadin-date-time-picker-container {
    width: calc(var(--vaadin-field-default-width, 12em) * 2 + var(--vaadin-date-time-picker-gap, var(--vaadin-gap-s)));
  }

  [part='input-fields'] {
    display: flex;
    gap: var(--vaadin-date-time-picker-gap, var(--vaadin-gap-s));
  }

  [part='input-fields'] ::slotted([slot='date-picker']) {
    min-width: 0;
    flex: 1 1 auto;
  }

  [part='input-fields'] ::slotted([slot='time-picker']) {
    min-width: 0;
    flex: 1 1.65 auto;
  }
`})),A_,j_,M_,N_,P_,F_=o((()=>{Kt(),ze(),Xn(),R(),F(),sf(),Lf(),pn(),b_(),T_(),A_=Object.keys(Ff),j_=Object.keys(x_),M_={...Ff,...x_},N_=class extends I{constructor(e,t){super(e,`${t}-picker`,`vaadin-${t}-picker`,{initializer:(e,n)=>{let r=`__${t}Picker`;n[r]=e}})}},P_=e=>class extends tr($t(N(Vt(e)))){static get properties(){return{name:{type:String},value:{type:String,notify:!0,value:``,observer:`__valueChanged`,sync:!0},min:{type:String,observer:`__minChanged`,sync:!0},max:{type:String,observer:`__maxChanged`,sync:!0},__minDateTime:{type:Date,value:``,sync:!0},__maxDateTime:{type:Date,value:``,sync:!0},datePlaceholder:{type:String,sync:!0},timePlaceholder:{type:String,sync:!0},step:{type:Number,sync:!0},initialPosition:{type:String,sync:!0},showWeekNumbers:{type:Boolean,value:!1,sync:!0},autoOpenDisabled:{type:Boolean,sync:!0},readonly:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},autofocus:{type:Boolean},__selectedDateTime:{type:Date,sync:!0},__datePicker:{type:Object,sync:!0,observer:`__datePickerChanged`},__timePicker:{type:Object,sync:!0,observer:`__timePickerChanged`}}}static get observers(){return[`__selectedDateTimeChanged(__selectedDateTime)`,`__datePlaceholderChanged(datePlaceholder, __datePicker)`,`__timePlaceholderChanged(timePlaceholder, __timePicker)`,`__stepChanged(step, __timePicker)`,`__initialPositionChanged(initialPosition, __datePicker)`,`__showWeekNumbersChanged(showWeekNumbers, __datePicker)`,`__requiredChanged(required, __datePicker, __timePicker)`,`__invalidChanged(invalid, __datePicker, __timePicker)`,`__disabledChanged(disabled, __datePicker, __timePicker)`,`__readonlyChanged(readonly, __datePicker, __timePicker)`,`__i18nChanged(__effectiveI18n, __datePicker, __timePicker)`,`__autoOpenDisabledChanged(autoOpenDisabled, __datePicker, __timePicker)`,`__themeChanged(_theme, __datePicker, __timePicker)`,`__pickersChanged(__datePicker, __timePicker)`,`__labelOrAccessibleNameChanged(label, accessibleName, __effectiveI18n, __datePicker, __timePicker)`]}static get defaultI18n(){return M_}constructor(){super(),this.__defaultDateMinMaxValue=void 0,this.__defaultTimeMinValue=`00:00:00.000`,this.__defaultTimeMaxValue=`23:59:59.999`,this.__onGlobalClick=this.__onGlobalClick.bind(this),this.__changeEventHandler=this.__changeEventHandler.bind(this),this.__valueChangedEventHandler=this.__valueChangedEventHandler.bind(this),this.__openedChangedEventHandler=this.__openedChangedEventHandler.bind(this)}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get __pickers(){return[this.__datePicker,this.__timePicker]}get __filledPickers(){return this.__pickers.filter(e=>e.value||e.__unparsableValue)}get __formattedValue(){let e=this.__pickers.map(e=>e.value);return e.every(Boolean)?e.join(`T`):``}get __unparsableValue(){return this.__filledPickers.length>0&&!this.__pickers.every(e=>e.value)?this.__pickers.map(e=>e.value||e.__unparsableValue).join(`T`):``}ready(){super.ready(),this._datePickerController=new N_(this,`date`),this.addController(this._datePickerController),this._timePickerController=new N_(this,`time`),this.addController(this._timePickerController),this.autofocus&&!this.disabled&&window.requestAnimationFrame(()=>this.focus()),this.setAttribute(`role`,`group`),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setPosition(`top`),this._tooltipController.setShouldShow(e=>e.__datePicker&&!e.__datePicker.opened&&e.__timePicker&&!e.__timePicker.opened),this.ariaTarget=this}connectedCallback(){super.connectedCallback(),document.addEventListener(`click`,this.__onGlobalClick,!0)}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener(`click`,this.__onGlobalClick,!0)}focus(e){this.__datePicker&&this.__datePicker.focus(e)}__onGlobalClick(e){(this.__datePicker.opened||this.__timePicker.opened)&&e.composedPath().every(e=>![this.__datePicker,this.__datePicker.$.overlay,this.__timePicker,this.__timePicker.$.overlay].includes(e))&&(this.__outsideClickInProgress=!0,setTimeout(()=>{this.__outsideClickInProgress=!1}))}_setFocused(e){super._setFocused(e),!e&&document.hasFocus()&&this.__commitPendingValueChange()}_shouldRemoveFocus(e){let t=e.relatedTarget;return!(this.__datePicker.opened||this.__timePicker.opened||this.__datePicker.contains(t)||this.__timePicker.contains(t))}__syncI18n(e,t,n){let r={};n.forEach(e=>{t?.hasOwnProperty(e)&&(r[e]=t[e])}),e.i18n=r}__changeEventHandler(e){e.stopPropagation();let t=this.invalid,n=this.__filledPickers;n.length===1&&n[0].checkValidity()&&!t||this.__hasPendingValueChange&&this.__commitPendingValueChange()}__openedChangedEventHandler(){let e=this.__datePicker.opened||this.__timePicker.opened;this.style.pointerEvents=e?`auto`:``,!e&&this.__outsideClickInProgress&&this.__commitPendingValueChange()}__addInputListeners(e){e.addEventListener(`change`,this.__changeEventHandler),e.addEventListener(`unparsable-change`,this.__changeEventHandler),e.addEventListener(`value-changed`,this.__valueChangedEventHandler),e.addEventListener(`opened-changed`,this.__openedChangedEventHandler)}__removeInputListeners(e){e.removeEventListener(`change`,this.__changeEventHandler),e.removeEventListener(`unparsable-change`,this.__changeEventHandler),e.removeEventListener(`value-changed`,this.__valueChangedEventHandler),e.removeEventListener(`opened-changed`,this.__openedChangedEventHandler)}__isDefaultPicker(e,t){let n=this[`_${t}PickerController`];return n&&e===n.defaultNode}__datePickerChanged(e,t){e&&(t&&(this.__removeInputListeners(t),t.remove()),this.__addInputListeners(e),this.__isDefaultPicker(e,`date`)||(this.datePlaceholder=e.placeholder,this.initialPosition=e.initialPosition,this.showWeekNumbers=e.showWeekNumbers),e.min=this.__formatDateISO(this.__minDateTime,this.__defaultDateMinMaxValue),e.max=this.__formatDateISO(this.__maxDateTime,this.__defaultDateMinMaxValue),e.manualValidation=!0)}__timePickerChanged(e,t){e&&(t&&(this.__removeInputListeners(t),t.remove()),this.__addInputListeners(e),this.__isDefaultPicker(e,`time`)||(this.timePlaceholder=e.placeholder,this.step=e.step),this.__updateTimePickerMinMax(),e.manualValidation=!0)}__updateTimePickerMinMax(){if(this.__timePicker&&this.__datePicker){let e=this.__parseDate(this.__datePicker.value),t=Yd(this.__minDateTime,this.__maxDateTime,Jd);this.__minDateTime&&Yd(e,this.__minDateTime,Jd)||t?this.__timePicker.min=this.__dateToIsoTimeString(this.__minDateTime):this.__timePicker.min=this.__defaultTimeMinValue,this.__maxDateTime&&Yd(e,this.__maxDateTime,Jd)||t?this.__timePicker.max=this.__dateToIsoTimeString(this.__maxDateTime):this.__timePicker.max=this.__defaultTimeMaxValue}}__i18nChanged(e,t,n){t&&this.__isDefaultPicker(t,`date`)&&this.__syncI18n(t,e,A_),n&&this.__isDefaultPicker(n,`time`)&&this.__syncI18n(n,e,j_)}__labelOrAccessibleNameChanged(e,t,n,r,i){let a=t||e||``;r&&(r.accessibleName=`${a} ${n.dateLabel||``}`.trim()),i&&(i.accessibleName=`${a} ${n.timeLabel||``}`.trim())}__datePlaceholderChanged(e,t){t&&(t.placeholder=e)}__timePlaceholderChanged(e,t){t&&(t.placeholder=e)}__stepChanged(e,t){t&&t.step!==e&&(t.step=e)}__initialPositionChanged(e,t){t&&(t.initialPosition=e)}__showWeekNumbersChanged(e,t){t&&(t.showWeekNumbers=e)}__invalidChanged(e,t,n){t&&(t.invalid=e),n&&(n.invalid=e)}__requiredChanged(e,t,n){t&&(t.required=e),n&&(n.required=e),this.__oldRequired&&!e&&this._requestValidation(),this.__oldRequired=e}__disabledChanged(e,t,n){t&&(t.disabled=e),n&&(n.disabled=e)}__readonlyChanged(e,t,n){t&&(t.readonly=e),n&&(n.readonly=e)}__parseDate(e){return nf(e)}__formatDateISO(e,t){return e?of(e):t}__parseDateTime(e){let[t,n]=e.split(`T`);if(!(t&&n))return;let r=this.__parseDate(t);if(!r)return;let i=m_(n);if(i)return r.setUTCHours(parseInt(i.hours)),r.setUTCMinutes(parseInt(i.minutes||0)),r.setUTCSeconds(parseInt(i.seconds||0)),r.setUTCMilliseconds(parseInt(i.milliseconds||0)),r}__formatDateTime(e){return e?`${this.__formatDateISO(e,``)}T${this.__dateToIsoTimeString(e)}`:``}__dateToIsoTimeString(e){return p_(g_({hours:e.getUTCHours(),minutes:e.getUTCMinutes(),seconds:e.getUTCSeconds(),milliseconds:e.getUTCMilliseconds()},this.step))}checkValidity(){let e=this.__pickers.some(e=>!e.checkValidity()),t=this.__filledPickers.length===1,n=this.required&&this.__pickers.some(e=>!e.value);return!e&&!n&&!t}__commitPendingValueChange(){this._requestValidation(),this.__committedValue===this.value?this.__committedUnparsableValue!==this.__unparsableValue&&this.dispatchEvent(new CustomEvent(`unparsable-change`)):this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0})),this.__committedValue=this.value,this.__committedUnparsableValue=this.__unparsableValue}get __hasPendingValueChange(){return this.__committedValue!==this.value||this.__committedUnparsableValue!==this.__unparsableValue}__dateTimeEquals(e,t){return Yd(e,t,Jd)?e.getUTCHours()===t.getUTCHours()&&e.getUTCMinutes()===t.getUTCMinutes()&&e.getUTCSeconds()===t.getUTCSeconds()&&e.getUTCMilliseconds()===t.getUTCMilliseconds():!1}__handleDateTimeChange(e,t,n,r){if(!n){this[e]=``,this[t]=``;return}let i=this.__parseDateTime(n);if(!i){this[e]=r;return}this.__dateTimeEquals(this[t],i)||(this[t]=i)}__valueChanged(e,t){this.__handleDateTimeChange(`value`,`__selectedDateTime`,e,t),this.__keepCommittedValue||(this.__committedValue=e,this.__committedUnparsableValue=``),this.toggleAttribute(`has-value`,!!e),this.__updateTimePickerMinMax()}__dispatchChange(){this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0}))}__minChanged(e,t){this.__handleDateTimeChange(`min`,`__minDateTime`,e,t),this.__datePicker&&(this.__datePicker.min=this.__formatDateISO(this.__minDateTime,this.__defaultDateMinMaxValue)),this.__updateTimePickerMinMax(),this.__datePicker&&this.__timePicker&&this.value&&this._requestValidation()}__maxChanged(e,t){this.__handleDateTimeChange(`max`,`__maxDateTime`,e,t),this.__datePicker&&(this.__datePicker.max=this.__formatDateISO(this.__maxDateTime,this.__defaultDateMinMaxValue)),this.__updateTimePickerMinMax(),this.__datePicker&&this.__timePicker&&this.value&&this._requestValidation()}__selectedDateTimeChanged(e){let t=this.__formatDateTime(e);if(this.value!==t&&(this.value=t),this.__datePicker&&this.__datePicker.$&&!this.__ignoreInputValueChange){this.__ignoreInputValueChange=!0;let[e,t]=this.value.split(`T`);this.__datePicker.value=e||``,this.__timePicker.value=t||``,this.__ignoreInputValueChange=!1}}__valueChangedEventHandler(){this.__ignoreInputValueChange||=(this.__ignoreInputValueChange=!0,this.__keepCommittedValue=!0,this.__updateTimePickerMinMax(),this.value=this.__formattedValue,this.__keepCommittedValue=!1,!1)}__autoOpenDisabledChanged(e,t,n){t&&(t.autoOpenDisabled=e),n&&(n.autoOpenDisabled=e)}__themeChanged(e,t,n){!t||!n||[t,n].forEach(t=>{e?t.setAttribute(`theme`,e):t.removeAttribute(`theme`)})}__pickersChanged(e,t){!e||!t||this.__isDefaultPicker(e,`date`)===this.__isDefaultPicker(t,`time`)&&(e.value?this.__valueChangedEventHandler():this.value&&(this.__selectedDateTimeChanged(this.__selectedDateTime),(this.min&&this.__minDateTime||this.max&&this.__maxDateTime)&&this._requestValidation()))}}})),I_,L_=o((()=>{zf(),D_(),p(),y(),O(),T(),Un(),k(),w(),k_(),F_(),I_=class extends P_(x(S(C(A(u))))){static get is(){return`vaadin-date-time-picker`}static get styles(){return[Wn,O_]}render(){return d`
      <div class="vaadin-date-time-picker-container">
        <div part="label" @click="${this.focus}">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true"></span>
        </div>

        <div part="input-fields">
          <slot name="date-picker" id="dateSlot"></slot>
          <slot name="time-picker" id="timeSlot"></slot>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <slot name="tooltip"></slot>
    `}},v(I_)}));function R_(e){return e.replace(/[.*+?^${}()|[\]\\]/g,`\\$&`)}function z_(e){return e.replace(/[\u0660-\u0669]/g,function(e){return J_[`\\u0`+e.charCodeAt(0).toString(16)]})}function B_(e,t){let n=t.toLocaleTimeString(e),r=/[^\d\u0660-\u0669]/,i=n.match(RegExp(`${r.source}+$`,`g`))||n.match(RegExp(`^${r.source}+`,`g`));return i&&i[0].trim()}function V_(e){let t=Y_.toLocaleTimeString(e),n=U_(e);n&&t.startsWith(n)&&(t=t.replace(n,``));let r=t.match(/[^\u0660-\u0669\s\d]/);return r&&r[0]}function H_(e,t){if(!t)return null;let n=t.split(/\s*/).map(R_).join(`\\s*`),r=new RegExp(n,`i`),i=e.match(r);if(i)return i[0]}function U_(e){return B_(e,Y_)}function W_(e){return B_(e,X_)}function G_(e){return parseInt(z_(e))}function K_(e){return e=z_(e),e.length===1?e+=`00`:e.length===2&&(e+=`0`),parseInt(e)}function q_(e,t,n,r){let i=e;if(e.endsWith(n)?i=e.replace(` `+n,``):e.endsWith(r)&&(i=e.replace(` `+r,``)),t){let e=t<10?`0`:``;e+=t<100?`0`:``,e+=t,i+=`.`+e}else i+=`.000`;return e.endsWith(n)?i=i+` `+n:e.endsWith(r)&&(i=i+` `+r),i}var J_,Y_,X_,Z_=o((()=>{J_={"\\u0660":`0`,"\\u0661":`1`,"\\u0662":`2`,"\\u0663":`3`,"\\u0664":`4`,"\\u0665":`5`,"\\u0666":`6`,"\\u0667":`7`,"\\u0668":`8`,"\\u0669":`9`},Y_=new Date(`August 19, 1975 23:15:30`),X_=new Date(`August 19, 1975 05:15:30`)}));function Q_(e,t,n=0){e()?t():setTimeout(()=>Q_(e,t,200),n)}function $_(e){let t=m_(e);return{hours:parseInt(t.hours||0),minutes:parseInt(t.minutes||0),seconds:parseInt(t.seconds||0),milliseconds:parseInt(t.milliseconds||0)}}var ev=o((()=>{Z_(),b_(),window.Vaadin.Flow.timepickerConnector={},window.Vaadin.Flow.timepickerConnector.initLazy=e=>{e.$connector||(e.$connector={},e.$connector.setLocale=t=>{let n;e.value&&e.value!==``&&(n=$_(e.value));try{Y_.toLocaleTimeString(t)}catch{throw t=`en-US`,Error(`vaadin-time-picker: The locale `+t+` is not supported, falling back to default locale setting(en-US).`)}let r=U_(t),i=W_(t),a=V_(t),o=function(){return e.step&&e.step<60},s=function(){return e.step&&e.step<1},c,l;e.i18n={formatTime(e){if(!e)return;let n=new Date;n.setHours(e.hours),n.setMinutes(e.minutes),n.setSeconds(e.seconds===void 0?0:e.seconds);let a=n.toLocaleTimeString(t,{hour:`numeric`,minute:`numeric`,second:o()?`numeric`:void 0});return s()&&(a=q_(a,e.milliseconds,i,r)),a},parseTime(e){if(e&&e===c&&l)return l;if(!e)return;let t=H_(e,i),n=H_(e,r),o=e.replace(t||``,``).replace(n||``,``).trim(),u=RegExp(`([\\d\\u0660-\\u0669]){1,2}(?:`+a+`)?`,`g`),d=u.exec(o);if(d){d=G_(d[0].replace(a,``)),t!==n&&(d===12&&t&&(d=0),d!==12&&n&&(d+=12));let r=u.exec(o),i=r&&u.exec(o),f=i&&s()&&/[[\.][\d\u0660-\u0669]{1,3}$/.exec(o);return f&&f.index<=i.index&&(f=void 0),l=d!==void 0&&{hours:d,minutes:r?G_(r[0].replace(a,``)):0,seconds:i?G_(i[0].replace(a,``)):0,milliseconds:r&&i&&f?K_(f[0].replace(`.`,``)):0},c=e,l}}},n&&Q_(()=>e.$,()=>{let t=e.i18n.formatTime(n);e.inputElement.value!==t&&(e.inputElement.value=t,e.value=t)})})}})),tv,nv=o((()=>{Me(),lt(),yt(),Ls(),tv=e=>class extends ct(e){static get properties(){return{headerTitle:{type:String},headerRenderer:{type:Object},footerRenderer:{type:Object},keepInViewport:{type:Boolean,reflectToAttribute:!0}}}static get observers(){return[`_headerFooterRendererChange(headerRenderer, footerRenderer, opened)`,`_headerTitleChanged(headerTitle, opened)`]}get _contentRoot(){return this.owner}get _rendererRoot(){if(!this.__savedRoot){let e=document.createElement(`vaadin-dialog-content`);e.style.display=`contents`,this.owner.appendChild(e),this.__savedRoot=e}return this.__savedRoot}ready(){super.ready(),this.__overflowController=new Is(this),this.addController(this.__overflowController),this.__resizeObserver=new ResizeObserver(()=>{requestAnimationFrame(()=>{this.__adjustPosition()})}),this.__resizeObserver.observe(this.$.resizerContainer);let e=this.shadowRoot.querySelector(`slot[name="header-content"]`);this.__headerSlotObserver=new Ne(e,({currentNodes:e})=>{gt(this,`has-header`,e.length>0),this.__overflowController.update()});let t=this.shadowRoot.querySelector(`slot[name="footer"]`);this.__footerSlotObserver=new Ne(t,({currentNodes:e})=>{gt(this,`has-footer`,e.length>0),this.__overflowController.update()}),this.__handleWindowResize=this.__handleWindowResize.bind(this)}updated(e){super.updated(e),(e.has(`opened`)||e.has(`keepInViewport`))&&(this.opened&&this.keepInViewport?window.addEventListener(`resize`,this.__handleWindowResize):window.removeEventListener(`resize`,this.__handleWindowResize))}__createContainer(e){let t=document.createElement(`vaadin-dialog-content`);return t.setAttribute(`slot`,e),t}__clearContainer(e){e.innerHTML=``,delete e._$litPart$}__initContainer(e,t){return e?this.__clearContainer(e):(e=this.__createContainer(t),this.owner.appendChild(e)),e}_headerFooterRendererChange(e,t,n){let r=this.__oldHeaderRenderer!==e;this.__oldHeaderRenderer=e;let i=this.__oldFooterRenderer!==t;this.__oldFooterRenderer=t;let a=this._oldOpenedFooterHeader!==n;this._oldOpenedFooterHeader=n,r&&(e?this.headerContainer=this.__initContainer(this.headerContainer,`header-content`):this.headerContainer&&=(this.headerContainer.remove(),null)),i&&(t?this.footerContainer=this.__initContainer(this.footerContainer,`footer`):this.footerContainer&&=(this.footerContainer.remove(),null)),(e&&(r||a)||t&&(i||a))&&n&&this.requestContentUpdate()}_headerTitleChanged(e,t){gt(this,`has-title`,!!e),t&&(e||this._oldHeaderTitle)&&this.requestContentUpdate(),this._oldHeaderTitle=e}_headerTitleRenderer(){this.headerTitle?(this.headerTitleElement||(this.headerTitleElement=document.createElement(`h2`),this.headerTitleElement.setAttribute(`slot`,`title`),this.headerTitleElement.classList.add(`draggable`)),this.owner.appendChild(this.headerTitleElement),this.headerTitleElement.textContent=this.headerTitle):this.headerTitleElement&&=(this.headerTitleElement.remove(),null)}requestContentUpdate(){super.requestContentUpdate(),this.headerContainer&&this.headerRenderer&&this.headerRenderer.call(this.owner,this.headerContainer,this.owner),this.footerContainer&&this.footerRenderer&&this.footerRenderer.call(this.owner,this.footerContainer,this.owner),this._headerTitleRenderer(),this.__overflowController?.update()}getBounds(){let e=this.$.overlay.getBoundingClientRect(),t=this.getBoundingClientRect();return{top:e.top-t.top,left:e.left-t.left,width:e.width,height:e.height}}setBounds(e,t=!0){super.setBounds(e,t),this.__adjustPosition()}__handleWindowResize(){this.__adjustPosition()}__adjustPosition(){if(!this.opened||!this.keepInViewport)return;let e=getComputedStyle(this.$.overlay);if(e.position!==`absolute`)return;let t=this.getBoundingClientRect(),n=this.getBounds(),r=parseFloat(e.width)||n.width,i=parseFloat(e.height)||n.height,a=t.right-t.left-r,o=t.bottom-t.top-i;if(n.left>a||n.top>o){let e=Math.max(0,Math.min(n.left,a)),t=Math.max(0,Math.min(n.top,o));Object.assign(this.$.overlay.style,{left:`${e}px`,top:`${t}px`})}}}})),rv,iv=o((()=>{p(),y(),h(),T(),ut(),k(),w(),ir(),nv(),rv=class e extends tv(b(x(C(A(u))))){static get is(){return`vaadin-dialog-overlay`}static get styles(){return rr}get _focusTrapRoot(){return this.owner}render(){return d`
      <div id="backdrop" part="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay">
        <section id="resizerContainer" class="resizer-container">
          <header part="header">
            <div part="title"><slot name="title"></slot></div>
            <div part="header-content"><slot name="header-content"></slot></div>
          </header>
          <div part="content" id="content"><slot></slot></div>
          <footer part="footer"><slot name="footer"></slot></footer>
        </section>
      </div>
    `}bringToFront(t){if(t instanceof Event){let n=t.composedPath();if(dt(this).some(t=>n.includes(t)&&Tt(this,t)&&t instanceof e))return}super.bringToFront()}},v(rv)}));function av(e){return e.touches?e.touches[0]:e}function ov(e){return e.clientX>=0&&e.clientX<=window.innerWidth&&e.clientY>=0&&e.clientY<=window.innerHeight}var sv=o((()=>{})),cv,lv=o((()=>{L(),sv(),cv=e=>class extends e{static get properties(){return{draggable:{type:Boolean,value:!1,reflectToAttribute:!0},_touchDevice:{type:Boolean,value:Qe},__dragHandleClassName:{type:String}}}ready(){super.ready(),this._originalBounds={},this._originalMouseCoords={},this._startDrag=this._startDrag.bind(this),this._drag=this._drag.bind(this),this._stopDrag=this._stopDrag.bind(this),this.$.overlay.$.overlay.addEventListener(`mousedown`,this._startDrag),this.$.overlay.$.overlay.addEventListener(`touchstart`,this._startDrag)}_startDrag(e){if(!(e.type===`touchstart`&&e.touches.length>1)&&!e.defaultPrevented&&this.draggable&&(e.button===0||e.touches)){let t=this.$.overlay.$.resizerContainer,n=e.target===t,r=e.offsetX>t.clientWidth||e.offsetY>t.clientHeight,i=e.target===this.$.overlay.$.content,a=e.composedPath().some((e,t)=>{if(!e.classList)return!1;let n=e.classList.contains(this.__dragHandleClassName||`draggable`),r=e.classList.contains(`draggable-leaf-only`),i=t===0;return r&&i||n&&(!r||i)});if(n&&!r||i||a){e.preventDefault(),this._originalBounds=this.$.overlay.getBounds();let t=av(e);this._originalMouseCoords={top:t.pageY,left:t.pageX},window.addEventListener(`mouseup`,this._stopDrag),window.addEventListener(`touchend`,this._stopDrag),window.addEventListener(`mousemove`,this._drag),window.addEventListener(`touchmove`,this._drag);let{top:n,left:r,width:i,height:a}=this._originalBounds;this.$.overlay.$.overlay.style.position!==`absolute`&&(this.top=n,this.left=r),this.dispatchEvent(new CustomEvent(`drag-start`,{detail:{width:i,height:a,top:n,left:r}}))}}}_drag(e){let t=av(e);if(ov(t)){let e=this._originalBounds.top+(t.pageY-this._originalMouseCoords.top),n=this._originalBounds.left+(t.pageX-this._originalMouseCoords.left);if(this.keepInViewport){let{width:t,height:r}=this._originalBounds,i=this.$.overlay.getBoundingClientRect(),a=i.right-i.left-t,o=i.bottom-i.top-r;n=Math.max(0,Math.min(n,a)),e=Math.max(0,Math.min(e,o))}this.top=e,this.left=n}}_stopDrag(){this.dispatchEvent(new CustomEvent(`dragged`,{detail:{top:this.top,left:this.left}})),window.removeEventListener(`mouseup`,this._stopDrag),window.removeEventListener(`touchend`,this._stopDrag),window.removeEventListener(`mousemove`,this._drag),window.removeEventListener(`touchmove`,this._drag)}}})),uv,dv=o((()=>{uv=e=>class extends e{static get properties(){return{renderer:{type:Object},headerTitle:{type:String},headerRenderer:{type:Object},footerRenderer:{type:Object}}}requestContentUpdate(){this._overlayElement&&this._overlayElement.requestContentUpdate()}}})),fv,pv=o((()=>{sv(),fv=e=>class extends e{static get properties(){return{resizable:{type:Boolean,value:!1,reflectToAttribute:!0}}}ready(){super.ready(),this._originalBounds={},this._originalMouseCoords={},this._resizeListeners={start:{},resize:{},stop:{}},this._addResizeListeners()}_addResizeListeners(){[`n`,`e`,`s`,`w`,`nw`,`ne`,`se`,`sw`].forEach(e=>{let t=document.createElement(`div`);this._resizeListeners.start[e]=t=>this._startResize(t,e),this._resizeListeners.resize[e]=t=>this._resize(t,e),this._resizeListeners.stop[e]=()=>this._stopResize(e),e.length===1&&t.classList.add(`edge`),t.classList.add(`resizer`),t.classList.add(e),t.addEventListener(`mousedown`,this._resizeListeners.start[e]),t.addEventListener(`touchstart`,this._resizeListeners.start[e]),this.$.overlay.$.resizerContainer.appendChild(t)})}_startResize(e,t){if(!(e.type===`touchstart`&&e.touches.length>1)&&(e.button===0||e.touches)){e.preventDefault(),this._originalBounds=this.$.overlay.getBounds();let n=av(e);this._originalMouseCoords={top:n.pageY,left:n.pageX},window.addEventListener(`mousemove`,this._resizeListeners.resize[t]),window.addEventListener(`touchmove`,this._resizeListeners.resize[t]),window.addEventListener(`mouseup`,this._resizeListeners.stop[t]),window.addEventListener(`touchend`,this._resizeListeners.stop[t]),this.$.overlay.setBounds(this._originalBounds),this.$.overlay.setAttribute(`has-bounds-set`,``);let{width:r,height:i,top:a,left:o}=this._originalBounds;this.dispatchEvent(new CustomEvent(`resize-start`,{detail:{width:r,height:i,top:a,left:o}}))}}_resize(e,t){let n=av(e);ov(n)&&t.split(``).forEach(e=>{switch(e){case`n`:{let e=this._originalBounds.height-(n.pageY-this._originalMouseCoords.top),t=this._originalBounds.top+(n.pageY-this._originalMouseCoords.top);e>40&&(this.top=t,this.height=e);break}case`e`:{let e=this._originalBounds.width+(n.pageX-this._originalMouseCoords.left);e>40&&(this.width=e);break}case`s`:{let e=this._originalBounds.height+(n.pageY-this._originalMouseCoords.top);e>40&&(this.height=e);break}case`w`:{let e=this._originalBounds.width-(n.pageX-this._originalMouseCoords.left),t=this._originalBounds.left+(n.pageX-this._originalMouseCoords.left);e>40&&(this.left=t,this.width=e);break}default:break}})}_stopResize(e){window.removeEventListener(`mousemove`,this._resizeListeners.resize[e]),window.removeEventListener(`touchmove`,this._resizeListeners.resize[e]),window.removeEventListener(`mouseup`,this._resizeListeners.stop[e]),window.removeEventListener(`touchend`,this._resizeListeners.stop[e]),this.dispatchEvent(new CustomEvent(`resize`,{detail:this._getResizeDimensions()}))}_getResizeDimensions(){let{width:e,height:t,top:n,left:r}=getComputedStyle(this.$.overlay.$.overlay);return{width:e,height:t,top:n,left:r}}}})),mv,hv=o((()=>{iv(),p(),z(),y(),O(),T(),ge(),Ws(),lv(),dv(),pv(),Bn(),mv=class extends Gn(cv(fv(uv(Us(Te(S(C(u)))))))){static get is(){return`vaadin-dialog`}static get styles(){return t`
      :host([opened]),
      :host([opening]),
      :host([closing]) {
        display: block !important;
        position: fixed;
        outline: none;
      }

      :host,
      :host([hidden]) {
        display: none !important;
      }

      :host(:focus-visible) ::part(overlay) {
        outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
      }
    `}render(){return d`
      <vaadin-dialog-overlay
        id="overlay"
        .owner="${this}"
        .opened="${this.opened}"
        .headerTitle="${this.headerTitle}"
        .renderer="${this.renderer}"
        .headerRenderer="${this.headerRenderer}"
        .footerRenderer="${this.footerRenderer}"
        .keepInViewport="${this.keepInViewport}"
        @opened-changed="${this._onOverlayOpened}"
        @mousedown="${this._bringOverlayToFront}"
        @touchstart="${this._bringOverlayToFront}"
        theme="${B(this._theme)}"
        .modeless="${this.modeless}"
        .withBackdrop="${!this.modeless}"
        ?resizable="${this.resizable}"
        restore-focus-on-close
        ?focus-trap="${!this.noFocusTrap}"
        exportparts="backdrop, overlay, header, title, header-content, content, footer"
      >
        <slot name="title" slot="title"></slot>
        <slot name="header-content" slot="header-content"></slot>
        <slot name="footer" slot="footer"></slot>
        <slot></slot>
      </vaadin-dialog-overlay>
    `}updated(e){super.updated(e),e.has(`headerTitle`)&&(this.ariaLabel=this.headerTitle)}},v(mv)})),gv,_v=o((()=>{E(),p(),gv=t`
  [part='icon'] {
    background: currentColor;
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-menu) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  [hidden] {
    display: none !important;
  }

  @media (forced-colors: active) {
    [part='icon'] {
      background: CanvasText;
    }
  }
`})),vv,yv=o((()=>{p(),zt(),At(),y(),h(),Je(),T(),k(),w(),_v(),vv=class extends ln(b(x(C(A(u))))){static get is(){return`vaadin-drawer-toggle`}static get styles(){return[hn,gv]}static get properties(){return{ariaLabel:{type:String,value:`Toggle navigation panel`,reflectToAttribute:!0,sync:!0},_showFallbackIcon:{type:Boolean,value:!1}}}constructor(){super(),this.addEventListener(`click`,()=>{this.dispatchEvent(new CustomEvent(`drawer-toggle-click`,{bubbles:!0,composed:!0}))})}render(){return d`
      <slot id="slot" @slotchange="${this._toggleFallbackIcon}">
        <div part="icon"></div>
      </slot>
      <div part="icon" ?hidden="${!this._showFallbackIcon}"></div>
    `}ready(){super.ready(),this._toggleFallbackIcon()}_toggleFallbackIcon(){let e=this.$.slot.assignedNodes();this._showFallbackIcon=e.length>0&&e.every(e=>Ye(e))}},v(vv)})),bv,xv=o((()=>{p(),bv=t`
  :host([dir='rtl']) [part='input-field'] {
    direction: ltr;
  }

  :host([dir='rtl']) [part='input-field'] ::slotted(input)::placeholder {
    direction: rtl;
    text-align: left;
  }
`})),Sv,Cv=o((()=>{y(),qn(),xv(),Sv=class extends $n{static get is(){return`vaadin-email-field`}static get styles(){return[...super.styles,bv]}static get delegateAttrs(){return super.delegateAttrs.filter(e=>e!==`autocapitalize`)}constructor(){super(),this._setType(`email`),this.pattern=`^[a-zA-Z0-9_\\-+]+(?:\\.[a-zA-Z0-9_\\-+]+)*@[a-zA-Z0-9\\-.]+\\.[a-zA-Z0-9\\-]{2,}$`}ready(){super.ready(),this.inputElement&&(this.inputElement.autocapitalize=`off`)}},v(Sv)})),wv,Tv=o((()=>{lr(),p(),wv=t`
  :host {
    display: block;
    position: absolute;
    inset: 0;
    pointer-events: none;
    opacity: 0;
    --_active-user-color: transparent;
    outline: 3px solid var(--_active-user-color);
    outline-offset: -1px;
    /* TODO doesn't inherit correctly from vaadin-input-container for some reason, so we use the internal _radius property */
    border-radius: var(--_radius, inherit);
  }

  :host([has-active-user]) {
    opacity: 1;
  }

  :host([context$='item']) {
    inset: 2px;
  }
`})),Ev,Dv=o((()=>{p(),y(),h(),T(),k(),w(),Tv(),Ev=class extends x(b(C(A(u)))){static get is(){return`vaadin-field-outline`}static get styles(){return wv}static get properties(){return{user:{type:Object,value:null,observer:`_userChanged`,sync:!0}}}render(){return d``}ready(){super.ready(),this.setAttribute(`part`,`outline`),this._field=this.getRootNode().host}_userChanged(e){this.toggleAttribute(`has-active-user`,!!e);let t=e?`var(--vaadin-user-color-${e.colorIndex})`:`transparent`,n=`--_active-user-color`;this.style.setProperty(n,t),this._field&&this._field.style.setProperty(n,t)}},v(Ev)})),Ov,kv=o((()=>{E(),lr(),p(),Ov=t`
  :host {
    display: inline-block;
    box-sizing: border-box;
    opacity: 0;
    padding: var(--vaadin-user-tag-padding, 0.3em);
    background-color: var(--vaadin-user-tag-color);
    color: oklch(from var(--vaadin-user-tag-color) clamp(0, (0.62 - l) * 1000, 1) 0 0);
    font-size: var(--vaadin-user-tag-font-size, 0.75em);
    font-weight: var(--vaadin-user-tag-font-weight, 500);
    line-height: var(--vaadin-user-tag-line-height, 1);
    border: var(--vaadin-user-tag-border-width, 0) solid
      var(--vaadin-user-tag-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-user-tag-border-radius, var(--vaadin-radius-m));
    cursor: default;
  }

  :host(.show) {
    opacity: 1;
  }

  [part='name'] {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
`})),Av,jv=o((()=>{p(),y(),h(),T(),k(),w(),kv(),Av=class extends x(b(C(A(u)))){static get is(){return`vaadin-user-tag`}static get styles(){return Ov}render(){return d`<div part="name">${this.name}</div>`}static get properties(){return{name:{type:String},uid:{type:String},colorIndex:{type:Number,observer:`_colorIndexChanged`}}}ready(){super.ready(),this.addEventListener(`mousedown`,this._onClick.bind(this),!0)}_colorIndexChanged(e){e!=null&&this.style.setProperty(`--vaadin-user-tag-color`,`var(--vaadin-user-color-${e})`)}_onClick(e){e.preventDefault(),this.dispatchEvent(new CustomEvent(`user-tag-click`,{bubbles:!0,composed:!0,detail:{name:this.name}}))}},v(Av)})),Mv,Nv,Pv=o((()=>{p(),qe(),Mv=t`
  [part='overlay'] {
    all: initial;
    display: block;
    font: inherit;
    color: inherit;
  }

  [part='content'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vaadin-user-tag-overlay-gap, 0.2em);
    padding: 0.5em 0;
  }

  :host([opening]),
  :host([closing]) {
    animation: 0.14s user-tags-overlay-dummy-animation;
  }

  @keyframes user-tags-overlay-dummy-animation {
    0% {
      opacity: 1;
    }

    100% {
      opacity: 1;
    }
  }
`,Nv=[Ke,Mv]})),Fv,Iv=o((()=>{p(),y(),h(),T(),lt(),wt(),k(),w(),Pv(),Fv=class extends ht(ct(b(x(C(A(u)))))){static get is(){return`vaadin-user-tags-overlay`}static get styles(){return Nv}render(){return d`
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <slot></slot>
        </div>
      </div>
    `}},v(Fv)})),Lv,Rv,zv=o((()=>{jv(),Iv(),p(),m(),g(),y(),T(),Lv=(e,t)=>new Promise(n=>{let r=()=>{e.removeEventListener(t,r),n()};e.addEventListener(t,r)}),Rv=class extends C(u){static get is(){return`vaadin-user-tags`}static get styles(){return t`
      :host {
        position: absolute;
      }
    `}render(){return d`
      <vaadin-user-tags-overlay
        id="overlay"
        exportparts="overlay:user-tags-overlay, content:user-tags-content"
        modeless
        .opened="${this.opened}"
        no-vertical-overlap
        @vaadin-overlay-open="${this._onOverlayOpen}"
      >
        <slot></slot>
      </vaadin-user-tags-overlay>
    `}static get properties(){return{hasFocus:{type:Boolean,value:!1,observer:`_hasFocusChanged`},opened:{type:Boolean,value:!1,sync:!0},flashing:{type:Boolean,value:!1},target:{type:Object,observer:`__targetChanged`},users:{type:Array,value:()=>[]},duration:{type:Number,value:200},delay:{type:Number,value:2e3},__flashQueue:{type:Array,value:()=>[]},__isTargetVisible:{type:Boolean,value:!1}}}constructor(){super(),this.__targetVisibilityObserver=new IntersectionObserver(([e])=>{this.__onTargetVisibilityChange(e.isIntersecting)},{threshold:1})}get wrapper(){return this}connectedCallback(){super.connectedCallback(),this.target&&this.__targetVisibilityObserver.observe(this.target)}disconnectedCallback(){super.disconnectedCallback(),this.opened=!1,this.target&&this.__targetVisibilityObserver.unobserve(this.target)}ready(){super.ready(),this.setAttribute(`exportparts`,`user-tags-overlay, user-tags-content`)}__onTargetVisibilityChange(e){if(this.__isTargetVisible=e,e&&this.__flashQueue.length>0&&!this.flashing){this.flashTags(this.__flashQueue.shift());return}if(e&&this.hasFocus){this.opened=!0;return}!e&&this.opened&&(this.opened=!1)}__targetChanged(e,t){this.$.overlay.positionTarget=e,t&&this.__targetVisibilityObserver.unobserve(t),e&&this.__targetVisibilityObserver.observe(e)}_hasFocusChanged(e){e&&this.flashing&&this.stopFlash()}createUserTag(e){let t=document.createElement(`vaadin-user-tag`);return t.setAttribute(`part`,`user-tag`),t.name=e.name,t.uid=e.id,t.colorIndex=e.colorIndex,t}getTagForUser(e){return Array.from(this.children).find(t=>t.uid===e.id)}getChangedTags(e,t){let n=t.map(e=>this.getTagForUser(e));return{added:e.map(e=>this.getTagForUser(e)||this.createUserTag(e)),removed:n}}applyTagsStart({added:e,removed:t}){t.forEach(e=>{e&&(e.classList.add(`removing`),e.classList.remove(`show`))}),e.forEach(e=>this.insertBefore(e,this.firstChild))}applyTagsEnd({added:e,removed:t}){t.forEach(e=>{e?.parentNode===this&&this.removeChild(e)}),e.forEach(e=>e?.classList.add(`show`))}setUsers(e){this.requestContentUpdate();let t=[],n=[],r=Array.isArray(e);if(Array.isArray(this.users)){let t=(e||[]).map(e=>e.id);n=this.users.filter(e=>!t.includes(e.id))}if(r){let n=(this.users||[]).map(e=>e.id);t=e.filter(e=>!n.includes(e.id)).reverse()}if(t.length===0&&n.length===0)return;let i=this.getChangedTags(t,n);if(this.__flashQueue.length>0&&n.forEach((e,t)=>{i.removed[t]!==null&&this.__flashQueue.forEach(n=>{n.some(t=>t.uid===e.id)&&(this.__flashQueue=this.__flashQueue.filter((e,n)=>n!==t))})}),this.opened&&this.hasFocus)this.updateTags(e,i);else if(t.length>0&&document.visibilityState!==`hidden`){let t=i.added,n=i.removed;this.updateTagsSync(e,{added:[],removed:n}),this.flashing||!this.__isTargetVisible?this.__flashQueue=[...this.__flashQueue,t]:this.flashTags(t)}else this.updateTagsSync(e,i)}_onOverlayOpen(){Array.from(this.children).forEach(e=>{e.classList.contains(`removing`)||e.classList.add(`show`)})}flashTags(e){this.flashing=!0;let t=Array.from(this.children);t.forEach(e=>{e.style.display=`none`}),e.forEach(e=>{this.insertBefore(e,this.firstChild)}),this.flashPromise=new Promise(n=>{Lv(this.$.overlay,`vaadin-overlay-open`).then(()=>{this._debounceFlashStart=D.debounce(this._debounceFlashStart,_.after(this.duration+this.delay),()=>{this.hasFocus||e.forEach(e=>e.classList.remove(`show`)),this._debounceFlashEnd=D.debounce(this._debounceFlashEnd,_.after(this.duration),()=>{let e=()=>{t.forEach(e=>{e.style.display=`block`}),this.flashing=!1,n()};this.hasFocus?e():(Lv(this.$.overlay,`animationend`).then(()=>{e()}),this.opened=!1)})})})}).then(()=>{if(this.__flashQueue.length>0){let e=this.__flashQueue[0];this.__flashQueue=[...this.__flashQueue].slice(1),this.flashTags(e)}}),this.opened=!0}stopFlash(){this._debounceFlashStart&&this._debounceFlashStart.flush(),this._debounceFlashEnd&&this._debounceFlashEnd.flush(),this.$.overlay._flushAnimation(`closing`)}updateTags(e,t){this.applyTagsStart(t),this._debounceRender=D.debounce(this._debounceRender,_.after(this.duration),()=>{this.users=e,this.applyTagsEnd(t),e.length===0&&this.opened&&(this.opened=!1)})}updateTagsSync(e,t){this.applyTagsStart(t),this.users=e,this.applyTagsEnd(t)}show(){this.hasFocus=!0,this.__isTargetVisible&&(this.opened=!0)}hide(){this.hasFocus=!1,this.opened=!1}requestContentUpdate(){this._debounceRender&&this._debounceRender.isActive()&&this._debounceRender.flush()}},v(Rv)})),Bv,Vv,Hv,Uv=o((()=>{Bv=(e,t)=>{switch(t){case`vaadin-big-decimal-field`:case`vaadin-combo-box`:case`vaadin-date-picker`:case`vaadin-email-field`:case`vaadin-integer-field`:case`vaadin-number-field`:case`vaadin-password-field`:case`vaadin-select`:case`vaadin-text-area`:case`vaadin-text-field`:case`vaadin-time-picker`:return e.shadowRoot.querySelector(`[part="input-field"]`);case`vaadin-checkbox`:return e.shadowRoot.querySelector(`[part="checkbox"]`);case`vaadin-radio-button`:return e.shadowRoot.querySelector(`[part="radio"]`);default:return e}},Vv=new WeakMap,Hv=e=>{if(!Vv.has(e)){let t=e.tagName.toLowerCase(),n=Bv(e,t);n.style.position=`relative`,t.endsWith(`text-area`)&&(n.style.overflow=`visible`);let r=document.createElement(`style`);r.textContent=`
      :host(:is([active], [focused])) [part="outline"] {
        display: none;
      }
    `,e.shadowRoot.appendChild(r);let i=document.createElement(`vaadin-field-outline`);(n===e?e.shadowRoot:n).appendChild(i),i.setAttribute(`context`,t),Vv.set(e,{root:e,target:n,outline:i})}return Vv.get(e)}})),Wv,Gv=o((()=>{m(),g(),Uv(),Wv=class{constructor(e){this.component=e,this.initTags(e)}getFields(){return[this.component]}getFieldIndex(e){return this.getFields().indexOf(e)}getFocusTarget(e){return this.component}initTags(e){let t=document.createElement(`vaadin-user-tags`);e.shadowRoot.appendChild(t),t.target=e,this._tags=t,e.addEventListener(`mouseenter`,e=>{e.relatedTarget!==this._tags.$.overlay&&(this._mouse=!0,this._mouseDebouncer=D.debounce(this._mouseDebouncer,_.after(200),()=>{this._mouse&&this._tags.show()}))}),e.addEventListener(`mouseleave`,e=>{e.relatedTarget!==this._tags.$.overlay&&(this._mouse=!1,this._hasFocus||this._tags.hide())}),e.addEventListener(`vaadin-highlight-show`,e=>{this._hasFocus=!0,this._debouncer&&this._debouncer.isActive()?this._debouncer.cancel():this._tags.show()}),e.addEventListener(`vaadin-highlight-hide`,e=>{this._hasFocus=!1,this._mouse||(this._debouncer=D.debounce(this._debouncer,_.after(1),()=>{this._tags.hide()}))}),this._tags.$.overlay.addEventListener(`mouseleave`,t=>{t.relatedTarget!==e&&(this._mouse=!1,e.hasAttribute(`focused`)||this._tags.hide())})}setOutlines(e){let t=this.getFields();t.forEach((n,r)=>{let{outline:i}=Hv(n);i.user=e[t.length===1?0:e.map(e=>e.fieldIndex).indexOf(r)]})}showOutline(e){this.fire(`show`,e)}hideOutline(e){this.fire(`hide`,e)}fire(e,t){this.component.dispatchEvent(new CustomEvent(`vaadin-highlight-${e}`,{bubbles:!0,composed:!0,detail:{fieldIndex:this.getFieldIndex(t)}}))}redraw(e){this._tags.setUsers(e),this.setOutlines(e)}}})),Kv,qv=o((()=>{Gv(),Kv=class extends Wv{constructor(e){super(e),this.addListeners(e)}addListeners(e){e.addEventListener(`focusin`,e=>this.onFocusIn(e)),e.addEventListener(`focusout`,e=>this.onFocusOut(e))}onFocusIn(e){let t=this.getFocusTarget(e);this.showOutline(t)}onFocusOut(e){let t=this.getFocusTarget(e);this.hideOutline(t)}}})),Jv,Yv=o((()=>{qv(),Jv=class extends Kv{getFields(){return this.component.__checkboxes}getFocusTarget(e){let t=this.getFields();return Array.from(e.composedPath()).find(e=>t.includes(e))}}})),Xv,Zv=o((()=>{j(),Gv(),Xv=class extends Wv{constructor(e){super(e),this.datePicker=e,this.blurWhileOpened=!1,this.addListeners(e)}addListeners(e){this.overlay=e.$.overlay,e.addEventListener(`opened-changed`,e=>this.onOpenedChanged(e)),this.overlay.addEventListener(`focusout`,e=>this.onOverlayFocusOut(e)),e.addEventListener(`focusin`,e=>this.onFocusIn(e)),e.addEventListener(`focusout`,e=>this.onFocusOut(e))}isEventInOverlay(e){return this.datePicker._overlayContent&&this.datePicker._overlayContent.contains(e)}isFullscreen(){return this.datePicker._noInput&&!M()}onFocusIn(e){if(!this.isEventInOverlay(e.target)&&!this.isEventInOverlay(e.relatedTarget)){if(this.blurWhileOpened){this.blurWhileOpened=!1;return}this.showOutline(this.datePicker)}}onFocusOut(e){this.isEventInOverlay(e.target)&&this.component.contains(e.relatedTarget)||this.isEventInOverlay(e.relatedTarget)||(this.datePicker.opened?this.blurWhileOpened=!0:this.hideOutline(this.datePicker))}onOverlayFocusOut(e){this.datePicker.contains(e.relatedTarget)||(this.blurWhileOpened=!0)}onOpenedChanged(e){e.detail.value===!0&&this.isFullscreen()&&this.showOutline(this.datePicker),e.detail.value===!1&&this.blurWhileOpened&&(this.blurWhileOpened=!1,this.hideOutline(this.datePicker))}}})),Qv,$v,ey,ty=o((()=>{Gv(),Zv(),qv(),Qv=class extends Xv{constructor(e,t){super(e),this.component=t}getFieldIndex(){return 0}},$v=class extends Kv{constructor(e,t){super(e),this.component=t,this.timePicker=e}getFocusTarget(e){return this.timePicker}getFieldIndex(){return 1}},ey=class extends Wv{constructor(e){super(e);let[t,n]=this.getFields();this.dateObserver=new Qv(t,e),this.timeObserver=new $v(n,e)}getFields(){return[this.component.querySelector(`[slot=date-picker]`),this.component.querySelector(`[slot=time-picker]`)]}}})),ny,ry=o((()=>{qv(),ny=class extends Kv{getFields(){return this.component.items||[]}getFocusTarget(e){let t=this.getFields();return Array.from(e.composedPath()).find(e=>t.includes(e))}}})),iy,ay=o((()=>{qv(),iy=class extends Kv{getFields(){return this.component.__radioButtons}getFocusTarget(e){let t=this.getFields();return Array.from(e.composedPath()).find(e=>t.includes(e))}}})),oy,sy=o((()=>{qv(),oy=class extends Kv{constructor(e){super(e),this.overlay=e._overlayElement}onFocusIn(e){this.overlay._contentRoot.contains(e.target)||this.overlay._contentRoot.contains(e.relatedTarget)||super.onFocusIn(e)}onFocusOut(e){this.overlay._contentRoot.contains(e.relatedTarget)||this.overlay._contentRoot.contains(e.target)&&this.component.contains(e.relatedTarget)||super.onFocusOut(e)}}})),cy,ly,uy,dy=o((()=>{Dv(),zv(),an(),y(),Yv(),Zv(),ty(),qv(),ry(),ay(),sy(),cy=e=>{let t;switch(e.tagName.toLowerCase()){case`vaadin-date-picker`:t=new Xv(e);break;case`vaadin-date-time-picker`:t=new ey(e);break;case`vaadin-select`:t=new oy(e);break;case`vaadin-checkbox-group`:t=new Jv(e);break;case`vaadin-radio-group`:t=new iy(e);break;case`vaadin-list-box`:t=new ny(e);break;default:t=new Kv(e)}return t},ly=class{constructor(e){this.host=e,this.user=null,this.users=[]}get user(){return this._user}set user(e){if(this._user=e,e){let t=`${e.name} started editing`,{label:n}=this.host;on(n?`${t} ${n}`:t)}}hostConnected(){this.redraw()}addUser(e){e&&(this.users.push(e),this.redraw(),this.user=e)}setUsers(e){Array.isArray(e)&&(this.users=e,this.redraw(),this.user=e[e.length-1]||null)}removeUser(e){if(e?.id!==void 0){let t;for(let n=0;n<this.users.length;n++)if(this.users[n].id===e.id){t=n;break}t!==void 0&&(this.users.splice(t,1),this.redraw(),this.users.length>0?this.user=this.users[this.users.length-1]:this.user=null)}}redraw(){this.observer.redraw([...this.users].reverse())}},uy=class extends HTMLElement{static get is(){return`vaadin-field-highlighter`}static init(e){if(!e._highlighterController){let t=new ly(e);e.setAttribute(`has-highlighter`,``),t.observer=cy(e),e.addController(t),e._highlighterController=t}return e._highlighterController}static addUser(e,t){this.init(e).addUser(t)}static removeUser(e,t){this.init(e).removeUser(t)}static setUsers(e,t){this.init(e).setUsers(t)}},v(uy)})),fy,py=o((()=>{E(),p(),fy=t`
  :host {
    /* By default, when auto-responsive mode is disabled, labels should be displayed beside the fields. */
    --_form-item-labels-above: ' '; /* false */
    --_form-item-labels-aside: initial; /* true */

    align-items: var(--_form-item-labels-aside, baseline);
    display: inline-flex;
    flex-flow: var(--_form-item-labels-above, column) nowrap;
    justify-self: stretch;
  }

  :host([label-position='top']) {
    --_form-item-labels-above: initial; /* true */
    --_form-item-labels-aside: ' '; /* false */
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='label'] {
    color: var(--vaadin-form-item-label-color, var(--vaadin-text-color));
    flex: 0 0 auto;
    font-size: var(--vaadin-form-item-label-font-size, inherit);
    font-weight: var(--vaadin-form-item-label-font-weight, 500);
    line-height: var(--vaadin-form-item-label-line-height, inherit);
    width: var(--_form-item-labels-aside, var(--_label-width, 8em));
    word-break: break-word;
  }

  #spacing {
    flex: 0 0 auto;
    width: var(--_label-spacing, 1em);
  }

  #content {
    flex: 1 1 auto;
    min-width: 0;
  }

  #content ::slotted(.full-width) {
    box-sizing: border-box;
    min-width: 0;
    width: 100%;
  }
`})),my,hy=o((()=>{Je(),We(),ke(),my=e=>class extends e{constructor(){super(),this.__onFieldInteraction=this.__onFieldInteraction.bind(this),this.__fieldNodeObserver=new MutationObserver(()=>this.__synchronizeAttributes()),this.__labelNode=null,this.__fieldNode=null,this.__isFieldDirty=!1}ready(){super.ready()}_getFieldAriaTarget(e){return e.ariaTarget||e}__linkLabelToField(e){nt(this._getFieldAriaTarget(e),`aria-labelledby`,this.__labelId)}__unlinkLabelFromField(e){bt(this._getFieldAriaTarget(e),`aria-labelledby`,this.__labelId)}__onLabelClick(){let e=this.__fieldNode;e&&(e.focus({focusVisible:!1}),e.click())}__onLabelSlotChange(){this.__labelNode&&(this.__labelNode=null,this.__fieldNode&&this.__unlinkLabelFromField(this.__fieldNode));let e=this.$.labelSlot.assignedElements()[0];e&&(this.__labelNode=e,this.__labelNode.id?this.__labelId=this.__labelNode.id:(this.__labelId=`label-${this.localName}-${kt()}`,this.__labelNode.id=this.__labelId),this.__fieldNode&&this.__linkLabelToField(this.__fieldNode))}__onContentSlotChange(){this.__fieldNode&&(this.__unlinkLabelFromField(this.__fieldNode),this.__fieldNodeObserver.disconnect(),this.__fieldNode.removeEventListener(`blur`,this.__onFieldInteraction),this.__fieldNode.removeEventListener(`change`,this.__onFieldInteraction),this.__fieldNode=null,this.__isFieldDirty=!1);let e=this.$.contentSlot.assignedElements();e.length>1&&Oe(`WARNING: Since Vaadin 23, placing multiple fields directly to a <vaadin-form-item> is deprecated.
Please wrap fields with a <vaadin-custom-field> instead.`);let t=e.find(e=>e.validate||e.checkValidity);t&&(this.__fieldNode=t,this.__fieldNode.addEventListener(`blur`,this.__onFieldInteraction),this.__fieldNode.addEventListener(`change`,this.__onFieldInteraction),this.__fieldNodeObserver.observe(this.__fieldNode,{attributes:!0,attributeFilter:[`required`,`invalid`]}),this.__labelNode&&this.__linkLabelToField(this.__fieldNode)),this.__synchronizeAttributes()}__onFieldInteraction(){this.__isFieldDirty=!0,this.__synchronizeAttributes()}__synchronizeAttributes(){let e=this.__fieldNode;if(!e){this.removeAttribute(`required`),this.removeAttribute(`invalid`);return}this.toggleAttribute(`required`,e.hasAttribute(`required`)),this.toggleAttribute(`invalid`,e.hasAttribute(`invalid`)||e.matches(`:invalid`)&&this.__isFieldDirty)}}})),gy,_y=o((()=>{p(),y(),T(),k(),w(),py(),hy(),gy=class extends my(x(C(A(u)))){static get is(){return`vaadin-form-item`}static get styles(){return fy}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <div id="label" part="label" @click="${this.__onLabelClick}">
        <slot name="label" id="labelSlot" @slotchange="${this.__onLabelSlotChange}"></slot>
        <span part="required-indicator" aria-hidden="true"></span>
      </div>
      <div id="spacing"></div>
      <div id="content">
        <slot id="contentSlot" @slotchange="${this.__onContentSlotChange}"></slot>
      </div>
    `}},v(gy)})),vy,yy=o((()=>{p(),vy=t`
  :host {
    display: contents;
  }

  :host([hidden]) {
    display: none !important;
  }

  ::slotted(*) {
    /* Make form items inherit label position from the layout */
    --_form-item-labels-above: inherit;
    --_form-item-labels-aside: inherit;

    grid-column: auto / span min(var(--_grid-colspan, 1), var(--_grid-rendered-column-count));
  }

  ::slotted(:first-child) {
    grid-column-start: 1;
  }
`})),by,xy=o((()=>{p(),y(),T(),w(),yy(),by=class extends x(C(u)){static get is(){return`vaadin-form-row`}static get styles(){return vy}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`<slot></slot>`}},v(by)})),Sy,Cy,wy=o((()=>{E(),p(),Vc(),Sy=t`
  [part~='body-cell'] {
    --_highlight-color: color-mix(in srgb, currentColor 5%, transparent);
    --_highlight-color2: color-mix(in srgb, currentColor 10%, transparent);
  }

  [part~='editable-cell'] {
    display: flex;
    align-items: inherit;
    align-self: stretch;
    flex-grow: 1;
    min-width: 0;
    cursor: var(--vaadin-clickable-cursor);
    outline: 0;
  }

  /* Show cell focus outline */
  [part~='cell']:is([part~='editable-cell']:focus, :has([part~='editable-cell']:focus))::after {
    content: '';
  }

  /* On macOS the editable-cell part is a button inside the body cell. On other platforms the body cell is the editable-cell part. */

  @media (any-hover: hover) {
    .body-cell:is([part~='editable-cell'], :has([part~='editable-cell'])):hover {
      --vaadin-grid-cell-background-color: var(--_highlight-color);
    }
  }

  :host([navigating]) .body-cell:is([part~='editable-cell']:focus, :has([part~='editable-cell']:focus)) {
    --vaadin-grid-cell-background-color: var(--_highlight-color);
  }

  /* Indicate editable cells */

  :host([theme~='highlight-editable-cells']) .body-cell:is([part~='editable-cell'], :has([part~='editable-cell'])) {
    --vaadin-grid-row-highlight-background-color: var(
      --vaadin-grid-pro-editable-cell-background-color,
      var(--_highlight-color)
    );
  }

  /* Indicate read-only cells */

  :host([theme~='highlight-read-only-cells']) .body-cell:not([part~='editable-cell'], :has([part~='editable-cell'])) {
    --_cell-highlight-background-image: repeating-linear-gradient(
      -45deg,
      transparent,
      transparent 30%,
      var(--_highlight-color2) 30%,
      var(--_highlight-color2) 50%
    );
    background-repeat: repeat;
    background-size: 6px 6px;
    background-clip: padding-box;
  }

  /* Loading editor cell styles are used by Flow GridPro */
  :host([loading-editor]) [part~='focused-cell']::before {
    content: '';
    position: absolute;
    inset: 0;
    pointer-events: none;
    box-shadow: inset 0 0 0 var(--vaadin-focus-ring-width) var(--vaadin-focus-ring-color);
    animation: loading-editor 1.4s infinite;
    opacity: 0;
  }

  @keyframes loading-editor {
    50% {
      opacity: 1;
    }
  }

  [part~='updating-cell']::after {
    content: '';
    position: absolute;
    inset: var(--_cell-padding);
    margin: var(--vaadin-focus-ring-width);
    border-radius: 4px;
    background-size: max(4em, 50%);
    background-repeat: no-repeat;
    background-position: min(-200%, -4em) 0;
    background-image: linear-gradient(90deg, transparent, currentColor, transparent);
    animation: updating-cell 1.3s ease-out infinite;
    opacity: 0.1;
  }

  @keyframes updating-cell {
    100% {
      background-position: max(300%, 8em) 0;
    }
  }

  :host([loading-editor]) [part~='focused-cell'] ::slotted(vaadin-grid-cell-content),
  [part~='updating-cell'] ::slotted(vaadin-grid-cell-content) {
    opacity: 0;
    pointer-events: none;
  }
`,Cy=[Sy,Bc]})),Ty,Ey=o((()=>{m(),g(),ve(),ic(),Ty=e=>class extends e{static get properties(){return{enterNextRow:{type:Boolean},singleCellEdit:{type:Boolean},editOnClick:{type:Boolean},_editingDisabled:{type:Boolean}}}constructor(){super(),this.__boundItemPropertyChanged=this._onItemPropertyChanged.bind(this),this.__boundEditorFocusOut=this._onEditorFocusOut.bind(this),this.__boundEditorFocusIn=this._onEditorFocusIn.bind(this),this._addEditColumnListener(`mousedown`,e=>{e.stopImmediatePropagation(),this.toggleAttribute(`navigating`,!0)}),this._addEditColumnListener(`focusout`,e=>{e.stopImmediatePropagation()})}ready(){if(this.addEventListener(`keydown`,e=>{this.hasAttribute(`loading-editor`)&&![`Tab`,`Escape`,`Enter`].includes(e.key)&&(e.preventDefault(),e.stopPropagation())},!0),this.addEventListener(`keydown`,e=>{switch(e.keyCode){case 27:this.__edited&&this._stopEdit(!0);break;case 9:this.__edited&&this._switchEditCell(e);break;case 13:this.__edited?this._switchEditCell(e):this._enterEditFromEvent(e);break;case 32:this.__edited||this._enterEditFromEvent(e);break;default:e.key&&e.key.length===1&&this._enterEditFromEvent(e,`text`);break}}),super.ready(),this.$.table.addEventListener(`click`,e=>{let t=this.getEventContext(e).column;t&&this._isEditColumn(t)&&this.editOnClick&&this._enterEditFromEvent(e)}),this._ios){let e,t=!1;this.addEventListener(`click`,n=>{t?(t=!1,new Date().getTime()-e<300&&this._enterEditFromEvent(n)):(e=new Date().getTime(),t=!0,setTimeout(()=>{t=!1},300))})}else this.addEventListener(`dblclick`,e=>{this.editOnClick||this._enterEditFromEvent(e)})}_shouldPreventCellActivationOnClick(e){return super._shouldPreventCellActivationOnClick(e)||this._isEditColumn(this.getEventContext(e).column)}_disabledChanged(e,t){super._disabledChanged(e,t),e&&this.__edited&&this._stopEdit(!0)}_checkImports(){super._checkImports(),[`vaadin-grid-pro-edit-column`].forEach(e=>{this.querySelector(e)&&!customElements.get(e)&&console.warn(`Make sure you have imported the required module for <${e}> element.`)})}_applyEdit({path:e,value:t,item:n}){_e(e,t,n),this.requestContentUpdate()}_addEditColumnListener(e,t){this.addEventListener(e,e=>{let n=this.getEventContext(e),r=n.column,i=this.__edited;if(n.item&&this._isEditColumn(r)){let{cell:n}=this._getGridEventLocation(e);if(!n||n.getAttribute(`part`).indexOf(`details-cell`)>-1||i?.cell===n||!this._isCellEditable(n))return;t(e)}})}_onItemPropertyChanged(e){e.defaultPrevented||this._applyEdit(e.detail)}_getRowByIndex(e){return Array.from(this.$.items.children).find(t=>t.index===e)}_isEditColumn(e){return e?.localName.toLowerCase()===`vaadin-grid-pro-edit-column`}_getEditColumns(){let e=this._columnTree.length-1;return this._columnTree[e].filter(e=>this._isEditColumn(e)&&!e.hidden).sort((e,t)=>e._order-t._order)}_cancelStopEdit(){this._debouncerStopEdit&&(this._debouncerStopEdit.cancel(),delete this._debouncerStopEdit)}_flushStopEdit(){this._debouncerStopEdit&&(this._debouncerStopEdit.flush(),delete this._debouncerStopEdit)}_enterEditFromEvent(e,t){let n=this.getEventContext(e),r=n.column,i=this.__edited;if(n.item&&this._isEditColumn(r)){let{cell:n}=this._getGridEventLocation(e);if(!n||n.getAttribute(`part`).indexOf(`details-cell`)>-1||t&&r.editorType!==t||i?.cell===n&&r._getEditorComponent(n).contains(e.target))return;this._flushStopEdit(),this._startEdit(n,r)}else i&&this._stopEdit()}_onEditorFocusOut(e){this.__shouldIgnoreFocusOut(e)||(this._debouncerStopEdit=D.debounce(this._debouncerStopEdit,me,this._stopEdit.bind(this)))}__updateColumnsBodyContentHidden(){super.__updateColumnsBodyContentHidden(),this.__edited&&!this.__edited.cell.isConnected&&this._stopEdit(!0,!1)}__shouldIgnoreFocusOut(e){if(this.__edited){let{cell:t,column:n}=this.__edited,r=n._getEditorComponent(t),i=e.composedPath();if(i.slice(0,i.indexOf(r)+1).filter(e=>e.nodeType===Node.ELEMENT_NODE).some(t=>typeof t._shouldRemoveFocus==`function`&&!t._shouldRemoveFocus(e)))return!0}}_onEditorFocusIn(){this._cancelStopEdit()}_startEdit(e,t){let n=this._isCellEditable(e);if(this.disabled||this._editingDisabled||!n)return;this._cancelStopEdit(),this.scrollToColumn(t);let r=this.__getRowModel(e.__parentRow);this.__edited={cell:e,column:t,model:r},t._startCellEdit(e,r),this.dispatchEvent(new CustomEvent(`cell-edit-started`,{detail:{index:r.index,item:r.item,path:t.path},composed:!0})),this.addEventListener(`item-property-changed`,this.__boundItemPropertyChanged)}_stopEdit(e,t){if(!this.__edited)return;let{cell:n,column:r,model:i}=this.__edited;if(!e&&!this.hasAttribute(`loading-editor`)){let e=r._getEditorComponent(n);if(e){let t=r._getEditorValue(e);t!==Se(r.path,i.item)&&(e.blur(),this.dispatchEvent(new CustomEvent(`item-property-changed`,{detail:{index:i.index,item:i.item,path:r.path,value:t},bubbles:!0,cancelable:!0,composed:!0})))}}r._stopCellEdit(n,i),this.__edited=null,this.removeEventListener(`item-property-changed`,this.__boundItemPropertyChanged),t&&n.focus()}async _switchEditCell(e){if(e.defaultPrevented&&e.keyCode===9)return;this._cancelStopEdit();let t=this._getEditColumns(),{cell:n,column:r,model:i}=this.__edited;e.stopImmediatePropagation();let a=r._getEditorComponent(n);if(e.key===`Tab`&&a?.contains(e.target)){if(await new Promise(e=>{a.addEventListener(`focusout`,t=>{e(this.__shouldIgnoreFocusOut(t))},{once:!0})}))return}else e.preventDefault();this._stopEdit();let o=i.index,s=r,c=n,l=0,u=0;if(e.keyCode===13&&this.enterNextRow&&(u=e.shiftKey?-1:1),e.keyCode===9&&(l=e.shiftKey?-1:1),l||u)for(;c;){l&&(s=t[t.indexOf(s)+l],s||=(o+=l,t[l>0?0:t.length-1])),u&&(o+=u);let e=this._getRowByIndex(o);if(c=e&&Array.from(e.__cells).find(e=>e._column===s),c&&this._isCellEditable(c))break}c||(c=n,o=i.index),!this.singleCellEdit&&c!==n?this._startEdit(c,s):(this.__ensureFlatIndexInViewport(o),c.focus())}__updateRow(e){let t=this.__getRowItem(e);if(this.__edited){let{cell:n,model:r}=this.__edited;this._isCellEditable(n)?n.__parentRow===e&&t&&this.getItemId(r.item)!==this.getItemId(t)&&this._stopEdit():this._stopEdit(!0,!0)}super.__updateRow(e,t)}_generateCellPartNames(e,t){super._generateCellPartNames(e,t),Ys(e,t=>{let n=!e.hasAttribute(`loading`)&&this._isCellEditable(t);V(t._focusButton||t,`editable-cell`,n)})}_isCellEditable(e){let t=e._column;if(!this._isEditColumn(t))return!1;if(!t.isCellEditable)return!0;let n=this.__getRowModel(e.__parentRow);return t.isCellEditable(n)}}})),Dy,Oy=o((()=>{y(),Ee(),Kl(),wy(),Ey(),Dy=class extends De(Ty(Gl)){static get is(){return`vaadin-grid-pro`}static get cvdlName(){return`vaadin-grid-pro`}static get styles(){return Cy}get slotStyles(){let e=this.localName;return[`
      ${e} [theme="grid-pro-editor"] {
        --vaadin-input-field-border-radius: 0px;
        --vaadin-input-field-border-width: 0px;
        width: 100%;
      }

      ${e} [theme="grid-pro-editor"]::part(input-field) {
        height: 100%;
        outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
      }

      vaadin-grid-cell-content:has([theme="grid-pro-editor"]) {
        padding: 0;
        overflow: visible;
      }
    `]}},v(Dy)})),ky,Ay=o((()=>{zn(),y(),ky=class extends jn{static get is(){return`vaadin-grid-pro-edit-checkbox`}},v(ky)})),jy,My=o((()=>{p(),y(),h(),T(),Di(),Ti(),k(),w(),jy=class extends wi(x(b(C(A(u))))){static get is(){return`vaadin-select-item`}static get styles(){return Ei}static get properties(){return{role:{type:String,value:`option`,reflectToAttribute:!0}}}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}},v(jy)})),Ny,Py=o((()=>{p(),yi(),y(),h(),T(),as(),k(),w(),Ny=class extends vi(x(b(C(A(u))))){static get is(){return`vaadin-select-list-box`}static get styles(){return is}static get properties(){return{orientation:{readOnly:!0}}}get _scrollerElement(){return this.shadowRoot.querySelector(`[part="items"]`)}render(){return d`
      <div part="items">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`listbox`)}},v(Ny)})),Fy,Iy=o((()=>{p(),Fy=t`
  :host {
    align-items: flex-start;
    justify-content: flex-start;
  }

  [part='overlay'] {
    min-width: var(--vaadin-select-overlay-width, var(--_vaadin-select-overlay-default-width));
  }

  [part='content'] {
    padding: var(--vaadin-item-overlay-padding, 4px);
  }

  [part='backdrop'] {
    background: transparent;
  }
`})),Ly,Ry=o((()=>{h(),lt(),wt(),Ly=e=>class extends ht(ct(b(e))){static get observers(){return[`_updateOverlayWidth(opened, positionTarget)`]}ready(){super.ready(),this.restoreFocusOnClose=!0}get _contentRoot(){return this._rendererRoot}get _rendererRoot(){if(!this.__savedRoot){let e=document.createElement(`div`);e.setAttribute(`slot`,`overlay`),this.owner.appendChild(e),this.__savedRoot=e}return this.__savedRoot}_shouldCloseOnOutsideClick(e){return!0}_mouseDownListener(e){super._mouseDownListener(e),e.preventDefault()}_getMenuElement(){return Array.from(this._rendererRoot.children).find(e=>e.localName!==`style`)}_updateOverlayWidth(e,t){e&&t&&this.style.setProperty(`--_vaadin-select-overlay-default-width`,`${t.offsetWidth}px`)}requestContentUpdate(){if(super.requestContentUpdate(),this.owner){let e=this._getMenuElement();this.owner._assignMenuElement(e)}}}})),zy,By=o((()=>{p(),y(),T(),qe(),k(),w(),Iy(),Ry(),zy=class extends Ly(x(C(A(u)))){static get is(){return`vaadin-select-overlay`}static get styles(){return[Ke,Fy]}render(){return d`
      <div id="backdrop" part="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <slot></slot>
        </div>
      </div>
    `}updated(e){super.updated(e),e.has(`renderer`)&&this.requestContentUpdate()}},v(zy)})),Vy,Hy=o((()=>{p(),Vy=t`
  :host {
    min-height: 1lh;
    outline: none;
    overflow: hidden;
    white-space: nowrap;
    width: 100%;
    display: flex;
    align-items: center;
  }

  ::slotted(*) {
    padding: 0;
    cursor: inherit;
  }

  .vaadin-button-container,
  [part='label'] {
    display: contents;
  }

  :host([placeholder]) {
    color: var(--vaadin-input-field-placeholder-color, var(--vaadin-text-color-secondary));
  }

  :host([disabled]) {
    pointer-events: none;
  }
`})),Uy,Wy=o((()=>{p(),At(),y(),T(),k(),w(),Hy(),Uy=class extends ln(x(C(A(u)))){static get is(){return`vaadin-select-value-button`}static get styles(){return Vy}render(){return d`
      <div class="vaadin-button-container">
        <span part="label">
          <slot></slot>
        </span>
      </div>
    `}},v(Uy)})),Gy,Ky=o((()=>{E(),p(),Gy=t`
  :host {
    position: relative;
  }

  ::slotted([slot='value']) {
    flex: 1;
  }

  ::slotted(div[slot='overlay']) {
    display: contents;
  }

  :host(:not([focus-ring])) [part='input-field'] {
    outline: none;
  }

  :host([readonly]:not([focus-ring])) [part='input-field'] {
    --vaadin-input-field-border-color: inherit;
  }

  [part='input-field'],
  :host(:not([readonly])) ::slotted([slot='value']) {
    cursor: var(--vaadin-clickable-cursor);
  }

  [part~='toggle-button']::before {
    mask-image: var(--_vaadin-icon-chevron-down);
  }

  :host([readonly]) [part~='toggle-button'] {
    display: none;
  }

  :host([theme~='align-start']) {
    --vaadin-item-text-align: start;
  }

  :host([theme~='align-center']) {
    --vaadin-item-text-align: center;
  }

  :host([theme~='align-end']) {
    --vaadin-item-text-align: end;
  }

  :host([theme~='align-left']) {
    --vaadin-item-text-align: left;
  }

  :host([theme~='align-right']) {
    --vaadin-item-text-align: right;
  }

  :host([theme~='align-start']) ::slotted([slot='value']) {
    justify-content: start;
  }

  :host([theme~='align-center']) ::slotted([slot='value']) {
    justify-content: center;
  }

  :host([theme~='align-end']) ::slotted([slot='value']) {
    justify-content: end;
  }

  :host([theme~='align-left']) ::slotted([slot='value']) {
    justify-content: left;
  }

  :host([theme~='align-right']) ::slotted([slot='value']) {
    justify-content: right;
  }
`})),qy,Jy=o((()=>{R(),qy=class extends I{constructor(e){super(e,`value`,`vaadin-select-value-button`,{initializer:(e,t)=>{t._setFocusElement(e),t.ariaTarget=e,t.stateTarget=e,e.setAttribute(`aria-haspopup`,`listbox`)}})}}})),Yy,Xy=o((()=>{Qt(),xn(),Rt(),qt(),vs(),F(),We(),pn(),rn(),Jy(),Yy=e=>class extends Mt(Sn(Ft($t(e)))){static get properties(){return{items:{type:Array,observer:`__itemsChanged`},opened:{type:Boolean,value:!1,notify:!0,observer:`_openedChanged`,reflectToAttribute:!0,sync:!0},renderer:{type:Object},value:{type:String,value:``,notify:!0,observer:`_valueChanged`,sync:!0},name:{type:String},placeholder:{type:String},readonly:{type:Boolean,value:!1,reflectToAttribute:!0},noVerticalOverlap:{type:Boolean,value:!1},_phone:Boolean,_phoneMediaQuery:{value:`(max-width: 450px), (max-height: 450px)`},_inputContainer:Object,_items:Object}}static get delegateAttrs(){return[...super.delegateAttrs,`invalid`]}static get observers(){return[`_updateAriaExpanded(opened, focusElement)`,`_updateSelectedItem(value, _items, placeholder, focusElement)`]}constructor(){super(),this._itemId=`value-${this.localName}-${kt()}`,this._srLabelController=new nn(this),this._srLabelController.slotName=`sr-label`}disconnectedCallback(){super.disconnectedCallback(),this.opened=!1}ready(){super.ready(),this._inputContainer=this.shadowRoot.querySelector(`[part~="input-field"]`),this._overlayElement=this.$.overlay,this._valueButtonController=new qy(this),this.addController(this._valueButtonController),this.addController(this._srLabelController),this.addController(new _s(this._phoneMediaQuery,e=>{this._phone=e})),this._tooltipController=new P(this),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.focusElement),this.addController(this._tooltipController)}updated(e){super.updated(e),e.has(`_phone`)&&this.toggleAttribute(`phone`,this._phone)}requestContentUpdate(){this._overlayElement&&this._overlayElement.requestContentUpdate()}_requiredChanged(e){super._requiredChanged(e),e===!1&&this._requestValidation()}__itemsChanged(e,t){(e||t)&&this.requestContentUpdate()}_assignMenuElement(e){e&&e!==this.__lastMenuElement&&(this._menuElement=e,this.__initMenuItems(e),e.addEventListener(`items-changed`,()=>{this.__initMenuItems(e)}),e.addEventListener(`selected-changed`,()=>this.__updateValueButton()),e.addEventListener(`keydown`,e=>this._onKeyDownInside(e),!0),e.addEventListener(`click`,e=>{let t=e.composedPath().find(e=>e._hasVaadinItemMixin);this.__dispatchChangePending=t?.value!==void 0&&t.value!==this.value,this.opened=!1},!0),this.__lastMenuElement=e),this._menuElement&&this._menuElement.items&&this._updateSelectedItem(this.value,this._menuElement.items)}__initMenuItems(e){e.items&&(this._items=e.items)}_valueChanged(e,t){this.toggleAttribute(`has-value`,!!e),t!==void 0&&!this.__dispatchChangePending&&this._requestValidation()}_onClick(e){this.disabled||(e.preventDefault(),this.opened=!this.readonly)}_onEscape(e){this.opened&&=(e.stopPropagation(),!1)}_onToggleMouseDown(e){e.preventDefault(),this.opened||this.focusElement.focus()}_onKeyDown(e){if(super._onKeyDown(e),!(e.altKey||e.shiftKey||e.ctrlKey||e.metaKey)&&e.target===this.focusElement&&!this.readonly&&!this.disabled&&!this.opened){if(/^(Enter|SpaceBar|\s|ArrowDown|Down|ArrowUp|Up)$/u.test(e.key))e.preventDefault(),this.opened=!0;else if(/[\p{L}\p{Nd}]/u.test(e.key)&&e.key.length===1){let t=this._menuElement.selected??-1,n=this._menuElement._searchKey(t,e.key);n>=0&&(this.__dispatchChangePending=!0,this._updateAriaLive(!0),this._menuElement.selected=n)}}}_onKeyDownInside(e){e.key===`Tab`&&(this.focusElement.setAttribute(`tabindex`,`-1`),this._overlayElement.restoreFocusOnClose=!1,this.opened=!1,setTimeout(()=>{this.focusElement.setAttribute(`tabindex`,`0`),this._overlayElement.restoreFocusOnClose=!0}))}_openedChanged(e,t){if(e){if(this.disabled||this.readonly){this.opened=!1;return}this._updateAriaLive(!1);let e=this.hasAttribute(`focus-ring`);this._openedWithFocusRing=e,e&&this.removeAttribute(`focus-ring`)}else t&&(this._openedWithFocusRing&&this.setAttribute(`focus-ring`,``),!this.__dispatchChangePending&&!this._keyboardActive&&this._requestValidation())}_updateAriaExpanded(e,t){t&&t.setAttribute(`aria-expanded`,e?`true`:`false`)}_updateAriaLive(e){this.focusElement&&(e?this.focusElement.setAttribute(`aria-live`,`polite`):this.focusElement.removeAttribute(`aria-live`))}__attachSelectedItem(e){let t,n=e.getAttribute(`label`);t=n?this.__createItemElement({label:n}):e.cloneNode(!0),t._sourceItem=e,this.__appendValueItemElement(t,this.focusElement),t.selected=!0}__createItemElement(e){let t=document.createElement(e.component||`vaadin-select-item`);return e.label&&(t.textContent=e.label),e.value&&(t.value=e.value),e.disabled&&(t.disabled=e.disabled),e.className&&(t.className=e.className),t}__appendValueItemElement(e,t){t.appendChild(e),e.removeAttribute(`tabindex`),e.removeAttribute(`aria-selected`),e.removeAttribute(`role`),e.removeAttribute(`focused`),e.removeAttribute(`focus-ring`),e.removeAttribute(`active`),e.setAttribute(`id`,this._itemId)}_accessibleNameChanged(e){this._srLabelController.setLabel(e),this._setCustomAriaLabelledBy(e?this._srLabelController.defaultId:null)}_accessibleNameRefChanged(e){this._setCustomAriaLabelledBy(e)}_setCustomAriaLabelledBy(e){let t=this._getLabelIdWithItemId(e);this._fieldAriaController.setLabelId(t,!0)}_getLabelIdWithItemId(e){let t=this._items&&this._items[this._menuElement.selected]||this.placeholder?this._itemId:``;return e?`${e} ${t}`.trim():null}__updateValueButton(){let e=this.focusElement;if(!e)return;e.innerHTML=``;let t=this._items?this._items[this._menuElement.selected]:void 0;if(e.removeAttribute(`placeholder`),this._hasContent(t))this.__attachSelectedItem(t);else if(this.placeholder){let t=this.__createItemElement({label:this.placeholder});this.__appendValueItemElement(t,e),e.setAttribute(`placeholder`,``)}!this._valueChanging&&t&&(this._selectedChanging=!0,this.value=t.value||``,this.__dispatchChangePending&&this.__dispatchChange(),delete this._selectedChanging),bn(e,`aria-labelledby`,t||this.placeholder?{newId:this._itemId}:{oldId:this._itemId}),(this.accessibleName||this.accessibleNameRef)&&this._setCustomAriaLabelledBy(this.accessibleNameRef||this._srLabelController.defaultId)}_hasContent(e){if(!e)return!1;let t=!!(e.hasAttribute(`label`)?e.getAttribute(`label`):e.textContent.trim()),n=e.childElementCount>0;return t||n}_updateSelectedItem(e,t,n){if(t){let n=e==null?e:e.toString();this._menuElement.selected=t.reduce((e,t,r)=>e===void 0&&t.value===n?r:e,void 0),this._selectedChanging||(this._valueChanging=!0,this.__updateValueButton(),delete this._valueChanging)}else n&&this.__updateValueButton()}_shouldRemoveFocus(e){return!this.contains(e.relatedTarget)}_setFocused(e){super._setFocused(e),!e&&document.hasFocus()&&this._requestValidation()}checkValidity(){return!this.required||this.readonly||!!this.value}__defaultRenderer(e,t){if(!this.items||this.items.length===0){e.textContent=``;return}let n=e.firstElementChild;n||(n=document.createElement(`vaadin-select-list-box`),e.appendChild(n)),n.textContent=``,this.items.forEach(e=>{n.appendChild(this.__createItemElement(e))})}__dispatchChange(){this._requestValidation(),this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0})),this.__dispatchChangePending=!1}}})),Zy,Qy=o((()=>{Yn(),My(),Py(),By(),Wy(),p(),z(),j(),Wi(),y(),O(),T(),Un(),k(),w(),Ky(),Xy(),Zy=class extends Yy(S(x(C(A(u))))){static get is(){return`vaadin-select`}static get styles(){return[Wn,Ui,Gy]}render(){return d`
      <div class="vaadin-select-container">
        <div part="label" @click="${this._onClick}">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
          @click="${this._onClick}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="value"></slot>
          <div
            part="field-button toggle-button"
            slot="suffix"
            aria-hidden="true"
            @mousedown="${this._onToggleMouseDown}"
          ></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <vaadin-select-overlay
        id="overlay"
        .owner="${this}"
        .positionTarget="${this._inputContainer}"
        .opened="${this.opened}"
        .withBackdrop="${this._phone}"
        .renderer="${this.renderer||this.__defaultRenderer}"
        ?phone="${this._phone}"
        theme="${B(this._theme)}"
        ?no-vertical-overlap="${this.noVerticalOverlap}"
        exportparts="backdrop, overlay, content"
        @opened-changed="${this._onOpenedChanged}"
        @vaadin-overlay-open="${this._onOverlayOpen}"
      >
        <slot name="overlay"></slot>
      </vaadin-select-overlay>

      <slot name="tooltip"></slot>
      <div class="sr-only">
        <slot name="sr-label"></slot>
      </div>
    `}_onOpenedChanged(e){this.opened=e.detail.value}_onOverlayOpen(){this._menuElement&&this._menuElement.focus({focusVisible:M()})}},v(Zy)})),$y,eb=o((()=>{$y=e=>class extends e{static get properties(){return{options:{type:Array,value:()=>[]},_grid:{type:Object},_initialized:{type:Boolean}}}static get observers(){return[`_optionsChanged(options)`]}ready(){super.ready(),this.setAttribute(`theme`,`grid-pro-editor`)}_onKeyDown(e){super._onKeyDown(e),this.options.length===0&&/^(ArrowDown|Down|ArrowUp|Up|Enter|SpaceBar| )$/u.test(e.key)&&console.warn(`Missing "editorOptions" for <vaadin-grid-pro-edit-column> select editor!`),e.defaultPrevented&&e.stopPropagation()}_onKeyDownInside(e){e.keyCode===13&&(this._enterKeydown=e),e.keyCode===9&&(this._grid.singleCellEdit||this._grid._switchEditCell(e)),super._onKeyDownInside(e)}_valueChanged(e,t){if(super._valueChanged(e,t),!(e===``&&t===void 0)&&this._initialized){let e=this._enterKeydown;e&&this._grid.enterNextRow?this._grid._switchEditCell(e):this._grid.singleCellEdit?this._grid._stopEdit(!1,!0):this.focus()}}_optionsChanged(e){e?.length&&(this.items=e.map(e=>({label:e,value:e})),this._overlayElement||=this.shadowRoot.querySelector(`vaadin-select-overlay`),this._overlayElement.addEventListener(`vaadin-overlay-outside-click`,()=>{this._grid._stopEdit()}),setTimeout(()=>{this.opened=!0,this._initialized=!0}))}}})),tb,nb=o((()=>{y(),Qy(),eb(),tb=class extends $y(Zy){static get is(){return`vaadin-grid-pro-edit-select`}},v(tb)})),rb,ib=o((()=>{y(),qn(),rb=class extends $n{static get is(){return`vaadin-grid-pro-edit-text-field`}ready(){super.ready(),this.setAttribute(`theme`,`grid-pro-editor`)}},v(rb)})),ab,ob=o((()=>{j(),ve(),ab=e=>class extends e{static get properties(){return{editModeRenderer:{type:Function,sync:!0},editorOptions:{type:Array,value:()=>[]},editorType:{type:String,value:`text`},editorValuePath:{type:String,value:`value`},path:{type:String,observer:`_pathChanged`,sync:!0},isCellEditable:{type:Function,observer:`_isCellEditableChanged`},_oldRenderer:Function}}static get observers(){return[`_editModeRendererChanged(editModeRenderer, __initialized)`]}constructor(){super(),this._focusButtonMode=navigator.platform.includes(`Mac`),this.__editModeRenderer=function(e,t){let n=e.assignedSlot.parentNode,r=t._getEditorTagName(n);(!e.firstElementChild||e.firstElementChild.localName.toLowerCase()!==r)&&(e.innerHTML=`
          <${r}></${r}>
        `)}}_pathChanged(e){if(!e||e.length===0)throw Error(`You should specify the path for the edit column`)}_isCellEditableChanged(){this._grid.requestContentUpdate()}_editModeRendererChanged(e){e?this.editorType=`custom`:this._oldRenderer&&(this.editorType=`text`),this._oldRenderer=e}_getEditorTagName(e){return this.editorType===`custom`?this._getEditorComponent(e).localName:this._getTagNameByType()}_getEditorComponent(e){return this.editorType===`custom`?e._content.firstElementChild:e._content.querySelector(this._getEditorTagName(e))}_getTagNameByType(){let e;switch(this.editorType){case`checkbox`:e=`checkbox`;break;case`select`:e=`select`;break;default:e=`text-field`;break}return this.constructor.is.replace(`column`,e)}_focusEditor(e){e.focus(),this.editorType===`checkbox`?e.setAttribute(`focus-ring`,``):e instanceof HTMLInputElement?e.select():e.focusElement&&e.focusElement instanceof HTMLInputElement&&e.focusElement.select()}_getEditorValue(e){return Se(this.editorType===`checkbox`?`checked`:this.editorValuePath,e)}_renderEditor(e,t){e.__savedRenderer=this._renderer||e._renderer,e._renderer=this.editModeRenderer||this.__editModeRenderer,e._focusButton&&e._focusButton.removeAttribute(`role`),this._clearCellContent(e),this._runRenderer(e._renderer,e,t)}_removeEditor(e,t){e.__savedRenderer&&(e._renderer=e.__savedRenderer,e.__savedRenderer=void 0,this._clearCellContent(e),e._focusButton&&e._focusButton.setAttribute(`role`,`button`),this.__renderCellsContent(e._renderer,[e]))}_setEditorOptions(e){this.editorOptions&&this.editorOptions.length&&(e.options=this.editorOptions)}_setEditorValue(e,t){let n=this.editorType===`checkbox`?`checked`:this.editorValuePath;t=this.editorType===`checkbox`&&typeof t==`string`?t===`true`:t,_e(n,t,e),e.notifyPath&&e.notifyPath(n,t)}_startCellEdit(e,t){this._renderEditor(e,t);let n=this._getEditorComponent(e);n.addEventListener(`focusout`,this._grid.__boundEditorFocusOut),n.addEventListener(`focusin`,this._grid.__boundEditorFocusIn),this._setEditorOptions(n),this._setEditorValue(n,Se(this.path,t.item)),n._grid=this._grid,n.updateComplete?n.updateComplete.then(()=>this._focusEditor(n)):this._focusEditor(n),this.editorType===`custom`&&n.addEventListener(`opened-changed`,e=>{let t=e.target,n=Re();!t.opened&&!t.contains(n)&&this._grid._stopEdit()})}_stopCellEdit(e,t){this._removeEditor(e,t)}}})),sb,cb=o((()=>{Ay(),nb(),ib(),y(),pc(),ob(),sb=class extends ab(fc){static get is(){return`vaadin-grid-pro-edit-column`}},v(sb)}));function lb(e,t){return e.__edited&&e.__edited.model.item.key===t.item.key}var ub,db=o((()=>{L(),ic(),ub=`loading-editor`,window.Vaadin.Flow.gridProConnector={handleCustomEditorValueUpdate:(e,t,n)=>{e.__itemKey===t&&(n.toggleAttribute(ub,!1),e instanceof HTMLInputElement?e.select():e.focusElement&&e.focusElement instanceof HTMLInputElement&&e.focusElement.select())},setEditModeRenderer(e,t){e.editModeRenderer=function(e,n,r){if(!lb(this._grid,r)){this._grid._stopEdit();return}t.parentNode!==e&&(e.appendChild(t),this._grid._cancelStopEdit(),t.focus(),t.__itemKey=r.item.key,this._grid.toggleAttribute(ub,!0))},e._setEditorValue=function(e,t){};let n=e._stopCellEdit;e._stopCellEdit=function(){n.apply(this,arguments),this._grid.toggleAttribute(ub,!1)},pt&&!t.__firefoxChangeWorkaroundInstalled&&(t.addEventListener(`focusout`,e=>{e.target instanceof HTMLInputElement&&e.target.dispatchEvent(new Event(`change`,{bubbles:!0}))}),t.__firefoxChangeWorkaroundInstalled=!0)},patchEditModeRenderer(e){e.__editModeRenderer=function(e,t,n){let r=e.assignedSlot.parentNode,i=t._grid;if(!lb(i,n)){i._stopEdit();return}let a=t._getEditorTagName(r);(!e.firstElementChild||e.firstElementChild.localName.toLowerCase()!==a)&&(e.innerHTML=`<${a}></${a}>`)}},initCellEditableProvider(e){e.isCellEditable=function(t){let n=t.item.cellEditable&&t.item.cellEditable[e._flowId];return n===void 0||n}},initUpdatingCellAnimation(e){e.addEventListener(`item-property-changed`,t=>{let{column:n,model:r}=e.__edited;n.editorType===`custom`&&(t.preventDefault(),e.__pendingCellUpdate=`${r.item.key}:${n.path}`,e.requestContentUpdate())});let t=e._generateCellPartNames;e._generateCellPartNames=function(n,r){t.apply(this,arguments),Ys(n,t=>{let n=r&&t._column&&e.__pendingCellUpdate===`${r.item.key}:${t._column.path}`;V(t._focusButton||t,`updating-cell`,n)})}},clearUpdatingCell(e){e.__pendingCellUpdate=null,e.requestContentUpdate()}}})),fb,pb,mb,hb,gb=o((()=>{E(),p(),fb=t`
  :host {
    display: flex;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Theme variations */
  :host([theme~='margin']) {
    margin: var(--vaadin-horizontal-layout-margin, var(--vaadin-padding-m));
  }

  :host([theme~='padding']) {
    padding: var(--vaadin-horizontal-layout-padding, var(--vaadin-padding-m));
  }

  :host([theme~='spacing']) {
    gap: var(--vaadin-horizontal-layout-gap, var(--vaadin-gap-s));
  }

  :host([theme~='wrap']) {
    flex-wrap: wrap;
  }

  :host([has-end]:not([has-middle])) ::slotted([last-start-child]) {
    margin-inline-end: auto;
  }

  ::slotted([first-middle-child]) {
    margin-inline-start: auto;
  }

  ::slotted([last-middle-child]) {
    margin-inline-end: auto;
  }

  :host(:not([has-middle])) ::slotted([first-end-child]) {
    margin-inline-start: auto;
  }
`,pb=window.Vaadin.featureFlags.layoutComponentImprovements,mb=t`
  ::slotted([data-width-full]) {
    flex: 1;
  }

  ::slotted(vaadin-horizontal-layout[data-width-full]),
  ::slotted(vaadin-vertical-layout[data-width-full]) {
    min-width: 0;
  }
`,hb=pb?[fb,mb]:[fb]})),_b,vb=o((()=>{Je(),Me(),_b=e=>class extends e{ready(){super.ready();let e=this.shadowRoot.querySelector(`slot:not([name])`);this.__startSlotObserver=new Ne(e,({currentNodes:e,removedNodes:t})=>{t.length&&this.__clearAttribute(t,`last-start-child`);let n=e.filter(e=>e.nodeType===Node.ELEMENT_NODE);this.__updateAttributes(n,`start`,!1,!0);let r=e.filter(e=>!Ye(e));this.toggleAttribute(`has-start`,r.length>0)});let t=this.shadowRoot.querySelector(`[name="end"]`);this.__endSlotObserver=new Ne(t,({currentNodes:e,removedNodes:t})=>{t.length&&this.__clearAttribute(t,`first-end-child`),this.__updateAttributes(e,`end`,!0,!1),this.toggleAttribute(`has-end`,e.length>0)});let n=this.shadowRoot.querySelector(`[name="middle"]`);this.__middleSlotObserver=new Ne(n,({currentNodes:e,removedNodes:t})=>{t.length&&(this.__clearAttribute(t,`first-middle-child`),this.__clearAttribute(t,`last-middle-child`)),this.__updateAttributes(e,`middle`,!0,!0),this.toggleAttribute(`has-middle`,e.length>0)})}__clearAttribute(e,t){let n=e.find(e=>e.nodeType===Node.ELEMENT_NODE&&e.hasAttribute(t));n&&n.removeAttribute(t)}__updateAttributes(e,t,n,r){e.forEach((i,a)=>{if(n){let e=`first-${t}-child`;a===0?i.setAttribute(e,``):i.hasAttribute(e)&&i.removeAttribute(e)}if(r){let n=`last-${t}-child`;a===e.length-1?i.setAttribute(n,``):i.hasAttribute(n)&&i.removeAttribute(n)}})}}})),yb,bb=o((()=>{p(),y(),O(),T(),k(),w(),gb(),vb(),yb=class extends _b(x(S(C(A(u))))){static get is(){return`vaadin-horizontal-layout`}static get styles(){return hb}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <slot></slot>
      <slot name="middle"></slot>
      <slot name="end"></slot>
    `}},v(yb)})),xb,Sb=o((()=>{E(),p(),xb=t`
  :host([step-buttons-visible]) ::slotted(input) {
    text-align: center;
  }

  [part~='decrease-button']::before {
    mask-image: var(--_vaadin-icon-minus);
  }

  [part~='increase-button']::before {
    mask-image: var(--_vaadin-icon-plus);
  }

  :host([dir='rtl']) [part='input-field'] {
    direction: ltr;
  }

  :host([readonly]) [part$='button'] {
    pointer-events: none;
  }
`})),Cb,wb,Tb=o((()=>{j(),F(),sn(),Zn(),fn(),Cb=`NaN`,wb=e=>class extends Vn(e){static get properties(){return{min:{type:Number},max:{type:Number},step:{type:Number},stepButtonsVisible:{type:Boolean,value:!1,reflectToAttribute:!0}}}static get observers(){return[`_stepChanged(step, inputElement)`]}static get delegateProps(){return[...super.delegateProps,`min`,`max`]}static get constraints(){return[...super.constraints,`min`,`max`,`step`]}constructor(){super(),this._setType(`number`),this.__onWheel=this.__onWheel.bind(this)}get slotStyles(){let e=this.localName;return[`
          ${e} input[type="number"]::-webkit-outer-spin-button,
          ${e} input[type="number"]::-webkit-inner-spin-button {
            appearance: none;
            margin: 0;
          }

          ${e} input[type="number"] {
            appearance: textfield;
          }

          ${e}[dir='rtl'] input[type="number"]::placeholder {
            direction: rtl;
          }

          ${e}[dir='rtl']:not([step-buttons-visible]) input[type="number"]::placeholder {
            text-align: left;
          }
        `]}get clearElement(){return this.$.clearButton}get __hasUnparsableValue(){return this._inputElementValue===Cb}ready(){super.ready(),this.addController(new gn(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e})),this.addController(new vn(this.inputElement,this._labelController)),this._tooltipController=new P(this),this.addController(this._tooltipController),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.inputElement)}checkValidity(){return this.inputElement?this.inputElement.checkValidity():!this.invalid}_addInputListeners(e){super._addInputListeners(e),e.addEventListener(`wheel`,this.__onWheel)}_removeInputListeners(e){super._removeInputListeners(e),e.removeEventListener(`wheel`,this.__onWheel)}__onWheel(e){this.hasAttribute(`focused`)&&e.preventDefault()}_onDecreaseButtonTouchend(e){e.cancelable&&(e.preventDefault(),this.__blurActiveElement(),this._decreaseValue())}_onIncreaseButtonTouchend(e){e.cancelable&&(e.preventDefault(),this.__blurActiveElement(),this._increaseValue())}__blurActiveElement(){let e=Re();e&&e!==this.inputElement&&e.blur()}_onDecreaseButtonClick(){this._decreaseValue()}_onIncreaseButtonClick(){this._increaseValue()}_decreaseValue(){this._incrementValue(-1)}_increaseValue(){this._incrementValue(1)}_incrementValue(e){if(this.disabled||this.readonly)return;let t=this.step||1,n=parseFloat(this.value);this.value?n<this.min?(e=0,n=this.min):n>this.max&&(e=0,n=this.max):this.min===0&&e<0||this.max===0&&e>0||this.max===0&&this.min===0?(e=0,n=0):(this.max==null||this.max>=0)&&(this.min==null||this.min<=0)?n=0:this.min>0?(n=this.min,this.max<0&&e<0&&(n=this.max),e=0):this.max<0&&(n=this.max,e<0?e=0:this._getIncrement(1,n-t)>this.max?n-=2*t:n-=t);let r=this._getIncrement(e,n);(!this.value||e===0||this._incrementIsInsideTheLimits(e,n))&&(this.inputElement.value=String(parseFloat(r)),this.inputElement.dispatchEvent(new Event(`input`,{bubbles:!0,composed:!0})),this.__commitValueChange())}_getIncrement(e,t){let n=this.step||1,r=this.min||0,i=Math.max(this._getMultiplier(t),this._getMultiplier(n),this._getMultiplier(r));n*=i,t=Math.round(t*i),r*=i;let a=(t-r)%n;return e>0?(t-a+n)/i:e<0?(t-(a||n))/i:t/i}_getDecimalCount(e){let t=String(e),n=t.indexOf(`.`);return n===-1?1:t.length-n-1}_getMultiplier(e){if(!isNaN(e))return 10**this._getDecimalCount(e)}_incrementIsInsideTheLimits(e,t){return e<0?this.min==null||this._getIncrement(e,t)>=this.min:e>0?this.max==null||this._getIncrement(e,t)<=this.max:this._getIncrement(e,t)<=this.max&&this._getIncrement(e,t)>=this.min}_isButtonEnabled(e){let t=e*(this.step||1),n=parseFloat(this.value);return!this.value||!this.disabled&&this._incrementIsInsideTheLimits(t,n)}_stepChanged(e,t){t&&(t.step=e||`any`)}_valueChanged(e,t){e&&isNaN(parseFloat(e))?this.value=``:typeof this.value!=`string`&&(this.value=String(this.value)),super._valueChanged(this.value,t),this.__keepCommittedValue||(this.__committedValue=this.value,this.__committedUnparsableValueStatus=!1)}_onKeyDown(e){e.key===`ArrowUp`?(e.preventDefault(),this._increaseValue()):e.key===`ArrowDown`&&(e.preventDefault(),this._decreaseValue()),super._onKeyDown(e)}_onInput(e){this.__keepCommittedValue=!0,super._onInput(e),this.__keepCommittedValue=!1}_onChange(e){e.stopPropagation()}_onClearAction(e){super._onClearAction(e),this.__commitValueChange()}_setFocused(e){super._setFocused(e),e||this.__commitValueChange()}_onEnter(e){super._onEnter(e),this.__commitValueChange()}__commitValueChange(){this.__committedValue===this.value?this.__committedUnparsableValueStatus!==this.__hasUnparsableValue&&(this._requestValidation(),this.dispatchEvent(new CustomEvent(`unparsable-change`))):(this._requestValidation(),this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0}))),this.__committedValue=this.value,this.__committedUnparsableValueStatus=this.__hasUnparsableValue}get _inputElementValue(){return this.inputElement&&this.inputElement.validity.badInput?Cb:super._inputElementValue}set _inputElementValue(e){super._inputElementValue=e}}})),Eb,Db=o((()=>{Yn(),p(),z(),y(),O(),T(),Un(),k(),w(),Sb(),Tb(),Eb=class extends wb(x(S(C(A(u))))){static get is(){return`vaadin-number-field`}static get styles(){return[Wn,xb]}render(){return d`
      <div class="vaadin-field-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
        >
          <div
            part="field-button decrease-button"
            ?disabled="${!this._isButtonEnabled(-1,this.value,this.min,this.max,this.step)}"
            ?hidden="${!this.stepButtonsVisible}"
            @click="${this._onDecreaseButtonClick}"
            @touchend="${this._onDecreaseButtonTouchend}"
            aria-hidden="true"
            slot="prefix"
          ></div>
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <slot name="suffix" slot="suffix"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
          <div
            part="field-button increase-button"
            ?disabled="${!this._isButtonEnabled(1,this.value,this.min,this.max,this.step)}"
            ?hidden="${!this.stepButtonsVisible}"
            @click="${this._onIncreaseButtonClick}"
            @touchend="${this._onIncreaseButtonTouchend}"
            aria-hidden="true"
            slot="suffix"
          ></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>
    `}},v(Eb)})),Ob,kb=o((()=>{y(),Db(),Ob=class extends Eb{static get is(){return`vaadin-integer-field`}constructor(){super(),this.allowedCharPattern=`[-+\\d]`}_valueChanged(e,t){if(e!==``&&!this.__isInteger(e)){console.warn(`Trying to set non-integer value "${e}" to <vaadin-integer-field>. Clearing the value.`),this.value=``;return}super._valueChanged(e,t)}_stepChanged(e,t){if(e!=null&&!this.__hasOnlyDigits(e)){console.warn(`<vaadin-integer-field> The \`step\` property must be a positive integer but \`${e}\` was provided, so the property was reset to \`null\`.`),this.step=null;return}super._stepChanged(e,t)}__isInteger(e){return/^(-\d)?\d*$/u.test(String(e))}__hasOnlyDigits(e){return/^\d+$/u.test(String(e))}},v(Ob)})),Ab,jb=o((()=>{yi(),Ab=e=>class extends vi(e){static get properties(){return{multiple:{type:Boolean,value:!1,reflectToAttribute:!0,observer:`_multipleChanged`},selectedValues:{type:Array,notify:!0,value:()=>[]}}}static get observers(){return[`_enhanceMultipleItems(items, multiple, selected, disabled, selectedValues)`]}ready(){this.addEventListener(`click`,e=>this._onMultipleClick(e)),super.ready()}_enhanceMultipleItems(e,t,n,r,i){if(!(!e||!t)){if(i){let t=i.map(t=>e[t]);e.forEach(e=>{e.selected=t.includes(e)})}this._scrollToLastSelectedItem()}}_scrollToLastSelectedItem(){let e=this.selectedValues.slice(-1)[0];e&&!e.disabled&&this._scrollToItem(e)}_onMultipleClick(e){let t=this._filterItems(e.composedPath())[0],n=t&&!t.disabled?this.items.indexOf(t):-1;n<0||!this.multiple||(e.preventDefault(),this.selectedValues.includes(n)?this.selectedValues=this.selectedValues.filter(e=>e!==n):this.selectedValues=this.selectedValues.concat(n))}_multipleChanged(e,t){!e&&t&&(this.selectedValues=[],this.items.forEach(e=>{e.selected=!1}),this.removeAttribute(`aria-multiselectable`)),e&&!t&&(this.setAttribute(`aria-multiselectable`,`true`),this.selected!==void 0&&(this.selectedValues=[...this.selectedValues,this.selected],this.selected=void 0))}}})),Mb,Nb=o((()=>{p(),y(),O(),T(),F(),k(),w(),as(),jb(),Mb=class extends S(Ab(x(C(A(u))))){static get is(){return`vaadin-list-box`}static get styles(){return is}static get properties(){return{orientation:{readOnly:!0}}}render(){return d`
      <div part="items">
        <slot></slot>
      </div>

      <slot name="tooltip"></slot>
    `}get _scrollerElement(){return this.shadowRoot.querySelector(`[part="items"]`)}ready(){super.ready(),this.setAttribute(`role`,`listbox`),this._tooltipController=new P(this),this.addController(this._tooltipController)}},v(Mb)})),Pb,Fb=o((()=>{p(),y(),h(),T(),k(),w(),Di(),Ti(),Pb=class extends wi(x(b(C(A(u))))){static get is(){return`vaadin-item`}static get styles(){return Ei}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`option`)}},v(Pb)})),Ib,Lb,Rb=o((()=>{E(),p(),zt(),Ib=t`
  :host {
    --vaadin-button-background: transparent;
    --vaadin-button-padding: 0;
    color: var(--vaadin-input-field-button-text-color, inherit);
    display: block;
    border: none;
    cursor: var(--vaadin-clickable-cursor);
  }

  :host::before {
    background: currentColor;
    content: '';
    display: block;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-eye) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  :host([aria-pressed='true'])::before {
    mask-image: var(--_vaadin-icon-eye-slash);
  }

  @media (forced-colors: active) {
    :host::before {
      background: CanvasText;
    }

    :host([disabled])::before {
      background: GrayText;
    }
  }
`,Lb=[hn,Ib]})),zb,Bb=o((()=>{p(),At(),y(),h(),T(),k(),w(),Rb(),zb=class extends ln(b(x(C(A(u))))){static get is(){return`vaadin-password-field-button`}static get styles(){return Lb}render(){return d``}},v(zb)})),Vb,Hb=o((()=>{p(),Vb=t`
  [part~='reveal-button']::before {
    display: none;
  }

  [part='input-field']:has([part~='reveal-button']:focus-within) {
    outline: none;
    --vaadin-input-field-border-color: inherit;
  }

  :host([readonly]) [part~='reveal-button'] {
    color: var(--vaadin-input-field-button-text-color, var(--vaadin-text-color-secondary));
  }
`})),Ub,Wb=o((()=>{Kt(),ze(),R(),Ee(),en(),Ub=e=>class extends De(Vt(N(Cn(e)))){static get properties(){return{revealButtonHidden:{type:Boolean,value:!1},passwordVisible:{type:Boolean,value:!1,reflectToAttribute:!0,readOnly:!0},i18n:{type:Object,value:()=>({reveal:`Show password`})}}}static get delegateAttrs(){return super.delegateAttrs.filter(e=>e!==`autocapitalize`)}constructor(){super(),this._setType(`password`),this.__boundRevealButtonClick=this._onRevealButtonClick.bind(this),this.__boundRevealButtonMouseDown=this._onRevealButtonMouseDown.bind(this),this.__lastChange=``}get slotStyles(){let e=this.localName;return[...super.slotStyles,`
          ${e} [slot="input"]::-ms-reveal {
            display: none;
          }
        `]}ready(){super.ready(),this._revealPart=this.shadowRoot.querySelector(`[part~="reveal-button"]`),this._revealButtonController=new I(this,`reveal`,`vaadin-password-field-button`,{initializer:e=>{this._revealNode=e,e.addEventListener(`click`,this.__boundRevealButtonClick),e.addEventListener(`mousedown`,this.__boundRevealButtonMouseDown)}}),this.addController(this._revealButtonController),this.inputElement&&(this.inputElement.autocapitalize=`off`)}updated(e){super.updated(e),e.has(`disabled`)&&(this._revealNode.disabled=this.disabled),e.has(`revealButtonHidden`)&&this._toggleRevealHidden(this.revealButtonHidden),e.has(`passwordVisible`)&&(this._setType(this.passwordVisible?`text`:`password`),this._revealNode.setAttribute(`aria-pressed`,this.passwordVisible?`true`:`false`)),e.has(`i18n`)&&this.i18n&&this.i18n.reveal&&this._revealNode.setAttribute(`aria-label`,this.i18n.reveal)}_onChange(e){super._onChange(e),this.__lastChange=this.inputElement.value}_shouldSetFocus(e){return e.target===this.inputElement||e.target===this._revealNode}_shouldRemoveFocus(e){return!(e.relatedTarget===this._revealNode||e.relatedTarget===this.inputElement&&e.target===this._revealNode)}_setFocused(e){if(super._setFocused(e),!e)this._setPasswordVisible(!1),this.__lastChange!==this.inputElement.value&&(this.__lastChange=this.inputElement.value,this.dispatchEvent(new CustomEvent(`change`,{bubbles:!0})));else{let e=this.getRootNode().activeElement===this._revealNode;this.toggleAttribute(`focus-ring`,this._keyboardActive&&!e)}}_onRevealButtonClick(){this._setPasswordVisible(!this.passwordVisible)}_onRevealButtonMouseDown(e){e.preventDefault(),this.inputElement.focus()}_toggleRevealHidden(e){this._revealNode&&(e?(this._revealPart.setAttribute(`hidden`,``),this._revealNode.setAttribute(`tabindex`,`-1`),this._revealNode.setAttribute(`aria-hidden`,`true`)):(this._revealPart.removeAttribute(`hidden`),this._revealNode.setAttribute(`tabindex`,`0`),this._revealNode.removeAttribute(`aria-hidden`)))}}})),Gb,Kb=o((()=>{Bb(),p(),y(),qn(),Hb(),Wb(),Gb=class extends Ub($n){static get is(){return`vaadin-password-field`}static get styles(){return[...super.styles,Vb]}_renderSuffix(){return d`
      ${super._renderSuffix()}
      <div part="field-button reveal-button" slot="suffix">
        <slot name="reveal"></slot>
      </div>
    `}},v(Gb)})),qb,Jb=o((()=>{E(),p(),qb=t`
  :host {
    background: var(--vaadin-login-form-background, transparent);
    border-radius: var(--vaadin-login-form-border-radius, 0);
    display: flex;
    box-sizing: border-box;
    flex-direction: column;
    gap: var(--vaadin-login-form-gap, var(--vaadin-gap-l));
    padding: var(--vaadin-login-form-padding, var(--vaadin-padding-l));
    max-width: 100%;
    width: var(--vaadin-login-form-width, 360px);
  }

  :host([hidden]) {
    display: none !important;
  }

  ::slotted(form) {
    display: flex;
    flex-direction: column;
    gap: var(--vaadin-login-form-gap, var(--vaadin-gap-m));
  }

  ::slotted([slot='form-title']) {
    color: var(--vaadin-login-form-title-color, var(--vaadin-text-color));
    font-size: var(--vaadin-login-form-title-font-size, 1.25rem);
    font-weight: var(--vaadin-login-form-title-font-weight, 600);
    line-height: var(--vaadin-login-form-title-line-height, inherit);
  }

  :host([error]) [part='error-message'] {
    display: grid;
  }

  [part='error-message'] {
    color: var(--vaadin-login-form-error-color, var(--vaadin-text-color));
    font-size: var(--vaadin-login-form-error-font-size, inherit);
    font-weight: var(--vaadin-login-form-error-font-weight, 400);
    gap: var(--vaadin-login-form-error-gap, 0 var(--vaadin-gap-s));
    grid-template-columns: auto 1fr;
    line-height: var(--vaadin-login-form-error-line-height, inherit);
  }

  [part='error-message']::before {
    background: currentColor;
    content: '';
    display: inline-block;
    flex: none;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-warn) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  [part='error-message-description'] {
    grid-column: 2;
  }
`})),Yb,Xb=o((()=>{p(),y(),T(),k(),w(),Jb(),Yb=class extends x(C(A(u))){static get is(){return`vaadin-login-form-wrapper`}static get styles(){return qb}static get properties(){return{error:{type:Boolean,value:!1,reflectToAttribute:!0},i18n:{type:Object}}}render(){return d`
      <slot name="form-title"></slot>
      <div part="error-message" ?hidden="${!this.error}">
        <strong part="error-message-title">${this.i18n.errorMessage.title}</strong>
        <div part="error-message-description">${this.i18n.errorMessage.message}</div>
      </div>

      <slot name="form"></slot>

      <slot name="custom-form-area"></slot>

      <slot name="submit"></slot>

      <slot name="forgot-password"></slot>

      <div part="footer">
        <slot name="footer"></slot>
        <div>${this.i18n.additionalInformation}</div>
      </div>
    `}},v(Yb)})),Zb,Qb,$b=o((()=>{E(),p(),qe(),Zb=t`
  [part='overlay'] {
    color: var(--vaadin-login-overlay-text-color, var(--vaadin-overlay-text-color, var(--vaadin-text-color)));
    background: var(
      --vaadin-login-overlay-background,
      var(--vaadin-overlay-background, var(--vaadin-background-color))
    );
    border: var(--vaadin-login-overlay-border-width, var(--vaadin-overlay-border-width, 1px)) solid
      var(--vaadin-login-overlay-border-color, var(--vaadin-overlay-border-color, var(--vaadin-border-color-secondary)));
    border-radius: var(--vaadin-login-overlay-border-radius, var(--vaadin-radius-l));
    box-shadow: var(--vaadin-login-overlay-shadow, var(--vaadin-overlay-shadow, 0 8px 24px -4px rgba(0, 0, 0, 0.3)));
  }

  [part='card'] {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    max-width: 100%;
    overflow: hidden;
  }

  [part='brand'] {
    background: var(--vaadin-login-overlay-brand-background, var(--vaadin-background-container));
    display: flex;
    flex-direction: column;
    padding: var(--vaadin-login-overlay-brand-padding, var(--vaadin-padding-l));
  }

  ::slotted([slot='title']) {
    color: var(--vaadin-login-overlay-title-color, var(--vaadin-text-color));
    font-size: var(--vaadin-login-overlay-title-font-size, inherit);
    font-weight: var(--vaadin-login-overlay-title-font-weight, 600);
    line-height: var(--vaadin-login-overlay-title-line-height, inherit);
  }

  [part='description'] {
    color: var(--vaadin-login-overlay-description-color, var(--vaadin-text-color-secondary));
    font-size: var(--vaadin-login-overlay-description-font-size, inherit);
    font-weight: var(--vaadin-login-overlay-description-font-weight, inherit);
    line-height: var(--vaadin-login-overlay-description-line-height, inherit);
  }
`,Qb=[Ke,Zb]})),ex,tx=o((()=>{p(),y(),h(),T(),lt(),k(),w(),$b(),ex=class extends ct(b(x(C(A(u))))){static get is(){return`vaadin-login-overlay-wrapper`}static get styles(){return Qb}static get properties(){return{description:{type:String}}}get _focusTrapRoot(){return this.owner}render(){return d`
      <div id="backdrop" part="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay">
        <div part="content" id="content">
          <section part="card">
            <div part="brand">
              <slot name="title"></slot>
              <div part="description">${this.description}</div>
            </div>
            <div part="form-wrapper">
              <slot></slot>
            </div>
          </section>
        </div>
      </div>
    `}},v(ex)})),nx,rx,ix=o((()=>{Xn(),nx={form:{title:`Log in`,username:`Username`,password:`Password`,submit:`Log in`,forgotPassword:`Forgot password`},errorMessage:{title:`Incorrect username or password`,message:`Check that you have entered the correct username and password and try again.`,username:`Username is required`,password:`Password is required`}},rx=e=>class extends tr(e){static get properties(){return{action:{type:String,value:null},disabled:{type:Boolean,value:!1,notify:!0},error:{type:Boolean,value:!1,reflectToAttribute:!0,notify:!0},noForgotPassword:{type:Boolean,value:!1},noAutofocus:{type:Boolean,value:!1},headingLevel:{type:Number,value:1},_preventAutoEnable:{type:Boolean,value:!1}}}static get defaultI18n(){return nx}get i18n(){return super.i18n}set i18n(e){super.i18n=e}}}));function ax(e){return(e.inputElement||e).type===`checkbox`}var ox,sx=o((()=>{p(),z(),ix(),ox=e=>class extends rx(e){get _customFields(){return[...this.children].filter(e=>e.getAttribute(`slot`)===`custom-form-area`&&e.hasAttribute(`name`))}get _userNameField(){return this.querySelector(`#vaadinLoginUsername`)}get _passwordField(){return this.querySelector(`#vaadinLoginPassword`)}update(e){super.update(e),this.__renderSlottedForm()}updated(e){super.updated(e),e.has(`error`)&&this.error&&!this._preventAutoEnable&&(this.disabled=!1)}async connectedCallback(){super.connectedCallback(),this.noAutofocus||(await new Promise(requestAnimationFrame),this._userNameField.focus())}__renderSlottedForm(){ie(d`
          <form method="POST" action="${B(this.action)}" @formdata="${this._onFormData}" slot="form">
            <input id="csrf" type="hidden" />
            <vaadin-text-field
              name="username"
              .label="${this.__effectiveI18n.form.username}"
              .errorMessage="${this.__effectiveI18n.errorMessage.username}"
              id="vaadinLoginUsername"
              required
              @keydown="${this._handleInputKeydown}"
              autocapitalize="none"
              autocorrect="off"
              spellcheck="false"
              autocomplete="username"
              manual-validation
            >
              <input type="text" slot="input" @keyup="${this._handleInputKeyup}" />
            </vaadin-text-field>

            <vaadin-password-field
              name="password"
              .label="${this.__effectiveI18n.form.password}"
              .errorMessage="${this.__effectiveI18n.errorMessage.password}"
              id="vaadinLoginPassword"
              required
              @keydown="${this._handleInputKeydown}"
              spellcheck="false"
              autocomplete="current-password"
              manual-validation
            >
              <input type="password" slot="input" @keyup="${this._handleInputKeyup}" />
            </vaadin-password-field>
          </form>

          <vaadin-button slot="submit" theme="primary submit" @click="${this.submit}" .disabled="${this.disabled}">
            ${this.__effectiveI18n.form.submit}
          </vaadin-button>

          <vaadin-button
            slot="forgot-password"
            theme="tertiary small"
            @click="${this._onForgotPasswordClick}"
            ?hidden="${this.noForgotPassword}"
          >
            ${this.__effectiveI18n.form.forgotPassword}
          </vaadin-button>
        `,this,{host:this})}submit(){let e=this._userNameField,t=this._passwordField;if(e.validate(),t.validate(),this.disabled||e.invalid||t.invalid)return;this.error=!1,this.disabled=!0;let n={username:e.value,password:t.value},r=this._customFields;r.length&&(n.custom={},r.forEach(e=>{ax(e)&&!e.checked||(n.custom[e.name]=e.value)}));let i={bubbles:!0,cancelable:!0,detail:n},a=this.dispatchEvent(new CustomEvent(`login`,i));if(this.action&&a){let e=document.querySelector(`meta[name=_csrf_parameter]`),t=document.querySelector(`meta[name=_csrf]`);if(e&&t){let n=this.querySelector(`#csrf`);n.name=e.content,n.value=t.content}this.querySelector(`form`).submit()}}_onFormData(e){let{formData:t}=e;this._customFields.length&&this._customFields.forEach(e=>{ax(e)&&!e.checked||t.append(e.name,e.value)})}_handleInputKeydown(e){if(e.key===`Enter`){let{currentTarget:t}=e,n=t.id===`vaadinLoginUsername`?this._passwordField:this._userNameField;t.validate()&&(n.checkValidity()?this.submit():n.focus())}}_handleInputKeyup(e){let t=e.currentTarget;e.key===`Tab`&&t instanceof HTMLInputElement&&t.select()}_onForgotPasswordClick(){this.dispatchEvent(new CustomEvent(`forgot-password`))}}})),cx,lx=o((()=>{dn(),cx=class extends mn{constructor(e){super(e,`title`,`div`)}setTitle(e){this.title=e,this.getSlotChild()||this.restoreDefaultNode(),this.node===this.defaultNode&&this.updateDefaultNode(this.node)}setLevel(e){this.level=e,this.node===this.defaultNode&&this.updateDefaultNode(this.node)}initNode(e){e===this.defaultNode&&e.setAttribute(`role`,`heading`),this.host.setAttribute(`aria-labelledby`,e.id)}restoreDefaultNode(){let{title:e}=this;if(e&&e.trim()!==``){let e=this.attachDefaultNode();this.initNode(e)}}updateDefaultNode(e){e&&(e.textContent=this.title,e.setAttribute(`aria-level`,this.level)),super.updateDefaultNode(e)}}})),ux,dx=o((()=>{lx(),ux=e=>class extends e{static get properties(){return{description:{type:String,value:`Application description`,notify:!0},opened:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},title:{type:String,value:`App name`},__effectiveTitle:{type:String},__effectiveDescription:{type:String}}}firstUpdated(){super.firstUpdated(),this.setAttribute(`role`,`dialog`),this.setAttribute(`aria-modal`,`true`),this.setAttribute(`tabindex`,`0`),this.__titleController=new cx(this),this.addController(this.__titleController),this._overlayElement=this.$.overlay}willUpdate(e){if(super.willUpdate(e),e.has(`__effectiveI18n`)||e.has(`title`)||e.has(`description`)){let e=this.__effectiveI18n?.header;this.__effectiveTitle=e?.title==null?this.title:e.title,this.__effectiveDescription=e?.description==null?this.description:e.description}}updated(e){super.updated(e),e.has(`__effectiveTitle`)&&this.__titleController.setTitle(this.__effectiveTitle),e.has(`headingLevel`)&&this.__titleController.setLevel(this.headingLevel),e.has(`opened`)&&this._openedChanged(this.opened)}connectedCallback(){super.connectedCallback(),this.__restoreOpened&&(this.opened=!0)}disconnectedCallback(){super.disconnectedCallback(),setTimeout(()=>{this.isConnected||(this.__restoreOpened=this.opened,this.opened=!1)})}_preventClosingLogin(e){e.preventDefault()}__handleOverlayClosed(){this.dispatchEvent(new CustomEvent(`closed`))}_openedChanged(e,t){t?(this._userNameField.value=``,this._passwordField.value=``,this.disabled=!1):e&&(document.body.style.pointerEvents=this.$.overlay._previousDocumentPointerEvents)}}})),fx,px=o((()=>{Wt(),qn(),Kb(),Xb(),tx(),p(),z(),y(),O(),T(),w(),sx(),dx(),fx=class extends ox(ux(S(x(C(u))))){static get is(){return`vaadin-login-overlay`}static get styles(){return t`
      :host([opened]),
      :host([opening]),
      :host([closing]) {
        display: block !important;
        position: fixed;
        outline: none;
      }

      :host,
      :host([hidden]) {
        display: none !important;
      }

      :host(:focus-visible) ::part(overlay) {
        outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
      }
    `}render(){return d`
      <vaadin-login-overlay-wrapper
        id="overlay"
        .owner="${this}"
        .opened="${this.opened}"
        .description="${this.__effectiveDescription}"
        focus-trap
        with-backdrop
        theme="${B(this._theme)}"
        @vaadin-overlay-escape-press="${this._preventClosingLogin}"
        @vaadin-overlay-outside-click="${this._preventClosingLogin}"
        @vaadin-overlay-closed="${this.__handleOverlayClosed}"
        @opened-changed="${this._onOpenedChanged}"
        exportparts="backdrop, overlay, content, card, brand, description, form-wrapper"
      >
        <slot name="title" slot="title"></slot>
        <vaadin-login-form-wrapper
          id="form"
          .error="${this.error}"
          .i18n="${this.__effectiveI18n}"
          part="form"
          role="region"
          aria-labelledby="title"
          exportparts="error-message, error-message-title, error-message-description, footer"
        >
          <div id="title" slot="form-title" part="form-title" role="heading" aria-level="${this.headingLevel+1}">
            ${this.__effectiveI18n.form.title}
          </div>
          <slot name="form" slot="form"></slot>
          <slot name="custom-form-area" slot="custom-form-area"></slot>
          <slot name="submit" slot="submit"></slot>
          <slot name="forgot-password" slot="forgot-password"></slot>
          <slot name="footer" slot="footer"></slot>
        </vaadin-login-form-wrapper>
      </vaadin-login-overlay-wrapper>
    `}_onOpenedChanged(e){this.opened=e.detail.value}},v(fx)})),mx,hx=o((()=>{Wt(),qn(),Kb(),Xb(),p(),z(),y(),O(),T(),w(),sx(),mx=class extends ox(S(x(C(u)))){static get is(){return`vaadin-login-form`}static get styles(){return t`
      :host {
        display: block;
        max-width: 100%;
      }

      :host([hidden]) {
        display: none !important;
      }
    `}render(){return d`
      <vaadin-login-form-wrapper
        id="form"
        theme="${B(this._theme)}"
        .error="${this.error}"
        .i18n="${this.__effectiveI18n}"
        part="form"
        role="region"
        aria-labelledby="title"
        exportparts="error-message, error-message-title, error-message-description, footer"
      >
        <div id="title" slot="form-title" part="form-title" role="heading" aria-level="${this.headingLevel}">
          ${this.__effectiveI18n.form.title}
        </div>
        <slot name="form" slot="form"></slot>
        <slot name="custom-form-area" slot="custom-form-area"></slot>
        <slot name="submit" slot="submit"></slot>
        <slot name="forgot-password" slot="forgot-password"></slot>
        <slot name="footer" slot="footer"></slot>
      </vaadin-login-form-wrapper>
    `}},v(mx)})),gx,_x=o((()=>{E(),p(),gx=t`
  /* stylelint-disable no-duplicate-selectors */
  :host {
    --_rtl-multiplier: 1;
    --_transition-duration: 0s;
    --_transition-easing: cubic-bezier(0.78, 0, 0.22, 1);

    display: grid;
    box-sizing: border-box;
    height: 100%;
    position: relative;
    overflow: clip;
  }

  :host(:not([overlay-containment='page'])) {
    isolation: isolate;
  }

  :host([dir='rtl']) {
    --_rtl-multiplier: -1;
  }

  :host([orientation='horizontal']) {
    --_transition-offset: calc(30px * var(--_rtl-multiplier));
  }

  :host([orientation='vertical']) {
    --_transition-offset: 0 30px;
  }

  :host([hidden]),
  ::slotted([hidden]) {
    display: none !important;
  }

  /* CSS grid template */

  :host {
    --_master-size: min(100%, 30rem);
    --_master-extra: 0px;
    --_detail-size: var(--_detail-cached-size);
    --_detail-extra: 0px;
    --_detail-cached-size: min-content;

    /* prettier-ignore */
    --_grid-template:
      [master-start] var(--_master-size) [master-extra] var(--_master-extra)
      [detail-start] var(--_detail-size) [detail-extra] var(--_detail-extra)
      [detail-end];
  }

  :host([force-overlay]) {
    /* prettier-ignore */
    --_grid-template:
      [master-start] var(--_master-size) [master-extra] var(--_master-extra)
      [detail-start] 0px                 [detail-extra] 0px
      [detail-end];
  }

  :host([orientation='horizontal']) {
    grid-template-columns: var(--_grid-template);
    grid-template-rows: 100%;
  }

  :host([orientation='vertical']) {
    grid-template-columns: 100%;
    grid-template-rows: var(--_grid-template);
  }

  /* CSS grid placement */

  :host {
    --_master-area: master-start / detail-start;

    /*
      When the detail size isn't explicitly defined and the detail is set to expand,
      the detail column template is 'min-content 1fr'. In this case, the detail area
      should not span both columns initially (and when recalculating the detail size)
      as spanning both would effectively collapse them into a single '1fr' column where
      min-content resolves to 0, making it impossible to measure the detail's intrinsic
      minimum width from JavaScript.
    */
    --_detail-area: detail-start / detail-extra;
  }

  :host(:is([has-detail], [has-detail-placeholder]):not([recalculating-detail-size])) {
    --_detail-area: detail-start / detail-end;
  }

  :host([orientation='horizontal']) #master {
    grid-column: var(--_master-area);
    grid-row: 1;
  }

  :host([orientation='vertical']) #master {
    grid-column: 1;
    grid-row: var(--_master-area);
  }

  :host([orientation='horizontal']) :is(#detail, #detailPlaceholder, #detailOutgoing) {
    grid-column: var(--_detail-area);
    grid-row: 1;
  }

  :host([orientation='vertical']) :is(#detail, #detailPlaceholder, #detailOutgoing) {
    grid-column: 1;
    grid-row: var(--_detail-area);
  }

  /* Expand */

  :host([expand-master]) {
    --_master-extra: 1fr;
  }

  :host([expand-detail]) {
    --_detail-extra: 1fr;
  }

  :host([keep-detail-column-offscreen]),
  :host([has-detail-placeholder][overlay]:not([has-detail])),
  :host(:not([has-detail-placeholder], [has-detail])) {
    --_master-extra: calc(100% - var(--_master-size));
  }

  /* Backdrop base styles */

  #backdrop {
    --_transition-easing: linear;

    position: absolute;
    inset: 0;
    z-index: 2;
    opacity: 0;
    pointer-events: none;
    background: var(--vaadin-overlay-backdrop-background, rgba(0, 0, 0, 0.2));
    forced-color-adjust: none;
  }

  /* Master base styles */

  #master {
    opacity: 0;
    pointer-events: none;
    box-sizing: border-box;
  }

  :host([has-master]) #master {
    opacity: 1;
    pointer-events: auto;
  }

  /* Detail base styles */

  #detail {
    translate: var(--_transition-offset);
    opacity: 0;
    z-index: 4;
  }

  :host([has-detail]) #detail {
    translate: none;
    opacity: 1;
  }

  #detailOutgoing {
    position: absolute;
    z-index: 3;
    display: none;
  }

  :host([transition='replace']) #detailOutgoing {
    display: block;
  }

  #detailPlaceholder {
    z-index: 1;
    visibility: hidden;
  }

  :host([has-detail-placeholder]:not([has-detail], [overlay])) #detailPlaceholder {
    visibility: visible;
  }

  :is(#detail, #detailPlaceholder, #detailOutgoing) {
    box-sizing: border-box;
  }

  /* Detail borders */

  #detail,
  #detailPlaceholder {
    border-color: var(--vaadin-master-detail-layout-border-color, var(--vaadin-border-color-secondary));
    border-width: var(--vaadin-master-detail-layout-border-width, 1px);
  }

  :host([orientation='horizontal']) #detailPlaceholder,
  :host([orientation='horizontal']:not([overlay])) #detail {
    border-inline-start-style: solid;
  }

  :host([orientation='vertical']) #detailPlaceholder,
  :host([orientation='vertical']:not([overlay])) #detail {
    border-block-start-style: solid;
  }

  /* Overlay */

  :host([overlay][orientation='horizontal']) {
    --_transition-offset: calc((100% + 30px) * var(--_rtl-multiplier));
  }

  :host([overlay][orientation='vertical']) {
    --_transition-offset: 0 calc(100% + 30px);
  }

  :host([has-detail][overlay]) #backdrop {
    opacity: 1;
    pointer-events: auto;
  }

  :host([has-detail][overlay]) :is(#detail, #detailOutgoing) {
    position: absolute;
    background: var(--vaadin-master-detail-layout-detail-background, var(--vaadin-background-color));
    box-shadow: var(--vaadin-master-detail-layout-detail-shadow, 0 0 20px 0 rgba(0, 0, 0, 0.3));
    grid-column: none;
    grid-row: none;
  }

  :host([has-detail][overlay][orientation='horizontal']) :is(#detail, #detailOutgoing) {
    inset-block: 0;
    inset-inline-end: 0;
    width: var(--_overlay-size, var(--_detail-size));
    max-width: 100%;
  }

  :host([has-detail][overlay][orientation='vertical']) :is(#detail, #detailOutgoing) {
    inset-inline: 0;
    inset-block-end: 0;
    height: var(--_overlay-size, var(--_detail-size));
    max-height: 100%;
  }

  :host([has-detail][overlay][overlay-containment='page']) :is(#detail, #detailOutgoing, #backdrop) {
    position: fixed;
    padding-top: env(safe-area-inset-top);
    padding-bottom: env(safe-area-inset-bottom);
    padding-right: env(safe-area-inset-right);
    --safe-area-inset-top: 0px;
    --safe-area-inset-bottom: 0px;
    --safe-area-inset-left: 0px;
    --safe-area-inset-right: 0px;
    --safe-area-inset-inline-start: 0px;
    --safe-area-inset-inline-end: 0px;
  }

  :host([dir='rtl'][has-detail][overlay][overlay-containment='page']) :is(#detail, #detailOutgoing, #backdrop) {
    padding-right: 0;
    padding-left: env(safe-area-inset-left);
  }

  /* Transitions */

  @media (prefers-reduced-motion: no-preference) {
    :host(:not([no-animation], [transition='replace'])) {
      --_transition-duration: 200ms;
    }

    :host([overlay]:not([no-animation])) {
      --_transition-duration: 300ms;
    }
  }

  /* Forced colors */

  @media (forced-colors: active) {
    :host([has-detail][overlay]) :is(#detail, #detailOutgoing) {
      outline: 3px solid !important;
    }

    :is(#detail, #detailPlaceholder, #detailOutgoing) {
      background: Canvas !important;
    }
  }
`}));function vx(e){let t=getComputedStyle(e),n=t.getPropertyValue(`--_transition-offset`),r=t.getPropertyValue(`--_transition-easing`),i=t.getPropertyValue(`--_transition-duration`);return{offset:n,easing:r,duration:i.endsWith(`ms`)?parseFloat(i):parseFloat(i)*1e3}}function yx(e){return e.getAnimations().find(e=>e.id===Dx&&e.playState!==`finished`)}function bx(e){let t=yx(e);if(!t)return 0;let n=t.currentTime;return n==null?0:n/t.effect.getTiming().duration}function xx(e,t,n,r){let{offset:i,easing:a,duration:o}=vx(e);if(!i||!o||r===1)return Promise.resolve();let s=yx(e);s&&s.cancel();let c={};n.includes(`fade`)&&(c.opacity=[0,1]),n.includes(`slide`)&&(c.translate=[i,0]);let l=e.animate(c,{id:Dx,easing:a,duration:o});return l.pause(),l.currentTime=o*r,l.playbackRate=t===`in`?1:-1,l.play(),l.finished}function Sx(e,t,n){return xx(e,`in`,t,n)}function Cx(e,t,n){return xx(e,`out`,t,n)}function wx(e){e.getAnimations({subtree:!0}).forEach(e=>{e.id===Dx&&e.cancel()})}function Tx(e){return e.replace(/\[[^\]]+\]/gu,``).replace(/\s+/gu,` `).trim().split(` `).map(parseFloat)}function Ex(e,t){let[n,r,i]=t;return!(Math.floor(n+r+i)<=Math.floor(e)||Math.floor(r)>=Math.floor(i))}var Dx,Ox=o((()=>{Dx=`vaadin-master-detail-layout`})),kx,Ax=o((()=>{p(),j(),y(),Je(),O(),T(),w(),_x(),Ox(),kx=class extends S(x(C(u))){static get is(){return`vaadin-master-detail-layout`}static get styles(){return gx}static get properties(){return{detailSize:{type:String,sync:!0},masterSize:{type:String,sync:!0},overlaySize:{type:String,sync:!0,observer:`__overlaySizeChanged`},orientation:{type:String,value:`horizontal`,reflectToAttribute:!0,sync:!0},overlayContainment:{type:String,value:`layout`,reflectToAttribute:!0,sync:!0},expandMaster:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},expandDetail:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},noAnimation:{type:Boolean,value:!1,reflectToAttribute:!0},forceOverlay:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},__detailCachedSize:{type:String,observer:`__detailCachedSizeChanged`,sync:!0}}}render(){let e=this.hasAttribute(`has-detail`)&&this.hasAttribute(`overlay`),t=e&&this.overlayContainment===`page`,n=e&&!t;return d`
      <div id="backdrop" part="backdrop" @click="${this.__onBackdropClick}"></div>
      <div id="master" part="master" ?inert="${n}">
        <slot @slotchange="${this.__onSlotChange}"></slot>
      </div>
      <div id="detailOutgoing" inert>
        <slot name="detail-outgoing"></slot>
      </div>
      <div
        id="detail"
        part="detail"
        role="${e?`dialog`:se}"
        aria-modal="${t?`true`:se}"
        @keydown="${this.__onDetailKeydown}"
      >
        <slot name="detail" @slotchange="${this.__onSlotChange}"></slot>
      </div>
      <div id="detailPlaceholder" part="detail-placeholder">
        <slot name="detail-placeholder" @slotchange="${this.__onSlotChange}"></slot>
      </div>
    `}connectedCallback(){super.connectedCallback(),this.__initResizeObserver();let e=this.__ancestorLayouts;e.length>0&&(e.forEach(e=>{cancelAnimationFrame(e.__initialRaf)}),this.__initialRaf=requestAnimationFrame(()=>{this.recalculateLayout()}))}disconnectedCallback(){super.disconnectedCallback(),this.__resizeObserver.disconnect(),cancelAnimationFrame(this.__resizeRaf),cancelAnimationFrame(this.__initialRaf),wx(this)}updated(e){super.updated(e),e.has(`masterSize`)&&this.style.setProperty(`--_master-size`,this.masterSize),e.has(`detailSize`)&&this.style.setProperty(`--_detail-size`,this.detailSize),(e.has(`masterSize`)&&e.get(`masterSize`)!=null||e.has(`detailSize`)&&e.get(`detailSize`)!=null||e.has(`orientation`)&&e.get(`orientation`)!=null||e.has(`forceOverlay`)&&e.get(`forceOverlay`)!=null)&&this.recalculateLayout()}__overlaySizeChanged(e){this.style.setProperty(`--_overlay-size`,e)}__detailCachedSizeChanged(e){this.style.setProperty(`--_detail-cached-size`,e)}__onSlotChange(){this.__initResizeObserver()}__initResizeObserver(){this.__resizeObserver||=new ResizeObserver(()=>this.__onResize()),this.__resizeObserver.disconnect(),[this,this.$.master,this.$.detail,this.__slottedMaster,this.__slottedDetail].forEach(e=>{e&&this.__resizeObserver.observe(e)})}__onResize(){let e=this.__readLayoutState();cancelAnimationFrame(this.__resizeRaf),this.__resizeRaf=requestAnimationFrame(()=>this.__writeLayoutState(e))}__readLayoutState(){let e=this.orientation===`vertical`,t=this.__slottedMaster,n=this.__slottedDetail,r=this.__slottedDetailPlaceholder,i=!!t,a=this.hasAttribute(`has-detail`),o=n!=null&&n.checkVisibility(),s=!!r,c=getComputedStyle(this),l=parseFloat(c[e?`height`:`width`]),u=Tx(c[e?`gridTemplateRows`:`gridTemplateColumns`]),d=(o||s)&&(this.forceOverlay||Ex(l,u));return{hasMaster:i,hadDetail:a,hasDetail:o,hasDetailPlaceholder:s,hasOverflow:d,focusTarget:!a&&o&&d?Ie(n)[0]:null,hostSize:l,trackSizes:u}}__writeLayoutState({hasMaster:e,hadDetail:t,hasDetail:n,hasDetailPlaceholder:r,hasOverflow:i,focusTarget:a,trackSizes:o}){let[s,c,l]=o;(n||r)&&this.__isDetailAutoSized&&l>0?this.__detailCachedSize||=`${Math.ceil(l)}px`:this.__detailCachedSize=null,!t&&n&&i?this.setAttribute(`keep-detail-column-offscreen`,``):(!n||!i)&&this.removeAttribute(`keep-detail-column-offscreen`),this.toggleAttribute(`overlay`,i),this.toggleAttribute(`has-master`,e),this.toggleAttribute(`has-detail`,n),this.toggleAttribute(`has-detail-placeholder`,r),this.requestUpdate(),a&&a.focus({preventScroll:!0,focusVisible:M()})}recalculateLayout(){let e=[...this.__ancestorLayouts,this];e.forEach(e=>{cancelAnimationFrame(e.__resizeRaf),e.__detailCachedSize=null,e.__isDetailAutoSized&&(e.removeAttribute(`overlay`),e.toggleAttribute(`recalculating-detail-size`,!0))}),e.forEach(e=>{let t=e.__readLayoutState();e.__writeLayoutState(t)}),e.forEach(e=>{e.__isDetailAutoSized&&e.toggleAttribute(`recalculating-detail-size`,!1)})}get __isDetailAutoSized(){return this.detailSize==null}get __ancestorLayouts(){let e=tt(this.constructor.is,this.parentNode);return e?[...e.__ancestorLayouts,e]:[]}__onBackdropClick(){this.dispatchEvent(new CustomEvent(`backdrop-click`))}__onDetailKeydown(e){e.key===`Escape`&&!e.defaultPrevented&&(e.preventDefault(),this.dispatchEvent(new CustomEvent(`detail-escape-press`)))}async _setDetail(e,t){let n=this.__slottedDetail;if(n===(e||null))return;let r=async()=>{n?.slot===`detail`&&n.remove(),e&&(e.setAttribute(`slot`,`detail`),this.appendChild(e)),await Promise.resolve(),this.recalculateLayout()};if(t||this.noAnimation){await r();return}let i=!!this.__slottedDetailPlaceholder;n&&e||i&&!this.hasAttribute(`overlay`)?await this._startTransition(`replace`,r):!n&&e?await this._startTransition(`add`,r):n&&!e&&await this._startTransition(`remove`,r)}async _startTransition(e,t){if(this.noAnimation){await t();return}try{switch(this.setAttribute(`transition`,e),e){case`add`:await this.__addTransition(t);break;case`remove`:await this.__removeTransition(t);break;default:await this.__replaceTransition(t);break}this.removeAttribute(`transition`)}catch(e){if(e instanceof DOMException&&e.name===`AbortError`)return;throw e}}async __addTransition(e){await e();let t=bx(this.$.detail);this.hasAttribute(`overlay`)?await Promise.all([Sx(this.$.detail,[`slide`],t),Sx(this.$.backdrop,[`fade`],t)]):await Sx(this.$.detail,[`slide`,`fade`],t)}async __replaceTransition(e){let t=this.__slottedDetail;t&&(t.slot=`detail-outgoing`);try{this.$.detailOutgoing.style.width=this.__detailCachedSize,await e();let t=this.hasAttribute(`overlay`),n=bx(this.$.detail);await Promise.all([Sx(this.$.detail,t?[`slide`]:[`slide`,`fade`],n),Cx(this.$.detailOutgoing,t?[`slide`]:[`slide`,`fade`],n)])}finally{t?.slot===`detail-outgoing`&&t.remove()}}async __removeTransition(e){let t=bx(this.$.detail);this.hasAttribute(`overlay`)?await Promise.all([Cx(this.$.detail,[`slide`],t),Cx(this.$.backdrop,[`fade`],t)]):await Cx(this.$.detail,[`slide`,`fade`],t),await e()}get __slottedMaster(){return this.querySelector(`:scope > :is([slot=""], :not([slot]))`)}get __slottedDetail(){return this.querySelector(`:scope > [slot="detail"]`)}get __slottedDetailPlaceholder(){return this.querySelector(`:scope > [slot="detail-placeholder"]`)}},v(kx)}));function jx(e,t){if(e.$connector)return;let n=new MutationObserver(t=>{t.some(e=>e.oldValue!==e.target.getAttribute(e.attributeName))&&e.$connector.generateItems()});e.$connector={generateItems(r){if(!e.shadowRoot){setTimeout(()=>e.$connector.generateItems(r));return}if(!e._container){queueMicrotask(()=>e.$connector.generateItems(r));return}r&&(e.__generatedItems=window.Vaadin.Flow.contextMenuConnector.generateItemsTree(t,r));let i=e.__generatedItems||[];i.forEach(e=>{e.disabled=e.component.disabled,e.component._rootItem=e}),i.forEach(e=>{n.observe(e.component,{attributeFilter:[`hidden`,`disabled`],attributeOldValue:!0})}),i=i.filter(e=>!e.component.hidden),e.items=i}}}function Mx(e){let t=e._rootItem||e._item;t&&(t.className=e.className)}var Nx=o((()=>{Ns(),window.Vaadin.Flow.menubarConnector={initLazy:jx,setClassName:Mx}})),Px,Fx=o((()=>{ts(),Px=es})),Ix,Lx=o((()=>{p(),y(),h(),T(),Ti(),k(),w(),Fx(),Ix=class extends wi(x(b(C(A(u))))){static get is(){return`vaadin-menu-bar-item`}static get styles(){return Px}render(){return d`
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}connectedCallback(){super.connectedCallback(),this.setAttribute(`role`,`menuitem`)}__shouldAllowFocusWhenDisabled(){return window.Vaadin.featureFlags.accessibleDisabledMenuItems}},v(Ix)})),Rx,zx=o((()=>{p(),yi(),y(),h(),T(),as(),k(),w(),Rx=class extends vi(x(b(C(A(u))))){static get is(){return`vaadin-menu-bar-list-box`}static get styles(){return is}static get properties(){return{orientation:{type:String,readOnly:!0}}}get _scrollerElement(){return this.shadowRoot.querySelector(`[part="items"]`)}render(){return d`
      <div part="items">
        <slot></slot>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`menu`)}},v(Rx)})),Bx,Vx=o((()=>{ls(),qe(),Bx=[Ke,cs]})),Hx,Ux=o((()=>{p(),y(),h(),T(),ms(),lt(),k(),w(),Vx(),Hx=class extends ps(ct(b(x(C(A(u)))))){static get is(){return`vaadin-menu-bar-overlay`}static get styles(){return Bx}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <div id="backdrop" part="backdrop" ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay" tabindex="0">
        <div part="content" id="content">
          <slot></slot>
          <slot name="submenu"></slot>
        </div>
      </div>
    `}},v(Hx)})),Wx,Gx=o((()=>{Lx(),zx(),Ux(),p(),z(),y(),T(),ws(),ge(),Wx=class extends Cs(Te(C(u))){static get is(){return`vaadin-menu-bar-submenu`}static get styles(){return t`
      :host {
        display: block;
      }

      :host([hidden]) {
        display: none !important;
      }
    `}static get properties(){return{isRoot:{type:Boolean,reflectToAttribute:!0,sync:!0}}}constructor(){super(),this.openOn=`opensubmenu`}firstUpdated(e){this._tooltipController=this.parentElement._tooltipController,super.firstUpdated(e)}get _tagNamePrefix(){return`vaadin-menu-bar`}render(){return d`
      <vaadin-menu-bar-overlay
        id="overlay"
        .owner="${this}"
        .opened="${this.opened}"
        .model="${this._context}"
        .modeless="${this._modeless}"
        .renderer="${this.__itemsRenderer}"
        .withBackdrop="${this._phone}"
        .positionTarget="${this._positionTarget}"
        ?no-horizontal-overlap="${!this.isRoot}"
        ?phone="${this._phone}"
        theme="${B(this._theme)}"
        exportparts="backdrop, overlay, content"
        @opened-changed="${this._onOverlayOpened}"
        @vaadin-overlay-open="${this._onVaadinOverlayOpen}"
      >
        <slot name="overlay"></slot>
        <slot name="submenu" slot="submenu"></slot>
      </vaadin-menu-bar-overlay>
    `}_openedChanged(){}__onGlobalContextMenu(){}close(){super.close(),this.hasAttribute(`is-root`)&&this.parentElement._close()}_shouldCloseOnOutsideClick(e){return this.hasAttribute(`is-root`)&&e.composedPath().includes(this.listenOn)?!1:super._shouldCloseOnOutsideClick(e)}},v(Wx)})),Kx,qx=o((()=>{p(),Kx=t`
  :host {
    flex-shrink: 0;
  }

  :host([focus-ring]) {
    z-index: 1;
  }

  :host([slot='overflow']) {
    margin-inline-end: 0;
  }

  .vaadin-button-container {
    gap: inherit;
  }

  :host(:not([slot='overflow'])[aria-haspopup]) [part='suffix'] {
    display: flex;
    align-items: center;
    gap: inherit;
  }

  :host(:not([slot='overflow'])[aria-haspopup]) [part='suffix']::after {
    background: currentColor;
    content: '';
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-chevron-down) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  ::slotted(vaadin-menu-bar-item) {
    padding: 0;
    gap: 0;
  }

  ::slotted(vaadin-menu-bar-item)::after {
    display: none;
  }
`})),Jx,Yx=o((()=>{Wt(),y(),qx(),Jx=class extends Nt{static get is(){return`vaadin-menu-bar-button`}static get styles(){return[super.styles,Kx]}_onKeyDown(e){this.__triggeredWithActiveKeys=this._activeKeys.includes(e.key),super._onKeyDown(e),this.__triggeredWithActiveKeys=null}_setActive(e){!e&&this.hasAttribute(`expanded`)||super._setActive(e)}__shouldSuppressInteractionEvent(e){return e.type===`keydown`&&[`ArrowLeft`,`ArrowRight`].includes(e.key)?!1:super.__shouldSuppressInteractionEvent(e)}},v(Jx)})),Xx,Zx=o((()=>{p(),Xx=t`
  :host {
    display: block;
    min-width: 0;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='container'] {
    display: flex;
    flex-wrap: nowrap;
    position: relative;
    width: 100%;
    --_gap: var(--vaadin-menu-bar-gap, 0px);
    --_bw: var(--vaadin-button-border-width, 1px);
    gap: var(--_gap);
    --_rad-button: var(--vaadin-button-border-radius, var(--vaadin-radius-m));
  }

  :host(:not([has-single-button])) ::slotted(vaadin-menu-bar-button:not(:first-of-type)) {
    margin-inline-start: min(var(--_bw) * -1 + var(--_gap) * 1000, 0px);
  }

  ::slotted(vaadin-menu-bar-button) {
    border-radius: 0;
  }

  ::slotted([first-visible]),
  :host([has-single-button]) ::slotted([slot='overflow']),
  ::slotted(vaadin-menu-bar-button[theme~='tertiary']) {
    border-start-start-radius: var(--_rad-button);
    border-end-start-radius: var(--_rad-button);
  }

  ::slotted(:is([last-visible], [slot='overflow'])),
  ::slotted(vaadin-menu-bar-button[theme~='tertiary']) {
    border-start-end-radius: var(--_rad-button);
    border-end-end-radius: var(--_rad-button);
  }

  :host([theme~='end-aligned']) ::slotted(vaadin-menu-bar-button[first-visible]),
  :host([theme~='end-aligned'][has-single-button]) ::slotted(vaadin-menu-bar-button) {
    margin-inline-start: auto;
  }
`})),Qx,$x=o((()=>{bs(),Qx=class extends ys{_getItem(e){return e.localName===`vaadin-menu-bar-button`?e.item:super._getItem(e)}_getDefaultPosition(e){return e.localName===`vaadin-menu-bar-button`?`bottom`:super._getDefaultPosition(e)}}})),eS,tS,nS,rS,iS=o((()=>{p(),Tn(),z(),Kt(),ze(),j(),Ar(),m(),g(),Xn(),Ae(),R(),$x(),eS=class extends le{update(e,[{component:t,text:n}]){let{parentNode:r,startNode:i}=e,a=t||(n?document.createTextNode(n):null),o=this.getOldNode(e);return o===a||(o&&a?r.replaceChild(a,o):o?r.removeChild(o):a&&i.after(a)),f}getOldNode(e){let{startNode:t,endNode:n}=e;return t.nextSibling===n?null:t.nextSibling}},tS=oe(eS),nS={moreOptions:`More options`},rS=e=>class extends tr(kr(je(N(Vt(e))))){static get properties(){return{items:{type:Array,sync:!0,value:()=>[]},openOnHover:{type:Boolean},reverseCollapse:{type:Boolean,sync:!0},tabNavigation:{type:Boolean,sync:!0}}}static get defaultI18n(){return nS}get i18n(){return super.i18n}set i18n(e){super.i18n=e}constructor(){super(),this.__boundOnContextMenuKeydown=this.__onContextMenuKeydown.bind(this)}get focused(){return(this._getItems()||[]).find(Pe)||this._expandedButton}get _vertical(){return!1}get _tabNavigation(){return this.tabNavigation}get _observeParent(){return!0}get _buttons(){return Array.from(this.querySelectorAll(`vaadin-menu-bar-button`))}get _hasOverflow(){return this._overflow&&!this._overflow.hasAttribute(`hidden`)}set _hasOverflow(e){this._overflow&&this._overflow.toggleAttribute(`hidden`,!e)}ready(){super.ready(),this.setAttribute(`role`,`menubar`),this._subMenuController=new I(this,`submenu`,`vaadin-menu-bar-submenu`,{initializer:e=>{e.setAttribute(`is-root`,``),e.addEventListener(`item-selected`,this.__onItemSelected.bind(this)),e.addEventListener(`close-all-menus`,this.__onEscapeClose.bind(this)),e._overlayElement._contentRoot.addEventListener(`keydown`,this.__boundOnContextMenuKeydown),this._subMenu=e}}),this._overflowController=new I(this,`overflow`,`vaadin-menu-bar-button`,{initializer:e=>{e.setAttribute(`hidden`,``);let t=document.createElement(`div`);t.setAttribute(`aria-hidden`,`true`),t.innerHTML=`&centerdot;`.repeat(3),e.appendChild(t),e.setAttribute(`aria-haspopup`,`true`),e.setAttribute(`aria-expanded`,`false`),e.setAttribute(`role`,this.tabNavigation?`button`:`menuitem`),this._overflow=e}}),this._tooltipController=new Qx(this),this.addEventListener(`mousedown`,()=>this._tooltipController.close(!0)),this.addEventListener(`mouseleave`,()=>this._tooltipController.close()),this.addController(this._tooltipController),this.addController(this._subMenuController),this.addController(this._overflowController),this._container=this.shadowRoot.querySelector(`[part="container"]`)}updated(e){super.updated(e),(e.has(`items`)||e.has(`_theme`)||e.has(`disabled`))&&this.__renderButtons(this.items),(e.has(`items`)||e.has(`_theme`)||e.has(`reverseCollapse`))&&this.__scheduleOverflow(),e.has(`items`)&&this.__updateSubMenu(),e.has(`_theme`)&&this._themeChanged(this._theme),e.has(`disabled`)&&this._overflow.toggleAttribute(`disabled`,this.disabled),e.has(`tabNavigation`)&&this._tabNavigationChanged(this.tabNavigation),e.has(`__effectiveI18n`)&&this.__i18nChanged(this.__effectiveI18n)}_getItems(){return this._buttons}disconnectedCallback(){super.disconnectedCallback(),this._tooltipController.setTarget(null)}_onResize(){this.__scheduleOverflow()}_themeChanged(e){e?(this._overflow.setAttribute(`theme`,e),this._subMenu.setAttribute(`theme`,e)):(this._overflow.removeAttribute(`theme`),this._subMenu.removeAttribute(`theme`))}_tabNavigationChanged(e){let t=this.querySelector(`[tabindex="0"]`);this._buttons.forEach(n=>{t?this._setTabindex(n,n===t):this._setTabindex(n,!1),n.setAttribute(`role`,e?`button`:`menuitem`)}),this.setAttribute(`role`,e?`group`:`menubar`)}__updateSubMenu(){let e=this._subMenu;if(e?.opened){let t=e._positionTarget;(!t.isConnected||!Array.isArray(t.item.children)||t.item.children.length===0)&&e.close()}}__i18nChanged(e){e?.moreOptions!==void 0&&(e.moreOptions?this._overflow.setAttribute(`aria-label`,e.moreOptions):this._overflow.removeAttribute(`aria-label`))}__getOverflowCount(e){return e.item&&e.item.children&&e.item.children.length||0}__restoreButtons(e){e.forEach(e=>{e.style.visibility=``,e.style.position=``,e.style.width=``;let t=e.item&&e.item.component;t instanceof HTMLElement&&t.getAttribute(`role`)===`menuitem`&&this.__restoreItem(e,t)}),this.__updateOverflow([])}__restoreItem(e,t){e.appendChild(t),t.removeAttribute(`role`),t.removeAttribute(`aria-expanded`),t.removeAttribute(`aria-haspopup`),t.removeAttribute(`tabindex`)}__updateOverflow(e){this._overflow.item={children:e},this._hasOverflow=e.length>0}__setOverflowItems(e,t){let n=this._container;if(n.style.minWidth=`${n.offsetWidth}px`,n.offsetWidth<n.scrollWidth){this._hasOverflow=!0;let r=this.__isRTL,i=n.offsetLeft,a=[...e];for(;a.length;){let e=a[a.length-1],o=e.offsetLeft-i;if(!r&&o+e.offsetWidth<n.offsetWidth-t.offsetWidth||r&&o>=t.offsetWidth)break;let s=this.reverseCollapse?a.shift():a.pop();s.style.width=getComputedStyle(s).width,s.style.visibility=`hidden`,s.style.position=`absolute`}let o=e.filter(e=>!a.includes(e)).map(e=>e.item);this.__updateOverflow(o)}n.style.minWidth=``}__scheduleOverflow(){this._overflowDebouncer=D.debounce(this._overflowDebouncer,be,()=>{this.__detectOverflow()})}__detectOverflow(){let e=this._overflow,t=this._buttons.filter(t=>t!==e),n=this.__getOverflowCount(e);this.__restoreButtons(t),this.__setOverflowItems(t,e);let r=this.__getOverflowCount(e);n!==r&&this._subMenu.opened&&this._subMenu.close();let i=r===t.length||r===0&&t.length===1;this.toggleAttribute(`has-single-button`,i);let a=t.filter(e=>e.style.visibility!==`hidden`);a.length?a.some(e=>e.getAttribute(`tabindex`)===`0`)||this._setTabindex(a[a.length-1],!0):this._overflow.setAttribute(`tabindex`,`0`),a.forEach((e,t,n)=>{e.toggleAttribute(`first-visible`,t===0),e.toggleAttribute(`last-visible`,!this._hasOverflow&&t===n.length-1)})}__getButtonTheme(e,t){let n=t,r=e?.theme;return r!=null&&(n=Array.isArray(r)?r.join(` `):r),n}__getComponent(e){let t=e.component,n,r=t instanceof HTMLElement;if(r&&t.localName===`vaadin-menu-bar-item`?n=t:(n=document.createElement(`vaadin-menu-bar-item`),n.appendChild(r?t:document.createElement(t))),e.text){let t=n.firstChild||n;t.textContent=e.text}return n}__renderButtons(e=[]){ie(d`
          ${e.map(e=>{let t={...e},n=!!e?.children;if(t.component){let e=this.__getComponent(t);t.component=e,e.item=t}return d`
              <vaadin-menu-bar-button
                .item="${t}"
                .disabled="${this.disabled||e.disabled}"
                role="${this.tabNavigation?`button`:`menuitem`}"
                aria-haspopup="${B(n?`true`:se)}"
                aria-expanded="${B(n?`false`:se)}"
                class="${B(e.className||se)}"
                theme="${B(this.__getButtonTheme(e,this._theme)||se)}"
                @click="${this.__onRootButtonClick}"
                >${tS(t)}</vaadin-menu-bar-button
              >
            `})}
        `,this,{renderBefore:this._overflow})}__onRootButtonClick(e){let t=e.target;t.item&&t.item.component&&!e.composedPath().includes(t.item.component)&&(e.stopPropagation(),t.item.component.click())}_setExpanded(e,t){e.toggleAttribute(`expanded`,t),e.toggleAttribute(`active`,t),e.setAttribute(`aria-expanded`,t?`true`:`false`)}_setTabindex(e,t){this.tabNavigation&&this._isItemFocusable(e)?e.setAttribute(`tabindex`,`0`):e.setAttribute(`tabindex`,t?`0`:`-1`)}_focusItem(e,t,n){let r=n&&this.focused===this._expandedButton;r&&this._close(),super._focusItem(e,t,n),this._buttons.forEach(t=>{this._setTabindex(t,t===e)}),this._tooltipController.setTarget(e),r&&e.item&&e.item.children?this.__openSubMenu(e,!0,{keepFocus:!0}):this._subMenu.opened||this._tooltipController.open({trigger:`focus`})}_getButtonFromEvent(e){return Array.from(e.composedPath()).find(e=>e.localName===`vaadin-menu-bar-button`)}_shouldSetFocus(e){return e.composedPath().includes(this._subMenu)?!1:super._shouldSetFocus(e)}_shouldRemoveFocus(e){return e.composedPath().includes(this._subMenu)?!1:super._shouldRemoveFocus(e)}_setFocused(e){let t=e?this.__getFocusTarget():null;t?(this._tooltipController.setTarget(t),this._buttons.forEach(e=>{this._setTabindex(e,e===t)}),!this._subMenu.opened&&M()&&this._tooltipController.open({trigger:`focus`})):this._tooltipController.close(!0)}__getFocusTarget(){let e=this._buttons.find(e=>Pe(e));if(!e){let t=this.tabNavigation?`[focused]`:`[tabindex="0"]`;e=this.querySelector(`vaadin-menu-bar-button${t}`),Le(e)&&(e=this._buttons[this._getFocusableIndex()])}return e}_onArrowDown(e){e.preventDefault();let t=this._getButtonFromEvent(e);t===this._expandedButton?this._focusFirstItem():this.__openSubMenu(t,!0)}_onArrowUp(e){e.preventDefault();let t=this._getButtonFromEvent(e);t===this._expandedButton?this._focusLastItem():this.__openSubMenu(t,!0,{focusLast:!0})}_onEscape(e){e.composedPath().includes(this._expandedButton)&&this._close(!0),this._tooltipController.close(!0)}_onKeyDown(e){e.composedPath().includes(this._subMenu)||this._handleKeyDown(e)}_handleKeyDown(e){switch(e.key){case`ArrowDown`:this._onArrowDown(e);break;case`ArrowUp`:this._onArrowUp(e);break;default:super._onKeyDown(e);break}}_onMouseOver(e){if(e.composedPath().includes(this._subMenu))return;let t=this._getButtonFromEvent(e);this._tooltipController.setTarget(t),t&&t!==this._expandedButton&&t.item.children&&(this.openOnHover||this._subMenu.opened)&&this.__openSubMenu(t,!1),this._subMenu.opened||this._tooltipController.open({trigger:`hover`})}__onContextMenuKeydown(e){let t=Array.from(e.composedPath()).find(e=>e._item);if(t){let n=t.parentNode;e.keyCode===38&&t===n.items[0]&&this._close(!0),(e.keyCode===37||e.keyCode===39&&!t._item.children)&&(e.stopImmediatePropagation(),this._handleKeyDown(e)),e.key===`Tab`&&this.tabNavigation&&this._handleKeyDown(e)}}__fireItemSelected(e){this.dispatchEvent(new CustomEvent(`item-selected`,{detail:{value:e}}))}__onButtonClick(e){let t=this._getButtonFromEvent(e);t&&this.__openSubMenu(t,t.__triggeredWithActiveKeys)}__openSubMenu(e,t,n={}){if(e.disabled)return;let r=this._subMenu,i=e.item;if(r.opened&&(this._close(),r.listenOn===e))return;let a=i?.children;if(!a||a.length===0){this.__fireItemSelected(i);return}r.items=a,r.listenOn=e,r._positionTarget=e;let o=r._overlayElement;o.noVerticalOverlap=!0,this._tooltipController.close(!0),this._expandedButton=e,this._setExpanded(e,!0),this.style.pointerEvents=`auto`,e.dispatchEvent(new CustomEvent(`opensubmenu`,{detail:{children:a}})),o.addEventListener(`vaadin-overlay-open`,()=>{if(n.focusLast&&this._focusLastItem(),n.keepFocus){let e={focusVisible:M()};this._focusItem(this._expandedButton,e,!1)}t||o.$.overlay.focus()},{once:!0})}_focusFirstItem(){this._subMenu._overlayElement._contentRoot.firstElementChild.focus()}_focusLastItem(){let e=this._subMenu._overlayElement._contentRoot.firstElementChild,t=e.items[e.items.length-1];t&&t.focus()}__onItemSelected(e){e.stopPropagation(),this.__fireItemSelected(e.detail.value)}__onEscapeClose(){this.__deactivateButton(!0)}__deactivateButton(e){let t=this._expandedButton;if(t?.hasAttribute(`expanded`)){if(this._setExpanded(t,!1),e){let e={focusVisible:M()};this._focusItem(t,e,!1)}else this._tooltipController.close(!0);this._expandedButton=null}}_close(e=!1){this.style.pointerEvents=``,this.__deactivateButton(e),this._subMenu.opened&&this._subMenu.close()}close(){this._close()}_isItemFocusable(e){return e.disabled&&e.__shouldAllowFocusWhenDisabled?e.__shouldAllowFocusWhenDisabled():super._isItemFocusable(e)}}})),aS,oS=o((()=>{Gx(),Yx(),p(),y(),O(),T(),k(),w(),Zx(),iS(),aS=class extends rS(S(x(C(A(u))))){static get is(){return`vaadin-menu-bar`}static get styles(){return Xx}render(){return d`
      <div part="container" @click="${this.__onButtonClick}" @mouseover="${this._onMouseOver}">
        <slot></slot>
        <slot name="overflow"></slot>
      </div>

      <slot name="submenu"></slot>

      <slot name="tooltip"></slot>
    `}},v(aS)})),sS,cS=o((()=>{E(),p(),sS=t`
  :host {
    height: auto;
  }

  [part='input-field'] {
    overflow: auto;
    scroll-padding: var(
      --vaadin-input-field-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
  }

  ::slotted(textarea) {
    resize: none;
    white-space: pre-wrap;
  }

  [part='input-field'] ::slotted(:not(textarea)),
  [part~='clear-button'] {
    align-self: flex-start;
    position: sticky;
    top: 0;
  }

  [part~='clear-button'] {
    top: min(0px, (24px - 1lh) / -2);
  }

  /* Workaround https://bugzilla.mozilla.org/show_bug.cgi?id=1739079 */
  :host([disabled]) ::slotted(textarea) {
    user-select: none;
  }
`})),lS,uS=o((()=>{R(),lS=class extends I{constructor(e,t){super(e,`textarea`,`textarea`,{initializer:(e,n)=>{let r=n.getAttribute(`value`);r&&(e.value=r);let i=n.getAttribute(`name`);i&&e.setAttribute(`name`,i),e.id=this.defaultId,typeof t==`function`&&t(e)},useUniqueId:!0})}}})),dS,fS=o((()=>{Ae(),Zn(),fn(),uS(),dS=e=>class extends je(Vn(e)){static get properties(){return{maxlength:{type:Number},minlength:{type:Number},pattern:{type:String},minRows:{type:Number,value:2,observer:`__minRowsChanged`},maxRows:{type:Number}}}static get delegateAttrs(){return[...super.delegateAttrs,`maxlength`,`minlength`,`pattern`]}static get constraints(){return[...super.constraints,`maxlength`,`minlength`,`pattern`]}static get observers(){return[`__updateMinHeight(minRows, inputElement)`,`__updateMaxHeight(maxRows, inputElement, _inputField)`]}get clearElement(){return this.$.clearButton}_onResize(){this._updateHeight(),this.__scrollPositionUpdated()}_onScroll(){this.__scrollPositionUpdated()}ready(){super.ready(),this.__textAreaController=new lS(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e}),this.addController(this.__textAreaController),this.addController(new vn(this.inputElement,this._labelController)),this._inputField=this.shadowRoot.querySelector(`[part=input-field]`),this._inputField.addEventListener(`wheel`,e=>{let t=this._inputField.scrollTop;this._inputField.scrollTop+=e.deltaY,t!==this._inputField.scrollTop&&(e.preventDefault(),this.__scrollPositionUpdated())}),this._updateHeight(),this.__scrollPositionUpdated()}__scrollPositionUpdated(){this._inputField.style.setProperty(`--_text-area-vertical-scroll-position`,`0px`),this._inputField.style.setProperty(`--_text-area-vertical-scroll-position`,`${this._inputField.scrollTop}px`)}_valueChanged(e,t){super._valueChanged(e,t),this._updateHeight()}_updateHeight(){let e=this.inputElement,t=this._inputField;if(!e||!t)return;let n=t.scrollTop,r=parseFloat(e.style.height),i=this.value?this.value.length:0;if(this._oldValueLength>=i){let n=getComputedStyle(t).height,r=getComputedStyle(e).width;t.style.height=n,e.style.maxWidth=r,e.style.alignSelf=`flex-start`,e.style.height=`auto`}this._oldValueLength=i;let a=e.scrollHeight;Math.abs(a-r)<=1?e.style.height=`${r}px`:a>e.clientHeight&&(e.style.height=`${a}px`),e.style.removeProperty(`max-width`),e.style.removeProperty(`align-self`),t.style.removeProperty(`height`),t.scrollTop=n,this.__updateMaxHeight(this.maxRows)}__updateMinHeight(e){this.inputElement&&this.inputElement===this.__textAreaController.defaultNode&&(this.inputElement.rows=Math.max(e,1))}__updateMaxHeight(e){if(!(!this._inputField||!this.inputElement))if(e){let t=getComputedStyle(this.inputElement),n=getComputedStyle(this._inputField),r=parseFloat(t.lineHeight)*e,i=parseFloat(t.paddingTop)+parseFloat(t.paddingBottom)+parseFloat(t.marginTop)+parseFloat(t.marginBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth)+parseFloat(n.paddingTop)+parseFloat(n.paddingBottom),a=Math.ceil(r+i);this._inputField.style.setProperty(`max-height`,`${a}px`)}else this._inputField.style.removeProperty(`max-height`)}__minRowsChanged(e){e<1&&console.warn(`<vaadin-text-area> minRows must be at least 1.`)}scrollToStart(){this._inputField.scrollTop=0}scrollToEnd(){this._inputField.scrollTop=this._inputField.scrollHeight}checkValidity(){if(!super.checkValidity())return!1;if(!this.pattern||!this.inputElement.value)return!0;try{let e=this.inputElement.value.match(this.pattern);return e?e[0]===e.input:!1}catch{return!0}}}})),pS,mS=o((()=>{Yn(),p(),z(),y(),O(),T(),F(),Un(),k(),w(),cS(),fS(),pS=class extends dS(x(S(C(A(u))))){static get is(){return`vaadin-text-area`}static get styles(){return[Wn,sS]}render(){return d`
      <div class="vaadin-text-area-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          .readonly="${this.readonly}"
          .disabled="${this.disabled}"
          .invalid="${this.invalid}"
          theme="${B(this._theme)}"
          @scroll="${this._onScroll}"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="textarea"></slot>
          <slot name="suffix" slot="suffix"></slot>
          <div id="clearButton" part="field-button clear-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>

        <slot name="tooltip"></slot>
      </div>
    `}ready(){super.ready(),this._tooltipController=new P(this),this._tooltipController.setPosition(`top`),this._tooltipController.setAriaTarget(this.inputElement),this.addController(this._tooltipController)}},v(pS)})),hS,gS=o((()=>{E(),p(),hS=t`
  :host {
    flex: none;
    align-self: end;
    margin: var(
      --vaadin-input-field-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    --vaadin-button-border-width: 0;
    --vaadin-button-background: transparent;
    --vaadin-button-text-color: var(--vaadin-text-color);
    --vaadin-button-padding: 0;
  }
`})),_S,vS=o((()=>{p(),zt(),At(),y(),h(),T(),k(),w(),gS(),_S=class extends ln(b(x(C(A(u))))){static get is(){return`vaadin-message-input-button`}static get styles(){return[hn,hS]}render(){return d`
      <div class="vaadin-button-container">
        <span part="label">
          <slot></slot>
        </span>
      </div>
    `}},v(_S)})),yS,bS=o((()=>{E(),p(),yS=t`
  :host {
    box-sizing: border-box;
    display: flex;
    max-height: 50vh;
    flex-shrink: 0;
    border: var(--vaadin-input-field-border-width, 1px) solid
      var(--vaadin-input-field-border-color, var(--vaadin-border-color));
    border-radius: var(--vaadin-input-field-border-radius, var(--vaadin-radius-m));
    background: var(--vaadin-input-field-background, var(--vaadin-background-color));
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:focus-within) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-input-field-border-width, 1px) * -1);
  }

  :host([disabled]) {
    --vaadin-input-field-value-color: var(--vaadin-input-field-disabled-text-color, var(--vaadin-text-color-disabled));
    --vaadin-input-field-background: var(
      --vaadin-input-field-disabled-background,
      var(--vaadin-background-container-strong)
    );
    --vaadin-input-field-border-color: transparent;
  }

  ::slotted([slot='textarea']) {
    flex: 1;
    --vaadin-input-field-border-width: 0 !important;
    --vaadin-focus-ring-width: 0;
    --vaadin-input-field-background: transparent !important;
  }
`})),xS,SS,CS=o((()=>{Xn(),R(),F(),xS={send:`Send`,message:`Message`},SS=e=>class extends tr(e){static get properties(){return{value:{type:String,value:``,sync:!0},disabled:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0},_button:{type:Object,sync:!0},_textArea:{type:Object,sync:!0}}}static get observers(){return[`__buttonPropsChanged(_button, disabled, __effectiveI18n, value)`,`__textAreaPropsChanged(_textArea, disabled, __effectiveI18n, value)`]}static get defaultI18n(){return xS}get i18n(){return super.i18n}set i18n(e){super.i18n=e}ready(){super.ready(),this._buttonController=new I(this,`button`,`vaadin-message-input-button`,{initializer:e=>{e.addEventListener(`click`,()=>{this.__submit()}),this._button=e}}),this.addController(this._buttonController),this._textAreaController=new I(this,`textarea`,`vaadin-text-area`,{initializer:e=>{e.addEventListener(`value-changed`,e=>{this.value=e.detail.value}),e.addEventListener(`keydown`,e=>{e.key===`Enter`&&!e.shiftKey&&(e.preventDefault(),e.stopImmediatePropagation(),this.__submit())}),e.minRows=1,(e.inputElement||e).setAttribute(`enterkeyhint`,`send`),this._textArea=e}}),this.addController(this._textAreaController),this._tooltipController=new P(this),this.addController(this._tooltipController)}focus(e){this._textArea&&this._textArea.focus(e)}__buttonPropsChanged(e,t,n,r){e&&(e.disabled=t||!r,e.textContent=n.send)}__textAreaPropsChanged(e,t,n,r){if(e){e.disabled=t,e.value=r;let i=n.message;e.placeholder=i,e.accessibleName=i}}__submit(){this.value!==``&&(this.dispatchEvent(new CustomEvent(`submit`,{detail:{value:this.value}})),this.value=``),this._textArea.focus()}}})),wS,TS=o((()=>{mS(),vS(),p(),y(),O(),T(),k(),w(),bS(),CS(),wS=class extends SS(S(x(C(A(u))))){static get is(){return`vaadin-message-input`}static get styles(){return yS}render(){return d`
      <slot name="textarea"></slot>

      <slot name="button"></slot>

      <slot name="tooltip"></slot>
    `}},v(wS)}));function ES(e){return new Intl.DateTimeFormat(e,{year:`numeric`,month:`short`,day:`numeric`,hour:`numeric`,minute:`numeric`})}function DS(e){let t=e?.split(`-`),n=[e,t?.slice(0,2).join(`-`),t?.[0]];for(let e of n)try{return ES(e)}catch{}return ES(void 0)}function OS(e,t){let n=DS(t);return e.map(e=>e.time?Object.assign(e,{time:n.format(new Date(e.time))}):e)}var kS=o((()=>{window.Vaadin.Flow.messageListConnector={initLazy(e){e._flowConnectorInitialized||(e._flowConnectorInitialized=!0,e.addEventListener(`attachment-click`,t=>{let{item:n,attachment:r}=t.detail,i=e.items.indexOf(n),a=n?.attachments?.indexOf(r)??-1;i<0||a<0||e.dispatchEvent(new CustomEvent(`attachment-click-flow`,{detail:{itemIndex:i,attachmentIndex:a}}))}))},setItems(e,t,n){this.initLazy(e),e.items=OS(t,n)},setItemText(e,t,n){e.items[n].text=t,e.items=[...e.items]},appendItemText(e,t,n){let r=e.items[n].text||``;this.setItemText(e,r+t,n)},addItems(e,t,n){this.initLazy(e),e.items=[...e.items||[],...OS(t,n)]}}})),AS,jS=o((()=>{E(),p(),AS=t`
  :host {
    display: flex;
    flex-direction: row;
    padding: var(--vaadin-message-padding, var(--vaadin-padding-s) var(--vaadin-padding-m));
    gap: var(--vaadin-message-gap, var(--vaadin-gap-xs) var(--vaadin-gap-s));
    outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:focus-visible),
  :is(:focus-visible, [focus-ring]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  [part='content'] {
    display: flex;
    flex-direction: column;
    flex-grow: 1;
    gap: inherit;
  }

  [part='header'] {
    align-items: baseline;
    display: flex;
    flex-flow: row wrap;
    gap: inherit;
    row-gap: 0;
    line-height: var(--vaadin-message-header-line-height, inherit);
  }

  [part='name'] {
    font-size: var(--vaadin-message-name-font-size, inherit);
    font-weight: var(--vaadin-message-name-font-weight, 500);
    color: var(--vaadin-message-name-color, var(--vaadin-text-color));
  }

  [part='time'] {
    font-size: var(--vaadin-message-time-font-size, max(11px, 0.75em));
    font-weight: var(--vaadin-message-time-font-weight, inherit);
    color: var(--vaadin-message-time-color, var(--vaadin-text-color-secondary));
  }

  [part='message'] {
    white-space: pre-wrap;
    font-size: var(--vaadin-message-font-size, inherit);
    font-weight: var(--vaadin-message-font-weight, inherit);
    line-height: var(--vaadin-message-line-height, inherit);
    color: var(--vaadin-message-text-color, var(--vaadin-text-color));
  }

  ::slotted([slot='avatar']) {
    flex: none;
  }

  ::slotted(vaadin-markdown) {
    white-space: normal;
  }

  [part='attachments'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vaadin-gap-s);
    padding-bottom: var(--vaadin-gap-xs);
  }

  [part~='attachment'] {
    display: inline-grid;
    grid-template-columns: max-content 1fr;
    gap: var(--vaadin-message-attachment-gap, var(--vaadin-gap-s));
    align-items: center;
    background: var(--vaadin-message-attachment-background, var(--vaadin-background-container));
    color: var(--vaadin-message-attachment-text-color, var(--vaadin-text-color));
    cursor: var(--vaadin-clickable-cursor);
    border: var(--vaadin-message-attachment-border-width, 0) solid
      var(--vaadin-message-attachment-border-color, var(--vaadin-border-color));
    border-radius: var(--vaadin-message-attachment-border-radius, var(--vaadin-radius-m));
    padding: 0;
    margin: 0;
    font: inherit;
    font-size: var(--vaadin-message-attachment-font-size, inherit);
    line-height: var(--vaadin-message-attachment-line-height, inherit);
    font-weight: var(--vaadin-message-attachment-font-weight, inherit);
    text-align: start;
    contain: content;
  }

  [part='attachment-icon'] {
    grid-column: 1;
    align-self: stretch;
    display: flex;
    align-items: center;
    justify-content: center;
    background: var(--vaadin-background-container-strong);
    padding: var(--vaadin-message-attachment-padding, var(--vaadin-padding-s));
    contain: content;

    &::before {
      content: '\\2003' / '';
      display: inline-flex;
      align-items: center;
      flex: none;
      height: var(--vaadin-icon-size, 1lh);
      width: var(--vaadin-icon-size, 1lh);
      mask-image: var(--_vaadin-icon-file);
      mask-size: var(--vaadin-icon-visual-size, 100%);
      mask-position: 50%;
      mask-repeat: no-repeat;
      background: currentColor;
    }
  }

  [part='attachment-preview'] {
    grid-column: 1 / -1;
    max-width: 100px;
    max-height: 100px;
  }

  [part='attachment-name'] {
    grid-column: 2;
    padding: var(--vaadin-message-attachment-padding, var(--vaadin-padding-s));
    padding-inline-start: 0;
  }
`})),MS,NS=o((()=>{p(),z(),ze(),R(),MS=e=>class extends N(e){static get properties(){return{time:{type:String},userName:{type:String},userAbbr:{type:String},userImg:{type:String},userColorIndex:{type:Number},attachments:{type:Array},_avatar:{type:Object}}}static get observers(){return[`__avatarChanged(_avatar, userName, userAbbr, userImg, userColorIndex)`]}ready(){super.ready(),this._avatarController=new I(this,`avatar`,`vaadin-avatar`,{initializer:e=>{e.setAttribute(`aria-hidden`,`true`),this._avatar=e}}),this.addController(this._avatarController)}__avatarChanged(e,t,n,r,i){e&&e.setProperties({name:t,abbr:n,img:r,colorIndex:i})}__renderAttachments(){let e=this.attachments;return!e||e.length===0?``:d`
        <div part="attachments">${e.map(e=>this.__renderAttachment(e))}</div>
      `}__renderAttachment(e){return e.type&&e.type.startsWith(`image/`)?d`
          <button
            type="button"
            part="attachment attachment-image"
            aria-label="${e.name||``}"
            @click="${()=>this.__onAttachmentClick(e)}"
          >
            <img part="attachment-preview" src="${B(e.url)}" alt="" />
          </button>
        `:d`
        <button type="button" part="attachment attachment-file" @click="${()=>this.__onAttachmentClick(e)}">
          <span part="attachment-icon" aria-hidden="true"></span>
          <span part="attachment-name">${e.name||``}</span>
        </button>
      `}__onAttachmentClick(e){this.dispatchEvent(new CustomEvent(`attachment-click`,{detail:{attachment:e}}))}}})),PS,FS=o((()=>{mi(),p(),y(),O(),T(),k(),w(),jS(),NS(),PS=class extends MS(S(x(C(A(u))))){static get is(){return`vaadin-message`}static get styles(){return AS}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <slot name="avatar"></slot>
      <div part="content">
        <div part="header">
          <span part="name">${this.userName}</span>
          <span part="time">${this.time}</span>
        </div>
        ${this.__renderAttachments()}
        <div part="message"><slot></slot></div>
      </div>
    `}},v(PS)})),IS,LS=o((()=>{p(),z(),Ar(),m(),g(),e(),IS=e=>class extends kr(e){static get properties(){return{items:{type:Array,value:()=>[],observer:`_itemsChanged`,sync:!0},markdown:{type:Boolean,observer:`__markdownChanged`,reflectToAttribute:!0},announceMessages:{type:Boolean,value:!1,observer:`__announceChanged`,sync:!0}}}get _messages(){return[...this.querySelectorAll(`vaadin-message`)]}ready(){super.ready(),this.setAttribute(`aria-relevant`,`additions`),this.setAttribute(`role`,`region`)}__onAttachmentClick(e,t){this.dispatchEvent(new CustomEvent(`attachment-click`,{detail:{...e.detail,item:t}}))}_getItems(){return this._messages}_focusItem(e,t,n){super._focusItem(e,t,n),e&&n&&e.scrollIntoView({block:`nearest`})}_itemsChanged(e,t){let n=e||[],r=t||[];if(n.length||r.length){let e=this._getIndexOfFocusableElement(),t=this.scrollHeight<this.clientHeight+this.scrollTop+50;this._renderMessages(n),this._setTabIndexesByIndex(e),r.length&&this.__enableScrollSnapping(),requestAnimationFrame(()=>{n.length>r.length&&t&&this._scrollToLastMessage()})}}__markdownChanged(e){e&&!customElements.get(`vaadin-markdown`)&&ne(()=>import(`./vaadin-markdown-5QUCvbfX.js`).then(()=>customElements.whenDefined(`vaadin-markdown`)),[],import.meta.url).then(()=>this._renderMessages(this.items)),this._renderMessages(this.items)}_renderMessages(e){let t=this.markdown&&!customElements.get(`vaadin-markdown`);ie(d`
          ${e.map(e=>d`
              <vaadin-message
                role="listitem"
                .time="${e.time}"
                .userAbbr="${e.userAbbr}"
                .userName="${e.userName}"
                .userImg="${e.userImg}"
                .userColorIndex="${e.userColorIndex}"
                .attachments="${e.attachments}"
                theme="${B(e.theme)}"
                class="${B(e.className)}"
                @focusin="${this._onMessageFocusIn}"
                @attachment-click="${t=>this.__onAttachmentClick(t,e)}"
                style="${B(t?`visibility: hidden`:void 0)}"
                >${this.markdown?d`<vaadin-markdown .content=${e.text}></vaadin-markdown>`:e.text}<vaadin-avatar slot="avatar"></vaadin-avatar
              ></vaadin-message>
            `)}
        `,this,{host:this})}_scrollToLastMessage(){this.items.length>0&&(this.scrollTop=this.scrollHeight-this.clientHeight)}__enableScrollSnapping(){this.$.list.style.setProperty(`--_vaadin-message-list-scroll-snap-align`,`end`),this.__debounceScrollSnapping=D.debounce(this.__debounceScrollSnapping,_.after(500),()=>{this.$.list.style.removeProperty(`--_vaadin-message-list-scroll-snap-align`)})}_onMessageFocusIn(e){let t=e.composedPath().find(e=>e instanceof customElements.get(`vaadin-message`));this._setTabIndexesByMessage(t)}_setTabIndexesByIndex(e){let t=this._messages[e]||this._messages[0];this._setTabIndexesByMessage(t)}_setTabIndexesByMessage(e){this._messages.forEach(t=>{t.tabIndex=t===e?0:-1})}_getIndexOfFocusableElement(){let e=this._messages.findIndex(e=>e.tabIndex===0);return e===-1?0:e}__announceChanged(e){this.ariaLive=e?`polite`:null}}})),RS,zS=o((()=>{FS(),p(),y(),O(),T(),Ee(),w(),LS(),RS=class extends De(IS(S(x(C(u))))){static get is(){return`vaadin-message-list`}static get styles(){return t`
      :host {
        display: block;
        overflow: auto;
        padding: var(--vaadin-message-list-padding, var(--vaadin-padding-xs) 0);
        scroll-padding: var(--vaadin-message-list-padding, var(--vaadin-padding-xs) 0);
        scroll-snap-type: y proximity;
      }

      :host([hidden]) {
        display: none !important;
      }

      [part='list']::after {
        content: '';
        display: block;
        scroll-snap-align: var(--_vaadin-message-list-scroll-snap-align, none);
      }
    `}render(){return d`
      <div part="list" role="list" id="list">
        <slot></slot>
      </div>
    `}get slotStyles(){let e=this.localName;return[`
      ${e} :where(vaadin-markdown > :is(h1, h2, h3, h4, h5, h6, p, ul, ol):first-child) {
        margin-top: 0;
      }

      ${e} :where(vaadin-markdown > :is(h1, h2, h3, h4, h5, h6, p, ul, ol):last-child) {
        margin-bottom: 0;
      }
      `]}},v(RS)})),BS,VS=o((()=>{E(),p(),BS=t`
  :host {
    display: block;
  }

  [part='overlay'] {
    pointer-events: auto;
    box-sizing: border-box;
    width: var(--vaadin-notification-width, 40ch);
    max-width: 100%;
    padding: var(--vaadin-notification-padding, var(--vaadin-padding-s));
    background: var(--vaadin-notification-background, var(--vaadin-background-container));
    border: var(--vaadin-notification-border-width, 1px) solid
      var(--vaadin-notification-border-color, var(--vaadin-border-color-secondary));
    box-shadow: var(--vaadin-notification-shadow, 0 8px 24px -4px rgba(0, 0, 0, 0.3));
    border-radius: var(--vaadin-notification-border-radius, var(--vaadin-radius-l));
    cursor: default;
  }

  @media (forced-colors: active) {
    [part='overlay'] {
      border: 3px solid !important;
    }
  }
`})),HS,US=o((()=>{E(),p(),HS=t`
  :host {
    /* How much space to reserve for overlay box shadow, to prevent clipping it with overflow:auto */
    --_paint-area: 2em;
    /* Space between notifications and the viewport */
    --_padding: var(--vaadin-notification-viewport-inset, var(--vaadin-padding-s));
    /* Space between notifications */
    --_gap: var(--vaadin-notification-container-gap, var(--vaadin-gap-s));
    display: grid;
    /* top-stretch, top and bottom regions, bottom-stretch */
    grid-template-rows: auto 1fr auto;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    overflow: hidden;
    padding: max(env(safe-area-inset-top, 0px), var(--_padding)) max(env(safe-area-inset-right, 0px), var(--_padding))
      max(env(safe-area-inset-bottom, 0px), var(--_padding)) max(env(safe-area-inset-left, 0px), var(--_padding));
    border: 0;
    background: transparent;
    pointer-events: none;
    interpolate-size: allow-keywords;
  }

  :host > * {
    grid-column: 1;
  }

  [region-group] {
    position: relative;
    grid-row: 2 / 3;
  }

  [region] {
    max-width: 100%;
    max-height: 100%;
    pointer-events: auto;
    scrollbar-width: none;
  }

  /* scrollbar-width is supported since Safari 18.2, use the following for earlier */
  [region]::-webkit-scrollbar {
    display: none;
  }

  [region='top-stretch'] {
    grid-row: 1;
    z-index: 2;
    --vaadin-notification-width: 100%;
  }

  [region='bottom-stretch'] {
    grid-row: 3;
    z-index: 2;
    --vaadin-notification-width: 100%;
  }

  [region='middle'],
  [region-group] > [region] {
    position: absolute;
  }

  [region='middle'] {
    position: fixed;
    top: 50%;
    left: 50%;
    translate: round(-50%, 1px) round(-50%, 1px);
    max-width: calc(100% - var(--_padding) * 2);
  }

  [region]:where(:hover, :focus-within) {
    z-index: 1;
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_paint-area);
  }

  [region]:not([region='middle'], [region$='center']):where(:hover, :focus-within) {
    margin-inline: calc(var(--_paint-area) * -1);
  }

  [region]:not([region='middle']):where(:hover, :focus-within) {
    margin-block: calc(var(--_paint-area) * -1);
  }

  [region-group='top'] > [region] {
    top: 0;
  }

  [region-group='bottom'] > [region] {
    bottom: 0;
  }

  [region-group] > [region$='start'] {
    inset-inline-start: 0;
  }

  [region-group] > [region$='center'] {
    left: 50%;
    translate: round(-50%, 1px);
  }

  [region-group] > [region$='end'] {
    inset-inline-end: 0;
  }

  ::slotted(*) {
    margin-bottom: var(--_gap);
  }

  :is([region^='bottom'], [region='middle']) ::slotted(*) {
    margin-top: var(--_gap);
    margin-bottom: 0;
  }
`})),WS,GS=o((()=>{WS=e=>class extends e{static get properties(){return{overlayClass:{type:String},_overlayElement:{type:Object}}}static get observers(){return[`__updateOverlayClassNames(overlayClass, _overlayElement)`]}__updateOverlayClassNames(e,t){if(!t||e===void 0)return;let{classList:n}=t;if(this.__initialClasses||=new Set(n),Array.isArray(this.__previousClasses)){let e=this.__previousClasses.filter(e=>!this.__initialClasses.has(e));e.length>0&&n.remove(...e)}let r=typeof e==`string`?e.split(` `).filter(Boolean):[];r.length>0&&n.add(...r),this.__previousClasses=r}}})),KS,qS,JS=o((()=>{p(),Be(),L(),GS(),ge(),KS=e=>class extends e{static get properties(){return{opened:{type:Boolean,value:!1,sync:!0,observer:`_openedChanged`}}}constructor(){super(),this._boundVaadinOverlayClose=this._onVaadinOverlayClose.bind(this),Xe&&(this._boundIosResizeListener=()=>this._detectIosNavbar())}firstUpdated(e){super.firstUpdated(e),this.popover=`manual`}bringToFront(){this.matches(`:popover-open`)&&(this.hidePopover(),this.showPopover())}_openedChanged(e){e?(document.body.appendChild(this),this.showPopover(),document.addEventListener(`vaadin-overlay-close`,this._boundVaadinOverlayClose),this._boundIosResizeListener&&(this._detectIosNavbar(),window.addEventListener(`resize`,this._boundIosResizeListener))):(document.body.removeChild(this),this.hidePopover(),document.removeEventListener(`vaadin-overlay-close`,this._boundVaadinOverlayClose),this._boundIosResizeListener&&window.removeEventListener(`resize`,this._boundIosResizeListener))}_detectIosNavbar(){let e=window.innerHeight,t=window.innerWidth>e,n=document.documentElement.clientHeight;t&&n>e?this.style.bottom=`${n-e}px`:this.style.bottom=`0`}_onVaadinOverlayClose(e){e.detail.sourceEvent?.composedPath().indexOf(this)>=0&&e.preventDefault()}},qS=e=>class extends Te(WS(e)){static get properties(){return{assertive:{type:Boolean,value:!1,sync:!0},duration:{type:Number,value:5e3,sync:!0},opened:{type:Boolean,value:!1,notify:!0,sync:!0,observer:`_openedChanged`},position:{type:String,value:`bottom-start`,observer:`_positionChanged`,sync:!0},renderer:{type:Function,sync:!0}}}static get observers(){return[`_durationChanged(duration, opened)`,`_rendererChanged(renderer, opened, _overlayElement)`]}static show(e,t){let n=customElements.get(`vaadin-notification`);return Ve(e)?n._createAndShowNotification(t=>{ie(e,t)},t):n._createAndShowNotification(t=>{t.innerText=e},t)}static _createAndShowNotification(e,t){let n=document.createElement(`vaadin-notification`);return t&&Number.isFinite(t.duration)&&(n.duration=t.duration),t?.position&&(n.position=t.position),t?.assertive&&(n.assertive=t.assertive),t?.theme&&n.setAttribute(`theme`,t.theme),t?.className&&(n.overlayClass=t.className),n.renderer=e,document.body.appendChild(n),n.opened=!0,n.addEventListener(`opened-changed`,e=>{e.detail.value||n.remove()}),n}get _container(){let e=customElements.get(`vaadin-notification`);return e._container||(e._container=document.createElement(`vaadin-notification-container`),document.body.appendChild(e._container)),e._container}get _card(){return this._overlayElement}ready(){super.ready(),this._overlayElement=this.shadowRoot.querySelector(`vaadin-notification-card`)}disconnectedCallback(){super.disconnectedCallback(),queueMicrotask(()=>{this.isConnected||(this.opened=!1)})}requestContentUpdate(){!this.renderer||!this._card||this.renderer(this._card,this)}__computeAriaLive(e){return e?`assertive`:`polite`}_rendererChanged(e,t,n){if(!n)return;let r=this._oldRenderer!==e;this._oldRenderer=e,r&&(n.innerHTML=``,delete n._$litPart$),t&&(this._didAnimateNotificationAppend||this._animatedAppendNotificationCard(),this.requestContentUpdate())}open(){this.opened=!0}close(){this.opened=!1}_openedChanged(e){e?(this._container.opened=!0,this._animatedAppendNotificationCard()):this._card&&this._closeNotificationCard()}__cleanUpOpeningClosingState(){this._card.removeAttribute(`opening`),this._card.removeAttribute(`closing`),this._card.removeEventListener(`animationend`,this.__animationEndListener)}_animatedAppendNotificationCard(){this._card?(this.__cleanUpOpeningClosingState(),this._card.setAttribute(`opening`,``),this._appendNotificationCard(),this.__animationEndListener=()=>this.__cleanUpOpeningClosingState(),this._card.addEventListener(`animationend`,this.__animationEndListener),this._didAnimateNotificationAppend=!0):this._didAnimateNotificationAppend=!1}_appendNotificationCard(){if(this._card){if(!this._container.shadowRoot.querySelector(`slot[name="${this.position}"]`)){console.warn(`Invalid alignment parameter provided: position=${this.position}`);return}this._container.firstElementChild&&this._container.bringToFront(),this._card.slot=this.position,this._container.firstElementChild&&/top/u.test(this.position)?this._container.insertBefore(this._card,this._container.firstElementChild):this._container.appendChild(this._card)}}_removeNotificationCard(){this._card&&(this._card.parentNode&&this._card.parentNode.removeChild(this._card),this._card.removeAttribute(`closing`),this._container.opened=!!this._container.firstElementChild,this.dispatchEvent(new CustomEvent(`closed`)))}_closeNotificationCard(){this._durationTimeoutId&&clearTimeout(this._durationTimeoutId),this._animatedRemoveNotificationCard()}_animatedRemoveNotificationCard(){this.__cleanUpOpeningClosingState(),this._card.setAttribute(`closing`,``);let e=getComputedStyle(this._card).getPropertyValue(`animation-name`);e&&e!==`none`?(this.__animationEndListener=()=>{this._removeNotificationCard(),this.__cleanUpOpeningClosingState()},this._card.addEventListener(`animationend`,this.__animationEndListener)):this._removeNotificationCard()}_positionChanged(){this.opened&&this._animatedAppendNotificationCard()}_durationChanged(e,t){t&&(clearTimeout(this._durationTimeoutId),e>0&&(this._durationTimeoutId=setTimeout(()=>this.close(),e)))}}})),YS,XS,ZS,QS=o((()=>{p(),z(),y(),O(),T(),k(),w(),VS(),US(),JS(),YS=class extends KS(x(S(C(A(u))))){static get is(){return`vaadin-notification-container`}static get styles(){return HS}render(){return d`
      <div region="top-stretch"><slot name="top-stretch"></slot></div>
      <div region-group="top">
        <div region="top-start"><slot name="top-start"></slot></div>
        <div region="top-center"><slot name="top-center"></slot></div>
        <div region="top-end"><slot name="top-end"></slot></div>
      </div>
      <div region="middle"><slot name="middle"></slot></div>
      <div region-group="bottom">
        <div region="bottom-start"><slot name="bottom-start"></slot></div>
        <div region="bottom-center"><slot name="bottom-center"></slot></div>
        <div region="bottom-end"><slot name="bottom-end"></slot></div>
      </div>
      <div region="bottom-stretch"><slot name="bottom-stretch"></slot></div>
    `}},XS=class extends x(C(A(u))){static get is(){return`vaadin-notification-card`}static get styles(){return BS}render(){return d`
      <div part="overlay">
        <div part="content">
          <slot></slot>
        </div>
      </div>
    `}ready(){super.ready(),this.setAttribute(`role`,`alert`)}},ZS=class extends qS(S(x(C(u)))){static get is(){return`vaadin-notification`}static get styles(){return t`
      :host {
        display: none !important;
      }
    `}render(){return d`
      <vaadin-notification-card
        theme="${B(this._theme)}"
        aria-live="${this.__computeAriaLive(this.assertive)}"
      ></vaadin-notification-card>
    `}},v(YS),v(XS),v(ZS)})),$S,eC,tC=o((()=>{p(),qe(),$S=t`
  :host {
    --_arrow-size: var(--vaadin-popover-arrow-size, 8px);
    --_arrow-inset: var(--vaadin-popover-arrow-inset, calc(var(--_arrow-size) * 2));
    --_default-offset: 4px;
    --_rtl-multiplier: 1;
    --_border-width: var(--vaadin-popover-border-width, var(--vaadin-overlay-border-width, 1px));
  }

  [part='overlay']:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  :host([dir='rtl']) {
    --_rtl-multiplier: -1;
  }

  :host([modeless][with-backdrop]) [part='backdrop'] {
    pointer-events: none;
  }

  :host([position^='top'][top-aligned]) [part='overlay'],
  :host([position^='bottom'][top-aligned]) [part='overlay'] {
    margin-top: var(--vaadin-popover-offset-top, var(--_default-offset));
  }

  [part='overlay'] {
    position: relative;
    overflow: visible;
    max-height: 100%;
    border: var(--_border-width) solid
      var(--vaadin-popover-border-color, var(--vaadin-overlay-border-color, var(--vaadin-border-color-secondary)));
    color: var(--vaadin-popover-text-color, var(--vaadin-overlay-text-color, var(--vaadin-text-color)));
    background: var(--vaadin-popover-background, var(--vaadin-overlay-background, var(--vaadin-background-color)));
    box-shadow: var(--vaadin-popover-shadow, var(--vaadin-overlay-shadow, 0 8px 24px -4px rgba(0, 0, 0, 0.3)));
    border-radius: var(--vaadin-popover-border-radius, var(--vaadin-overlay-border-radius, var(--vaadin-radius-m)));
  }

  [part='content'] {
    overflow: auto;
    overscroll-behavior: contain;
    box-sizing: border-box;
    max-height: 100%;
    padding: var(--vaadin-popover-padding, var(--vaadin-padding-s));
  }

  :host([theme~='no-padding']) [part='content'] {
    padding: 0 !important;
  }

  /* Increase the area of the popover so the pointer can go from the target directly to it. */
  [part='overlay']::before {
    position: absolute;
    content: '';
    inset-block: calc(var(--vaadin-popover-offset-top, var(--_default-offset)) * -1)
      calc(var(--vaadin-popover-offset-bottom, var(--_default-offset)) * -1);
    inset-inline: calc(var(--vaadin-popover-offset-start, var(--_default-offset)) * -1)
      calc(var(--vaadin-popover-offset-end, var(--_default-offset)) * -1);
    z-index: -1;
    pointer-events: auto;
  }

  :host([position^='top'][bottom-aligned]) [part='overlay'],
  :host([position^='bottom'][bottom-aligned]) [part='overlay'] {
    margin-bottom: var(--vaadin-popover-offset-bottom, var(--_default-offset));
  }

  :host([position^='start'][start-aligned]) [part='overlay'],
  :host([position^='end'][start-aligned]) [part='overlay'] {
    margin-inline-start: var(--vaadin-popover-offset-start, var(--_default-offset));
  }

  :host([position^='start'][end-aligned]) [part='overlay'],
  :host([position^='end'][end-aligned]) [part='overlay'] {
    margin-inline-end: var(--vaadin-popover-offset-end, var(--_default-offset));
  }

  [part='arrow'] {
    display: none;
  }

  :host([theme~='arrow']) {
    --_default-offset: var(--_arrow-size);
  }

  :host([theme~='arrow']) [part='arrow'] {
    display: block;
    position: absolute;
    background: inherit;
    border: inherit;
    border-start-start-radius: var(--vaadin-popover-arrow-border-radius, 0);
    outline: inherit;
    box-shadow: inherit;
    width: var(--_arrow-size);
    height: var(--_arrow-size);
    rotate: 45deg;
    --o: 20px; /* clip-path outset, how far outward it extends to reveal the outline and box shadow */
    --b: var(--_border-width);
    /* We need this elaborate clip-path to allow the arrow bg and border to cover
      the overlay border but prevent the outline and box-shadow from covering it */
    clip-path: polygon(
      calc(var(--o) * -1) calc(var(--o) * -1),
      calc(100% + var(--o) - var(--b)) calc(var(--o) * -1),
      calc(100% - var(--b) * 1.4) 0,
      100% 0,
      calc(100% - var(--b)) var(--b),
      calc(100% - var(--b)) calc(var(--b) + var(--ff, 0px)),
      calc(var(--b) + var(--ff, 0px)) calc(100% - var(--b)),
      calc(var(--b)) calc(100% - var(--b)),
      0 100%,
      0 calc(100% - var(--b) * 1.4),
      calc(var(--o) * -1) calc(100% + var(--o) - var(--b))
    );
  }

  /* Firefox renders a blurry edge for a diagonal clip-path + rotation,
    so we need to extend the clip-path slightly further on the diagonal */
  @supports (-moz-appearance: none) {
    :host([theme~='arrow']) [part='arrow'] {
      --ff: 1px;
    }
  }

  /* bottom / top */
  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[start-aligned]) [part='arrow'] {
    inset-inline-start: var(--_arrow-inset);
  }

  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[end-aligned]) [part='arrow'] {
    inset-inline-end: var(--_arrow-inset);
  }

  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[arrow-centered]) [part='arrow'] {
    inset-inline-start: 50%;
  }

  /* bottom */
  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[top-aligned]) [part='arrow'] {
    top: 0;
    translate: calc(-50% * var(--_rtl-multiplier)) -50%;
  }

  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[end-aligned][top-aligned]) [part='arrow'] {
    translate: calc(50% * var(--_rtl-multiplier)) -50%;
  }

  /* top */
  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[bottom-aligned]) [part='arrow'] {
    bottom: 0;
    rotate: 225deg;
    translate: calc(-50% * var(--_rtl-multiplier)) 50%;
  }

  :host([theme~='arrow']:is([position^='bottom'], [position^='top'])[end-aligned][bottom-aligned]) [part='arrow'] {
    translate: calc(50% * var(--_rtl-multiplier)) 50%;
  }

  /* start / end */
  :host([theme~='arrow']:is([position^='start'], [position^='end'])[top-aligned]) [part='arrow'] {
    rotate: -45deg;
    top: var(--_arrow-inset);
  }

  :host([theme~='arrow']:is([position^='start'], [position^='end'])[bottom-aligned]) [part='arrow'] {
    rotate: -45deg;
    bottom: var(--_arrow-inset);
  }

  :host([theme~='arrow']:is([position='start'], [position='end'])[top-aligned]) [part='arrow'] {
    top: 50%;
  }

  :host([dir='rtl'][theme~='arrow']:is([position^='start'], [position^='end'])) [part='arrow'] {
    scale: -1;
  }

  /* end */
  :host([theme~='arrow']:is([position^='start'], [position^='end'])[start-aligned]) [part='arrow'] {
    inset-inline-start: 0;
    translate: calc(-50% * var(--_rtl-multiplier)) -50%;
  }

  :host([theme~='arrow']:is([position^='start'], [position^='end'])[start-aligned][bottom-aligned]) [part='arrow'] {
    translate: calc(-50% * var(--_rtl-multiplier)) 50%;
  }

  /* start */
  :host([theme~='arrow']:is([position^='start'], [position^='end'])[end-aligned]) [part='arrow'] {
    rotate: 135deg;
    inset-inline-end: 0;
    translate: calc(50% * var(--_rtl-multiplier)) -50%;
  }

  :host([theme~='arrow']:is([position^='start'], [position^='end'])[end-aligned][bottom-aligned]) [part='arrow'] {
    translate: calc(50% * var(--_rtl-multiplier)) 50%;
  }

  @media (forced-colors: active) {
    :host {
      --_border-width: 3px;
    }
  }
`,eC=[Ke,$S]})),nC,rC=o((()=>{p(),j(),y(),h(),T(),k(),w(),tC(),st(),nC=class extends St(b(x(C(A(u))))){static get is(){return`vaadin-popover-overlay`}static get styles(){return eC}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <div id="backdrop" part="backdrop" hidden ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay">
        <div part="arrow"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}updated(e){super.updated(e),e.has(`restoreFocusNode`)&&this.opened&&(this.restoreFocusNode&&Pe(this.restoreFocusNode.focusElement||this.restoreFocusNode)?this.__focusRestorationController.saveFocus():this.restoreFocusNode||(this.__focusRestorationController.focusNode=null))}get _contentRoot(){return this.owner}get _rendererRoot(){return this.owner}get _focusTrapRoot(){return this.owner}_shouldAddGlobalListeners(){return!0}_shouldCloseOnOutsideClick(e){return e.composedPath().includes(this.positionTarget)?!1:super._shouldCloseOnOutsideClick(e)}},v(nC)})),iC,aC=o((()=>{Ge(),j(),iC=class{constructor(e){this.host=e,this.__onKeyDown=this.__onKeyDown.bind(this)}activate(){document.addEventListener(`keydown`,this.__onKeyDown,!0)}deactivate(){document.removeEventListener(`keydown`,this.__onKeyDown,!0)}__handleTab(e){let t=this.host,n=this.__getTargetFocusable();if(n&&Pe(n)){e.preventDefault(),t.noTabFocus?this.__moveLogicalNext(e,n):t.focus();return}if(Pe(this.__getLastPopoverFocusable())){this.__moveLogicalNext(e,t.noTabFocus?n:t);return}let r=Re(),i=this.__getScopeFocusables(),a=i.indexOf(r);a>=0&&i[a+1]===t&&this.__moveLogicalNext(e,r,i)}__handleShiftTab(e){let t=this.host,n=this.__getTargetFocusable();if(n&&Pe(n)&&t.__shouldRestoreFocus&&(t.__shouldRestoreFocus=!1),Pe(t)){e.preventDefault(),n.focus();return}let r=Re();if(t.contains(r))return;let i=this.__getScopeFocusables(),a=this.__buildLogicalList(i),o=a.indexOf(r),s=o>0?a[o-1]:null;if(s===t){e.preventDefault(),this.__getLastPopoverFocusable().focus();return}let c=i.indexOf(r);if(c>0&&i[c-1]===t){s?(e.preventDefault(),s.focus()):$e(t)?this.__wrapToLogicalLast(e,a):t.noTabFocus&&e.preventDefault();return}!s&&$e(t)&&this.__wrapToLogicalLast(e,a)}__onKeyDown(e){this.host.modal||e.key===`Tab`&&(e.shiftKey?this.__handleShiftTab(e):this.__handleTab(e))}__getTargetFocusable(){let e=this.host.target;return e?e.focusElement||e:null}__getLastPopoverFocusable(){return Ie(this.host._overlayElement.$.content).pop()||this.host}__getScopeFocusables(){let e=this.host;return Ie($e(e)||document.body).filter(t=>t===e||!e.contains(t))}__buildLogicalList(e=this.__getScopeFocusables()){let t=this.host,n=this.__getTargetFocusable(),r=e.filter(e=>e!==t);if(!t.noTabFocus&&n&&n!==t){let e=r.indexOf(n);e>=0&&r.splice(e+1,0,t)}return r}__moveLogicalNext(e,t,n){let r=this.host,i=this.__buildLogicalList(n),a=i.indexOf(t),o;if(a>=0){let e=a+1;i[e]===r&&(e+=1),o=i[e],!o&&$e(r)&&(o=i[0])}o?(e.preventDefault(),o.focus()):r.noTabFocus&&e.preventDefault()}__wrapToLogicalLast(e,t){let n=t.at(-1);if(!n)return;let r=n===this.host?this.__getLastPopoverFocusable():n;e.preventDefault(),r.focus()}}})),oC,sC,cC,lC,uC,dC,fC,pC,mC=o((()=>{rC(),p(),z(),j(),y(),O(),T(),We(),ut(),ge(),aC(),vt(),ft(),oC=500,sC=oC,cC=oC,lC=oC,uC=class{constructor(e){this.host=e}get isClosing(){return this.__closeTimeout!=null}get __focusDelay(){let e=this.host;return e.focusDelay!=null&&e.focusDelay>=0?e.focusDelay:sC}get __hoverDelay(){let e=this.host;return e.hoverDelay!=null&&e.hoverDelay>=0?e.hoverDelay:cC}get __hideDelay(){let e=this.host;return e.hideDelay!=null&&e.hideDelay>=0?e.hideDelay:lC}open(e={immediate:!1}){if(this.isClosing){this.__abortClose();return}let{immediate:t,trigger:n}=e,r=n===`hover`&&this.__hoverDelay>0,i=n===`focus`&&this.__focusDelay>0;!t&&(r||i)?this.__scheduleOpen(n):this.__showPopover()}close(e){this.__openTimeout==null?e||this.__hideDelay===0?(this.__abortClose(),this.__setOpened(!1)):this.__scheduleClose():this.__abortOpen()}__setOpened(e){this.host.opened=e}__showPopover(){this.__abortClose(),this.__setOpened(!0)}__abortClose(){this.__closeTimeout&&=(clearTimeout(this.__closeTimeout),null)}__abortOpen(){this.__openTimeout&&=(clearTimeout(this.__openTimeout),null)}__scheduleClose(){this.__closeTimeout=setTimeout(()=>{this.__closeTimeout=null,this.__setOpened(!1)},this.__hideDelay)}__scheduleOpen(e){this.__abortOpen();let t=e===`focus`?this.__focusDelay:this.__hoverDelay;this.__openTimeout=setTimeout(()=>{this.__openTimeout=null,this.__showPopover()},t)}},dC=e=>it(e,e=>e.localName!==`vaadin-tooltip-overlay`),fC=e=>dt(e).every(t=>Tt(e,t)),pC=class extends at(xt(Te(S(C(u))))){static get is(){return`vaadin-popover`}static get styles(){return t`
      :host([opened]),
      :host([opening]),
      :host([closing]) {
        display: block !important;
        position: fixed;
        outline: none;
      }

      :host,
      :host([hidden]) {
        display: none !important;
      }

      :host(:focus-visible) ::part(overlay) {
        outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
      }
    `}static get properties(){return{accessibleName:{type:String},accessibleNameRef:{type:String},autofocus:{type:Boolean},height:{type:String},width:{type:String},focusDelay:{type:Number},hideDelay:{type:Number},hoverDelay:{type:Number},opened:{type:Boolean,value:!1,notify:!0,reflectToAttribute:!0,observer:`__openedChanged`},role:{type:String,reflectToAttribute:!0},overlayRole:{type:String},renderer:{type:Object},modal:{type:Boolean,value:!1},noCloseOnOutsideClick:{type:Boolean,value:!1},noCloseOnEsc:{type:Boolean,value:!1},noTabFocus:{type:Boolean,value:!1},trigger:{type:Array,value:()=>[`click`]},withBackdrop:{type:Boolean,value:!1},__shouldRestoreFocus:{type:Boolean,value:!1,sync:!0}}}static get observers(){return[`__updateAriaAttributes(opened, role, target)`]}static setDefaultFocusDelay(e){sC=e!=null&&e>=0?e:oC}static setDefaultHideDelay(e){lC=e!=null&&e>=0?e:oC}static setDefaultHoverDelay(e){cC=e!=null&&e>=0?e:oC}constructor(){super(),this.__generatedId=`vaadin-popover-${kt()}`,this.__onTargetClick=this.__onTargetClick.bind(this),this.__onTargetFocusIn=this.__onTargetFocusIn.bind(this),this.__onTargetFocusOut=this.__onTargetFocusOut.bind(this),this.__onTargetMouseEnter=this.__onTargetMouseEnter.bind(this),this.__onTargetMouseLeave=this.__onTargetMouseLeave.bind(this),this._openedStateController=new uC(this),this._focusController=new iC(this)}render(){let e=this.__effectivePosition;return d`
      <vaadin-popover-overlay
        id="overlay"
        .renderer="${this.renderer}"
        .owner="${this}"
        theme="${B(this._theme)}"
        .positionTarget="${this.target}"
        .position="${e}"
        .opened="${this.opened}"
        .modeless="${!this.modal}"
        .focusTrap="${this.modal}"
        .withBackdrop="${this.withBackdrop}"
        ?no-horizontal-overlap="${this.__computeNoHorizontalOverlap(e)}"
        ?no-vertical-overlap="${this.__computeNoVerticalOverlap(e)}"
        .horizontalAlign="${this.__computeHorizontalAlign(e)}"
        .verticalAlign="${this.__computeVerticalAlign(e)}"
        @mousedown="${this.__onOverlayMouseDown}"
        @mouseenter="${this.__onOverlayMouseEnter}"
        @mouseleave="${this.__onOverlayMouseLeave}"
        @focusin="${this.__onOverlayFocusIn}"
        @focusout="${this.__onOverlayFocusOut}"
        @opened-changed="${this.__onOpenedChanged}"
        .restoreFocusOnClose="${this.__shouldRestoreFocus}"
        .restoreFocusNode="${this.target}"
        exportparts="backdrop, overlay, content, arrow"
        @vaadin-overlay-escape-press="${this.__onEscapePress}"
        @vaadin-overlay-outside-click="${this.__onOutsideClick}"
        @vaadin-overlay-open="${this.__onOverlayOpened}"
        @vaadin-overlay-closed="${this.__onOverlayClosed}"
      >
        <slot></slot>
      </vaadin-popover-overlay>
    `}requestContentUpdate(){!this.renderer||!this._overlayElement||this._overlayElement.requestContentUpdate()}ready(){super.ready(),this._overlayElement=this.$.overlay,this.setAttribute(`tabindex`,`0`),this.addEventListener(`focusin`,e=>{this.__onFocusIn(e)}),this.addEventListener(`focusout`,e=>{this.__onFocusOut(e)}),this.hasAttribute(`role`)||(this.role=`dialog`)}willUpdate(e){super.willUpdate(e),e.has(`overlayRole`)&&(this.role=this.overlayRole)}updated(e){if(super.updated(e),e.has(`width`)||e.has(`height`)){let{width:e,height:t}=this;requestAnimationFrame(()=>this.$.overlay.setBounds({width:e,height:t},!1))}e.has(`accessibleName`)&&(this.accessibleName?this.setAttribute(`aria-label`,this.accessibleName):this.removeAttribute(`aria-label`)),e.has(`accessibleNameRef`)&&(this.accessibleNameRef?this.setAttribute(`aria-labelledby`,this.accessibleNameRef):this.removeAttribute(`aria-labelledby`)),e.has(`modal`)&&(this.modal?this.setAttribute(`aria-modal`,`true`):this.removeAttribute(`aria-modal`))}connectedCallback(){super.connectedCallback(),this.id||=this.__generatedId}disconnectedCallback(){super.disconnectedCallback(),queueMicrotask(()=>{this.isConnected||this._openedStateController.close(!0)})}_addTargetListeners(e){e.addEventListener(`click`,this.__onTargetClick),e.addEventListener(`mouseenter`,this.__onTargetMouseEnter),e.addEventListener(`mouseleave`,this.__onTargetMouseLeave),e.addEventListener(`focusin`,this.__onTargetFocusIn),e.addEventListener(`focusout`,this.__onTargetFocusOut)}_removeTargetListeners(e){e.removeEventListener(`click`,this.__onTargetClick),e.removeEventListener(`mouseenter`,this.__onTargetMouseEnter),e.removeEventListener(`mouseleave`,this.__onTargetMouseLeave),e.removeEventListener(`focusin`,this.__onTargetFocusIn),e.removeEventListener(`focusout`,this.__onTargetFocusOut)}__openedChanged(e,t){e?this._focusController.activate():t&&this._focusController.deactivate()}__updateAriaAttributes(e,t,n){if(this.__oldTarget){let e=this.__oldTarget.ariaTarget||this.__oldTarget;e.removeAttribute(`aria-haspopup`),e.removeAttribute(`aria-expanded`),e.removeAttribute(`aria-controls`)}if(n){let r=n.ariaTarget||n,i=t===`dialog`||t===`alertdialog`;r.setAttribute(`aria-haspopup`,i?`dialog`:`true`),r.setAttribute(`aria-expanded`,e?`true`:`false`),r.setAttribute(`aria-controls`,this.id),this.__oldTarget=n}}__onTargetClick(){this.__hasTrigger(`click`)&&(this.opened||(this.__shouldRestoreFocus=!0),this.opened?this._openedStateController.close(!0):this._openedStateController.open({immediate:!0}))}__onTargetFocusIn(){if(this.__focusInside=!0,this.__hasTrigger(`focus`)){if(this.__hasTrigger(`click`)&&!M())return;this.__shouldRestoreFocus||(this.__shouldRestoreFocus=!0,this._openedStateController.open({trigger:`focus`}))}}__onTargetFocusOut(e){this._overlayElement.opened&&!dC(this._overlayElement)&&fC(this._overlayElement)||this.__hasTrigger(`focus`)&&this.__mouseDownInside||this.contains(e.relatedTarget)||this.__handleFocusout()}__onTargetMouseEnter(){this.__hoverInside=!0,this.__hasTrigger(`hover`)&&!this.opened&&(this.modal&&(this.target.style.pointerEvents=`auto`),this._openedStateController.open({trigger:`hover`}))}__onTargetMouseLeave(e){this.contains(e.relatedTarget)||this._overlayElement.opened&&!dC(this._overlayElement)&&fC(this._overlayElement)||this.__handleMouseLeave()}__onFocusIn(){this.__focusInside=!0,(this.__hasTrigger(`focus`)||this.__hasTrigger(`click`))&&(this.__shouldRestoreFocus=!0)}__onFocusOut(e){!dC(this._overlayElement)&&fC(this._overlayElement)||this.__hasTrigger(`focus`)&&this.__mouseDownInside||e.relatedTarget===this.target||this.contains(e.relatedTarget)||this.__handleFocusout()}__onOverlayMouseDown(){this.__hasTrigger(`focus`)&&(this.__mouseDownInside=!0,document.addEventListener(`mouseup`,()=>{this.__mouseDownInside=!1},{once:!0}))}__onOverlayMouseEnter(){this.__hoverInside=!0,this.__hasTrigger(`hover`)&&this._openedStateController.isClosing&&this._openedStateController.open({immediate:!0})}__onOverlayMouseLeave(e){e.relatedTarget!==this.target&&(!dC(this._overlayElement)&&fC(this._overlayElement)||this.__handleMouseLeave())}__handleFocusout(){this.__focusInside=!1,!(this.__hasTrigger(`hover`)&&this.__hoverInside)&&this.__hasTrigger(`focus`)&&(M()&&(this.__shouldRestoreFocus=!1),this._openedStateController.close(!0))}__handleMouseLeave(){this.__hoverInside=!1,!(this.__hasTrigger(`focus`)&&this.__focusInside)&&this.__hasTrigger(`hover`)&&this._openedStateController.close()}__onOpenedChanged(e){this.opened=e.detail.value}__onOverlayOpened(){this.autofocus&&!this.modal&&this.focus()}__onOverlayClosed(){this.__shouldRestoreFocus&&setTimeout(()=>{this.__shouldRestoreFocus=!1}),this.modal&&this.target&&this.target.style.pointerEvents&&(this.target.style.pointerEvents=``),this.dispatchEvent(new CustomEvent(`closed`))}__onEscapePress(e){this.noCloseOnEsc&&e.preventDefault()}__onOutsideClick(e){this.noCloseOnOutsideClick&&e.preventDefault()}__hasTrigger(e){return Array.isArray(this.trigger)&&this.trigger.includes(e)}},v(pC)})),hC,gC,_C,vC,yC=o((()=>{mC(),hC=window,hC.Vaadin||={},hC.Vaadin.Flow||={},hC.Vaadin.Flow.popover||={},Object.assign(hC.Vaadin.Flow.popover,{setDefaultHideDelay:e=>pC.setDefaultHideDelay(e),setDefaultFocusDelay:e=>pC.setDefaultFocusDelay(e),setDefaultHoverDelay:e=>pC.setDefaultHoverDelay(e)}),{defaultHideDelay:gC,defaultFocusDelay:_C,defaultHoverDelay:vC}=hC.Vaadin.Flow.popover,gC&&pC.setDefaultHideDelay(gC),_C&&pC.setDefaultFocusDelay(_C),vC&&pC.setDefaultHoverDelay(vC)})),bC,xC=o((()=>{E(),p(),bC=t`
  :host {
    display: block;
    width: 100%; /* prevent collapsing inside non-stretching column flex */
    height: var(--vaadin-progress-bar-height, 0.5lh);
    contain: layout size;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='bar'] {
    box-sizing: border-box;
    height: 100%;
    --_padding: var(--vaadin-progress-bar-padding, 0px);
    padding: var(--_padding);
    background: var(--vaadin-progress-bar-background, var(--vaadin-background-container));
    border-radius: var(--vaadin-progress-bar-border-radius, var(--vaadin-radius-m));
    border: var(--vaadin-progress-bar-border-width, 1px) solid
      var(--vaadin-progress-bar-border-color, var(--vaadin-border-color-secondary));
  }

  [part='value'] {
    box-sizing: border-box;
    height: 100%;
    width: calc(var(--vaadin-progress-value) * 100%);
    background: var(--vaadin-progress-bar-value-background, var(--vaadin-border-color));
    border-radius: calc(
      var(--vaadin-progress-bar-border-radius, var(--vaadin-radius-m)) - var(
          --vaadin-progress-bar-border-width,
          1px
        ) - var(--_padding)
    );
    transition: width 150ms;
  }

  /* Indeterminate progress */
  :host([indeterminate]) [part='value'] {
    --_w-min: clamp(8px, 5%, 16px);
    --_w-max: clamp(16px, 20%, 128px);
    animation: indeterminate var(--vaadin-progress-bar-animation-duration, 1s) linear infinite alternate;
    width: var(--_w-min);
  }

  :host([indeterminate][aria-valuenow]) [part='value'] {
    animation-delay: 150ms;
  }

  @keyframes indeterminate {
    0% {
      animation-timing-function: ease-in;
    }

    20% {
      margin-inline-start: 0%;
      width: var(--_w-max);
    }

    50% {
      margin-inline-start: calc(50% - var(--_w-max) / 2);
    }

    80% {
      width: var(--_w-max);
      margin-inline-start: calc(100% - var(--_w-max));
      animation-timing-function: ease-out;
    }

    100% {
      width: var(--_w-min);
      margin-inline-start: calc(100% - var(--_w-min));
    }
  }

  @keyframes indeterminate-reduced {
    100% {
      opacity: 0.2;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part='value'] {
      transition: none;
    }

    :host([indeterminate]) [part='value'] {
      width: 25%;
      animation: indeterminate-reduced 2s linear infinite alternate;
    }
  }

  @media (forced-colors: active) {
    [part='bar'] {
      border-width: max(1px, var(--vaadin-progress-bar-border-width));
    }

    [part='value'] {
      background: CanvasText !important;
    }
  }
`})),SC,CC=o((()=>{SC=e=>class extends e{static get properties(){return{value:{type:Number,observer:`_valueChanged`},min:{type:Number,value:0,observer:`_minChanged`},max:{type:Number,value:1,observer:`_maxChanged`},indeterminate:{type:Boolean,value:!1,reflectToAttribute:!0}}}static get observers(){return[`_normalizedValueChanged(value, min, max)`]}ready(){super.ready(),this.setAttribute(`role`,`progressbar`)}_normalizedValueChanged(e,t,n){let r=this._normalizeValue(e,t,n);this.style.setProperty(`--vaadin-progress-value`,r)}_valueChanged(e){this.setAttribute(`aria-valuenow`,e)}_minChanged(e){this.setAttribute(`aria-valuemin`,e)}_maxChanged(e){this.setAttribute(`aria-valuemax`,e)}_normalizeValue(e,t,n){let r;return!e&&e!==0?r=0:t>=n?r=1:(r=(e-t)/(n-t),r=Math.min(Math.max(r,0),1)),r}}})),wC,TC=o((()=>{p(),y(),O(),T(),k(),w(),xC(),CC(),wC=class extends SC(S(x(C(A(u))))){static get is(){return`vaadin-progress-bar`}static get styles(){return bC}render(){return d`
      <div part="bar">
        <div part="value"></div>
      </div>
    `}},v(wC)})),EC,DC,OC=o((()=>{p(),Mn(),Pt(),EC=t`
  [part='radio'] {
    border-radius: 50%;
    color: var(--vaadin-radio-button-dot-color, var(--_color));
  }

  [part='radio']::after {
    width: var(--vaadin-radio-button-dot-size, var(--vaadin-radio-button-marker-size, 50%));
    height: var(--vaadin-radio-button-dot-size, var(--vaadin-radio-button-marker-size, 50%));
    border-radius: 50%;
    filter: var(--vaadin-radio-button-dot-color, var(--_filter));
  }
`,DC=[Jt,Fn(`radio`,`radio-button`),EC]})),kC,AC=o((()=>{Gt(),xn(),Ee(),On(),sn(),yn(),fn(),kC=e=>class extends De(un(Dn(Mt(Ut(e))))){static get properties(){return{name:{type:String,value:``}}}static get delegateAttrs(){return[...super.delegateAttrs,`name`]}constructor(){super(),this._setType(`radio`),this.value=`on`,this.tabindex=0}get slotStyles(){return[`
          ${this.localName} > input[slot='input'] {
            opacity: 0;
          }
        `]}ready(){super.ready(),this.addController(new gn(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e})),this.addController(new vn(this.inputElement,this._labelController))}}})),jC,MC=o((()=>{p(),y(),O(),T(),k(),w(),OC(),AC(),jC=class extends kC(S(x(C(A(u))))){static get is(){return`vaadin-radio-button`}static get styles(){return DC}render(){return d`
      <div class="vaadin-radio-button-container">
        <div part="radio" aria-hidden="true"></div>
        <slot name="input"></slot>
        <slot name="label"></slot>
      </div>
    `}},v(jC)})),NC,PC=o((()=>{p(),Pt(),En(),NC=[Jt,Ln,t`
    :host([readonly]) ::slotted(vaadin-radio-button) {
      --vaadin-radio-button-background: transparent;
      --vaadin-radio-button-border-color: var(--vaadin-border-color);
      --vaadin-radio-button-marker-color: var(--vaadin-text-color);
      --_border-style: dashed;
    }
  `]})),FC,IC=o((()=>{Kt(),ze(),Rt(),Me(),F(),We(),pn(),FC=e=>class extends $t(N(Vt(Ft(e)))){static get properties(){return{name:{type:String,observer:`__nameChanged`,sync:!0},value:{type:String,notify:!0,value:``,sync:!0,observer:`__valueChanged`},readonly:{type:Boolean,value:!1,reflectToAttribute:!0,sync:!0,observer:`__readonlyChanged`},_fieldName:{type:String}}}constructor(){super(),this.__registerRadioButton=this.__registerRadioButton.bind(this),this.__unregisterRadioButton=this.__unregisterRadioButton.bind(this),this.__onRadioButtonCheckedChange=this.__onRadioButtonCheckedChange.bind(this),this._tooltipController=new P(this),this._tooltipController.addEventListener(`tooltip-changed`,e=>{if(e.detail.node?.isConnected){let e=this.__radioButtons.map(e=>e.inputElement);this._tooltipController.setAriaTarget(e)}else this._tooltipController.setAriaTarget([])})}get __radioButtons(){return this.__filterRadioButtons([...this.children])}get __selectedRadioButton(){return this.__radioButtons.find(e=>e.checked)}get isHorizontalRTL(){return this.__isRTL&&this._theme!==`vertical`}ready(){super.ready(),this.ariaTarget=this,this.setAttribute(`role`,`radiogroup`),this._fieldName=`${this.localName}-${kt()}`;let e=this.shadowRoot.querySelector(`slot:not([name])`);this._observer=new Ne(e,({addedNodes:e,removedNodes:t})=>{this.__filterRadioButtons(e).reverse().forEach(this.__registerRadioButton),this.__filterRadioButtons(t).forEach(this.__unregisterRadioButton);let n=this.__radioButtons.map(e=>e.inputElement);this._tooltipController.setAriaTarget(n)}),this.addController(this._tooltipController)}__filterRadioButtons(e){return e.filter(e=>e.nodeType===Node.ELEMENT_NODE&&e.localName===`vaadin-radio-button`)}_onKeyDown(e){super._onKeyDown(e);let t=e.composedPath().find(e=>e.nodeType===Node.ELEMENT_NODE&&e.localName===`vaadin-radio-button`);[`ArrowLeft`,`ArrowUp`].includes(e.key)&&(e.preventDefault(),this.__selectNextRadioButton(t)),[`ArrowRight`,`ArrowDown`].includes(e.key)&&(e.preventDefault(),this.__selectPrevRadioButton(t))}_invalidChanged(e){super._invalidChanged(e),e?this.setAttribute(`aria-invalid`,`true`):this.removeAttribute(`aria-invalid`)}__nameChanged(e){this.__radioButtons.forEach(t=>{t.name=e||this._fieldName})}__selectNextRadioButton(e){let t=this.__radioButtons.indexOf(e);this.__selectIncRadioButton(t,this.isHorizontalRTL?1:-1)}__selectPrevRadioButton(e){let t=this.__radioButtons.indexOf(e);this.__selectIncRadioButton(t,this.isHorizontalRTL?-1:1)}__selectIncRadioButton(e,t){let n=(this.__radioButtons.length+e+t)%this.__radioButtons.length,r=this.__radioButtons[n];r.disabled?this.__selectIncRadioButton(n,t):(r.focusElement.focus(),r.focusElement.click())}__registerRadioButton(e){e.name=this.name||this._fieldName,e.addEventListener(`checked-changed`,this.__onRadioButtonCheckedChange),(this.disabled||this.readonly)&&(e.disabled=!0),e.checked&&this.__selectRadioButton(e)}__unregisterRadioButton(e){e.removeEventListener(`checked-changed`,this.__onRadioButtonCheckedChange),e.value===this.value&&this.__selectRadioButton(null)}__onRadioButtonCheckedChange(e){e.target.checked&&this.__selectRadioButton(e.target)}__valueChanged(e,t){if(!(t===void 0&&e===``)){if(e){let t=this.__radioButtons.find(t=>t.value===e);t?(this.__selectRadioButton(t),this.toggleAttribute(`has-value`,!0)):console.warn(`The radio button with the value "${e}" was not found.`)}else this.__selectRadioButton(null),this.removeAttribute(`has-value`);t!==void 0&&this._requestValidation()}}__readonlyChanged(e,t){!e&&t===void 0||t!==e&&this.__updateRadioButtonsDisabledProperty()}_disabledChanged(e,t){super._disabledChanged(e,t),!(!e&&t===void 0)&&t!==e&&this.__updateRadioButtonsDisabledProperty()}_shouldRemoveFocus(e){return!this.contains(e.relatedTarget)}_setFocused(e){super._setFocused(e),!e&&document.hasFocus()&&this._requestValidation()}__selectRadioButton(e){e?this.value=e.value:this.value=``,this.__radioButtons.forEach(t=>{t.checked=t===e}),this.readonly&&this.__updateRadioButtonsDisabledProperty()}__updateRadioButtonsDisabledProperty(){this.__radioButtons.forEach(e=>{this.readonly?e.disabled=e!==this.__selectedRadioButton:e.disabled=this.disabled})}}})),LC,RC=o((()=>{MC(),p(),y(),O(),T(),k(),w(),PC(),IC(),LC=class extends FC(S(x(C(A(u))))){static get is(){return`vaadin-radio-group`}static get styles(){return NC}render(){return d`
      <div class="vaadin-group-field-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true"></span>
        </div>

        <div part="group-field">
          <slot></slot>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <slot name="tooltip"></slot>
    `}},v(LC)})),zC,BC,VC=o((()=>{E(),p(),qe(),zC=t`
  :host {
    --_arrow-size: var(--vaadin-slider-bubble-arrow-size, 8px);
    --_border-width: var(
      --vaadin-slider-bubble-border-width,
      var(--vaadin-tooltip-border-width, var(--vaadin-overlay-border-width, 1px))
    );
    --_default-offset: var(--vaadin-slider-bubble-offset, 2px);
    --_rtl-multiplier: 1;
  }

  :host([dir='rtl']) {
    --_rtl-multiplier: -1;
  }

  [part='overlay'] {
    position: relative;
    overflow: visible;
    max-width: var(--vaadin-tooltip-max-width, 40ch);
    padding: var(
      --vaadin-slider-bubble-padding,
      var(--vaadin-tooltip-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container))
    );
    border: var(
        --vaadin-slider-bubble-border-width,
        var(--vaadin-tooltip-border-width, var(--vaadin-overlay-border-width, 1px))
      )
      solid
      var(
        --vaadin-slider-bubble-border-color,
        var(--vaadin-tooltip-border-color, var(--vaadin-overlay-border-color, var(--vaadin-border-color-secondary)))
      );
    border-radius: var(
      --vaadin-slider-bubble-border-radius,
      var(--vaadin-tooltip-border-radius, var(--vaadin-radius-m))
    );
    background: var(
      --vaadin-slider-bubble-background,
      var(--vaadin-tooltip-background, var(--vaadin-background-color))
    );
    color: var(--vaadin-slider-bubble-text-color, var(--vaadin-tooltip-text-color, inherit));
    font-size: var(--vaadin-slider-bubble-font-size, var(--vaadin-tooltip-font-size, 0.9em));
    font-weight: var(--vaadin-slider-bubble-font-weight, var(--vaadin-tooltip-font-weight, inherit));
    line-height: var(--vaadin-slider-bubble-line-height, var(--vaadin-tooltip-line-height, inherit));
    box-shadow: var(--vaadin-slider-bubble-shadow, var(--vaadin-tooltip-shadow, 0 3px 8px -1px rgba(0, 0, 0, 0.2)));
  }

  :host([top-aligned]) [part='overlay'] {
    margin-top: var(--vaadin-slider-bubble-offset, calc(var(--_arrow-size) + var(--_default-offset)));
  }

  :host([bottom-aligned]) [part='overlay'] {
    margin-bottom: var(--vaadin-slider-bubble-offset, calc(var(--_arrow-size) + var(--_default-offset)));
  }

  [part='arrow'] {
    display: block;
    position: absolute;
    background: inherit;
    border: inherit;
    border-start-start-radius: var(--vaadin-slider-bubble-arrow-border-radius, 0);
    inset-inline-start: 50%;
    outline: inherit;
    box-shadow: inherit;
    width: var(--_arrow-size);
    height: var(--_arrow-size);
    rotate: 45deg;
    --o: 20px; /* clip-path outset, how far outward it extends to reveal the outline and box shadow */
    --b: var(--_border-width);
    /* We need this elaborate clip-path to allow the arrow bg and border to cover
      the overlay border but prevent the outline and box-shadow from covering it */
    clip-path: polygon(
      calc(var(--o) * -1) calc(var(--o) * -1),
      calc(100% + var(--o) - var(--b)) calc(var(--o) * -1),
      calc(100% - var(--b) * 1.4) 0,
      100% 0,
      calc(100% - var(--b)) var(--b),
      calc(100% - var(--b)) calc(var(--b) + var(--ff, 0px)),
      calc(var(--b) + var(--ff, 0px)) calc(100% - var(--b)),
      calc(var(--b)) calc(100% - var(--b)),
      0 100%,
      0 calc(100% - var(--b) * 1.4),
      calc(var(--o) * -1) calc(100% + var(--o) - var(--b))
    );
  }

  /* Firefox renders a blurry edge for a diagonal clip-path + rotation,
    so we need to extend the clip-path slightly further on the diagonal */
  @supports (-moz-appearance: none) {
    [part='arrow'] {
      --ff: 1px;
    }
  }

  :host([top-aligned]) [part='arrow'] {
    top: 0;
    translate: calc(-50% * var(--_rtl-multiplier)) -50%;
  }

  :host([end-aligned][top-aligned]) [part='arrow'] {
    translate: calc(50% * var(--_rtl-multiplier)) -50%;
  }

  :host([bottom-aligned]) [part='arrow'] {
    bottom: 0;
    rotate: 225deg;
    translate: calc(-50% * var(--_rtl-multiplier)) 50%;
  }

  :host([end-aligned][bottom-aligned]) [part='arrow'] {
    translate: calc(50% * var(--_rtl-multiplier)) 50%;
  }
`,BC=[Ke,zC]})),HC,UC=o((()=>{p(),y(),h(),T(),lt(),wt(),k(),w(),VC(),HC=class extends ht(ct(b(x(C(A(u)))))){static get is(){return`vaadin-slider-bubble-overlay`}static get styles(){return BC}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <div part="overlay" id="overlay">
        <div part="arrow"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}_shouldCloseOnOutsideClick(){return!1}_updatePosition(){if(super._updatePosition(),!this.positionTarget||!this.opened)return;let e=this.positionTarget.getBoundingClientRect(),t=this.$.overlay.getBoundingClientRect(),n=e.width/2-t.width/2;if(this.style.left){let e=t.left+n;e>0&&(this.style.left=`${e}px`)}if(this.style.right){let e=parseFloat(this.style.right)+n;e>0&&(this.style.right=`${e}px`)}}},v(HC)})),WC,GC=o((()=>{UC(),p(),z(),y(),T(),ge(),WC=class extends Te(C(u)){static get is(){return`vaadin-slider-bubble`}static get styles(){return t`
      :host {
        display: contents;
      }
    `}static get properties(){return{positionTarget:{type:Object},opened:{type:Boolean,value:!1,reflectToAttribute:!0}}}render(){return d`
      <vaadin-slider-bubble-overlay
        id="overlay"
        .owner="${this}"
        .opened="${this.opened}"
        .positionTarget="${this.positionTarget}"
        theme="${B(this._theme)}"
        vertical-align="bottom"
        no-vertical-overlap
        modeless
        exportparts="overlay, content, arrow"
      >
        <slot></slot>
      </vaadin-slider-bubble-overlay>
    `}},v(WC)})),KC,qC,JC,YC=o((()=>{c(),l(),KC=`important`,qC=` !important`,JC=oe(class extends le{constructor(e){if(super(e),e.type!==re.ATTRIBUTE||e.name!==`style`||e.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(e){return Object.keys(e).reduce((t,n)=>{let r=e[n];return r==null?t:t+`${n=n.includes(`-`)?n:n.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,`-$&`).toLowerCase()}:${r};`},``)}update(e,[t]){let{style:n}=e.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(t)),this.render(t);for(let e of this.ft)t[e]??(this.ft.delete(e),e.includes(`-`)?n.removeProperty(e):n[e]=null);for(let e in t){let r=t[e];if(r!=null){this.ft.add(e);let t=typeof r==`string`&&r.endsWith(qC);e.includes(`-`)||t?n.setProperty(e,t?r.slice(0,-11):r,t?KC:``):n[e]=r}}return f}})})),XC=o((()=>{YC()})),ZC,QC=o((()=>{E(),p(),ZC=t`
  :host {
    box-sizing: border-box;
    user-select: none;
    -webkit-user-select: none;
    --_thumb-width: var(--vaadin-slider-thumb-width, 1lh);
    --_thumb-height: var(--vaadin-slider-thumb-height, 1lh);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([disabled]) {
    cursor: var(--vaadin-disabled-cursor);
    --vaadin-slider-fill-background: linear-gradient(
        var(--vaadin-border-color-secondary),
        var(--vaadin-border-color-secondary)
      )
      var(--vaadin-background-color);
    --vaadin-slider-thumb-background: var(--vaadin-slider-fill-background);
    --vaadin-slider-thumb-border-color: transparent;
  }

  :host([readonly]) {
    --vaadin-slider-fill-background: var(--vaadin-border-color);
    --vaadin-slider-thumb-background: var(--vaadin-background-color);
    --vaadin-slider-thumb-border-color: var(--vaadin-border-color);
    --_outline-style: dashed;
  }

  :host([min-max-visible]) {
    grid-template:
      'label' auto var(--_helper-above-field, 'helper' auto) 'baseline' 0 'input' 1fr 'marks' auto var(
        --_helper-below-field,
        'helper' auto
      )
      'error' auto / 100%;
  }

  #controls {
    grid-area: input;
    display: inline-grid;
    align-items: center;
    width: var(--vaadin-field-default-width, 12em);
    max-width: 100%;
    min-width: 100%;
    --_track-width: calc(100% - var(--_thumb-width));
  }

  :host([has-label]) #controls {
    border-block: var(--vaadin-input-field-border-width, 1px) solid transparent;
    padding-block: var(--vaadin-padding-block-container);
  }

  [part='track'] {
    box-sizing: border-box;
    grid-row: 1;
    grid-column: track-start / track-end;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
    width: 100%;
    height: var(--vaadin-slider-track-height, 0.25lh);
    background: var(--vaadin-slider-track-background, var(--vaadin-background-container));
    border-radius: var(--vaadin-slider-track-border-radius, var(--vaadin-radius-m));
    border: var(--vaadin-slider-track-border-width, 0) solid
      var(--vaadin-slider-track-border-color, var(--vaadin-border-color-secondary));
  }

  [part='track-fill'] {
    box-sizing: border-box;
    grid-column: fill-start / fill-end;
    height: 100%;
    background: var(--vaadin-slider-fill-background, var(--vaadin-text-color));
    box-shadow: inset 0 0 0 var(--vaadin-slider-fill-border-width, 1px)
      var(--vaadin-slider-fill-border-color, transparent);
  }

  [part~='thumb'] {
    box-sizing: border-box;
    grid-row: 1;
    grid-column: thumb1;
    width: var(--_thumb-width);
    height: var(--_thumb-height);
    background: var(--vaadin-slider-thumb-background, var(--vaadin-background-color));
    border: var(--vaadin-slider-thumb-border-width, 1px) solid
      var(--vaadin-slider-thumb-border-color, var(--vaadin-text-color));
    border-radius: var(--vaadin-slider-thumb-border-radius, var(--vaadin-radius-l));
  }

  :host([readonly]) [part='track-fill'] {
    border-inline-end: none;
  }

  ::slotted(input) {
    grid-row: 1;
    grid-column: track-start / track-end;
    appearance: none;
    width: calc(100% + max(0px, 24px - var(--_thumb-width)));
    height: var(--_thumb-height);
    font: inherit;
    margin: 0;
    margin-inline: calc(min(0px, var(--_thumb-width) - 24px) / 2);
    background: transparent;
    outline: 0;
    -webkit-tap-highlight-color: transparent;
    cursor: inherit;
    touch-action: none;
    z-index: 999;

    @media (pointer: coarse) {
      pointer-events: none;
    }
  }

  [part='marks'] {
    display: none;
    font-size: var(--vaadin-slider-marks-font-size, 0.75em);
    font-weight: var(--vaadin-slider-marks-font-weight, inherit);
    color: var(--vaadin-slider-marks-color, var(--vaadin-text-color-secondary));
  }

  :host([min-max-visible]) [part='marks'] {
    grid-area: marks;
    display: flex;
    justify-content: space-between;
  }
`})),$C,ew=o((()=>{Kt(),Ee(),$C=e=>class extends De(Vt(e)){static get properties(){return{min:{type:Number,sync:!0},max:{type:Number,sync:!0},step:{type:Number,sync:!0},readonly:{type:Boolean,reflectToAttribute:!0},valueAlwaysVisible:{type:Boolean,value:!1,sync:!0},minMaxVisible:{type:Boolean,reflectToAttribute:!0},__value:{type:Array,sync:!0}}}get slotStyles(){let e=this.localName;return[`
          ${e} > input::-webkit-slider-runnable-track {
            height: 100%;
          }

          ${e} > input::-webkit-slider-thumb {
            appearance: none;
            width: max(24px, var(--_thumb-width));
            height: max(24px, var(--_thumb-height));
            margin-block: calc((var(--_thumb-height) - 24px) / 2);
            /* iOS needs these */
            background: transparent;
            box-shadow: none;
            pointer-events: auto;
          }

          ${e} > input::-moz-range-thumb {
            border: 0;
            background: transparent;
            width: max(24px, var(--_thumb-width));
            height: max(24px, var(--_thumb-height));
            pointer-events: auto;
          }

          ${e}:not([readonly]) > input::-webkit-slider-thumb {
            cursor: var(--vaadin-slider-thumb-cursor, grab);
          }

          ${e}:not([readonly]) > input::-moz-range-thumb {
            cursor: var(--vaadin-slider-thumb-cursor, grab);
          }

          ${e}:is([active], [start-active], [end-active]) > input::-webkit-slider-thumb {
            cursor: var(--vaadin-slider-thumb-cursor-active, grabbing);
          }

          ${e}:is([active], [start-active], [end-active]) > input::-moz-range-thumb {
            cursor: var(--vaadin-slider-thumb-cursor-active, grabbing);
          }

          ${e}[disabled] > input::-webkit-slider-thumb {
            cursor: var(--vaadin-disabled-cursor, not-allowed);
          }

          ${e}[disabled] > input::-moz-range-thumb {
            cursor: var(--vaadin-disabled-cursor, not-allowed);
          }
        `]}constructor(){super(),this.addEventListener(`pointerdown`,e=>this.__onPointerDown(e))}firstUpdated(){super.firstUpdated(),this.__lastCommittedValue=this.value}__updateValue(e,t,n=this.__value){let{min:r,max:i,step:a}=this.__getConstraints(),o=n[t-1]??r,s=n[t+1]??i,c=Math.min(Math.max(e,o),s),l=this.__getStepPrecision(a),u=c-o,d=Math.round(u/a)*a,f=parseFloat((o+d).toFixed(l)),ee=f<=s?f:parseFloat((f-a).toFixed(l));this.__value=n.with(t,ee)}__getStepPrecision(e){let t=String(e).split(`.`)[1];return t?t.length:0}__getConstraints(){return{min:this.min??0,max:this.max??100,step:this.step??1}}__getPercentFromValue(e){let{min:t,max:n}=this.__getConstraints();return n<=t?0:(Math.min(Math.max(e,t),n)-t)/(n-t)}__updateBubbleState(e,{active:t,focused:n,hover:r,opened:i,otherOpened:a}){e.has(t)&&(this[t]?this[r]=!0:e.get(t)&&(this[i]=this[r])),e.has(n)&&(this[n]?(this[i]=!0,a&&(this[a]=!1)):e.get(n)&&(this[i]=this[r])),e.has(r)&&(this[r]?(this[i]=!0,a&&(this[a]=!1)):e.get(r)&&(this[i]=this[t]))}__onPointerDown(e){e.composedPath().includes(this.$.controls)&&this.readonly&&e.preventDefault()}__dispatchInputEvent(){this.dispatchEvent(new Event(`input`,{bubbles:!0,composed:!0}))}__detectAndDispatchChange(){JSON.stringify(this.__lastCommittedValue)!==JSON.stringify(this.value)&&(this.__lastCommittedValue=this.value,this.dispatchEvent(new Event(`change`,{bubbles:!0})))}__onChange(e){e.stopPropagation(),this.__detectAndDispatchChange()}}})),tw,nw=o((()=>{GC(),p(),z(),XC(),ze(),j(),y(),O(),T(),We(),pn(),Pt(),k(),w(),QC(),ew(),tw=class extends $t($C(N(S(x(C(A(u))))))){static get is(){return`vaadin-range-slider`}static get styles(){return[Jt,ZC,t`
        :host([focus-ring][start-focused]) [part~='thumb-start'],
        :host([focus-ring][end-focused]) [part~='thumb-end'] {
          outline: var(--vaadin-focus-ring-width) var(--_outline-style, solid) var(--vaadin-focus-ring-color);
          outline-offset: 1px;
        }

        #controls {
          grid-template-columns:
            [track-start]
            calc(var(--start-value) * var(--_track-width))
            [thumb1]
            0
            [fill-start]
            calc((var(--end-value) - var(--start-value)) * var(--_track-width))
            [fill-end thumb2]
            0
            calc((1 - var(--end-value)) * var(--_track-width))
            var(--_thumb-width)
            [track-end];
        }

        [part='track-fill'] {
          margin-inline-start: var(--_thumb-width);
        }

        [part~='thumb-end'] {
          grid-column: thumb2;
        }

        :host([readonly]) [part='track-fill'] {
          border-inline-start: none;
        }

        ::slotted(input:last-of-type) {
          clip-path: inset(
            min(0px, (var(--_thumb-height) - 24px) / 2) 0 min(0px, (var(--_thumb-height) - 24px) / 2)
              clamp(
                0%,
                var(--_thumb-width) / 2 + var(--start-value) * var(--_track-width) +
                  (var(--end-value) - var(--start-value)) * var(--_track-width) / 2,
                100%
              )
          );
        }

        :host([dir='rtl']) ::slotted(input:last-of-type) {
          clip-path: inset(
            min(0px, (var(--_thumb-height) - 24px) / 2)
              clamp(
                0%,
                var(--_thumb-width) / 2 + var(--start-value) * var(--_track-width) +
                  (var(--end-value) - var(--start-value)) * var(--_track-width) / 2,
                100%
              )
              min(0px, (var(--_thumb-height) - 24px) / 2) 0
          );
        }
      `]}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{value:{type:Array,value:()=>[0,100],notify:!0,sync:!0},accessibleNameStart:{type:String},accessibleNameEnd:{type:String},__startActive:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`start-active`,sync:!0},__endActive:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`end-active`,sync:!0},__startFocused:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`start-focused`,sync:!0},__endFocused:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`end-focused`,sync:!0},__startHover:{type:Boolean,value:!1,sync:!0},__endHover:{type:Boolean,value:!1,sync:!0},__startBubbleOpened:{type:Boolean,value:!1,sync:!0},__endBubbleOpened:{type:Boolean,value:!1,sync:!0}}}render(){let[e,t]=this.__value,n=this.__getPercentFromValue(e),r=this.__getPercentFromValue(t),{min:i,max:a}=this.__getConstraints();return d`
      <div class="vaadin-slider-container">
        <div part="label" @click="${this.focus}">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true"></span>
        </div>

        <div id="controls" style="${JC({"--start-value":n,"--end-value":r})}">
          <div part="track">
            <div part="track-fill"></div>
          </div>
          <div part="thumb thumb-start"></div>
          <div part="thumb thumb-end"></div>
          <slot name="input"></slot>
          <slot name="bubble"></slot>
        </div>

        <div part="marks" aria-hidden="true">
          <span part="min">${i}</span>
          <span part="max">${a}</span>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>
    `}constructor(){super(),this.__value=[...this.value],this.__inputId0=`slider-${kt()}`,this.__inputId1=`slider-${kt()}`,this.__onPointerUp=this.__onPointerUp.bind(this)}firstUpdated(){super.firstUpdated();let e=this.querySelectorAll(`[slot="input"]`);this._inputElements=[...e],this.ariaTarget=this,this.__thumbStartElement=this.shadowRoot.querySelector(`[part~="thumb-start"]`),this.__thumbEndElement=this.shadowRoot.querySelector(`[part~="thumb-end"]`),this.__bubbleElements=[...this.querySelectorAll(`vaadin-slider-bubble`)]}__onPointerDown(e){super.__onPointerDown(e);let t=this._inputElements.indexOf(e.composedPath()[0]);!this.readonly&&t!==-1&&(this.toggleAttribute(`start-active`,t===0),this.toggleAttribute(`end-active`,t===1),window.addEventListener(`pointerup`,this.__onPointerUp),window.addEventListener(`pointercancel`,this.__onPointerUp))}__onPointerUp(){window.removeEventListener(`pointerup`,this.__onPointerUp),window.removeEventListener(`pointercancel`,this.__onPointerUp),this.removeAttribute(`start-active`),this.removeAttribute(`end-active`)}update(e){super.update(e);let[t,n]=this.__value,{min:r,max:i,step:a}=this.__getConstraints();ie(d`
        <input
          type="range"
          id="${this.__inputId0}"
          slot="input"
          aria-label="${this.accessibleNameStart||this.__getAriaLabel(`min`)}"
          .min="${r}"
          .max="${i}"
          .step="${a}"
          .value="${t}"
          .disabled="${this.disabled}"
          tabindex="${this.disabled?-1:0}"
          @pointerenter="${this.__onStartPointerEnter}"
          @pointermove="${this.__onStartPointerMove}"
          @pointerleave="${this.__onStartPointerLeave}"
          @keydown="${this.__onKeyDown}"
          @input="${this.__onStartInput}"
          @change="${this.__onChange}"
        />
        <input
          type="range"
          id="${this.__inputId1}"
          slot="input"
          aria-label="${this.accessibleNameEnd||this.__getAriaLabel(`max`)}"
          .min="${r}"
          .max="${i}"
          .step="${a}"
          .value="${n}"
          .disabled="${this.disabled}"
          tabindex="${this.disabled?-1:0}"
          @pointerenter="${this.__onEndPointerEnter}"
          @pointermove="${this.__onEndPointerMove}"
          @pointerleave="${this.__onEndPointerLeave}"
          @keydown="${this.__onKeyDown}"
          @input="${this.__onEndInput}"
          @change="${this.__onChange}"
        />
        <vaadin-slider-bubble
          slot="bubble"
          .positionTarget="${this.__thumbStartElement}"
          .opened="${this.valueAlwaysVisible||this.__startBubbleOpened}"
          theme="${B(this._theme)}"
        >
          ${t}
        </vaadin-slider-bubble>
        <vaadin-slider-bubble
          slot="bubble"
          .positionTarget="${this.__thumbEndElement}"
          .opened="${this.valueAlwaysVisible||this.__endBubbleOpened}"
          theme="${B(this._theme)}"
        >
          ${n}
        </vaadin-slider-bubble>
      `,this,{host:this})}willUpdate(e){super.willUpdate(e),this.__updateBubbleState(e,{active:`__startActive`,focused:`__startFocused`,hover:`__startHover`,opened:`__startBubbleOpened`,otherOpened:`__endBubbleOpened`}),this.__updateBubbleState(e,{active:`__endActive`,focused:`__endFocused`,hover:`__endHover`,opened:`__endBubbleOpened`,otherOpened:`__startBubbleOpened`})}updated(e){if(super.updated(e),e.has(`value`)||e.has(`min`)||e.has(`max`)||e.has(`step`)){let e=[...this.value];e.forEach((t,n)=>{this.__updateValue(t,n,e)})}}focus(e){this.disabled||(this._inputElements&&this._inputElements[0].focus(),super.focus(e))}blur(){if(this._inputElements){let e=this._inputElements.find(e=>Pe(e));e&&e.blur()}}_setFocused(e){super._setFocused(e),this.__startFocused=Pe(this._inputElements[0]),this.__endFocused=Pe(this._inputElements[1])}__getAriaLabel(e){return this.label?`${this.label} ${e}`:e}__commitValue(){this.value=[...this.__value]}__onStartInput(e){e.stopPropagation(),parseFloat(e.target.value)>this.__value[1]&&(e.target.value=this.__value[1]);let t=e.target.value;this.__updateValue(t,0),this.__updateBubble(0),this.__dispatchInputEvent(),this.__commitValue()}__onEndInput(e){e.stopPropagation(),parseFloat(e.target.value)<this.__value[0]&&(e.target.value=this.__value[0]);let t=e.target.value;this.__updateValue(t,1),this.__updateBubble(1),this.__dispatchInputEvent(),this.__commitValue()}__isThumbEvent(e,t){let n=t.getBoundingClientRect();return e.clientX>=n.left&&e.clientX<=n.right&&e.clientY>=n.top&&e.clientY<=n.bottom}__onStartPointerEnter(e){this.__isThumbEvent(e,this.__thumbStartElement)&&(this.__startHover=!0)}__onStartPointerMove(e){this.__startHover=this.__isThumbEvent(e,this.__thumbStartElement)}__onStartPointerLeave(){this.__startHover=!1}__onEndPointerEnter(e){this.__isThumbEvent(e,this.__thumbEndElement)&&(this.__endHover=!0)}__onEndPointerMove(e){this.__endHover=this.__isThumbEvent(e,this.__thumbEndElement)}__onEndPointerLeave(){this.__endHover=!1}__onKeyDown(e){let t=[`ArrowLeft`,`ArrowDown`,`PageDown`,`Home`],n=[`ArrowRight`,`ArrowUp`,`PageUp`,`End`].includes(e.key),r=t.includes(e.key);if(!n&&!r)return;let i=this._inputElements.indexOf(e.target);(this.readonly||this.__value[0]===this.__value[1]&&(i===0&&n||i===1&&r))&&e.preventDefault()}__updateBubble(e){this.__bubbleElements[e].$.overlay._updatePosition()}},v(tw)})),rw,iw=o((()=>{E(),p(),rw=t`
  :host {
    --_overflow-indicator-height: var(--vaadin-scroller-overflow-indicator-height, 1px);
    --_overflow-indicator-color: var(--vaadin-scroller-overflow-indicator-color, var(--vaadin-border-color-secondary));
    /* Don't let these properties inherit */
    --vaadin-scroller-padding-block: 0px;
    --vaadin-scroller-padding-inline: 0px;
    --vaadin-scroller-overflow-indicator-top-opacity: 0;
    --vaadin-scroller-overflow-indicator-bottom-opacity: 0;
    display: block;
    overflow: auto !important;
    outline: none;
    box-sizing: border-box;
    padding: var(--vaadin-scroller-padding-block) var(--vaadin-scroller-padding-inline);
    contain: paint;
  }

  :host([focus-ring]) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([scroll-direction='vertical']) {
    overflow-x: hidden !important;
  }

  :host([scroll-direction='horizontal']) {
    overflow-y: hidden !important;
  }

  :host([scroll-direction='none']) {
    overflow: hidden !important;
  }

  :host::before,
  :host::after {
    content: '';
    display: block;
    opacity: 0;
    position: sticky;
    inset: 0 calc(var(--vaadin-scroller-padding-inline) * -1);
    z-index: 9999;
    pointer-events: none;
    box-sizing: border-box;
    height: var(--_overflow-indicator-height);
    margin-inline: calc(var(--vaadin-scroller-padding-inline) * -1);
    background: linear-gradient(
      var(--_overflow-indicator-dir, to bottom),
      var(--_overflow-indicator-color),
      var(--_overflow-indicator-color) 1px,
      transparent
    );
  }

  :host::before {
    top: 0;
    margin-bottom: calc(var(--_overflow-indicator-height) * -1);
    translate: 0 calc(var(--vaadin-scroller-padding-block) * -1);
  }

  :host::after {
    bottom: 0;
    margin-top: calc(var(--_overflow-indicator-height) * -1);
    translate: 0 calc(var(--vaadin-scroller-padding-block) * 1);
    --_overflow-indicator-dir: to top;
  }

  :host([overflow~='top'])::before {
    opacity: var(--vaadin-scroller-overflow-indicator-top-opacity);
  }

  :host([overflow~='bottom'])::after {
    opacity: var(--vaadin-scroller-overflow-indicator-bottom-opacity);
  }

  :host([theme~='overflow-indicator-top'][overflow~='top']),
  :host([theme~='overflow-indicators'][overflow~='top']) {
    --vaadin-scroller-overflow-indicator-top-opacity: 1;
  }

  :host([theme~='overflow-indicators'][overflow~='bottom']),
  :host([theme~='overflow-indicator-bottom'][overflow~='bottom']) {
    --vaadin-scroller-overflow-indicator-bottom-opacity: 1;
  }
`})),aw,ow=o((()=>{ze(),aw=e=>class extends N(e){static get properties(){return{scrollDirection:{type:String,reflectToAttribute:!0},tabindex:{type:Number,value:0,reflectToAttribute:!0}}}_shouldSetFocus(e){return e.target===this}}})),sw,cw=o((()=>{p(),y(),O(),Ml(),T(),k(),w(),iw(),ow(),sw=class extends aw(S(x(C(A(u))))){static get is(){return`vaadin-scroller`}static get styles(){return rw}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`<slot></slot>`}ready(){super.ready(),this.__overflowController=new jl(this),this.addController(this.__overflowController)}},v(sw)})),lw=o((()=>{window.Vaadin.Flow.selectConnector={},window.Vaadin.Flow.selectConnector.initLazy=e=>{e.$connector||(e.$connector={},e.renderer=t=>{let n=e.querySelector(`vaadin-select-list-box`);n&&(t.firstChild&&t.removeChild(t.firstChild),t.appendChild(n))})}}));function uw(e,t){return[...t.entries()].every(([t,n])=>e.getAll(t).includes(n))}function dw(e,t,n={matchNested:!1}){let r=document.baseURI,i=new URL(e,r),a=new URL(t,r),o=i.origin===a.origin,s=n.matchNested?i.pathname===a.pathname||i.pathname.startsWith(`${a.pathname}/`):i.pathname===a.pathname;return o&&s&&uw(i.searchParams,a.searchParams)}var fw=o((()=>{})),pw,mw=o((()=>{pw={get pathname(){return document.location.pathname},get search(){return document.location.search}}})),hw,gw=o((()=>{E(),p(),hw=t`
  :host {
    display: flex;
    flex-direction: column;
    min-width: 0;
    max-width: 100%;
    gap: var(--vaadin-side-nav-items-gap, var(--vaadin-gap-s));
    cursor: default;
    -webkit-tap-highlight-color: transparent;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  button {
    appearance: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: var(--vaadin-clickable-cursor);
    flex: none;
  }

  [part='toggle-button'] {
    border-radius: var(--vaadin-side-nav-item-border-radius, var(--vaadin-radius-s));
    color: var(--vaadin-text-color-secondary);
  }

  [part='toggle-button']::before {
    content: '';
    display: block;
    background: currentColor;
    mask: var(--_vaadin-icon-chevron-down) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    rotate: -90deg;
  }

  :host([dir='rtl']) [part='toggle-button']::before {
    scale: -1;
  }

  :host(:is(vaadin-side-nav-item[expanded], vaadin-side-nav:not([collapsed]))) [part='toggle-button'] {
    rotate: 90deg;
  }

  :host([dir='rtl']:is(vaadin-side-nav-item[expanded], vaadin-side-nav:not([collapsed]))) [part='toggle-button'] {
    rotate: -90deg;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='toggle-button'] {
      transition: rotate 150ms;
    }
  }

  :host([disabled]) [part='toggle-button'] {
    opacity: 0.5;
  }

  [part='children'] {
    padding: 0;
    margin: 0;
    list-style-type: none;
    display: flex;
    flex-direction: column;
    gap: var(--vaadin-side-nav-items-gap, var(--vaadin-gap-s));
  }

  [part='children'] slot {
    --_icon-indent-2: var(--_icon-indent);
  }

  :focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  @media (forced-colors: active) {
    [part='toggle-button']::before {
      background: CanvasText;
    }
  }
`})),_w,vw,yw=o((()=>{E(),p(),Wi(),gw(),_w=t`
  [part='content'] {
    display: flex;
    align-items: center;
    min-width: 0;
    max-width: 100%;
    padding: var(
      --vaadin-side-nav-item-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    --_gap: var(--vaadin-side-nav-item-gap, var(--vaadin-gap-s));
    gap: var(--_gap);
    font-size: var(--vaadin-side-nav-item-font-size, 1em);
    font-weight: var(--vaadin-side-nav-item-font-weight, 500);
    line-height: var(--vaadin-side-nav-item-line-height, inherit);
    color: var(--vaadin-side-nav-item-text-color, var(--vaadin-text-color-secondary));
    background: var(--vaadin-side-nav-item-background, transparent);
    background-origin: border-box;
    border: var(--vaadin-side-nav-item-border-width, 0) solid var(--vaadin-side-nav-item-border-color, transparent);
    border-radius: var(--vaadin-side-nav-item-border-radius, var(--vaadin-radius-m));
    cursor: var(--vaadin-clickable-cursor);
    touch-action: manipulation;
    contain: layout;
  }

  :host([current]) [part='content'] {
    --vaadin-side-nav-item-background: var(--vaadin-background-container);
    --vaadin-side-nav-item-text-color: var(--vaadin-text-color);
  }

  :host([disabled]) {
    --vaadin-clickable-cursor: var(--vaadin-disabled-cursor);
  }

  :host([disabled]) [part='content'] {
    --vaadin-side-nav-item-text-color: var(--vaadin-text-color-disabled);
  }

  :host(:not([has-children])) {
    gap: 0;
  }

  [part='link'] {
    flex: auto;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: inherit;
    text-decoration: none;
    color: inherit;
    outline: 0;
  }

  :host(:not([has-children])) [part='toggle-button'] {
    display: none !important;
  }

  slot:not([name]) {
    display: block;
    flex: auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    /* Don't clip ascenders or descenders */
    padding-block: 0.25em;
    margin-block: -0.25em;
  }

  slot:is([name='prefix'], [name='suffix'])::slotted(*) {
    flex: none;
  }

  [part='content']:not(:has([href])):has([part='toggle-button']:focus-visible),
  [part='content']:has(:not([part='toggle-button']):focus-visible),
  [part='content']:has([href]) [part='toggle-button']:focus-visible {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
  }

  [part='content']:not(:has([href])) [part='toggle-button']:focus-visible {
    outline: 0;
  }

  /* Hierarchy indentation */
  [part='content']::before {
    content: '';
    width: calc(
      var(--vaadin-side-nav-child-indent, 1em) * var(--_level, 0) + var(--_icon-indent, 0) *
        (var(--vaadin-icon-size, 1lh) + var(--_gap))
    );
    flex: none;
    margin-inline-start: calc(var(--_gap) * -1);
  }

  [part='children'] {
    --_level: calc(var(--_level-2, 0) + 1);
  }

  [part='children'] ::slotted(*) {
    --_level-2: var(--_level);
  }

  @media (forced-colors: active) {
    [part='content'] {
      border: 1px solid Canvas !important;
    }

    :host([current]) [part='content'] {
      color: Highlight !important;
      border-color: Highlight !important;
    }

    :host([disabled]) [part='content'] {
      --vaadin-side-nav-item-text-color: GrayText !important;
    }

    :host([disabled]) [part='toggle-button']::before {
      background: GrayText !important;
    }
  }
`,vw=[hw,Ui,_w]})),bw,xw,Sw,Cw=o((()=>{Xn(),R(),bw={toggle:`Toggle child items`},xw=class extends I{constructor(e,t){super(e,t,null,{observe:!0,multiple:!0})}initAddedNode(){this.host.requestUpdate()}teardownNode(){this.host.requestUpdate()}},Sw=e=>class extends tr(e){static get properties(){return{_itemsCount:{type:Number,value:0}}}static get defaultI18n(){return bw}constructor(){super(),this._childrenController=new xw(this,this._itemsSlotName)}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get _items(){return this._childrenController.nodes}get _itemsSlotName(){return`children`}firstUpdated(){super.firstUpdated(),this.addController(this._childrenController)}willUpdate(e){super.willUpdate(e),this._itemsCount=this._items.length}updated(e){super.updated(e),e.has(`_itemsCount`)&&this.toggleAttribute(`has-children`,this._itemsCount>0),(e.has(`_itemsCount`)||e.has(`__effectiveI18n`))&&this._items.forEach(e=>{e.i18n=this.__effectiveI18n})}}})),ww,Tw=o((()=>{p(),z(),Kt(),y(),O(),T(),F(),fw(),k(),w(),mw(),yw(),Cw(),ww=class e extends Sw(Vt(S(x(C(A(u)))))){static get is(){return`vaadin-side-nav-item`}static get properties(){return{path:{type:String},pathAliases:{type:Array,value:()=>[]},expanded:{type:Boolean,value:!1,notify:!0,reflectToAttribute:!0},matchNested:{type:Boolean,value:!1},current:{type:Boolean,value:!1,readOnly:!0,reflectToAttribute:!0},target:{type:String},routerIgnore:{type:Boolean,value:!1},__tooltipText:{type:String}}}static get styles(){return vw}constructor(){super(),this.__boundUpdateCurrent=this.__updateCurrent.bind(this)}get _button(){return this.shadowRoot.querySelector(`button`)}firstUpdated(){super.firstUpdated(),this.hasAttribute(`role`)||this.setAttribute(`role`,`listitem`)}updated(e){super.updated(e),(e.has(`path`)||e.has(`pathAliases`)||e.has(`matchNested`))&&this.__updateCurrent(),(e.has(`disabled`)||e.has(`_itemsCount`))&&this._items.forEach(e=>{e.disabled=this.disabled})}connectedCallback(){super.connectedCallback(),this.__updateCurrent(),window.addEventListener(`popstate`,this.__boundUpdateCurrent),window.addEventListener(`vaadin-navigated`,this.__boundUpdateCurrent),window.addEventListener(`side-nav-location-changed`,this.__boundUpdateCurrent)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener(`popstate`,this.__boundUpdateCurrent),window.removeEventListener(`vaadin-navigated`,this.__boundUpdateCurrent),window.removeEventListener(`side-nav-location-changed`,this.__boundUpdateCurrent)}render(){return d`
      <div id="content" part="content" @click="${this._onContentClick}">
        <a
          id="link"
          ?disabled="${this.disabled}"
          tabindex="${this.disabled||this.path==null?`-1`:`0`}"
          href="${B(this.disabled?null:this.path)}"
          target="${B(this.target)}"
          ?router-ignore="${this.routerIgnore}"
          part="link"
          aria-current="${this.current?`page`:`false`}"
        >
          <slot name="prefix"></slot>
          <slot></slot>
          <div class="sr-only">${this.__tooltipText}</div>
          <slot name="suffix"></slot>
        </a>
        <button
          part="toggle-button"
          ?disabled="${this.disabled}"
          @click="${this._onButtonClick}"
          aria-controls="children"
          aria-expanded="${this.expanded}"
          aria-labelledby="link i18n"
        ></button>
      </div>
      <ul part="children" role="list" ?hidden="${!this.expanded}" aria-hidden="${this.expanded?`false`:`true`}">
        <slot name="children"></slot>
      </ul>
      <div hidden id="i18n">${this.__effectiveI18n.toggle}</div>
      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this._tooltipController=new P(this),this._tooltipController.setTarget(this.$.content),this._tooltipController.setAriaTarget(null),this._tooltipController.addEventListener(`tooltip-changed`,e=>{let{node:t}=e.detail;t?(this.__tooltipText=t.textContent.trim(),t.setAttribute(`aria-hidden`,`true`)):this.__tooltipText=``}),this.addController(this._tooltipController)}_onButtonClick(e){e.stopPropagation(),this.__toggleExpanded()}_onContentClick(e){this.path&&!e.composedPath().find(e=>e===this.$.link)?this.$.link.click():this.path==null&&this.hasAttribute(`has-children`)&&!this.disabled&&this.__toggleExpanded()}__toggleExpanded(){this.expanded=!this.expanded}__updateCurrent(){this._setCurrent(this.__isCurrent()),this.current&&(this.__expandParentItems(),this.expanded=this._items.length>0)}__expandParentItems(){if(this.closest(`vaadin-side-nav`)?.noAutoExpand)return;let e=this.__getParentItem();e&&(e.__expandParentItems(),e.expanded=!0)}__getParentItem(){return this.parentElement instanceof e?this.parentElement:null}__isCurrent(){if(this.path==null)return!1;let e=`${pw.pathname}${pw.search}`,t={matchNested:this.matchNested};return dw(e,this.path,t)||this.pathAliases.some(n=>dw(e,n,t))}},v(ww)})),Ew,Dw,Ow,kw=o((()=>{E(),p(),gw(),Ew=t`
  :host {
    white-space: nowrap;
    touch-action: manipulation;
  }

  [part='label'] {
    align-self: start;
    display: flex;
    align-items: center;
    justify-content: start;
    gap: var(--vaadin-side-nav-item-gap, var(--vaadin-gap-s));
    padding: var(
      --vaadin-side-nav-item-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    font-size: var(--vaadin-side-nav-label-font-size, max(11px, 0.875em));
    font-weight: var(--vaadin-side-nav-label-font-weight, 500);
    color: var(--vaadin-side-nav-label-color, var(--vaadin-text-color-secondary));
    line-height: var(--vaadin-side-nav-label-line-height, inherit);
    border-radius: var(--vaadin-side-nav-item-border-radius, var(--vaadin-radius-m));
    touch-action: manipulation;
    min-width: 0;
    max-width: 100%;
  }

  ::slotted([slot='label']) {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    margin: 0;
  }
`,Dw=[hw,Ew],Ow=t`
  :where(vaadin-side-nav:has(> vaadin-side-nav-item > vaadin-icon[slot='prefix']))::part(children),
  :where(vaadin-side-nav-item:has(> vaadin-side-nav-item[slot='children'] > vaadin-icon[slot='prefix']))::part(
    children
  ) {
    --_icon-indent: calc(var(--_icon-indent-2, 0) + 1);
  }

  :where(vaadin-side-nav-item:has(> vaadin-icon[slot='prefix']))::part(content) {
    --_icon-indent: calc(var(--_icon-indent-2) - 1);
  }

  :where(
    vaadin-side-nav-item:has(> vaadin-icon[slot='prefix']):has(> vaadin-side-nav-item > vaadin-icon[slot='prefix'])
  )::part(children) {
    --_level: var(--_level-2, 0);
  }

  vaadin-side-nav:not(:has([slot='label']))::part(label) {
    display: none;
  }
`})),Aw,jw=o((()=>{Tw(),p(),ze(),y(),O(),T(),Ee(),We(),k(),w(),kw(),Cw(),Aw=class extends Sw(De(N(S(x(C(A(u))))))){static get is(){return`vaadin-side-nav`}static get shadowRootOptions(){return{...u.shadowRootOptions,delegatesFocus:!0}}static get properties(){return{collapsible:{type:Boolean,value:!1,reflectToAttribute:!0},collapsed:{type:Boolean,value:!1,notify:!0,reflectToAttribute:!0},onNavigate:{attribute:!1},location:{observer:`__locationChanged`},noAutoExpand:{type:Boolean,reflectToAttribute:!0,value:!1}}}static get styles(){return Dw}get slotStyles(){return[Ow]}constructor(){super(),this._labelId=`side-nav-label-${kt()}`,this.addEventListener(`click`,this.__onClick)}get _itemsSlotName(){return``}get focusElement(){return this.shadowRoot.querySelector(`button`)}firstUpdated(){super.firstUpdated(),this.hasAttribute(`role`)||this.setAttribute(`role`,`navigation`)}render(){return d`
      ${this.collapsible?d`
            <button
              part="label"
              @click="${this._onLabelClick}"
              aria-expanded="${!this.collapsed}"
              aria-controls="children"
            >
              <slot name="label" @slotchange="${this._onLabelSlotChange}"></slot>
              <span part="toggle-button" aria-hidden="true"></span>
            </button>
          `:d`
            <div part="label">
              <slot name="label" @slotchange="${this._onLabelSlotChange}"></slot>
            </div>
          `}
      <ul
        id="children"
        role="list"
        part="children"
        ?hidden="${this.collapsed}"
        aria-hidden="${this.collapsed?`true`:`false`}"
      >
        <slot></slot>
      </ul>
    `}_shouldSetFocus(e){return e.composedPath()[0]===this.focusElement}_onLabelClick(){this.collapsible&&this.__toggleCollapsed()}_onLabelSlotChange(){let e=this.querySelector(`[slot="label"]`);e?(e.id||=this._labelId,this.setAttribute(`aria-labelledby`,e.id)):this.removeAttribute(`aria-labelledby`)}__locationChanged(){window.dispatchEvent(new CustomEvent(`side-nav-location-changed`))}__toggleCollapsed(){this.collapsed=!this.collapsed}__onClick(e){if(!this.onNavigate||e.metaKey||e.shiftKey)return;let t=e.composedPath(),n=t.find(e=>e.localName&&e.localName.includes(`side-nav-item`)),r=t.find(e=>e instanceof HTMLAnchorElement);!n||!n.shadowRoot.contains(r)||r.href&&r.href.startsWith(location.origin)&&n.target!==`_blank`&&(n.routerIgnore||this.onNavigate({path:n.path,target:n.target,current:n.current,expanded:n.expanded,pathAliases:n.pathAliases,originalEvent:e})!==!1&&e.preventDefault())}},v(Aw)})),Mw,Nw=o((()=>{GC(),p(),z(),XC(),ze(),y(),O(),T(),We(),pn(),fn(),Pt(),k(),w(),QC(),ew(),Mw=class extends $t($C(N(S(x(C(A(u))))))){static get is(){return`vaadin-slider`}static get styles(){return[Jt,ZC,t`
        :host([focus-ring]) [part='thumb'] {
          outline: var(--vaadin-focus-ring-width) var(--_outline-style, solid) var(--vaadin-focus-ring-color);
          outline-offset: 1px;
        }

        #controls {
          grid-template-columns:
            [track-start fill-start]
            calc(var(--value) * var(--_track-width))
            [fill-end thumb1]
            var(--_thumb-width)
            calc((1 - var(--value)) * var(--_track-width))
            [track-end];
        }

        [part='track-fill'] {
          border-start-start-radius: inherit;
          border-end-start-radius: inherit;
        }
      `]}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{value:{type:Number,value:0,notify:!0,sync:!0},__active:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`active`,sync:!0},__focusInside:{type:Boolean,value:!1,sync:!0},__hoverInside:{type:Boolean,value:!1,sync:!0},__bubbleOpened:{type:Boolean,value:!1,sync:!0}}}render(){let[e]=this.__value,t=this.__getPercentFromValue(e),{min:n,max:r}=this.__getConstraints();return d`
      <div class="vaadin-slider-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" @click="${this.focus}"></span>
        </div>

        <div id="controls" style="${JC({"--value":t})}">
          <div part="track">
            <div part="track-fill"></div>
          </div>
          <div part="thumb"></div>
          <slot name="input"></slot>
          <slot name="bubble"></slot>
        </div>

        <div part="marks" aria-hidden="true">
          <span part="min">${n}</span>
          <span part="max">${r}</span>
        </div>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>
    `}constructor(){super(),this.__value=[this.value],this.__inputId=`slider-${kt()}`,this.__onPointerUp=this.__onPointerUp.bind(this)}ready(){super.ready();let e=this.querySelector(`[slot="input"]`);this._inputElement=e,this.ariaTarget=e,this.addController(new vn(e,this._labelController)),this.__thumbElement=this.shadowRoot.querySelector(`[part="thumb"]`),this.__bubbleElement=this.querySelector(`vaadin-slider-bubble`)}__onPointerDown(e){super.__onPointerDown(e),!this.readonly&&e.composedPath()[0]===this._inputElement&&(this.setAttribute(`active`,``),window.addEventListener(`pointerup`,this.__onPointerUp),window.addEventListener(`pointercancel`,this.__onPointerUp))}__onPointerUp(){window.removeEventListener(`pointerup`,this.__onPointerUp),window.removeEventListener(`pointercancel`,this.__onPointerUp),this.removeAttribute(`active`)}update(e){super.update(e);let[t]=this.__value,{min:n,max:r,step:i}=this.__getConstraints();ie(d`
        <input
          type="range"
          id="${this.__inputId}"
          slot="input"
          .min="${n}"
          .max="${r}"
          .value="${t}"
          .step="${i}"
          .disabled="${this.disabled}"
          tabindex="${this.disabled?-1:0}"
          @pointerenter="${this.__onPointerEnter}"
          @pointermove="${this.__onPointerMove}"
          @pointerleave="${this.__onPointerLeave}"
          @keydown="${this.__onKeyDown}"
          @input="${this.__onInput}"
          @change="${this.__onChange}"
        />
        <vaadin-slider-bubble
          slot="bubble"
          .positionTarget="${this.__thumbElement}"
          .opened="${this.valueAlwaysVisible||this.__bubbleOpened}"
          theme="${B(this._theme)}"
        >
          ${t}
        </vaadin-slider-bubble>
      `,this,{host:this})}willUpdate(e){super.willUpdate(e),this.__updateBubbleState(e,{active:`__active`,focused:`__focusInside`,hover:`__hoverInside`,opened:`__bubbleOpened`})}updated(e){super.updated(e),(e.has(`value`)||e.has(`min`)||e.has(`max`)||e.has(`step`))&&this.__updateValue(this.value)}focus(e){this.disabled||(this._inputElement&&this._inputElement.focus(),super.focus(e))}blur(){this._inputElement&&this._inputElement.blur()}__commitValue(){this.value=this.__value[0]}__onInput(e){e.stopPropagation(),this.__updateValue(e.target.value,0),this.__updateBubble(),this.__dispatchInputEvent(),this.__commitValue()}__onKeyDown(e){this.readonly&&[`ArrowLeft`,`ArrowDown`,`ArrowRight`,`ArrowUp`,`PageUp`,`PageDown`,`Home`,`End`].includes(e.key)&&e.preventDefault()}_setFocused(e){super._setFocused(e),this.__focusInside=e}__isThumbEvent(e){let t=this.__thumbElement.getBoundingClientRect();return e.clientX>=t.left&&e.clientX<=t.right&&e.clientY>=t.top&&e.clientY<=t.bottom}__onPointerEnter(e){this.__isThumbEvent(e)&&(this.__hoverInside=!0)}__onPointerMove(e){this.__hoverInside=this.__isThumbEvent(e)}__onPointerLeave(){this.__hoverInside=!1}__updateBubble(){this.__bubbleElement.$.overlay._updatePosition()}},v(Mw)})),Pw,Fw=o((()=>{E(),p(),Pw=t`
  :host {
    display: flex;
    contain: layout;
    min-height: 0;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([orientation='vertical']) {
    flex-direction: column;
  }

  ::slotted(*) {
    flex: 1 1 auto;
    min-width: 0;
    min-height: 0;
  }

  ::slotted(:not(vaadin-split-layout)) {
    overflow: clip;
  }

  [part='splitter'] {
    --_splitter-size: var(--vaadin-split-layout-splitter-size, 8px);
    --_splitter-target-size: var(--vaadin-split-layout-splitter-target-size, 8px);
    --_handle-size: var(--vaadin-split-layout-handle-size, 4px);
    --_handle-target-size: var(--vaadin-split-layout-handle-target-size, 32px);
    background: var(--vaadin-split-layout-splitter-background, var(--vaadin-background-container-strong));
    flex: none;
    position: relative;
    z-index: 1;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
  }

  [part='splitter']::after {
    content: '';
    inset: 0 calc((var(--_splitter-target-size) - var(--_splitter-size)) / -2);
    position: absolute;
  }

  :host([orientation='vertical']) [part='splitter']::after {
    inset: calc((var(--_splitter-target-size) - var(--_splitter-size)) / -2) 0;
  }

  :host(:not([orientation='vertical'])) > [part='splitter'] {
    cursor: ew-resize;
    width: var(--_splitter-size);
  }

  :host([orientation='vertical']) > [part='splitter'] {
    cursor: ns-resize;
    height: var(--_splitter-size);
  }

  [part='handle'] {
    background: var(--vaadin-split-layout-handle-background, var(--vaadin-text-color-secondary));
    border-radius: var(--vaadin-radius-m);
    flex: none;
    width: var(--_handle-size);
    height: var(--_handle-target-size);
    max-height: 50%;
    position: absolute;
  }

  :host([orientation='vertical']) [part='handle'] {
    width: var(--_handle-target-size);
    max-width: 50%;
    height: var(--_handle-size);
    max-height: none;
  }

  [part='handle']::after {
    content: '';
    position: absolute;
    top: 50%;
    left: 50%;
    height: var(--_handle-target-size);
    width: var(--_handle-target-size);
    transform: translate3d(-50%, -50%, 0);
    border-radius: 50%;
  }

  :host([theme~='small']) > [part='splitter'] {
    --vaadin-split-layout-splitter-size: 1px;
    --vaadin-split-layout-splitter-target-size: 5px;
    --vaadin-split-layout-handle-size: 3px;
  }

  :host([theme~='small']) [part='splitter'] [part='handle'] {
    opacity: 0;
  }

  :host([theme~='small']) [part='splitter']:active [part='handle'] {
    opacity: 1;
  }

  @media (any-hover: hover) {
    :host([theme~='small']) [part='splitter']:hover [part='handle'] {
      opacity: 1;
    }
  }

  @media (forced-colors: active) {
    [part~='splitter'] {
      border: 1px solid;
    }
  }
`})),Iw,Lw=o((()=>{Lt(),Iw=e=>class extends e{static get properties(){return{orientation:{type:String,reflectToAttribute:!0,value:`horizontal`},_previousPrimaryPointerEvents:String,_previousSecondaryPointerEvents:String}}ready(){super.ready(),this._processChildren(),this.__observer=new MutationObserver(e=>{e.forEach(e=>{this._cleanupNodes(e.removedNodes)}),this._processChildren()}),this.__observer.observe(this,{childList:!0});let e=this.$.splitter;wn(e,`track`,this._onHandleTrack.bind(this)),wn(e,`down`,this._setPointerEventsNone.bind(this)),wn(e,`up`,this._restorePointerEvents.bind(this))}_cleanupNodes(e){e.forEach(e=>{if(e.nodeType===Node.ELEMENT_NODE&&!(e.parentElement instanceof this.constructor)){let t=e.getAttribute(`slot`);t&&(this[`_${t}Child`]=null,e.removeAttribute(`slot`))}})}_processChildren(){let e=[...this.children];e.filter(e=>e.hasAttribute(`slot`)).forEach(e=>this._processChildWithSlot(e)),e.filter(e=>!e.hasAttribute(`slot`)).forEach((e,t)=>this._processChildWithoutSlot(e,t))}_processChildWithSlot(e){let t=e.getAttribute(`slot`);e.__autoSlotted?(this[`_${t}Child`]=null,e.removeAttribute(`slot`)):this[`_${t}Child`]=e}_processChildWithoutSlot(e,t){let n;n=this._primaryChild||this._secondaryChild?this._primaryChild?`secondary`:`primary`:t===0?`primary`:`secondary`,this[`_${n}Child`]=e,e.setAttribute(`slot`,n),e.__autoSlotted=!0}_setFlexBasis(e,t,n){t=Math.max(0,Math.min(t,n)),t===0&&(t=1e-6),e.style.flex=`1 1 ${t}px`}_setPointerEventsNone(e){!this._primaryChild||!this._secondaryChild||(this._previousPrimaryPointerEvents=this._primaryChild.style.pointerEvents,this._previousSecondaryPointerEvents=this._secondaryChild.style.pointerEvents,this._primaryChild.style.pointerEvents=`none`,this._secondaryChild.style.pointerEvents=`none`,e.preventDefault())}_restorePointerEvents(){!this._primaryChild||!this._secondaryChild||(this._primaryChild.style.pointerEvents=this._previousPrimaryPointerEvents,this._secondaryChild.style.pointerEvents=this._previousSecondaryPointerEvents)}_onHandleTrack(e){if(!this._primaryChild||!this._secondaryChild)return;let t=this.orientation===`vertical`?`height`:`width`;if(e.detail.state===`start`){this._startSize={container:this.getBoundingClientRect()[t]-this.$.splitter.getBoundingClientRect()[t],primary:this._primaryChild.getBoundingClientRect()[t],secondary:this._secondaryChild.getBoundingClientRect()[t]};return}let n=this.orientation===`vertical`?e.detail.dy:e.detail.dx,r=this.orientation!==`vertical`&&this.__isRTL?-n:n;this._setFlexBasis(this._primaryChild,this._startSize.primary+r,this._startSize.container),this._setFlexBasis(this._secondaryChild,this._startSize.secondary-r,this._startSize.container),e.detail.state===`end`&&(this.dispatchEvent(new CustomEvent(`splitter-dragend`)),delete this._startSize)}}})),Rw,zw=o((()=>{p(),y(),O(),T(),k(),w(),Fw(),Lw(),Rw=class extends Iw(S(x(C(A(u))))){static get is(){return`vaadin-split-layout`}static get styles(){return Pw}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <slot id="primary" name="primary"></slot>
      <div part="splitter" id="splitter">
        <div part="handle"></div>
      </div>
      <slot id="secondary" name="secondary"></slot>
    `}},v(Rw)})),Bw,Vw=o((()=>{E(),p(),Bw=t`
  :host {
    flex-shrink: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--vaadin-tab-gap, var(--vaadin-gap-s));
    padding: var(--vaadin-tab-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    cursor: var(--vaadin-clickable-cursor);
    font-size: var(--vaadin-tab-font-size, 1em);
    font-weight: var(--vaadin-tab-font-weight, 500);
    line-height: var(--vaadin-tab-line-height, inherit);
    color: var(--vaadin-tab-text-color, var(--vaadin-text-color-secondary));
    background: var(--vaadin-tab-background, transparent);
    border-radius: var(--vaadin-tab-border-radius, var(--vaadin-radius-m));
    border: var(--vaadin-tab-border-width, 0) solid var(--vaadin-tab-border-color, var(--vaadin-border-color-secondary));
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    user-select: none;
    touch-action: manipulation;
    position: relative;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([orientation='vertical']) {
    justify-content: start;
  }

  :host([selected]) {
    --vaadin-tab-background: var(--vaadin-background-container);
    --vaadin-tab-text-color: var(--vaadin-text-color);
  }

  :host([disabled]) {
    cursor: var(--vaadin-disabled-cursor);
    opacity: 0.5;
  }

  :host(:is([focus-ring], :focus-visible)) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
  }

  slot {
    gap: inherit;
    align-items: inherit;
    justify-content: inherit;
  }

  ::slotted(a) {
    color: inherit !important;
    cursor: inherit !important;
    text-decoration: inherit !important;
    display: flex;
    align-items: inherit;
    justify-content: inherit;
    gap: inherit;
  }

  ::slotted(a)::before {
    content: '';
    position: absolute;
    inset: 0;
  }

  @media (forced-colors: active) {
    :host {
      border: 1px solid Canvas;
    }

    :host([selected]) {
      color: Highlight;
      border-color: Highlight;
    }

    :host([disabled]) {
      color: GrayText;
      opacity: 1;
    }
  }
`})),Hw,Uw=o((()=>{p(),y(),O(),T(),F(),Ti(),k(),w(),Vw(),Hw=class extends wi(x(S(C(A(u))))){static get is(){return`vaadin-tab`}static get styles(){return Bw}render(){return d`
      <slot></slot>
      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this.setAttribute(`role`,`tab`),this._tooltipController=new P(this),this.addController(this._tooltipController)}_onKeyUp(e){let t=this.hasAttribute(`active`);if(super._onKeyUp(e),t){let e=this.querySelector(`a`);e&&e.click()}}},v(Hw)})),Ww,Gw=o((()=>{E(),p(),Ww=t`
  :host {
    display: flex;
    max-width: 100%;
    max-height: 100%;
    position: relative;
    box-sizing: border-box;
    padding: var(--vaadin-tabs-padding);
    background: var(--vaadin-tabs-background);
    border-radius: var(--vaadin-tabs-border-radius);
    border: var(--vaadin-tabs-border-width, 0) solid
      var(--vaadin-tabs-border-color, var(--vaadin-border-color-secondary));
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([orientation='vertical']) {
    flex-direction: column;
  }

  [part='tabs'] {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: var(--vaadin-tabs-gap, var(--vaadin-gap-s));
    animation: enable-smooth-scroll-after-first-render 1s both;
    width: 100%;
    height: 100%;
  }

  :host([overflow]) [part='tabs'] {
    overflow: auto;
  }

  :host([overflow][orientation='horizontal']) [part='tabs'] {
    overscroll-behavior: contain auto;
  }

  :host([overflow][orientation='vertical']) [part='tabs'] {
    overscroll-behavior: auto contain;
  }

  @keyframes enable-smooth-scroll-after-first-render {
    100% {
      scroll-behavior: smooth;
    }
  }

  :host([orientation='horizontal']) [part='tabs'] {
    flex-direction: row;
    scrollbar-width: none;
  }

  /* scrollbar-width is supported in Safari 18.2, use the following for earlier */
  :host([orientation='horizontal']) [part='tabs']::-webkit-scrollbar {
    display: none;
  }

  [part$='button'] {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    opacity: 0;
    cursor: var(--vaadin-clickable-cursor);
    box-sizing: border-box;
    height: 100%;
    padding: var(--vaadin-tab-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    background: var(--vaadin-background-color);
    display: flex;
    align-items: center;
    justify-content: center;
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    user-select: none;
    touch-action: manipulation;
  }

  [part='forward-button'] {
    inset-inline-end: 0;
  }

  :host([overflow~='start']) [part='back-button'],
  :host([overflow~='end']) [part='forward-button'] {
    pointer-events: auto;
    opacity: 1;
  }

  [part$='button']::before {
    content: '';
    display: block;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask: var(--_vaadin-icon-chevron-down) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    rotate: 90deg;
  }

  [part='forward-button']::before {
    rotate: -90deg;
  }

  :host(:is([orientation='vertical'], [theme~='hide-scroll-buttons'])) [part$='button'] {
    display: none;
  }

  @media (pointer: coarse) {
    :host(:not([theme~='show-scroll-buttons'])) [part$='button'] {
      display: none;
    }
  }

  :host([dir='rtl']) [part$='button']::before {
    scale: 1 -1;
  }

  @media (forced-colors: active) {
    [part$='button']::before {
      background: CanvasText;
    }
  }
`})),Kw,qw=o((()=>{yi(),_i(),Ae(),Kw=e=>class extends je(vi(e)){static get properties(){return{orientation:{value:`horizontal`,type:String,reflectToAttribute:!0,sync:!0},selected:{value:0,type:Number,reflectToAttribute:!0}}}static get observers(){return[`__tabsItemsChanged(items)`]}constructor(){super(),this.__itemsResizeObserver=new ResizeObserver(()=>{setTimeout(()=>this._updateOverflow())})}get _scrollOffset(){return this._vertical?this._scrollerElement.offsetHeight:this._scrollerElement.offsetWidth}get _scrollerElement(){return this.$.scroll}get __direction(){return!this._vertical&&this.__isRTL?1:-1}ready(){super.ready(),this._updateOverflow(),this._scrollerElement.addEventListener(`scroll`,()=>this._updateOverflow()),this.setAttribute(`role`,`tablist`)}_onResize(){this._updateOverflow()}__tabsItemsChanged(e){this.__itemsResizeObserver.disconnect(),(e||[]).forEach(e=>{this.__itemsResizeObserver.observe(e)}),this._updateOverflow()}_scrollToItem(e){let t=this.items[e],n=t.getBoundingClientRect(),r=this._scrollerElement.getBoundingClientRect(),i=this._vertical?10:20;if(this._vertical)n.bottom>r.bottom-i&&(this._scrollerElement.scrollTop=t.offsetTop-(r.height-n.height)+i),n.top<r.top+i&&(this._scrollerElement.scrollTop=t.offsetTop-i);else{let e=this.shadowRoot.querySelector(`[part="back-button"]`).offsetWidth,a=this.shadowRoot.querySelector(`[part="forward-button"]`).offsetWidth;n.right>r.right-a-i&&(this._scrollerElement.scrollLeft=t.offsetLeft-(r.width-n.width)+a+i),n.left<r.left+e+i&&(this._scrollerElement.scrollLeft=t.offsetLeft-e-i)}}_scrollForward(e){(e===void 0||this.__scrollTimer===void 0)&&this._scroll(this.__direction*(this._scrollOffset/2)*-1)}_scrollBack(e){(e===void 0||this.__scrollTimer===void 0)&&this._scroll(this.__direction*(this._scrollOffset/2))}_startScrollForward(e){e.button===0&&(this._scrollForward(),this.__scrollTimer=setInterval(this._scrollForward.bind(this),300))}_startScrollBack(e){e.button===0&&(this._scrollBack(),this.__scrollTimer=setInterval(this._scrollBack.bind(this),300))}_stopScroll(){clearTimeout(this.__scrollTimer)}_updateOverflow(){let e=this._vertical?this._scrollerElement.scrollTop:hi(this._scrollerElement,this.getAttribute(`dir`)),t=this._vertical?this._scrollerElement.scrollHeight:this._scrollerElement.scrollWidth,n=Math.floor(e)>1?`start`:``;Math.ceil(e)<Math.ceil(t-this._scrollOffset)&&(n+=` end`),this.__direction===1&&(n=n.replace(/start|end/giu,e=>e===`start`?`end`:`start`)),n?this.setAttribute(`overflow`,n.trim()):this.removeAttribute(`overflow`)}}})),Jw,Yw=o((()=>{Uw(),p(),y(),O(),T(),k(),w(),Gw(),qw(),Jw=class extends Kw(S(x(C(A(u))))){static get is(){return`vaadin-tabs`}static get styles(){return Ww}render(){return d`
      <div
        @pointerdown="${this._startScrollBack}"
        @pointerup="${this._stopScroll}"
        @pointerleave="${this._stopScroll}"
        @pointercancel="${this._stopScroll}"
        @click="${this._scrollBack}"
        part="back-button"
        aria-hidden="true"
      ></div>

      <div id="scroll" part="tabs" tabindex="-1">
        <slot></slot>
      </div>

      <div
        @pointerdown="${this._startScrollForward}"
        @pointerup="${this._stopScroll}"
        @pointerleave="${this._stopScroll}"
        @pointercancel="${this._stopScroll}"
        @click="${this._scrollForward}"
        part="forward-button"
        aria-hidden="true"
      ></div>
    `}},v(Jw)})),Xw,Zw=o((()=>{y(),cw(),Xw=class extends sw{static get is(){return`vaadin-tabsheet-scroller`}},v(Xw)})),Qw,$w=o((()=>{E(),p(),Ea(),Qw=[Ta,t`
    :host {
      display: flex;
      flex-direction: column;
      border: var(--vaadin-tabsheet-border-width, 1px) solid
        var(--vaadin-tabsheet-border-color, var(--vaadin-border-color-secondary));
      border-radius: var(--vaadin-tabsheet-border-radius, var(--vaadin-radius-l));
      overflow: hidden;
    }

    :host([hidden]) {
      display: none !important;
    }

    [part='tabs-container'] {
      position: relative;
      display: flex;
      align-items: center;
      gap: var(--vaadin-tabsheet-gap, var(--vaadin-gap-s));
      padding: var(--vaadin-tabsheet-padding, var(--vaadin-padding-m));
      box-sizing: border-box;
    }

    ::slotted([slot='tabs']) {
      flex: 1;
      align-self: stretch;
      min-width: 128px;
    }

    ::slotted([hidden]) {
      display: none !important;
    }

    [part='content'] {
      position: relative;
      flex: 1;
      box-sizing: border-box;
      --vaadin-scroller-padding-block: var(--vaadin-tabsheet-padding, var(--vaadin-padding-m));
      --vaadin-scroller-padding-inline: var(--vaadin-tabsheet-padding, var(--vaadin-padding-m));
      --vaadin-scroller-overflow-indicator-top-opacity: 1;
    }

    [part='content'][focus-ring] {
      border-bottom-left-radius: inherit;
      border-bottom-right-radius: inherit;
      outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
    }

    :host([loading]) [part='content'] {
      align-content: center;
    }

    [part='loader'] {
      margin: auto;
    }

    :host([theme~='no-border']) {
      border: 0;
      border-radius: 0;
    }

    :host([theme~='no-padding']) [part='content'] {
      padding: 0 !important;
      --vaadin-scroller-padding-block: 0px !important;
      --vaadin-scroller-padding-inline: 0px !important;
    }
  `]})),eT,tT,nT=o((()=>{qt(),Ml(),R(),Me(),We(),eT=class extends I{constructor(e){super(e,`tabs`),this.__tabsItemsChangedListener=this.__tabsItemsChangedListener.bind(this),this.__tabsSelectedChangedListener=this.__tabsSelectedChangedListener.bind(this),this.__tabIdObserver=new MutationObserver(t=>{t.forEach(t=>{let n=t.target;e.__linkTabAndPanel(n),n.selected&&e.__togglePanels(n)})})}__tabsItemsChangedListener(){this.__tabIdObserver.disconnect();let e=this.tabs.items||[];e.forEach(e=>{this.__tabIdObserver.observe(e,{attributeFilter:[`id`]})}),this.host._setItems(e)}__tabsSelectedChangedListener(){this.host.selected=this.tabs.selected}initCustomNode(e){if(!(e instanceof customElements.get(`vaadin-tabs`)))throw Error(`The "tabs" slot of a <vaadin-tabsheet> must only contain a <vaadin-tabs> element!`);this.tabs=e,e.addEventListener(`items-changed`,this.__tabsItemsChangedListener),e.addEventListener(`selected-changed`,this.__tabsSelectedChangedListener),this.host.__tabs=e,this.host.stateTarget=e,this.__tabsItemsChangedListener()}teardownNode(e){this.tabs=null,e.removeEventListener(`items-changed`,this.__tabsItemsChangedListener),e.removeEventListener(`selected-changed`,this.__tabsSelectedChangedListener),this.host.__tabs=null,this.host._setItems([]),this.host.stateTarget=void 0}},tT=e=>class extends Sn(e){static get properties(){return{items:{type:Array,readOnly:!0,notify:!0},selected:{value:0,type:Number,notify:!0},__tabs:{type:Object,value:()=>[]},__panels:{type:Array,value:()=>[]}}}static get observers(){return[`__itemsOrPanelsChanged(items, __panels)`,`__selectedTabItemChanged(selected, items, __panels)`]}static get delegateProps(){return[`selected`,`_theme`]}ready(){super.ready(),this.__overflowController=new jl(this,this.shadowRoot.querySelector(`[part="content"]`)),this.addController(this.__overflowController),this._tabsSlotController=new eT(this),this.addController(this._tabsSlotController);let e=this.shadowRoot.querySelector(`#panel-slot`);this.__panelsObserver=new Ne(e,({addedNodes:t,removedNodes:n})=>{t.length&&t.forEach(e=>{e.nodeType===Node.ELEMENT_NODE&&e.hidden&&(e.__customHidden=!0)}),n.length&&n.forEach(e=>{e.nodeType===Node.ELEMENT_NODE&&e.hidden&&(e.__customHidden?delete e.__customHidden:e.hidden=!1)}),this.__panels=Array.from(e.assignedNodes({flatten:!0})).filter(e=>e.nodeType===Node.ELEMENT_NODE)})}_delegateProperty(e,t){if(this.stateTarget){if(e===`_theme`){this._delegateAttribute(`theme`,t);return}super._delegateProperty(e,t)}}__itemsOrPanelsChanged(e,t){e&&e.forEach(e=>{this.__linkTabAndPanel(e,t)})}__selectedTabItemChanged(e,t,n){!t||e===void 0||this.__togglePanels(t[e],n)}__togglePanels(e,t=this.__panels){let n=e?e.id:``,r=t.find(e=>e.getAttribute(`tab`)===n),i=this.shadowRoot.querySelector(`[part="content"]`);this.toggleAttribute(`loading`,!r);let a=t.filter(e=>!e.hidden).length===1;r?i.style.minHeight=``:a&&(i.style.minHeight=`${i.offsetHeight}px`),t.forEach(e=>{e.hidden=e!==r})}__linkTabAndPanel(e,t=this.__panels){let n=t.find(t=>t.getAttribute(`tab`)===e.id);n&&(n.role=`tabpanel`,n.id||=`tabsheet-panel-${kt()}`,n.setAttribute(`aria-labelledby`,e.id),e.setAttribute(`aria-controls`,n.id))}}})),rT,iT=o((()=>{Yw(),Zw(),p(),y(),O(),T(),k(),w(),$w(),nT(),rT=class extends tT(x(S(C(A(u))))){static get is(){return`vaadin-tabsheet`}static get styles(){return Qw}render(){return d`
      <div part="tabs-container">
        <slot name="prefix"></slot>
        <slot name="tabs"></slot>
        <slot name="suffix"></slot>
      </div>

      <vaadin-tabsheet-scroller part="content">
        <div part="loader"></div>
        <slot id="panel-slot"></slot>
      </vaadin-tabsheet-scroller>
    `}},v(rT)})),aT,oT=o((()=>{E(),p(),aT=t`
  :host {
    display: inline-flex;
    max-width: 100%;
    pointer-events: none;
  }

  /* Don't expand/collapse when clicking #level-spacer */
  [part],
  slot {
    pointer-events: auto;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([leaf])) {
    cursor: var(--vaadin-clickable-cursor);
  }

  #level-spacer,
  [part='toggle'] {
    flex: none;
  }

  #level-spacer {
    width: calc(var(--_level, 0) * var(--vaadin-grid-tree-toggle-level-offset, 16px));
  }

  /* Baseline alignment */
  #level-spacer::before {
    content: '\\2003' / '';
    display: inline-block;
    width: 0;
  }

  [part='toggle'] {
    margin-inline-end: var(--vaadin-gap-s);
  }

  [part='toggle']::before {
    content: '';
    display: block;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    background: currentColor;
    mask: var(--_vaadin-icon-chevron-down) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
  }

  :host(:not([expanded])) [part='toggle']::before {
    rotate: -90deg;
  }

  :host(:not([expanded]):dir(rtl)) [part='toggle']::before {
    rotate: 90deg;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='toggle']::before {
      transition: var(--_non-focused-row-none, rotate 120ms);
    }
  }

  :host([leaf]) [part='toggle'] {
    visibility: hidden;
  }

  slot {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    flex: 1;
  }

  @media (forced-colors: active) {
    [part='toggle']::before {
      background: CanvasText;
    }
  }
`})),sT,cT=o((()=>{Kc(),sT=e=>class extends e{static get properties(){return{level:{type:Number,value:0,observer:`_levelChanged`,sync:!0},leaf:{type:Boolean,value:!1,reflectToAttribute:!0},expanded:{type:Boolean,value:!1,reflectToAttribute:!0,notify:!0,sync:!0}}}constructor(){super(),this.addEventListener(`click`,e=>this._onClick(e))}_onClick(e){this.leaf||Wc(e.target)||e.target instanceof HTMLLabelElement||(e.preventDefault(),this.expanded=!this.expanded)}_levelChanged(e){let t=Number(e).toString();this.style.setProperty(`--_level`,t)}}})),lT,uT=o((()=>{p(),y(),h(),T(),w(),k(),oT(),cT(),lT=class extends sT(x(b(C(A(u))))){static get is(){return`vaadin-grid-tree-toggle`}static get styles(){return aT}render(){return d`
      <span id="level-spacer"></span>
      <span part="toggle"></span>
      <slot></slot>
    `}},v(lT)})),dT=o((()=>{Fu(),window.Vaadin.Flow.treeGridConnector={},window.Vaadin.Flow.treeGridConnector.initLazy=function(e){e.$connector||(window.Vaadin.Flow.gridConnector.initLazy(e),e._dataProviderController._shouldLoadCachePage=function(t,n){return!e.__pendingScrollToIndexes},e.scrollToIndex=async function(...t){if(e.__pendingScrollToIndexes=t,!e.clientHeight||!e._columnTree||e._dataProviderController.isLoading())return;let[n,r]=e.$connector.getViewportRange(),i=Math.floor((r-n)*1.5),a=await e.$server.setViewportRangeByIndexPath(t,i);return e._scrollToFlatIndex(a),delete e.__pendingScrollToIndexes,a},e.__getRowLevel=function(e){return e._item?.level??0},e._isExpanded=function(e){return!!e?.expanded},e.expandItem=function(t){t!==void 0&&e.$server.updateExpandedState(e.getItemId(t),!0)},e.collapseItem=function(t){t!==void 0&&e.$server.updateExpandedState(e.getItemId(t),!1)})}})),fT,pT,mT,hT,gT=o((()=>{_t(),fT=window,fT.Vaadin||={},fT.Vaadin.Flow||={},fT.Vaadin.Flow.tooltip||={},Object.assign(fT.Vaadin.Flow.tooltip,{setDefaultHideDelay:e=>Ct.setDefaultHideDelay(e),setDefaultFocusDelay:e=>Ct.setDefaultFocusDelay(e),setDefaultHoverDelay:e=>Ct.setDefaultHoverDelay(e)}),{defaultHideDelay:pT,defaultFocusDelay:mT,defaultHoverDelay:hT}=fT.Vaadin.Flow.tooltip,pT&&Ct.setDefaultHideDelay(pT),mT&&Ct.setDefaultFocusDelay(mT),hT&&Ct.setDefaultHoverDelay(hT)})),_T,vT=o((()=>{E(),p(),_T=t`
  :host {
    display: inline-flex;
  }

  :host::before {
    background: var(--vaadin-upload-icon-color, currentColor);
    content: '';
    display: inline-block;
    flex: none;
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-upload) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    width: var(--vaadin-icon-size, 1lh);
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (forced-colors: active) {
    :host::before {
      background: CanvasText;
    }
  }
`})),yT,bT=o((()=>{p(),y(),k(),w(),vT(),yT=class extends x(A(u)){static get is(){return`vaadin-upload-icon`}static get styles(){return _T}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d``}},v(yT)})),xT,ST=o((()=>{xT=document.createElement(`template`),xT.innerHTML=`
  <style>
    @font-face {
      font-family: 'vaadin-upload-icons';
      src: url(data:application/font-woff;charset=utf-8;base64,d09GRgABAAAAAAasAAsAAAAABmAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABPUy8yAAABCAAAAGAAAABgDxIF5mNtYXAAAAFoAAAAVAAAAFQXVtKMZ2FzcAAAAbwAAAAIAAAACAAAABBnbHlmAAABxAAAAfQAAAH0bBJxYWhlYWQAAAO4AAAANgAAADYPD267aGhlYQAAA/AAAAAkAAAAJAfCA8tobXR4AAAEFAAAACgAAAAoHgAAx2xvY2EAAAQ8AAAAFgAAABYCSgHsbWF4cAAABFQAAAAgAAAAIAAOADVuYW1lAAAEdAAAAhYAAAIWmmcHf3Bvc3QAAAaMAAAAIAAAACAAAwAAAAMDtwGQAAUAAAKZAswAAACPApkCzAAAAesAMwEJAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAQAAA6QUDwP/AAEADwABAAAAAAQAAAAAAAAAAAAAAIAAAAAAAAwAAAAMAAAAcAAEAAwAAABwAAwABAAAAHAAEADgAAAAKAAgAAgACAAEAIOkF//3//wAAAAAAIOkA//3//wAB/+MXBAADAAEAAAAAAAAAAAAAAAEAAf//AA8AAQAAAAAAAAAAAAIAADc5AQAAAAABAAAAAAAAAAAAAgAANzkBAAAAAAEAAAAAAAAAAAACAAA3OQEAAAAAAgAA/8AEAAPAABkAMgAAEz4DMzIeAhczLgMjIg4CBycRIScFIRcOAyMiLgInIx4DMzI+AjcXphZGWmo6SH9kQwyADFiGrmJIhXJbIEYBAFoDWv76YBZGXGw8Rn5lRQyADFmIrWBIhHReIkYCWjJVPSIyVnVDXqN5RiVEYTxG/wBa2loyVT0iMlZ1Q16jeUYnRWE5RgAAAAABAIAAAAOAA4AAAgAAExEBgAMAA4D8gAHAAAAAAwAAAAAEAAOAAAIADgASAAAJASElIiY1NDYzMhYVFAYnETMRAgD+AAQA/gAdIyMdHSMjXYADgPyAgCMdHSMjHR0jwAEA/wAAAQANADMD5gNaAAUAACUBNwUBFwHT/jptATMBppMzAU2a4AIgdAAAAAEAOv/6A8YDhgALAAABJwkBBwkBFwkBNwEDxoz+xv7GjAFA/sCMAToBOoz+wAL6jP7AAUCM/sb+xowBQP7AjAE6AAAAAwAA/8AEAAPAAAcACwASAAABFSE1IREhEQEjNTMJAjMRIRECwP6A/sAEAP0AgIACQP7A/sDAAQABQICA/oABgP8AgAHAAUD+wP6AAYAAAAABAAAAAQAAdhiEdV8PPPUACwQAAAAAANX4FR8AAAAA1fgVHwAA/8AEAAPAAAAACAACAAAAAAAAAAEAAAPA/8AAAAQAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAKBAAAAAAAAAAAAAAAAgAAAAQAAAAEAACABAAAAAQAAA0EAAA6BAAAAAAAAAAACgAUAB4AagB4AJwAsADSAPoAAAABAAAACgAzAAMAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAADgCuAAEAAAAAAAEAEwAAAAEAAAAAAAIABwDMAAEAAAAAAAMAEwBaAAEAAAAAAAQAEwDhAAEAAAAAAAUACwA5AAEAAAAAAAYAEwCTAAEAAAAAAAoAGgEaAAMAAQQJAAEAJgATAAMAAQQJAAIADgDTAAMAAQQJAAMAJgBtAAMAAQQJAAQAJgD0AAMAAQQJAAUAFgBEAAMAAQQJAAYAJgCmAAMAAQQJAAoANAE0dmFhZGluLXVwbG9hZC1pY29ucwB2AGEAYQBkAGkAbgAtAHUAcABsAG8AYQBkAC0AaQBjAG8AbgBzVmVyc2lvbiAxLjAAVgBlAHIAcwBpAG8AbgAgADEALgAwdmFhZGluLXVwbG9hZC1pY29ucwB2AGEAYQBkAGkAbgAtAHUAcABsAG8AYQBkAC0AaQBjAG8AbgBzdmFhZGluLXVwbG9hZC1pY29ucwB2AGEAYQBkAGkAbgAtAHUAcABsAG8AYQBkAC0AaQBjAG8AbgBzUmVndWxhcgBSAGUAZwB1AGwAYQBydmFhZGluLXVwbG9hZC1pY29ucwB2AGEAYQBkAGkAbgAtAHUAcABsAG8AYQBkAC0AaQBjAG8AbgBzRm9udCBnZW5lcmF0ZWQgYnkgSWNvTW9vbi4ARgBvAG4AdAAgAGcAZQBuAGUAcgBhAHQAZQBkACAAYgB5ACAASQBjAG8ATQBvAG8AbgAuAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==) format('woff');
      font-weight: normal;
      font-style: normal;
    }
  </style>
`,document.head.appendChild(xT.content)})),CT,wT=o((()=>{E(),p(),Ea(),CT=[Ta,t`
    :host {
      align-items: baseline;
      display: grid;
      gap: var(--vaadin-upload-file-gap, var(--vaadin-gap-s));
      grid-template-columns: var(--vaadin-icon-size, 1lh) minmax(0, 1fr) auto;
      padding: var(--vaadin-upload-file-padding, var(--vaadin-padding-s));
      border-radius: var(--vaadin-upload-file-border-radius, var(--vaadin-radius-m));
    }

    :host(:focus-visible) {
      outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
      outline-offset: calc(var(--vaadin-focus-ring-width) * -1);
    }

    [hidden] {
      display: none;
    }

    [part='thumbnail'],
    [part='loader'] {
      display: none;
      grid-column: 1;
    }

    [part='done-icon']:not([hidden]),
    [part='warning-icon']:not([hidden]) {
      display: flex;
      grid-column: 1;
    }

    [part='loader']::before,
    [part='done-icon']::before,
    [part='warning-icon']::before {
      content: '\\2003' / '';
      display: inline-flex;
      align-items: center;
      flex: none;
      height: var(--vaadin-icon-size, 1lh);
      width: var(--vaadin-icon-size, 1lh);
    }

    [part='loader']::before {
      margin: calc(var(--vaadin-spinner-width, 2px) * -1);
    }

    :is([part$='icon'], [part$='button'])::before {
      mask-size: var(--vaadin-icon-visual-size, 100%);
      mask-position: 50%;
      mask-repeat: no-repeat;
    }

    [part='done-icon']::before {
      background: var(--vaadin-upload-file-done-color, currentColor);
      mask-image: var(--_vaadin-icon-checkmark);
    }

    [part='warning-icon']::before {
      background: var(--vaadin-upload-file-warning-color, currentColor);
      mask-image: var(--_vaadin-icon-warn);
    }

    [part='meta'] {
      grid-column: 2;

      & > div {
        cursor: inherit;
      }
    }

    [part='name'] {
      color: var(--vaadin-upload-file-name-color, var(--vaadin-text-color));
      font-size: var(--vaadin-upload-file-name-font-size, inherit);
      font-weight: var(--vaadin-upload-file-name-font-weight, inherit);
      line-height: var(--vaadin-upload-file-name-line-height, inherit);
      overflow: hidden;
      text-overflow: ellipsis;
    }

    [part='status'] {
      color: var(--vaadin-upload-file-status-color, var(--vaadin-text-color-secondary));
      font-size: var(--vaadin-upload-file-status-font-size, inherit);
      font-weight: var(--vaadin-upload-file-status-font-weight, inherit);
      line-height: var(--vaadin-upload-file-status-line-height, inherit);
    }

    [part='error'] {
      color: var(--vaadin-upload-file-error-color, var(--vaadin-text-color));
      font-size: var(--vaadin-upload-file-error-font-size, inherit);
      font-weight: var(--vaadin-upload-file-error-font-weight, inherit);
      line-height: var(--vaadin-upload-file-error-line-height, inherit);
    }

    [part='commands'] {
      display: flex;
      align-items: center;
      gap: var(--vaadin-gap-xs);
      height: var(--vaadin-icon-size, 1lh);
      align-self: center;
    }

    button {
      background: var(--vaadin-upload-file-button-background, transparent);
      border: var(--vaadin-upload-file-button-border-width, 0) solid
        var(--vaadin-upload-file-button-border-color, var(--vaadin-border-color-secondary));
      border-radius: var(--vaadin-upload-file-button-border-radius, var(--vaadin-radius-m));
      color: var(--vaadin-upload-file-button-text-color, var(--vaadin-text-color));
      cursor: var(--vaadin-clickable-cursor);
      flex-shrink: 0;
      font: inherit;
      /* Ensure minimum click target (WCAG) */
      padding: var(--vaadin-upload-file-button-padding, max(0px, (24px - var(--vaadin-icon-size, 1lh)) / 2));
    }

    button:focus-visible {
      outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    }

    [part='start-button']::before,
    [part='retry-button']::before,
    [part='remove-button']::before {
      background: currentColor;
      content: '\\2003' / '';
      display: flex;
      align-items: center;
      height: var(--vaadin-icon-size, 1lh);
      width: var(--vaadin-icon-size, 1lh);
    }

    [part='start-button']::before {
      mask-image: var(--_vaadin-icon-play);
    }

    [part='retry-button']::before {
      mask-image: var(--_vaadin-icon-refresh);
    }

    [part='remove-button']::before {
      mask-image: var(--_vaadin-icon-cross);
    }

    ::slotted([slot='progress']) {
      grid-column: 2 / -1;
      width: auto;
    }

    :host([complete]) ::slotted([slot='progress']),
    :host([error]) ::slotted([slot='progress']) {
      display: none;
    }

    /* THUMBNAILS VARIANT */

    :host([theme~='thumbnails']) {
      grid-template-columns: max-content 1fr max-content;
      align-items: center;
      background: var(--vaadin-background-container);
      padding: 0;
      contain: content;

      & [part] {
        grid-row: 1;
      }

      & [part='thumbnail'],
      & [part$='icon'] {
        grid-column: 1;
        align-self: stretch;
        display: flex;
        align-items: center;
        justify-content: center;
        transition: 0.2s opacity linear;
        background: var(--vaadin-background-container-strong);
        padding: var(--vaadin-upload-file-padding, var(--vaadin-padding-s));
        contain: content;

        &[hidden] {
          opacity: 0;
        }
      }

      & [part='thumbnail'] > img {
        object-fit: cover;
        position: absolute;
        width: 100%;
        height: 100%;
      }

      & [part='loader']:not([hidden]) {
        place-self: center;
        display: flex;
      }

      & [part='done-icon']::before {
        background: var(--vaadin-upload-file-done-color, currentColor);
        mask-image: var(--_vaadin-icon-file);
      }

      & [part='meta'] {
        padding: var(--vaadin-upload-file-padding, var(--vaadin-padding-s));
        padding-inline: 0;
      }

      & [part='name'] {
        word-break: break-all;
      }

      & [part='commands'] {
        padding: var(--vaadin-upload-padding, var(--vaadin-padding-s));
        padding-inline-start: 0;
      }

      & [part='status'] {
        clip-path: inset(50%);
        width: 1px;
        height: 1px;
        margin: 0;
        overflow: hidden;
        position: absolute;
        white-space: nowrap;
      }

      & [part='error'] {
        font-size: 0.875em;
        line-height: 1.25;
      }

      & ::slotted([slot='progress']) {
        grid-row: auto;
        grid-column: auto;
        position: absolute;
        inset: 0;
        opacity: 0.3;
        pointer-events: none;
        --vaadin-progress-bar-height: auto;
        --vaadin-progress-bar-border-width: 0px;
        --vaadin-progress-bar-border-radius: 0px;
        --vaadin-progress-bar-background: transparent;
      }

      & ::slotted([slot='progress'][indeterminate]) {
        opacity: 0;
      }
    }

    :host([theme~='thumbnails']:not([complete])) [part='thumbnail'],
    :host([theme~='thumbnails'][complete]) [part='thumbnail']:not([hidden]) + [part='done-icon'] {
      display: none;
    }

    /* TODO: queued state styles (no attribute makes this difficult to target) */

    @media (forced-colors: active) {
      :is([part$='icon'], [part$='button'])::before {
        background: CanvasText;
      }
    }
  `]})),TT,ET=o((()=>{ze(),R(),TT=e=>class extends N(e){static get properties(){return{disabled:{type:Boolean,value:!1,reflectToAttribute:!0},complete:{type:Boolean,value:!1,reflectToAttribute:!0},errorMessage:{type:String,value:``,observer:`_errorMessageChanged`},file:{type:Object},fileName:{type:String},held:{type:Boolean,value:!1},indeterminate:{type:Boolean,value:!1,reflectToAttribute:!0},i18n:{type:Object},progress:{type:Number},status:{type:String},tabindex:{type:Number,value:0},uploading:{type:Boolean,value:!1,reflectToAttribute:!0},_progress:{type:Object},__thumbnail:{type:String}}}static get observers(){return[`__updateTabindex(tabindex, disabled)`,`__updateProgress(_progress, progress, indeterminate)`,`__updateThumbnail(file)`]}ready(){super.ready(),this.addController(new I(this,`progress`,`vaadin-progress-bar`,{initializer:e=>{this._progress=e}})),this.shadowRoot.addEventListener(`focusin`,e=>{e.composedPath()[0].getAttribute(`part`).endsWith(`button`)&&this._setFocused(!1)}),this.shadowRoot.addEventListener(`focusout`,e=>{e.relatedTarget===this&&this._setFocused(!0)})}_shouldSetFocus(e){return e.composedPath()[0]===this}__disabledChanged(e){e?this.removeAttribute(`tabindex`):this.setAttribute(`tabindex`,this.tabindex)}_errorMessageChanged(e){this.toggleAttribute(`error`,!!e)}__updateTabindex(e,t){t?this.removeAttribute(`tabindex`):this.setAttribute(`tabindex`,e)}__updateProgress(e,t,n){e&&(e.value=isNaN(t)?0:t/100,e.indeterminate=n)}_fireFileEvent(e){return e.preventDefault(),this.dispatchEvent(new CustomEvent(e.target.getAttribute(`file-event`),{detail:{file:this.file},bubbles:!0,composed:!0}))}__updateThumbnail(e){if(this.__thumbnailReader&&=(this.__thumbnailReader.abort(),null),!e){this.__thumbnail=``;return}if(e.type&&e.type.startsWith(`image/`)&&e instanceof Blob){let t=new FileReader;this.__thumbnailReader=t,t.onload=e=>{this.__thumbnail=e.target.result,this.__thumbnailReader=null},t.readAsDataURL(e)}else this.__thumbnail=``}}})),DT,OT=o((()=>{TC(),ST(),p(),y(),T(),k(),w(),wT(),ET(),DT=class extends TT(x(C(A(u)))){static get is(){return`vaadin-upload-file`}static get styles(){return CT}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){let e=this.held&&!this.uploading&&!this.complete,t=this.errorMessage;return d`
      <div part="loader" ?hidden="${!this.uploading}" aria-hidden="true"></div>

      ${this.__thumbnail?d`<div part="thumbnail">
            <img src="${this.__thumbnail}" alt="${this.fileName}" />
          </div>`:se}

      <div part="done-icon" ?hidden="${!this.complete}" aria-hidden="true"></div>
      <div part="warning-icon" ?hidden="${!this.errorMessage}" aria-hidden="true"></div>

      <div part="meta">
        <div part="name" id="name">${this.fileName}</div>
        <div part="status" ?hidden="${!this.status}" id="status">${this.status}</div>
        <div part="error" id="error" ?hidden="${!this.errorMessage}">${this.errorMessage}</div>
      </div>

      <div part="commands">
        <button
          type="button"
          part="start-button"
          file-event="file-start"
          @click="${this._fireFileEvent}"
          ?hidden="${!e}"
          ?disabled="${this.disabled}"
          aria-label="${this.i18n?this.i18n.file.start:se}"
          aria-describedby="name"
        ></button>
        <button
          type="button"
          part="retry-button"
          file-event="file-retry"
          @click="${this._fireFileEvent}"
          ?hidden="${!t}"
          ?disabled="${this.disabled}"
          aria-label="${this.i18n?this.i18n.file.retry:se}"
          aria-describedby="name"
        ></button>
        <button
          type="button"
          part="remove-button"
          file-event="file-abort"
          @click="${this._fireFileEvent}"
          ?disabled="${this.disabled}"
          aria-label="${this.i18n?this.i18n.file.remove:se}"
          aria-describedby="name"
        ></button>
      </div>

      <slot name="progress"></slot>
    `}},v(DT)})),kT,AT=o((()=>{E(),p(),kT=t`
  :host {
    display: block;
    overflow: auto;
  }

  :host([hidden]) {
    display: none !important;
  }

  [part='list'] {
    list-style-type: none;
    margin: 0;
    padding: 0;
  }

  ::slotted(:first-child) {
    margin-top: var(--vaadin-upload-gap, var(--vaadin-gap-s));
  }

  ::slotted(li:not(:last-of-type)) {
    border-bottom: var(--vaadin-upload-file-list-divider-width, 1px) solid
      var(--vaadin-upload-file-list-divider-color, var(--vaadin-border-color-secondary));
  }

  /* Thumbnails theme variant */
  :host([theme~='thumbnails']) [part='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vaadin-gap-s);
  }

  :host([theme~='thumbnails']) ::slotted(:first-child) {
    margin-top: 0;
  }

  :host([theme~='thumbnails']) ::slotted(li) {
    border-bottom: none;
  }
`})),$,jT=o((()=>{$=class extends EventTarget{#e=[];#t=!1;#n=!1;#r=[];#i=0;#a=`POST`;#o=1/0;#s=3;#c={};constructor(e={}){super(),this.target=e.target||``,this.method=e.method||`POST`,this.headers=e.headers||{},this.timeout=e.timeout||0,this.maxFiles=e.maxFiles??1/0,this.maxFileSize=e.maxFileSize??1/0,this.accept=e.accept||``,this.noAuto=e.noAuto??!1,this.withCredentials=e.withCredentials??!1,this.uploadFormat=e.uploadFormat||`raw`,this.maxConcurrentUploads=e.maxConcurrentUploads??3,this.formDataName=e.formDataName||`file`,this.disabled=e.disabled??!1}get method(){return this.#a}set method(e){if(e!==`POST`&&e!==`PUT`)throw Error(`Invalid method "${e}". Only POST and PUT are allowed.`);this.#a=e}get maxFiles(){return this.#o}set maxFiles(e){if(e<0)throw Error(`Invalid maxFiles "${e}". Value must be non-negative.`);this.#o=e,this.#d()}get maxConcurrentUploads(){return this.#s}set maxConcurrentUploads(e){if(e<=0)throw Error(`Invalid maxConcurrentUploads "${e}". Value must be positive.`);this.#s=e}get headers(){return this.#c}set headers(e){this.#c={...e}}get files(){return[...this.#e]}set files(e){let t=[];for(let n of e){if(this.#e.includes(n)){t.push(n);continue}let e=this.#f(n,t.length);if(e){this.dispatchEvent(new CustomEvent(`file-reject`,{detail:{file:n,error:e}}));continue}t.push(n)}this.#l(t)}#l(e){this.#e=e,this.#d(),this.#w()}get maxFilesReached(){return this.#t}get disabled(){return this.#n}set disabled(e){let t=!!e;t!==this.#n&&(this.#n=t,this.dispatchEvent(new CustomEvent(`disabled-changed`,{detail:{value:t}})))}addFiles(e){Array.from(e).forEach(e=>this.#p(e))}uploadFiles(e=this.#e){e&&!Array.isArray(e)&&(e=[e]),e.filter(e=>this.#e.includes(e)&&!e.complete).forEach(e=>this.#h(e))}retryUpload(e){this.#x(e)}abortUpload(e){this.#S(e)}removeFile(e){this.#m(e)}get#u(){if(!this.accept)return null;let e=this.accept.split(`,`).map(e=>{let t=e.trim();return t=t.replaceAll(/[+.]/gu,String.raw`\$&`),t.startsWith(String.raw`\.`)&&(t=`.*${t}$`),t.replaceAll(`/*`,`/.*`)});return RegExp(`^(${e.join(`|`)})$`,`iu`)}#d(){let e=this.maxFiles>=0&&this.#e.length>=this.maxFiles;e!==this.#t&&(this.#t=e,this.dispatchEvent(new CustomEvent(`max-files-reached-changed`,{detail:{value:e}})))}#f(e,t){if(t>=this.maxFiles)return`tooManyFiles`;if(this.maxFileSize>=0&&e.size>this.maxFileSize)return`fileIsTooBig`;let n=this.#u;return n&&!(n.test(e.type)||n.test(e.name))?`incorrectFileType`:null}#p(e){let t=this.#f(e,this.#e.length);if(t){this.dispatchEvent(new CustomEvent(`file-reject`,{detail:{file:e,error:t}}));return}e.loaded=0,e.held=!0,e.formDataName=this.formDataName,this.#l([e,...this.#e]),this.noAuto||this.#h(e)}#m(e){this.#r=this.#r.filter(t=>t!==e),e.uploading&&!e.held&&!e.abort&&e.xhr&&(e.abort=!0,e.xhr.abort());let t=this.#e.indexOf(e);t>=0&&(this.#l(this.#e.filter(t=>t!==e)),this.dispatchEvent(new CustomEvent(`file-remove`,{detail:{file:e,fileIndex:t}})))}#h(e){e.uploading||this.#r.includes(e)||(e.loaded=0,e.progress=0,e.held=!0,e.uploading=e.indeterminate=!0,e.complete=e.abort=e.errorKey=!1,e.stalled=!1,this.#w(),this.#r.push(e),this.#g())}#g(){for(;this.#r.length>0&&this.#i<this.maxConcurrentUploads;){let e=this.#r.shift();e&&this.#_(e)}}#_(e){this.#i+=1;let t=Date.now(),n=e.xhr=this._createXhr(),r;n.upload.onprogress=i=>{clearTimeout(r);let a=(Date.now()-t)/1e3,o=i.loaded,s=i.total,c=s>0?Math.trunc(o/s*100):100,l=Math.max(0,Math.min(100,c));e.loaded=o,e.progress=l,e.indeterminate=s>0?o<=0||o>=s:!1,e.stalled&&=!1,e.errorKey?e.indeterminate=e.status=void 0:e.abort||l<100&&(this.#C(e,s,o,a),r=setTimeout(()=>{e.uploading&&!e.abort&&(e.stalled=!0,this.#w())},2e3)),this.#w(),this.dispatchEvent(new CustomEvent(`upload-progress`,{detail:{file:e,xhr:n}}))},n.onabort=()=>{clearTimeout(r),--this.#i,this.#y(n),this.#g()},n.ontimeout=()=>{clearTimeout(r),e.indeterminate=e.uploading=!1,e.errorKey=`timeout`,e.status=``,--this.#i,this.#g(),this.#y(n),this.dispatchEvent(new CustomEvent(`upload-error`,{detail:{file:e,xhr:n}})),this.#w()},n.onreadystatechange=()=>{if(n.readyState===4){if(clearTimeout(r),e.indeterminate=e.uploading=!1,--this.#i,this.#g(),this.#y(n),e.abort||e.errorKey||(e.status=``,!this.dispatchEvent(new CustomEvent(`upload-response`,{detail:{file:e,xhr:n},cancelable:!0}))))return;n.status===0?e.errorKey=`serverUnavailable`:n.status>=500?e.errorKey=`unexpectedServerError`:n.status===413?e.errorKey=`fileTooLarge`:n.status>=400&&(e.errorKey=`forbidden`),e.complete=!e.errorKey;let t=e.errorKey?`upload-error`:`upload-success`;this.dispatchEvent(new CustomEvent(t,{detail:{file:e,xhr:n}})),e.xhr=null,this.#w()}};let i=this.uploadFormat===`raw`;if(e.uploadTarget||=this.target,!this.dispatchEvent(new CustomEvent(`upload-before`,{detail:{file:e,xhr:n},cancelable:!0}))){this.#v(e);return}if(!this.#e.includes(e)){e.abort||--this.#i,this.#y(n),this.#g();return}let a;if(i)a=e;else{let t=new FormData;t.append(e.formDataName||this.formDataName,e,e.name),a=t}n.open(this.method,e.uploadTarget,!0),this.#b(n,e,i),e.held=!1,n.upload.onloadstart=()=>{this.dispatchEvent(new CustomEvent(`upload-start`,{detail:{file:e,xhr:n}})),this.#w()};let o={file:e,xhr:n,uploadFormat:this.uploadFormat,requestBody:a};if(i||(o.formData=a),!this.dispatchEvent(new CustomEvent(`upload-request`,{detail:o,cancelable:!0}))){this.#v(e);return}if(!this.#e.includes(e)){e.abort||--this.#i,this.#y(n),this.#g();return}try{n.send(a)}catch(t){--this.#i,e.uploading=!1,e.indeterminate=!1,e.errorKey=t.message||`sendFailed`,this.#y(n),this.#w(),this.#g()}}_createXhr(){return new XMLHttpRequest}#v(e){--this.#i,e.uploading=!1,e.indeterminate=!1,e.held=!0,this.#w(),this.#g()}#y(e){e&&(e.upload.onprogress=null,e.upload.onloadstart=null,e.onreadystatechange=null,e.onabort=null,e.ontimeout=null)}#b(e,t,n){Object.entries(this.headers).forEach(([t,n])=>{e.setRequestHeader(t,n)}),n&&(e.setRequestHeader(`Content-Type`,t.type||`application/octet-stream`),e.setRequestHeader(`X-Filename`,encodeURIComponent(t.name))),this.timeout&&(e.timeout=this.timeout),e.withCredentials=this.withCredentials}#x(e){this.dispatchEvent(new CustomEvent(`upload-retry`,{detail:{file:e,xhr:e.xhr},cancelable:!0}))&&(e.uploading=!1,this.#r=this.#r.filter(t=>t!==e),this.#h(e))}#S(e){this.dispatchEvent(new CustomEvent(`upload-abort`,{detail:{file:e,xhr:e.xhr},cancelable:!0}))&&(e.abort=!0,e.xhr&&e.xhr.abort(),this.#m(e))}#C(e,t,n,r){e.elapsed=r,e.remaining=n>0?Math.ceil(r*(t/n-1)):0,e.speed=r>0?Math.trunc(n/r/1024):0,e.total=t}#w(){this.dispatchEvent(new CustomEvent(`files-changed`,{detail:{value:this.#e}}))}}})),MT,NT,PT=o((()=>{p(),z(),Xn(),jT(),MT={file:{retry:`Retry`,start:`Start`,remove:`Remove`},error:{tooManyFiles:`Too Many Files.`,fileIsTooBig:`File is Too Big.`,incorrectFileType:`Incorrect File Type.`},uploading:{status:{connecting:`Connecting...`,stalled:`Stalled`,processing:`Processing File...`,held:`Queued`},remainingTime:{prefix:`remaining time: `,unknown:`unknown remaining time`},error:{serverUnavailable:`Upload failed, please try again later`,unexpectedServerError:`Upload failed due to server error`,forbidden:`Upload forbidden`,fileTooLarge:`File is too large`}},units:{size:[`B`,`kB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`]}},NT=e=>class extends tr(e){static get properties(){return{items:{type:Array},disabled:{type:Boolean,value:!1,reflectToAttribute:!0},manager:{type:Object,value:null,observer:`__managerChanged`}}}static get observers(){return[`__updateItems(items, __effectiveI18n, disabled, _theme)`]}static get defaultI18n(){return MT}get i18n(){return super.i18n}set i18n(e){super.i18n=e}constructor(){super(),this.__onManagerFilesChanged=this.__onManagerFilesChanged.bind(this),this.__onManagerDisabledChanged=this.__onManagerDisabledChanged.bind(this),this.__onFileRetry=this.__onFileRetry.bind(this),this.__onFileAbort=this.__onFileAbort.bind(this),this.__onFileStart=this.__onFileStart.bind(this),this.__onFileRemove=this.__onFileRemove.bind(this)}ready(){super.ready(),this.addEventListener(`file-retry`,this.__onFileRetry),this.addEventListener(`file-abort`,this.__onFileAbort),this.addEventListener(`file-start`,this.__onFileStart),this.addEventListener(`file-remove`,this.__onFileRemove)}disconnectedCallback(){super.disconnectedCallback(),this.manager instanceof $&&(this.manager.removeEventListener(`files-changed`,this.__onManagerFilesChanged),this.manager.removeEventListener(`disabled-changed`,this.__onManagerDisabledChanged))}connectedCallback(){super.connectedCallback(),this.manager instanceof $&&(this.manager.addEventListener(`files-changed`,this.__onManagerFilesChanged),this.manager.addEventListener(`disabled-changed`,this.__onManagerDisabledChanged),this.__syncFromManager())}__managerChanged(e,t){t instanceof $&&(t.removeEventListener(`files-changed`,this.__onManagerFilesChanged),t.removeEventListener(`disabled-changed`,this.__onManagerDisabledChanged)),this.isConnected&&e instanceof $?(e.addEventListener(`files-changed`,this.__onManagerFilesChanged),e.addEventListener(`disabled-changed`,this.__onManagerDisabledChanged),this.__syncFromManager()):this.items=[]}__onManagerFilesChanged(){this.__syncFromManager()}__onManagerDisabledChanged(){this.requestContentUpdate()}__syncFromManager(){this.manager instanceof $&&(this.items=[...this.manager.files])}__onFileRetry(e){this.manager instanceof $&&(e.stopPropagation(),this.manager.retryUpload(e.detail.file))}__onFileAbort(e){this.manager instanceof $&&(e.stopPropagation(),this.manager.abortUpload(e.detail.file))}__onFileStart(e){this.manager instanceof $&&(e.stopPropagation(),this.manager.uploadFiles(e.detail.file))}__onFileRemove(e){this.manager instanceof $&&(e.stopPropagation(),this.manager.removeFile(e.detail.file))}__updateItems(e,t,n,r){e&&t&&(e.forEach(e=>this.__applyI18nToFile(e)),this.requestContentUpdate())}__applyI18nToFile(e){let t=this.__effectiveI18n;e.total&&this.__applyFileSizeStrings(e),e.status=this.__getFileStatus(e,t),this.__applyFileError(e,t)}__applyFileSizeStrings(e){e.totalStr=this.__formatSize(e.total),e.loadedStr=this.__formatSize(e.loaded||0),e.elapsed!=null&&(e.elapsedStr=this.__formatTime(e.elapsed,this.__splitTimeByUnits(e.elapsed))),e.remaining!=null&&(e.remainingStr=this.__formatTime(e.remaining,this.__splitTimeByUnits(e.remaining)))}__getFileStatus(e,t){return e.held&&!e.error?t.uploading.status.held:e.stalled?t.uploading.status.stalled:e.uploading&&e.indeterminate&&!e.held?e.progress===100?t.uploading.status.processing:t.uploading.status.connecting:e.uploading&&e.progress<100&&e.total?this.__formatFileProgress(e):e.status}__applyFileError(e,t){e.errorKey&&t.uploading.error[e.errorKey]?e.error=t.uploading.error[e.errorKey]:!e.errorKey&&this.manager instanceof $&&(e.error=``)}__formatSize(e){let t=this.__effectiveI18n;if(typeof t.formatSize==`function`)return t.formatSize(e);let n=t.units.sizeBase||1e3,r=Math.trunc(Math.log(e)/Math.log(n)),i=Math.max(0,Math.min(3,r-1));return`${Number.parseFloat((e/n**r).toFixed(i))} ${t.units.size[r]}`}__splitTimeByUnits(e){let t=[60,60,24,1/0],n=[0];for(let r=0;r<t.length&&e>0;r++)n[r]=e%t[r],e=Math.floor(e/t[r]);return n}__formatTime(e,t){let n=this.__effectiveI18n;if(typeof n.formatTime==`function`)return n.formatTime(e,t);for(;t.length<3;)t.push(0);return t.reverse().map(e=>(e<10?`0`:``)+e).join(`:`)}__formatFileProgress(e){let t=this.__effectiveI18n,n=e.loaded>0?t.uploading.remainingTime.prefix+e.remainingStr:t.uploading.remainingTime.unknown;return`${e.totalStr}: ${e.progress}% (${n})`}requestContentUpdate(){let{items:e,__effectiveI18n:t,disabled:n}=this,r=this.manager instanceof $&&this.manager.disabled,i=n||r;ie(d`
          ${e.map(e=>d`
              <li>
                <vaadin-upload-file
                  .disabled="${i}"
                  .file="${e}"
                  .complete="${e.complete}"
                  .errorMessage="${e.error}"
                  .fileName="${e.name}"
                  .held="${e.held}"
                  .indeterminate="${e.indeterminate}"
                  .progress="${e.progress}"
                  .status="${e.status}"
                  .uploading="${e.uploading}"
                  .i18n="${t}"
                  theme="${B(this._theme)}"
                ></vaadin-upload-file>
              </li>
            `)}
        `,this)}}})),FT,IT=o((()=>{OT(),p(),y(),T(),w(),AT(),PT(),FT=class extends NT(x(C(u))){static get is(){return`vaadin-upload-file-list`}static get styles(){return kT}render(){return d`
      <ul part="list">
        <slot></slot>
      </ul>
    `}},v(FT)})),LT,RT=o((()=>{E(),p(),LT=t`
  :host {
    background: var(--vaadin-upload-background, transparent);
    border: var(--vaadin-upload-border-width, 1px) solid
      var(--vaadin-upload-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-upload-border-radius, var(--vaadin-radius-m));
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    padding: var(--vaadin-upload-padding, var(--vaadin-padding-s));
    position: relative;
  }

  :host([dragover-valid]) {
    --vaadin-upload-background: var(--vaadin-background-container);
    --vaadin-upload-border-color: var(--vaadin-text-color);
    border-style: dashed;
  }

  :host([hidden]) {
    display: none !important;
  }

  [hidden] {
    display: none !important;
  }

  [part='primary-buttons'] {
    align-items: center;
    display: flex;
    gap: var(--vaadin-gap-s);
  }

  [part='drop-label'] {
    align-items: center;
    color: var(--vaadin-upload-drop-label-color, var(--vaadin-text-color));
    display: flex;
    font-size: var(--vaadin-upload-drop-label-font-size, inherit);
    font-weight: var(--vaadin-upload-drop-label-font-weight, inherit);
    gap: var(--vaadin-upload-drop-label-gap, var(--vaadin-gap-s));
    line-height: var(--vaadin-upload-drop-label-line-height, inherit);
  }
`}));function zT(e){async function t(e){if(e.isFile)return new Promise(t=>{e.file(t,()=>t([]))});if(e.isDirectory){let n=e.createReader(),r=await new Promise(e=>{n.readEntries(e,()=>e([]))});return(await Promise.all(r.map(t))).flat()}}if(!Array.from(e.dataTransfer.items).filter(e=>!!e).filter(e=>typeof e.webkitGetAsEntry==`function`).map(e=>e.webkitGetAsEntry()).some(e=>!!e?.isDirectory))return Promise.resolve(e.dataTransfer.files?Array.from(e.dataTransfer.files):[]);let n=Array.from(e.dataTransfer.items).map(e=>e.webkitGetAsEntry()).filter(e=>!!e).map(t);return Promise.all(n).then(e=>e.flat())}var BT=o((()=>{})),VT,HT,UT,WT,GT=o((()=>{an(),j(),L(),Xn(),R(),BT(),VT={dropFiles:{one:`Drop file here`,many:`Drop files here`},addFiles:{one:`Upload File...`,many:`Upload Files...`},error:{tooManyFiles:`Too Many Files.`,fileIsTooBig:`File is Too Big.`,incorrectFileType:`Incorrect File Type.`},uploading:{status:{connecting:`Connecting...`,stalled:`Stalled`,processing:`Processing File...`,held:`Queued`},remainingTime:{prefix:`remaining time: `,unknown:`unknown remaining time`},error:{serverUnavailable:`Upload failed, please try again later`,unexpectedServerError:`Upload failed due to server error`,forbidden:`Upload forbidden`,fileTooLarge:`File is too large`}},file:{retry:`Retry`,start:`Start`,remove:`Remove`},units:{size:[`B`,`kB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`]}},HT=class extends I{constructor(e){super(e,`add-button`,`vaadin-button`)}initNode(e){e._isDefault&&(this.defaultNode=e),e.addEventListener(`touchend`,e=>{this.host._onAddFilesTouchEnd(e)}),e.addEventListener(`click`,e=>{this.host._onAddFilesClick(e)}),this.host._addButton=e}},UT=class extends I{constructor(e){super(e,`drop-label`,`span`)}initNode(e){e._isDefault&&(this.defaultNode=e),this.host._dropLabel=e}},WT=e=>class extends tr(e){static get properties(){return{disabled:{type:Boolean,value:!1,reflectToAttribute:!0},nodrop:{type:Boolean,reflectToAttribute:!0,value:Qe},target:{type:String,value:``},method:{type:String,value:`POST`},headers:{type:Object,value:{}},timeout:{type:Number,value:0},_dragover:{type:Boolean,value:!1,observer:`_dragoverChanged`},files:{type:Array,notify:!0,value:()=>[],sync:!0},maxFiles:{type:Number,value:1/0,sync:!0},maxFilesReached:{type:Boolean,value:!1,notify:!0,readOnly:!0,reflectToAttribute:!0},accept:{type:String,value:``},maxFileSize:{type:Number,value:1/0},_dragoverValid:{type:Boolean,value:!1,observer:`_dragoverValidChanged`},formDataName:{type:String,value:`file`},noAuto:{type:Boolean,value:!1},withCredentials:{type:Boolean,value:!1},uploadFormat:{type:String,value:`raw`},maxConcurrentUploads:{type:Number,value:3,sync:!0},capture:{type:String},_addButton:{type:Object},_dropLabel:{type:Object},_fileList:{type:Object},_files:{type:Array},_uploadQueue:{type:Array,value:()=>[]},_activeUploads:{type:Number,value:0}}}static get observers(){return[`__updateAddButton(_addButton, maxFiles, __effectiveI18n, maxFilesReached, disabled)`,`__updateDropLabel(_dropLabel, maxFiles, __effectiveI18n)`,`__updateFileList(_fileList, files, __effectiveI18n, disabled, _theme)`,`__updateMaxFilesReached(maxFiles, files)`]}static get defaultI18n(){return VT}get i18n(){return super.i18n}set i18n(e){super.i18n=e}get __acceptRegexp(){if(!this.accept)return null;let e=this.accept.split(`,`).map(e=>{let t=e.trim();return t=t.replace(/[+.]/gu,`\\$&`),t.startsWith(`\\.`)&&(t=`.*${t}$`),t.replace(/\/\*/gu,`/.*`)});return RegExp(`^(${e.join(`|`)})$`,`iu`)}ready(){super.ready(),this.addEventListener(`dragover`,this._onDragover.bind(this)),this.addEventListener(`dragleave`,this._onDragleave.bind(this)),this.addEventListener(`drop`,this._onDrop.bind(this)),this.addEventListener(`file-retry`,this._onFileRetry.bind(this)),this.addEventListener(`file-abort`,this._onFileAbort.bind(this)),this.addEventListener(`file-start`,this._onFileStart.bind(this)),this.addEventListener(`file-reject`,this._onFileReject.bind(this)),this.addEventListener(`upload-start`,this._onUploadStart.bind(this)),this.addEventListener(`upload-success`,this._onUploadSuccess.bind(this)),this.addEventListener(`upload-error`,this._onUploadError.bind(this)),this._addButtonController=new HT(this),this.addController(this._addButtonController),this._dropLabelController=new UT(this),this.addController(this._dropLabelController),this.addController(new I(this,`file-list`,`vaadin-upload-file-list`,{initializer:e=>{this._fileList=e}})),this.addController(new I(this,`drop-label-icon`,`vaadin-upload-icon`))}_formatSize(e){if(typeof this.__effectiveI18n.formatSize==`function`)return this.__effectiveI18n.formatSize(e);let t=this.__effectiveI18n.units.sizeBase||1e3,n=~~(Math.log(e)/Math.log(t)),r=Math.max(0,Math.min(3,n-1));return`${parseFloat((e/t**n).toFixed(r))} ${this.__effectiveI18n.units.size[n]}`}_splitTimeByUnits(e){let t=[60,60,24,1/0],n=[0];for(let r=0;r<t.length&&e>0;r++)n[r]=e%t[r],e=Math.floor(e/t[r]);return n}_formatTime(e,t){if(typeof this.__effectiveI18n.formatTime==`function`)return this.__effectiveI18n.formatTime(e,t);for(;t.length<3;)t.push(0);return t.reverse().map(e=>(e<10?`0`:``)+e).join(`:`)}_formatFileProgress(e){let t=e.loaded>0?this.__effectiveI18n.uploading.remainingTime.prefix+e.remainingStr:this.__effectiveI18n.uploading.remainingTime.unknown;return`${e.totalStr}: ${e.progress}% (${t})`}__updateMaxFilesReached(e,t){this._setMaxFilesReached(e>=0&&t.length>=e)}__updateAddButton(e,t,n,r,i){e&&(e.disabled=i||r,e===this._addButtonController.defaultNode&&(e.textContent=this._i18nPlural(t,n.addFiles)))}__updateDropLabel(e,t,n){e&&e===this._dropLabelController.defaultNode&&(e.textContent=this._i18nPlural(t,n.dropFiles))}__updateFileList(e,t,n,r){e&&(e.items=[...t],e.i18n=n,e.disabled=r,this._theme?e.setAttribute(`theme`,this._theme):e.removeAttribute(`theme`))}_onDragover(e){e.preventDefault(),!this.nodrop&&!this._dragover&&(this._dragoverValid=!this.maxFilesReached&&!this.disabled,this._dragover=!0),e.dataTransfer.dropEffect=!this._dragoverValid||this.nodrop?`none`:`copy`}_onDragleave(e){e.preventDefault(),this._dragover&&!this.nodrop&&(this._dragover=this._dragoverValid=!1)}async _onDrop(e){if(!this.nodrop&&!this.disabled){e.preventDefault(),this._dragover=this._dragoverValid=!1;let t=await zT(e);this._addFiles(t)}}_createXhr(){return new XMLHttpRequest}_configureXhr(e,t=null,n=!1){if(typeof this.headers==`string`)try{this.headers=JSON.parse(this.headers)}catch{this.headers=void 0}Object.entries(this.headers).forEach(([t,n])=>{e.setRequestHeader(t,n)}),n&&t&&(e.setRequestHeader(`Content-Type`,t.type||`application/octet-stream`),e.setRequestHeader(`X-Filename`,encodeURIComponent(t.name))),this.timeout&&(e.timeout=this.timeout),e.withCredentials=this.withCredentials}_setStatus(e,t,n,r){e.elapsed=r,e.elapsedStr=this._formatTime(e.elapsed,this._splitTimeByUnits(e.elapsed)),e.remaining=Math.ceil(r*(t/n-1)),e.remainingStr=this._formatTime(e.remaining,this._splitTimeByUnits(e.remaining)),e.speed=~~(t/r/1024),e.totalStr=this._formatSize(t),e.loadedStr=this._formatSize(n),e.status=this._formatFileProgress(e)}uploadFiles(e=this.files){e&&!Array.isArray(e)&&(e=[e]),e.filter(e=>!e.complete).forEach(e=>this._queueFileUpload(e))}_queueFileUpload(e){e.uploading||(e.held=!0,e.uploading=e.indeterminate=!0,e.complete=e.abort=e.error=!1,e.status=this.__effectiveI18n.uploading.status.held,this._renderFileList(),this._uploadQueue.push(e),this._processUploadQueue())}_processUploadQueue(){for(;this._uploadQueue.length>0&&this._activeUploads<this.maxConcurrentUploads;){let e=this._uploadQueue.shift();e&&this._uploadFile(e)}}_uploadFile(e){this._activeUploads+=1;let t=Date.now(),n=e.xhr=this._createXhr(),r,i;n.upload.onprogress=a=>{clearTimeout(r),i=Date.now();let o=(i-t)/1e3,s=a.loaded,c=a.total,l=~~(s/c*100);e.loaded=s,e.progress=l,e.indeterminate=s<=0||s>=c,e.error?e.indeterminate=e.status=void 0:e.abort||(l<100?(this._setStatus(e,c,s,o),r=setTimeout(()=>{e.status=this.__effectiveI18n.uploading.status.stalled,this._renderFileList()},2e3)):(e.loadedStr=e.totalStr,e.status=this.__effectiveI18n.uploading.status.processing)),this._renderFileList(),this.dispatchEvent(new CustomEvent(`upload-progress`,{detail:{file:e,xhr:n}}))},n.onabort=()=>{--this._activeUploads,this._processUploadQueue()},n.onreadystatechange=()=>{if(n.readyState===4){if(clearTimeout(r),e.indeterminate=e.uploading=!1,--this._activeUploads,this._processUploadQueue(),e.abort||(e.status=``,!this.dispatchEvent(new CustomEvent(`upload-response`,{detail:{file:e,xhr:n},cancelable:!0}))))return;n.status===0?e.error=this.__effectiveI18n.uploading.error.serverUnavailable:n.status>=500?e.error=this.__effectiveI18n.uploading.error.unexpectedServerError:n.status===413?e.error=this.__effectiveI18n.uploading.error.fileTooLarge:n.status>=400&&(e.error=this.__effectiveI18n.uploading.error.forbidden),e.complete=!e.error,this.dispatchEvent(new CustomEvent(`upload-${e.error?`error`:`success`}`,{detail:{file:e,xhr:n}})),this._renderFileList()}};let a=this.uploadFormat===`raw`;if(e.uploadTarget||=this.target||``,a||(e.formDataName=this.formDataName),!this.dispatchEvent(new CustomEvent(`upload-before`,{detail:{file:e,xhr:n},cancelable:!0})))return;let o;if(a)o=e;else{let t=new FormData;t.append(e.formDataName,e,e.name),o=t}n.open(this.method,e.uploadTarget,!0),this._configureXhr(n,e,a),e.held=!1,e.status=this.__effectiveI18n.uploading.status.connecting,n.upload.onloadstart=()=>{this.dispatchEvent(new CustomEvent(`upload-start`,{detail:{file:e,xhr:n}})),this._renderFileList()};let s={file:e,xhr:n,uploadFormat:this.uploadFormat,requestBody:o};a||(s.formData=o),this.dispatchEvent(new CustomEvent(`upload-request`,{detail:s,cancelable:!0}))&&n.send(o)}_retryFileUpload(e){this.dispatchEvent(new CustomEvent(`upload-retry`,{detail:{file:e,xhr:e.xhr},cancelable:!0}))&&(this._queueFileUpload(e),this._updateFocus(this.files.indexOf(e)))}_abortFileUpload(e){this.dispatchEvent(new CustomEvent(`upload-abort`,{detail:{file:e,xhr:e.xhr},cancelable:!0}))&&(e.abort=!0,e.xhr&&e.xhr.abort(),this._removeFile(e))}_renderFileList(){this._fileList&&typeof this._fileList.requestContentUpdate==`function`&&this._fileList.requestContentUpdate()}_addFiles(e){Array.prototype.forEach.call(e,this._addFile.bind(this))}_addFile(e){if(this.maxFilesReached){this.dispatchEvent(new CustomEvent(`file-reject`,{detail:{file:e,error:this.__effectiveI18n.error.tooManyFiles}}));return}if(this.maxFileSize>=0&&e.size>this.maxFileSize){this.dispatchEvent(new CustomEvent(`file-reject`,{detail:{file:e,error:this.__effectiveI18n.error.fileIsTooBig}}));return}let t=this.__acceptRegexp;if(t&&!(t.test(e.type)||t.test(e.name))){this.dispatchEvent(new CustomEvent(`file-reject`,{detail:{file:e,error:this.__effectiveI18n.error.incorrectFileType}}));return}e.loaded=0,e.held=!0,e.status=this.__effectiveI18n.uploading.status.held,this.files=[e,...this.files],this.noAuto||this._queueFileUpload(e)}_updateFocus(e){if(this.files.length===0){this._addButton.focus({focusVisible:M()});return}e===this.files.length&&--e,this._fileList.children[e].firstElementChild.focus({focusVisible:M()})}_removeFile(e){this._uploadQueue=this._uploadQueue.filter(t=>t!==e),this._processUploadQueue();let t=this.files.indexOf(e);t>=0&&(this.files=this.files.filter(t=>t!==e),this.dispatchEvent(new CustomEvent(`file-remove`,{detail:{file:e},bubbles:!0,composed:!0})),this._updateFocus(t))}_onAddFilesTouchEnd(e){e.preventDefault(),this._onAddFilesClick(e)}_onAddFilesClick(e){this.maxFilesReached||(e.stopPropagation(),this.$.fileInput.value=``,this.$.fileInput.click())}_onFileInputChange(e){this._addFiles(e.target.files)}_onFileStart(e){this._queueFileUpload(e.detail.file)}_onFileRetry(e){this._retryFileUpload(e.detail.file)}_onFileAbort(e){this._abortFileUpload(e.detail.file)}_onFileReject(e){on(`${e.detail.file.name}: ${e.detail.error}`,{mode:`alert`})}_onUploadStart(e){on(`${e.detail.file.name}: 0%`,{mode:`alert`})}_onUploadSuccess(e){on(`${e.detail.file.name}: 100%`,{mode:`alert`})}_onUploadError(e){on(`${e.detail.file.name}: ${e.detail.file.error}`,{mode:`alert`})}_dragoverChanged(e){e?this.setAttribute(`dragover`,e):this.removeAttribute(`dragover`)}_dragoverValidChanged(e){e?this.setAttribute(`dragover-valid`,e):this.removeAttribute(`dragover-valid`)}_i18nPlural(e,t){return e===1?t.one:t.many}_isMultiple(e){return e!==1}}})),KT,qT=o((()=>{Wt(),bT(),ST(),IT(),p(),z(),y(),O(),T(),k(),w(),RT(),GT(),KT=class extends WT(S(x(C(A(u))))){static get is(){return`vaadin-upload`}static get styles(){return LT}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`
      <div part="primary-buttons">
        <slot name="add-button"></slot>
        <div part="drop-label" ?hidden="${this.nodrop}" id="dropLabelContainer" aria-hidden="true">
          <slot name="drop-label-icon"></slot>
          <slot name="drop-label"></slot>
        </div>
      </div>
      <slot name="file-list"></slot>
      <slot></slot>
      <input
        type="file"
        id="fileInput"
        hidden
        @change="${this._onFileInputChange}"
        accept="${this.accept}"
        ?multiple="${this._isMultiple(this.maxFiles)}"
        capture="${B(this.capture)}"
      />
    `}},v(KT)})),JT=o((()=>{jT()})),YT,XT=o((()=>{JT(),YT=class extends HTMLElement{attributeChangedCallback(e,t,n){e===`target`&&t!==n?this.manager.target=n:e===`disabled`&&t!==n&&(this.manager.disabled=n!==null)}static get observedAttributes(){return[`target`,`disabled`]}set maxFiles(e){this.manager.maxFiles=e}set maxFileSize(e){this.manager.maxFileSize=e}set accept(e){this.manager.accept=e}set noAuto(e){this.manager.noAuto=e}set uploadFormat(e){this.manager.uploadFormat=e}clearFileList(){this.manager.files=[]}constructor(){super(),this.manager=new $,this.uploading=!1,this.manager.addEventListener(`file-remove`,e=>{this.dispatchEvent(new CustomEvent(`file-remove`,{detail:{fileName:e.detail.file?.name},bubbles:!1}))}),this.manager.addEventListener(`file-reject`,e=>{this.dispatchEvent(new CustomEvent(`file-reject`,{detail:{fileName:e.detail.file?.name,errorMessage:e.detail.error},bubbles:!1}))}),this.manager.addEventListener(`upload-start`,()=>{this.uploading=!0});let e=()=>{let e=this.manager.files.some(e=>e.uploading);this.uploading&&!e&&this.dispatchEvent(new CustomEvent(`all-finished`,{bubbles:!1})),this.uploading=e};this.manager.addEventListener(`upload-success`,e),this.manager.addEventListener(`upload-error`,e),this.manager.addEventListener(`upload-abort`,e)}},customElements.define(`vaadin-upload-manager-connector`,YT)})),ZT,QT,$T=o((()=>{p(),zt(),ZT=t``,QT=[hn,ZT]})),eE,tE=o((()=>{p(),At(),y(),O(),T(),F(),k(),w(),$T(),jT(),eE=class extends ln(S(x(C(A(u))))){static get is(){return`vaadin-upload-button`}static get styles(){return QT}static get properties(){return{manager:{type:Object,value:null,observer:`__managerChanged`},capture:{type:String},maxFilesReached:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`max-files-reached`}}}constructor(){super(),this.__syncFromManager=this.__syncFromManager.bind(this),this.__explicitDisabled=!1}get disabled(){return super.disabled}set disabled(e){this.__explicitDisabled=!!e,super.disabled=this.__effectiveDisabled}render(){return d`
      <div class="vaadin-button-container">
        <span part="prefix" aria-hidden="true">
          <slot name="prefix"></slot>
        </span>
        <span part="label">
          <slot></slot>
        </span>
        <span part="suffix" aria-hidden="true">
          <slot name="suffix"></slot>
        </span>
      </div>
      <slot name="tooltip"></slot>
      <input id="fileInput" type="file" hidden @change=${this.__onFileInputChange} />
    `}ready(){super.ready(),this._tooltipController=new P(this),this.addController(this._tooltipController),this.addEventListener(`click`,()=>{this.openFilePicker()})}disconnectedCallback(){super.disconnectedCallback(),this.manager instanceof $&&(this.manager.removeEventListener(`max-files-reached-changed`,this.__syncFromManager),this.manager.removeEventListener(`disabled-changed`,this.__syncFromManager))}connectedCallback(){super.connectedCallback(),this.manager instanceof $&&(this.manager.addEventListener(`max-files-reached-changed`,this.__syncFromManager),this.manager.addEventListener(`disabled-changed`,this.__syncFromManager)),this.__syncFromManager()}openFilePicker(){this.disabled||(this.__updateFileInputAttributes(),this.$.fileInput.value=``,this.$.fileInput.click())}__updateFileInputAttributes(){let{fileInput:e}=this.$,t=this.manager&&this.manager.accept;t?e.setAttribute(`accept`,t):e.removeAttribute(`accept`),e.multiple=(this.manager&&this.manager.maxFiles!=null?this.manager.maxFiles:1/0)!==1,this.capture?e.setAttribute(`capture`,this.capture):e.removeAttribute(`capture`)}__onFileInputChange(e){let t=e.target.files;this.manager instanceof $&&this.manager.addFiles(t)}__managerChanged(e,t){t instanceof $&&(t.removeEventListener(`max-files-reached-changed`,this.__syncFromManager),t.removeEventListener(`disabled-changed`,this.__syncFromManager)),this.isConnected&&e instanceof $?(e.addEventListener(`max-files-reached-changed`,this.__syncFromManager),e.addEventListener(`disabled-changed`,this.__syncFromManager),this.__syncFromManager()):this.isConnected&&this.__syncFromManager()}get __effectiveDisabled(){let e=!(this.manager instanceof $),t=!e&&this.manager.disabled;return this.__explicitDisabled||e||t||this.maxFilesReached}__syncFromManager(){this.manager instanceof $?this.maxFilesReached=this.manager.maxFilesReached:this.maxFilesReached=!1,super.disabled=this.__effectiveDisabled}__shouldAllowFocusWhenDisabled(){return window.Vaadin.featureFlags.accessibleDisabledButtons}},v(eE)})),nE,rE=o((()=>{E(),p(),nE=t`
  :host {
    display: block;
    position: relative;
  }

  :host([dragover])::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--vaadin-background-container);
    opacity: 0.7;
  }

  :host([hidden]) {
    display: none !important;
  }
`})),iE,aE=o((()=>{p(),y(),O(),T(),k(),w(),rE(),BT(),jT(),iE=class extends S(x(C(A(u)))){static get is(){return`vaadin-upload-drop-zone`}static get styles(){return nE}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}static get properties(){return{manager:{type:Object,value:null,observer:`__managerChanged`},disabled:{type:Boolean,value:!1},maxFilesReached:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`max-files-reached`},__dragover:{type:Boolean,value:!1,reflectToAttribute:!0,attribute:`dragover`}}}get disabled(){return this.__effectiveDisabled}set disabled(e){this.__syncingDisabled||(this.__explicitDisabled=!!e,this.__syncDisabledState())}constructor(){super(),this.__explicitDisabled=!1,this.__onMaxFilesReachedChanged=this.__onMaxFilesReachedChanged.bind(this),this.__syncDisabledState=this.__syncDisabledState.bind(this)}ready(){super.ready(),this.addEventListener(`dragover`,this.__onDragover.bind(this)),this.addEventListener(`dragleave`,this.__onDragleave.bind(this)),this.addEventListener(`drop`,this.__onDrop.bind(this))}disconnectedCallback(){super.disconnectedCallback(),this.manager instanceof $&&(this.manager.removeEventListener(`max-files-reached-changed`,this.__onMaxFilesReachedChanged),this.manager.removeEventListener(`disabled-changed`,this.__syncDisabledState))}connectedCallback(){super.connectedCallback(),this.manager instanceof $&&(this.manager.addEventListener(`max-files-reached-changed`,this.__onMaxFilesReachedChanged),this.manager.addEventListener(`disabled-changed`,this.__syncDisabledState),this.maxFilesReached=!!this.manager.maxFilesReached),this.__syncDisabledState()}render(){return d`<slot></slot>`}get __effectiveDisabled(){let e=!(this.manager instanceof $);return this.__explicitDisabled||e||this.manager.disabled||this.maxFilesReached}__onDragover(e){e.preventDefault(),this.__effectiveDisabled||(this.__dragover=!0),e.dataTransfer.dropEffect=this.__effectiveDisabled?`none`:`copy`}__onDragleave(e){e.preventDefault(),e.target===this&&(this.__dragover=!1)}async __onDrop(e){if(e.preventDefault(),this.__dragover=!1,!this.__effectiveDisabled){let t=await zT(e);this.manager.addFiles(t)}}__managerChanged(e,t){t instanceof $&&(t.removeEventListener(`max-files-reached-changed`,this.__onMaxFilesReachedChanged),t.removeEventListener(`disabled-changed`,this.__syncDisabledState)),this.isConnected&&e instanceof $?(e.addEventListener(`max-files-reached-changed`,this.__onMaxFilesReachedChanged),e.addEventListener(`disabled-changed`,this.__syncDisabledState),this.maxFilesReached=!!e.maxFilesReached):this.maxFilesReached=!1,this.isConnected&&this.__syncDisabledState()}__onMaxFilesReachedChanged(e){this.maxFilesReached=e.detail.value,this.__syncDisabledState()}__syncDisabledState(){this.isConnected&&(this.__syncingDisabled=!0,this.toggleAttribute(`disabled`,this.__effectiveDisabled),this.__syncingDisabled=!1)}},v(iE)})),oE,sE,cE,lE,uE=o((()=>{E(),p(),oE=t`
  :host {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Theme variations */
  :host([theme~='margin']) {
    margin: var(--vaadin-vertical-layout-margin, var(--vaadin-padding-m));
  }

  :host([theme~='padding']) {
    padding: var(--vaadin-vertical-layout-padding, var(--vaadin-padding-m));
  }

  :host([theme~='spacing']) {
    gap: var(--vaadin-vertical-layout-gap, var(--vaadin-gap-s));
  }

  :host([theme~='wrap']) {
    flex-wrap: wrap;
  }
`,sE=window.Vaadin.featureFlags.layoutComponentImprovements,cE=t`
  ::slotted([data-height-full]) {
    flex: 1;
  }

  ::slotted(vaadin-horizontal-layout[data-height-full]),
  ::slotted(vaadin-vertical-layout[data-height-full]) {
    min-height: 0;
  }
`,lE=sE?[oE,cE]:[oE]})),dE,fE=o((()=>{p(),y(),O(),T(),k(),w(),uE(),dE=class extends x(S(C(A(u)))){static get is(){return`vaadin-vertical-layout`}static get styles(){return lE}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return d`<slot></slot>`}},v(dE)})),pE,mE=o((()=>{E(),p(),pE=t`
  :host {
    /* Don't let these properties inherit */
    --vaadin-virtual-list-padding-block: 0px;
    --vaadin-virtual-list-padding-inline: 0px;
    --vaadin-virtual-list-overflow-indicator-top-opacity: 0;
    --vaadin-virtual-list-overflow-indicator-bottom-opacity: 0;
    display: block;
    height: 400px;
    overflow: auto;
    flex: 1;
    align-self: stretch;
    box-sizing: border-box;
    padding: 0;
    --_overflow-indicator-height: var(--vaadin-virtual-list-overflow-indicator-height, 1px);
    --_overflow-indicator-color: var(
      --vaadin-virtual-list-overflow-indicator-color,
      var(--vaadin-border-color-secondary)
    );
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([grid])) #items > ::slotted(*) {
    inset-inline: var(--vaadin-virtual-list-padding-inline);
  }

  #items {
    position: relative;
  }

  :host::before,
  :host::after {
    content: '';
    display: block;
    opacity: 0;
    position: sticky;
    inset: 0;
    z-index: 9999;
    pointer-events: none;
    box-sizing: border-box;
    height: var(--_overflow-indicator-height);
    background: linear-gradient(
      var(--_overflow-indicator-dir, to bottom),
      var(--_overflow-indicator-color),
      var(--_overflow-indicator-color) 1px,
      transparent
    );
  }

  :host::before {
    margin-bottom: calc(var(--vaadin-virtual-list-padding-block) - var(--_overflow-indicator-height));
  }

  :host::after {
    margin-top: calc(var(--vaadin-virtual-list-padding-block) - var(--_overflow-indicator-height));
    --_overflow-indicator-dir: to top;
  }

  :host([overflow~='top'])::before {
    opacity: var(--vaadin-virtual-list-overflow-indicator-top-opacity);
  }

  :host([overflow~='bottom'])::after {
    opacity: var(--vaadin-virtual-list-overflow-indicator-bottom-opacity);
  }

  :host([theme~='overflow-indicator-top'][overflow~='top']),
  :host([theme~='overflow-indicators'][overflow~='top']) {
    --vaadin-virtual-list-overflow-indicator-top-opacity: 1;
  }

  :host([theme~='overflow-indicators'][overflow~='bottom']),
  :host([theme~='overflow-indicator-bottom'][overflow~='bottom']) {
    --vaadin-virtual-list-overflow-indicator-bottom-opacity: 1;
  }
`})),hE,gE=o((()=>{L(),Ml(),Ga(),hE=e=>class extends e{static get properties(){return{items:{type:Array,sync:!0},renderer:{type:Function,sync:!0},itemAccessibleNameGenerator:{type:Function,sync:!0},__virtualizer:Object}}static get observers(){return[`__itemsOrRendererChanged(items, renderer, __virtualizer, itemAccessibleNameGenerator)`]}get firstVisibleIndex(){return this.__virtualizer.firstVisibleIndex}get lastVisibleIndex(){return this.__virtualizer.lastVisibleIndex}constructor(){super(),this.__onDocumentDragStart=this.__onDocumentDragStart.bind(this)}ready(){super.ready(),this.__virtualizer=new Wa({createElements:this.__createElements,updateElement:this.__updateElement.bind(this),elementsContainer:this,scrollTarget:this,scrollContainer:this.shadowRoot.querySelector(`#items`),reorderElements:!0}),this.__overflowController=new jl(this),this.addController(this.__overflowController),this.__updateAria()}connectedCallback(){super.connectedCallback(),document.addEventListener(`dragstart`,this.__onDocumentDragStart,{capture:!0}),this.__virtualizer.hostConnected()}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener(`dragstart`,this.__onDocumentDragStart,{capture:!0})}scrollToIndex(e){this.__virtualizer.scrollToIndex(e)}__createElements(e){return[...Array(e)].map(()=>document.createElement(`div`))}__updateAria(){this.role=`list`}__updateElement(e,t){let n=this.items[t];e.ariaSetSize=String(this.items.length),e.ariaPosInSet=String(t+1),e.ariaLabel=this.itemAccessibleNameGenerator?this.itemAccessibleNameGenerator(n):null,this.__updateElementRole(e),e.__renderer!==this.renderer&&(e.__renderer=this.renderer,this.__clearRenderTargetContent(e)),this.renderer&&this.renderer(e,this,{item:n,index:t})}__updateElementRole(e){e.role=`listitem`}__clearRenderTargetContent(e){e.innerHTML=``,delete e._$litPart$}__itemsOrRendererChanged(e,t,n){let r=this.childElementCount>0;(t||r)&&n&&(n.size=(e||[]).length,n.update())}__onDocumentDragStart(e){if(e.target.contains(this)){let t=[e.target,this.$.items],n=t.map(e=>e.style.cssText);this.scrollHeight>2e4&&(this.$.items.style.display=`none`),Ue&&(e.target.style.willChange=`transform`),Ze&&(this.$.items.style.maxHeight=`100%`),requestAnimationFrame(()=>{t.forEach((e,t)=>{e.style.cssText=n[t]})})}}requestContentUpdate(){this.__virtualizer?.update()}}})),_E,vE=o((()=>{p(),y(),O(),T(),w(),mE(),gE(),_E=class extends hE(x(S(C(u)))){static get is(){return`vaadin-virtual-list`}static get styles(){return pE}render(){return d`
      <div id="items">
        <slot></slot>
      </div>
    `}},v(_E)})),yE=o((()=>{g(),m(),window.Vaadin.Flow.virtualListConnector={initLazy:function(e){if(e.$connector)return;let t=[0,0];e.$connector={},e.$connector.placeholderItem={__placeholder:!0},e.itemAccessibleNameGenerator=e=>e&&e.accessibleName;let n=function(){let n=[...e.children].filter(e=>`__virtualListIndex`in e).map(e=>e.__virtualListIndex),r=Math.min(...n),i=Math.max(...n),a=Math.max(0,r-20),o=Math.min(i+20,e.items.length);if(t[0]!=a||t[1]!=o){t=[a,o];let n=1+o-a;e.$server.setViewportRange(a,n)}},r=function(){e.__requestDebounce=D.debounce(e.__requestDebounce,_.after(50),n)};requestAnimationFrame(()=>n),e.patchVirtualListRenderer=function(){if(!e.renderer||e.renderer.__virtualListConnectorPatched)return;let t=e.renderer,n=(e,n,i)=>{e.__virtualListIndex=i.index,i.item===void 0?n.$connector.placeholderElement?e.__hasComponentRendererPlaceholder||=(e.innerHTML=``,delete e._$litPart$,e.appendChild(n.$connector.placeholderElement.cloneNode(!0)),!0):t.call(n,e,n,{...i,item:n.$connector.placeholderItem}):(e.__hasComponentRendererPlaceholder&&=(e.innerHTML=``,!1),t.call(n,e,n,i)),r()};n.__virtualListConnectorPatched=!0,n.__rendererId=t.__rendererId,e.renderer=n},e._createPropertyObserver(`renderer`,`patchVirtualListRenderer`,!0),e.patchVirtualListRenderer(),e.items=[],e.$connector.set=function(t,n){e.items.splice(t,n.length,...n),e.items=[...e.items]},e.$connector.clear=function(t,n){let r=Math.min(n,e.items.length-t);e.$connector.set(t,[...Array(r)])},e.$connector.updateData=function(t){let n=t.reduce((e,t)=>(e[t.key]=t,e),{});e.items=e.items.map(e=>e&&(n[e.key]||e))},e.$connector.updateSize=function(t){let n=t-e.items.length;n>0?e.items=[...e.items,...Array(n)]:n<0&&(e.items=e.items.slice(0,t))},e.$connector.setPlaceholderItem=function(t={},n){t.__placeholder=!0,e.$connector.placeholderItem=t;let r=Object.entries(t).find(([e])=>e.endsWith(`_nodeid`));e.$connector.placeholderElement=r?Vaadin.Flow.clients[n].getByNodeId(r[1]):null}}}}));function bE(e,t){switch(t.type){case`stateKeyChanged`:let{value:n}=t;return{...e,key:n};default:return e}}var xE,SE,CE,wE,TE=o((()=>{xE=te(),SE=i(a(),1),CE=()=>{},wE=class extends HTMLElement{#e=void 0;#t=!1;#n=void 0;#r=Object.create(null);#i=new Map;#a=new Map;#o=CE;#s=new Map;#c;#l;#u;constructor(){super(),this.#c={useState:this.useState.bind(this),useCustomEvent:this.useCustomEvent.bind(this),useContent:this.useContent.bind(this)},this.#l=this.#f.bind(this),this.#p()}async connectedCallback(){this.#n=(0,SE.createElement)(this.#l),!(!this.dispatchEvent(new CustomEvent(`flow-portal-add`,{bubbles:!0,cancelable:!0,composed:!0,detail:{children:this.#n,domNode:this}}))||this.#e)&&(await this.#u,this.#e=(0,xE.createRoot)(this),this.#d(),this.#e.render(this.#n))}addReadyCallback(e,t){this.#s.set(e,t)}async disconnectedCallback(){this.#e?(this.#u=Promise.resolve(),await this.#u,this.#e.unmount(),this.#e=void 0):this.dispatchEvent(new CustomEvent(`flow-portal-remove`,{bubbles:!0,cancelable:!0,composed:!0,detail:{children:this.#n,domNode:this}})),this.#t=!1,this.#n=void 0}useState(e,t){if(this.#i.has(e))return[this.#r[e],this.#i.get(e)];let n=this[e]??t;this.#r[e]=n,Object.defineProperty(this,e,{enumerable:!0,get(){return this.#r[e]},set(t){this.#r[e]=t,this.#o({type:`stateKeyChanged`,key:e,value:n})}});let r=this.useCustomEvent(`${e}-changed`,{detail:{value:n}}),i=t=>{this.#r[e]=t,r({value:t}),this.#o({type:`stateKeyChanged`,key:e,value:t})};return this.#i.set(e,i),[n,i]}useCustomEvent(e,t={}){if(!this.#a.has(e)){let n=(n=>{let r=n===void 0?t:{...t,detail:n},i=new CustomEvent(e,r);return this.dispatchEvent(i)});return this.#a.set(e,n),n}return this.#a.get(e)}useContent(e){return(0,SE.useEffect)(()=>{this.#s.get(e)?.()},[]),(0,SE.createElement)(`flow-content-container`,{name:e,style:{display:`contents`}})}#d(){this.#t||!this.#e||(this.#e.render((0,SE.createElement)(this.#l)),this.#t=!0)}#f(){let[e,t]=(0,SE.useReducer)(bE,this.#r);return this.#r=e,this.#o=t,this.render(this.#c)}#p(){let e=window.Vaadin||{};e.developmentMode&&(e.registrations=e.registrations||[],e.registrations.push({is:`ReactAdapterElement`,version:`25.2.5`}))}}})),EE,DE,OE=o((()=>{r(),TE(),a(),EE=ue(),DE=class extends wE{async connectedCallback(){await super.connectedCallback(),this.style.display=`contents`}render(){return(0,EE.jsx)(n,{})}},customElements.define(`react-router-outlet`,DE)})),kE=o((()=>{window.Vaadin=window.Vaadin||{},window.Vaadin.Flow=window.Vaadin.Flow||{},window.Vaadin.Flow.dndConnector={__ondragenterListener:function(e){let t=e.currentTarget.__dropEffect;e.currentTarget.hasAttribute(`disabled`)||(t&&(e.dataTransfer.dropEffect=t),t!==`none`&&(e.currentTarget.classList.contains(`v-drag-over-target`)?e.currentTarget[`__skip-leave`]=!0:e.currentTarget.classList.add(`v-drag-over-target`),e.preventDefault(),e.stopPropagation()))},__ondragoverListener:function(e){if(!e.currentTarget.hasAttribute(`disabled`)){let t=e.currentTarget.__dropEffect;t&&(e.dataTransfer.dropEffect=t),e.preventDefault(),e.stopPropagation()}},__ondragleaveListener:function(e){e.currentTarget[`__skip-leave`]?e.currentTarget[`__skip-leave`]=!1:e.currentTarget.classList.remove(`v-drag-over-target`),e.stopPropagation()},__ondropListener:function(e){let t=e.currentTarget.__dropEffect;t&&(e.dataTransfer.dropEffect=t),e.currentTarget.classList.remove(`v-drag-over-target`),e.preventDefault(),e.stopPropagation()},updateDropTarget:function(e){e.__active?(e.addEventListener(`dragenter`,this.__ondragenterListener,!1),e.addEventListener(`dragover`,this.__ondragoverListener,!1),e.addEventListener(`dragleave`,this.__ondragleaveListener,!1),e.addEventListener(`drop`,this.__ondropListener,!1)):(e.removeEventListener(`dragenter`,this.__ondragenterListener,!1),e.removeEventListener(`dragover`,this.__ondragoverListener,!1),e.removeEventListener(`dragleave`,this.__ondragleaveListener,!1),e.removeEventListener(`drop`,this.__ondropListener,!1),e.classList.remove(`v-drag-over-target`))},__dragstartListener:function(e){e.stopPropagation(),e.dataTransfer.setData(`text/plain`,``),e.currentTarget.hasAttribute(`disabled`)?e.preventDefault():(e.currentTarget.__effectAllowed&&(e.dataTransfer.effectAllowed=e.currentTarget.__effectAllowed),e.currentTarget.classList.add(`v-dragged`)),e.currentTarget.__dragImage&&(e.currentTarget.__dragImage.style.display===`none`&&(e.currentTarget.__dragImage.style.display=`block`,e.currentTarget.classList.add(`shown`)),e.dataTransfer.setDragImage(e.currentTarget.__dragImage,e.currentTarget.__dragImageOffsetX,e.currentTarget.__dragImageOffsetY))},__dragendListener:function(e){e.currentTarget.classList.remove(`v-dragged`),e.currentTarget.classList.contains(`shown`)&&(e.currentTarget.classList.remove(`shown`),e.currentTarget.__dragImage.style.display=`none`)},updateDragSource:function(e){e.draggable?(e.addEventListener(`dragstart`,this.__dragstartListener,!1),e.addEventListener(`dragend`,this.__dragendListener,!1)):(e.removeEventListener(`dragstart`,this.__dragstartListener,!1),e.removeEventListener(`dragend`,this.__dragendListener,!1))},setDragImage:function(e,t,n,r){r.__dragImage=e,r.__dragImageOffsetX=t,r.__dragImageOffsetY=n}}})),AE;o((()=>{ur(),Pr(),Or(),Br(),_t(),si(),mi(),Hi(),Ji(),ta(),$i(),ra(),p(),qn(),y(),ma(),sa(),Wt(),kn(),va(),zn(),Pn(),In(),An(),Rn(),Nn(),Do(),Oo(),Zo(),Kn(),Es(),Ns(),Fs(),Lt(),Au(),zc(),Kl(),pc(),Tc(),Fu(),Kc(),Pu(),dc(),Vu(),zd(),Td(),Cd(),zf(),t_(),L_(),D_(),ev(),b_(),hv(),yv(),Cv(),dy(),He(),_u(),_y(),xy(),Oy(),cb(),db(),L(),bb(),kb(),Nb(),Fb(),px(),hx(),cr(),Ax(),Nx(),oS(),TS(),kS(),zS(),QS(),Db(),Kb(),mC(),yC(),TC(),RC(),MC(),nw(),cw(),Qy(),lw(),jw(),Tw(),Nw(),zw(),Yw(),Uw(),iT(),mS(),uT(),dT(),gT(),qT(),XT(),JT(),tE(),aE(),IT(),fE(),vE(),yE(),ae(),OE(),a(),kE(),e(),AE=e=>{let t=[];return e===`fbe1bdf4d25a467eb366033321642d3ce1e178d2635014f7a794af29c22be6af`&&t.push(ne(()=>import(`./chunk-7e3dc433ae4599f705db307c09bf7a8ba9e18853c089e7754783c59f030922e9-BufdYesw.js`),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14]),import.meta.url)),e===`07d7b82953a58936daf8d8808fdd7685a9b1490c8485db958ca8eb3236a28676`&&t.push(ne(()=>import(`./chunk-3cf1c80c42b2c95b3d2b91b4d1432902255060706be2252df851b542cc34ffc5-ChnKy7Zw.js`),__vite__mapDeps([15,1,3,4,5,10,8]),import.meta.url)),e===`118817203d9b1566a94fe1ee8f2fa13fe7e68bd72d400f5a0b47850adfc3c3d4`&&t.push(ne(()=>import(`./chunk-c8efc5a648d42f293847c817a5dddab3643111e0d94b848c89e3087c602cc885-CUGDQpyD.js`),__vite__mapDeps([16,1,3,6,5,7,8,13,10,14]),import.meta.url)),e===`5a8d8822efef17d12b11ec84f55826f2cf51604e2c2be29b597b98c468e7a1a0`&&t.push(ne(()=>import(`./chunk-df82228a0d0ba7f82937da4dff5549a7886e68d794f21c59836b0708d2669a75-CPY66tzx.js`),__vite__mapDeps([17,1,3,2,4,5,6,7,8,18,12]),import.meta.url)),e===`57db2918165ac8f08929c380bb9e0124400bc45c8256c84a86fb6e6ea5b84cb2`&&t.push(ne(()=>import(`./chunk-20b5913756ce3aca167f0ba08695a16bf3b2ced2aa3d79a2a3799bc94e649650-BEoIpgIw.js`),__vite__mapDeps([19,1,9,3,10,7,8]),import.meta.url)),Promise.all(t)},window.Vaadin=window.Vaadin||{},window.Vaadin.Flow=window.Vaadin.Flow||{},window.Vaadin.Flow.loadOnDemand=AE,window.Vaadin.Flow.resetFocus=()=>{let e=document.activeElement;for(;e&&e.shadowRoot;)e=e.shadowRoot.activeElement;return!e||e.blur()||e.focus()||!0}}))();export{sr as n,cr as r,lr as t};