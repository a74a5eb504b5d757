import{C as e,P as t,d as n,g as r,u as i}from"./indexhtml-BfnNYcbf.js";import{A as a,D as o,N as s,O as c,P as ee,_ as l,a as te,b as ne,f as re,j as ie,o as ae,p as oe,t as se,v as u,w as ce,x as le}from"./style-props-Bl7R53HL.js";import{n as ue,t as de}from"./lumo-injection-mixin-BbzDt33H.js";import{n as fe,t as pe}from"./focus-mixin-DTYo8asv.js";import{F as me,G as he,H as ge,I as _e,J as ve,L as ye,R as be,V as xe,q as Se}from"./vaadin-tooltip-C-rTOb98.js";var d,Ce=t((()=>{se(),i(),d=e`
  :host {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    gap: var(--vaadin-button-gap, 0 var(--vaadin-gap-s));
    white-space: var(--vaadin-button-label-wrap, normal);
    -webkit-tap-highlight-color: transparent;
    -webkit-user-select: none;
    user-select: none;
    cursor: var(--vaadin-clickable-cursor);
    box-sizing: border-box;
    flex-shrink: 0;
    height: var(--vaadin-button-height, fit-content);
    margin: var(--vaadin-button-margin, 0);
    padding: var(--vaadin-button-padding, var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container));
    font-family: var(--vaadin-button-font-family, inherit);
    font-size: var(--vaadin-button-font-size, inherit);
    line-height: var(--vaadin-button-line-height, inherit);
    font-weight: var(--vaadin-button-font-weight, 500);
    color: var(--vaadin-button-text-color, var(--vaadin-text-color));
    background: var(--vaadin-button-background, var(--vaadin-background-container));
    background-origin: border-box;
    border: var(--vaadin-button-border-width, 1px) solid
      var(--vaadin-button-border-color, var(--vaadin-border-color-secondary));
    border-radius: var(--vaadin-button-border-radius, var(--vaadin-radius-m));
    touch-action: manipulation;
  }

  :host([hidden]) {
    display: none !important;
  }

  .vaadin-button-container,
  [part='prefix'],
  [part='suffix'] {
    display: contents;
  }

  [part='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  :host(:is([focus-ring], :focus-visible)) {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: 1px;
  }

  :host([theme~='primary']) {
    --vaadin-button-background: var(--vaadin-text-color);
    --vaadin-button-text-color: var(--vaadin-background-color);
    --vaadin-button-border-color: transparent;
  }

  :host([theme~='tertiary']) {
    background: transparent;
    border-color: transparent;
  }

  :host([disabled]) {
    pointer-events: var(--_vaadin-button-disabled-pointer-events, none);
    cursor: var(--vaadin-disabled-cursor);
    opacity: 0.5;
  }

  :host([disabled][theme~='primary']) {
    --vaadin-button-text-color: var(--vaadin-background-container-strong);
    --vaadin-button-background: var(--vaadin-text-color-disabled);
  }

  @media (forced-colors: active) {
    :host {
      --vaadin-button-border-width: 1px;
      --vaadin-button-background: ButtonFace;
      --vaadin-button-text-color: ButtonText;
    }

    :host([theme~='primary']) {
      forced-color-adjust: none;
      --vaadin-button-background: CanvasText;
      --vaadin-button-text-color: Canvas;
      --vaadin-icon-color: Canvas;
    }

    ::slotted(*) {
      forced-color-adjust: auto;
    }

    :host([disabled]) {
      --vaadin-button-background: transparent !important;
      --vaadin-button-border-color: GrayText !important;
      --vaadin-button-text-color: GrayText !important;
      opacity: 1;
    }
  }
`}));function f(e){return Re.indexOf(e)>-1}function p(e){f(e)}function m(e){let t=e.type;if(!f(t))return!1;if(t===`mousemove`){let t=e.buttons??1;return e instanceof window.MouseEvent&&!Be&&(t=ze[e.which]||0),!!(t&1)}return(e.button??0)===0}function we(e){if(e.type===`click`){if(e.detail===0)return!0;let t=g(e);if(!t.nodeType||t.nodeType!==Node.ELEMENT_NODE)return!0;let n=t.getBoundingClientRect(),r=e.pageX,i=e.pageY;return!(r>=n.left&&r<=n.right&&i>=n.top&&i<=n.bottom)}return!1}function Te(e){let t=`auto`,n=j(e);for(let e=0,r;e<n.length;e++)if(r=n[e],r[D]){t=r[D];break}return t}function Ee(e,t,n){e.movefn=t,e.upfn=n,document.addEventListener(`mousemove`,t),document.addEventListener(`mouseup`,n)}function h(e){document.removeEventListener(`mousemove`,e.movefn),document.removeEventListener(`mouseup`,e.upfn),e.movefn=null,e.upfn=null}function De(e,t){let n=document.elementFromPoint(e,t),r=n;for(;r?.shadowRoot&&!window.ShadyDOM;){let i=r;if(r=r.shadowRoot.elementFromPoint(e,t),i===r)break;r&&(n=r)}return n}function g(e){let t=j(e);return t.length>0?t[0]:e.target}function Oe(e){let t=e.type,n=e.currentTarget[T];if(!n)return;let r=n[t];if(!r)return;if(!e[E]&&(e[E]={},t.startsWith(`touch`))){let n=e.changedTouches[0];if(t===`touchstart`&&e.touches.length===1&&(A.touch.id=n.identifier),A.touch.id!==n.identifier)return;w||(t===`touchstart`||t===`touchmove`)&&ke(e)}let i=e[E];if(!i.skip){for(let t=0,n;t<N.length;t++)n=N[t],r[n.name]&&!i[n.name]&&n.flow&&n.flow.start.indexOf(e.type)>-1&&n.reset&&n.reset();for(let n=0,a;n<N.length;n++)a=N[n],r[a.name]&&!i[a.name]&&(i[a.name]=!0,a[t](e))}}function ke(e){let t=e.changedTouches[0],n=e.type;if(n===`touchstart`)A.touch.x=t.clientX,A.touch.y=t.clientY,A.touch.scrollDecided=!1;else if(n===`touchmove`){if(A.touch.scrollDecided)return;A.touch.scrollDecided=!0;let n=Te(e),r=!1,i=Math.abs(A.touch.x-t.clientX),a=Math.abs(A.touch.y-t.clientY);e.cancelable&&(n===`none`?r=!0:n===`pan-x`?r=a>i:n===`pan-y`&&(r=i>a)),r?e.preventDefault():x(`track`)}}function _(e,t,n){return M[t]?(je(e,t,n),!0):!1}function Ae(e,t,n){return M[t]?(Me(e,t,n),!0):!1}function je(e,t,n){let r=M[t],i=r.deps,a=r.name,o=e[T];o||(e[T]=o={});for(let t=0,n,r;t<i.length;t++)n=i[t],!(Ve&&f(n)&&n!==`click`)&&(r=o[n],r||(o[n]=r={_count:0}),r._count===0&&e.addEventListener(n,Oe,p(n)),r[a]=(r[a]||0)+1,r._count=(r._count||0)+1);e.addEventListener(t,n),r.touchAction&&y(e,r.touchAction)}function Me(e,t,n){let r=M[t],i=r.deps,a=r.name,o=e[T];if(o)for(let t=0,n,r;t<i.length;t++)n=i[t],r=o[n],r?.[a]&&(r[a]=(r[a]||1)-1,r._count=(r._count||1)-1,r._count===0&&e.removeEventListener(n,Oe,p(n)));e.removeEventListener(t,n)}function v(e){N.push(e),e.emits.forEach(t=>{M[t]=e})}function Ne(e){for(let t=0,n;t<N.length;t++){n=N[t];for(let t=0,r;t<n.emits.length;t++)if(r=n.emits[t],r===e)return n}return null}function y(e,t){w&&e instanceof HTMLElement&&ie.run(()=>{e.style.touchAction=t}),e[D]=t}function b(e,t,n){let r=new Event(t,{bubbles:!0,cancelable:!0,composed:!0});if(r.detail=n,Ie(e).dispatchEvent(r),r.defaultPrevented){let e=n.preventer||n.sourceEvent;e?.preventDefault&&e.preventDefault()}}function x(e){let t=Ne(e);t.info&&(t.info.prevent=!0)}function S(e,t,n,r){t&&b(t,e,{x:n.clientX,y:n.clientY,sourceEvent:n,preventer:r,prevent(e){return x(e)}})}function Pe(e,t,n){if(e.prevent)return!1;if(e.started)return!0;let r=Math.abs(e.x-t),i=Math.abs(e.y-n);return r>=k||i>=k}function C(e,t,n){if(!t)return;let r=e.moves[e.moves.length-2],i=e.moves[e.moves.length-1],a=i.x-e.x,o=i.y-e.y,s,c=0;r&&(s=i.x-r.x,c=i.y-r.y),b(t,`track`,{state:e.state,x:n.clientX,y:n.clientY,dx:a,dy:o,ddx:s,ddy:c,sourceEvent:n,hover(){return De(n.clientX,n.clientY)}})}function Fe(e,t,n){let r=Math.abs(t.clientX-e.x),i=Math.abs(t.clientY-e.y),a=g(n||t);!a||He[a.localName]&&a.hasAttribute(`disabled`)||(isNaN(r)||isNaN(i)||r<=O&&i<=O||we(t))&&(e.prevent||b(a,`tap`,{x:t.clientX,y:t.clientY,sourceEvent:t,preventer:n}))}var Ie,w,T,E,D,O,k,Le,Re,ze,Be,Ve,He,A,j,M,N,Ue=t((()=>{a(),Ie=e=>e,w=typeof document.head.style.touchAction==`string`,T=`__polymerGestures`,E=`__polymerGesturesHandled`,D=`__polymerGesturesTouchAction`,O=25,k=5,Le=2,Re=[`mousedown`,`mousemove`,`mouseup`,`click`],ze=[0,1,4,2],Be=(function(){try{return new MouseEvent(`test`,{buttons:1}).buttons===1}catch{return!1}})(),(function(){try{let e=Object.defineProperty({},"passive",{get(){}});window.addEventListener(`test`,null,e),window.removeEventListener(`test`,null,e)}catch{}})(),Ve=navigator.userAgent.match(/iP(?:[oa]d|hone)|Android/u),He={button:!0,command:!0,fieldset:!0,input:!0,keygen:!0,optgroup:!0,option:!0,select:!0,textarea:!0},A={mouse:{target:null,mouseIgnoreJob:null},touch:{x:0,y:0,id:-1,scrollDecided:!1}},j=window.ShadyDOM&&window.ShadyDOM.noPatch?window.ShadyDOM.composedPath:e=>e.composedPath&&e.composedPath()||[],M={},N=[],v({name:`downup`,deps:[`mousedown`,`touchstart`,`touchend`],flow:{start:[`mousedown`,`touchstart`],end:[`mouseup`,`touchend`]},emits:[`down`,`up`],info:{movefn:null,upfn:null},reset(){h(this.info)},mousedown(e){if(!m(e))return;let t=g(e),n=this;Ee(this.info,e=>{m(e)||(S(`up`,t,e),h(n.info))},e=>{m(e)&&S(`up`,t,e),h(n.info)}),S(`down`,t,e)},touchstart(e){S(`down`,g(e),e.changedTouches[0],e)},touchend(e){S(`up`,g(e),e.changedTouches[0],e)}}),v({name:`track`,touchAction:`none`,deps:[`mousedown`,`touchstart`,`touchmove`,`touchend`],flow:{start:[`mousedown`,`touchstart`],end:[`mouseup`,`touchend`]},emits:[`track`],info:{x:0,y:0,state:`start`,started:!1,moves:[],addMove(e){this.moves.length>Le&&this.moves.shift(),this.moves.push(e)},movefn:null,upfn:null,prevent:!1},reset(){this.info.state=`start`,this.info.started=!1,this.info.moves=[],this.info.x=0,this.info.y=0,this.info.prevent=!1,h(this.info)},mousedown(e){if(!m(e))return;let t=g(e),n=this,r=e=>{let r=e.clientX,i=e.clientY;Pe(n.info,r,i)&&(n.info.state=n.info.started?e.type===`mouseup`?`end`:`track`:`start`,n.info.state===`start`&&x(`tap`),n.info.addMove({x:r,y:i}),m(e)||(n.info.state=`end`,h(n.info)),t&&C(n.info,t,e),n.info.started=!0)};Ee(this.info,r,e=>{n.info.started&&r(e),h(n.info)}),this.info.x=e.clientX,this.info.y=e.clientY},touchstart(e){let t=e.changedTouches[0];this.info.x=t.clientX,this.info.y=t.clientY},touchmove(e){let t=g(e),n=e.changedTouches[0],r=n.clientX,i=n.clientY;Pe(this.info,r,i)&&(this.info.state===`start`&&x(`tap`),this.info.addMove({x:r,y:i}),C(this.info,t,n),this.info.state=`track`,this.info.started=!0)},touchend(e){let t=g(e),n=e.changedTouches[0];this.info.started&&(this.info.state=`end`,this.info.addMove({x:n.clientX,y:n.clientY}),C(this.info,t,n))}}),v({name:`tap`,deps:[`mousedown`,`click`,`touchstart`,`touchend`],flow:{start:[`mousedown`,`touchstart`],end:[`click`,`touchend`]},emits:[`tap`],info:{x:NaN,y:NaN,prevent:!1},reset(){this.info.x=NaN,this.info.y=NaN,this.info.prevent=!1},mousedown(e){m(e)&&(this.info.x=e.clientX,this.info.y=e.clientY)},click(e){m(e)&&Fe(this.info,e)},touchstart(e){let t=e.changedTouches[0];this.info.x=t.clientX,this.info.y=t.clientY},touchend(e){Fe(this.info,e.changedTouches[0],e)}})})),We,P,F=t((()=>{l(),We=e=>class extends e{static get properties(){return{disabled:{type:Boolean,value:!1,observer:`_disabledChanged`,reflectToAttribute:!0,sync:!0}}}_disabledChanged(e){this._setAriaDisabled(e)}_setAriaDisabled(e){e?this.setAttribute(`aria-disabled`,`true`):this.removeAttribute(`aria-disabled`)}click(){this.disabled||super.click()}},P=u(We)})),Ge,I,Ke=t((()=>{l(),Ge=e=>class extends e{ready(){super.ready(),this.addEventListener(`keydown`,e=>{this._onKeyDown(e)}),this.addEventListener(`keyup`,e=>{this._onKeyUp(e)})}_onKeyDown(e){switch(e.key){case`Enter`:this._onEnter(e);break;case`Escape`:this._onEscape(e);break;default:break}}_onKeyUp(e){}_onEnter(e){}_onEscape(e){}},I=u(Ge)})),L,qe=t((()=>{Ue(),F(),Ke(),L=e=>class extends P(I(e)){get _activeKeys(){return[` `]}ready(){super.ready(),_(this,`down`,e=>{this._shouldSetActive(e)&&this._setActive(!0)}),_(this,`up`,()=>{this._setActive(!1)})}disconnectedCallback(){super.disconnectedCallback(),this._setActive(!1)}_shouldSetActive(e){return!this.disabled}_onKeyDown(e){super._onKeyDown(e),this._shouldSetActive(e)&&this._activeKeys.includes(e.key)&&(this._setActive(!0),document.addEventListener(`keyup`,e=>{this._activeKeys.includes(e.key)&&this._setActive(!1)},{once:!0}))}_setActive(e){this.toggleAttribute(`active`,e)}}})),R,z=t((()=>{F(),R=e=>class extends P(e){static get properties(){return{tabindex:{type:Number,reflectToAttribute:!0,observer:`_tabindexChanged`,sync:!0},_lastTabIndex:{type:Number}}}_disabledChanged(e,t){super._disabledChanged(e,t),!this.__shouldAllowFocusWhenDisabled()&&(e?(this.tabindex!==void 0&&(this._lastTabIndex=this.tabindex),this.setAttribute(`tabindex`,`-1`)):t&&(this._lastTabIndex===void 0?this.tabindex=void 0:this.setAttribute(`tabindex`,this._lastTabIndex)))}_tabindexChanged(e){this.__shouldAllowFocusWhenDisabled()||this.disabled&&e!==-1&&(this._lastTabIndex=e,this.setAttribute(`tabindex`,`-1`))}focus(e){(!this.disabled||this.__shouldAllowFocusWhenDisabled())&&super.focus(e)}__shouldAllowFocusWhenDisabled(){return!1}}})),Je,B,Ye=t((()=>{qe(),fe(),z(),Je=[`mousedown`,`mouseup`,`click`,`dblclick`,`keypress`,`keydown`,`keyup`],B=e=>class extends L(R(pe(e))){constructor(){super(),this.__onInteractionEvent=this.__onInteractionEvent.bind(this),Je.forEach(e=>{this.addEventListener(e,this.__onInteractionEvent,!0)}),this.tabindex=0}get _activeKeys(){return[`Enter`,` `]}ready(){super.ready(),this.hasAttribute(`role`)||this.setAttribute(`role`,`button`),this.__shouldAllowFocusWhenDisabled()&&this.style.setProperty(`--_vaadin-button-disabled-pointer-events`,`auto`)}_onKeyDown(e){super._onKeyDown(e),!(e.altKey||e.shiftKey||e.ctrlKey||e.metaKey)&&this._activeKeys.includes(e.key)&&(e.preventDefault(),this.click())}__onInteractionEvent(e){this.__shouldSuppressInteractionEvent(e)&&e.stopImmediatePropagation()}__shouldSuppressInteractionEvent(e){return this.disabled}}})),V,Xe=t((()=>{i(),ee(),le(),oe(),_e(),ue(),ae(),Ce(),Ye(),V=class extends B(ne(te(re(de(n))))){static get is(){return`vaadin-button`}static get styles(){return d}static get properties(){return{disabled:{type:Boolean,value:!1,observer:`_disabledChanged`,reflectToAttribute:!0,sync:!0}}}render(){return r`
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

        <slot name="tooltip"></slot>
      </div>
    `}ready(){super.ready(),this._tooltipController=new me(this),this.addController(this._tooltipController)}__shouldAllowFocusWhenDisabled(){return window.Vaadin.featureFlags.accessibleDisabledButtons}},s(V)})),Ze,Qe=t((()=>{se(),i(),Ze=e`
  :host {
    --_helper-below-field: initial;
    --_helper-above-field: ;
    --_no-label: initial;
    --_has-label: ;
    --_no-helper: initial;
    --_has-helper: ;
    --_no-error: initial;
    --_has-error: ;
    --_gap: var(--vaadin-input-field-container-gap, var(--vaadin-gap-xs));
    --_gap-s: round(var(--_gap) / 3, 2px);
    display: inline-grid;
    grid-template:
      'label' auto var(--_helper-above-field, 'helper' auto) 'baseline' 0 'input' 1fr var(
        --_helper-below-field,
        'helper' auto
      )
      'error' auto / 100%;
    height: fit-content;
    outline: none;
    cursor: default;
    -webkit-tap-highlight-color: transparent;
  }

  :host([has-label]) {
    --_has-label: initial;
    --_no-label: ;
  }

  :host([has-helper]) {
    --_has-helper: initial;
    --_no-helper: ;
  }

  :host([has-error-message]) {
    --_has-error: initial;
    --_no-error: ;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host(:not([has-label])) [part='label'],
  :host(:not([has-helper])) [part='helper-text'],
  :host(:not([has-error-message])) [part='error-message'] {
    display: none;
  }

  /* Baseline alignment guide */
  :host::before {
    content: '\\2003' / '';
    grid-column: 1;
    grid-row: var(--_has-label, label / baseline) var(--_no-label, label / input);
    align-self: var(--_has-label, end) var(--_no-label, start);
    font-size: var(--vaadin-input-field-value-font-size, inherit);
    line-height: var(--vaadin-input-field-value-line-height, inherit);
    padding: var(
      --vaadin-input-field-padding,
      var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container)
    );
    border: var(--vaadin-input-field-border-width, 1px) solid transparent;
    pointer-events: none;
    margin-bottom: var(--_no-label, 0)
      var(
        --_has-label,
        calc(
          var(
              --vaadin-field-baseline-input-height,
              (1lh + var(--vaadin-padding-block-container) * 2 + var(--vaadin-input-field-border-width, 1px) * 2)
            ) *
            -1
        )
      );
  }

  [class$='container'] {
    display: contents;
  }

  [part] {
    grid-column: 1;
  }

  [part='label'] {
    font-size: var(--vaadin-input-field-label-font-size, inherit);
    line-height: var(--vaadin-input-field-label-line-height, inherit);
    font-weight: var(--vaadin-input-field-label-font-weight, 500);
    color: var(--vaadin-input-field-label-color, var(--vaadin-text-color));
    word-break: break-word;
    position: relative;
    grid-area: label;
    margin-bottom: var(--_helper-below-field, var(--_gap)) var(--_helper-above-field, var(--_no-helper, var(--_gap)));
  }

  ::slotted(label) {
    cursor: inherit;
  }

  :host([disabled]) [part='label'],
  :host([disabled]) ::slotted(label) {
    opacity: 0.5;
  }

  :host([disabled]) [part='label'] ::slotted(label) {
    opacity: 1;
  }

  :host([required]) [part='label'] {
    padding-inline-end: 1em;
  }

  [part='required-indicator'] {
    display: inline-block;
    position: absolute;
    width: 1em;
    text-align: center;
    color: var(--vaadin-input-field-required-indicator-color, var(--vaadin-text-color-secondary));
  }

  [part='required-indicator']::after {
    content: var(--vaadin-input-field-required-indicator, '*');
  }

  :host(:not([required])) [part='required-indicator'] {
    display: none;
  }

  [part='label'],
  [part='helper-text'],
  [part='error-message'] {
    width: min-content;
    min-width: 100%;
    box-sizing: border-box;
  }

  [part='input-field'],
  [part='group-field'],
  [part='input-fields'] {
    grid-area: input;
  }

  [part='input-field'] {
    width: var(--vaadin-field-default-width, 12em);
    max-width: 100%;
    min-width: 100%;
  }

  :host([readonly]) [part='input-field'] {
    cursor: default;
  }

  :host([disabled]) [part='input-field'] {
    cursor: var(--vaadin-disabled-cursor);
  }

  [part='helper-text'] {
    font-size: var(--vaadin-input-field-helper-font-size, inherit);
    line-height: var(--vaadin-input-field-helper-line-height, inherit);
    font-weight: var(--vaadin-input-field-helper-font-weight, 400);
    color: var(--vaadin-input-field-helper-color, var(--vaadin-text-color-secondary));
    grid-area: helper;
    margin-top: var(--_helper-above-field, var(--_gap-s)) var(--_helper-below-field, var(--_gap));
    margin-bottom: var(--_helper-above-field, var(--_gap));
  }

  [part='error-message'] {
    font-size: var(--vaadin-input-field-error-font-size, inherit);
    line-height: var(--vaadin-input-field-error-line-height, inherit);
    font-weight: var(--vaadin-input-field-error-font-weight, 400);
    color: var(--vaadin-input-field-error-color, var(--vaadin-text-color));
    display: flex;
    gap: var(--vaadin-gap-xs);
    grid-area: error;
    margin-top: var(--_has-helper, var(--_helper-below-field, var(--_gap-s)) var(--_helper-above-field, var(--_gap)))
      var(--_no-helper, var(--_gap));
  }

  [part='error-message']::before {
    content: '';
    display: inline-block;
    flex: none;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    mask: var(--_vaadin-icon-warn) 50% / var(--vaadin-icon-visual-size, 100%) no-repeat;
    background: currentColor;
  }

  :host([theme~='helper-above-field']) {
    --_helper-above-field: initial;
    --_helper-below-field: ;
  }

  @media (forced-colors: active) {
    [part='error-message']::before {
      background: CanvasText;
    }
  }
`})),$e,et,tt=t((()=>{l(),fe(),z(),$e=e=>class extends pe(R(e)){static get properties(){return{autofocus:{type:Boolean},focusElement:{type:Object,readOnly:!0,observer:`_focusElementChanged`,sync:!0},_lastTabIndex:{value:0}}}constructor(){super(),this._boundOnBlur=this._onBlur.bind(this),this._boundOnFocus=this._onFocus.bind(this)}ready(){super.ready(),this.autofocus&&!this.disabled&&requestAnimationFrame(()=>{this.focus()})}focus(e){this.focusElement&&!this.disabled&&(this.focusElement.focus(),e?.focusVisible!==!1&&this.setAttribute(`focus-ring`,``))}blur(){this.focusElement&&this.focusElement.blur()}click(){this.focusElement&&!this.disabled&&this.focusElement.click()}_focusElementChanged(e,t){e?(e.disabled=this.disabled,this._addFocusListeners(e),this.__forwardTabIndex(this.tabindex)):t&&this._removeFocusListeners(t)}_addFocusListeners(e){e.addEventListener(`blur`,this._boundOnBlur),e.addEventListener(`focus`,this._boundOnFocus)}_removeFocusListeners(e){e.removeEventListener(`blur`,this._boundOnBlur),e.removeEventListener(`focus`,this._boundOnFocus)}_onFocus(e){e.stopPropagation(),this.dispatchEvent(new Event(`focus`))}_onBlur(e){e.stopPropagation(),this.dispatchEvent(new Event(`blur`))}_shouldSetFocus(e){return e.target===this.focusElement}_shouldRemoveFocus(e){return e.target===this.focusElement}_disabledChanged(e,t){super._disabledChanged(e,t),this.focusElement&&(this.focusElement.disabled=e),e&&this.blur()}_tabindexChanged(e){this.__forwardTabIndex(e)}__forwardTabIndex(e){e!==void 0&&this.focusElement&&(this.focusElement.tabIndex=e,e!==-1&&(this.tabindex=void 0)),this.disabled&&e&&(e!==-1&&(this._lastTabIndex=e),this.tabindex=void 0),e===void 0&&this.hasAttribute(`tabindex`)&&this.removeAttribute(`tabindex`)}},et=u($e)})),nt,rt,it=t((()=>{l(),nt=e=>class extends e{static get properties(){return{stateTarget:{type:Object,observer:`_stateTargetChanged`}}}static get delegateAttrs(){return[]}static get delegateProps(){return[]}ready(){super.ready(),this._createDelegateAttrsObserver(),this._createDelegatePropsObserver()}_stateTargetChanged(e){e&&(this._ensureAttrsDelegated(),this._ensurePropsDelegated())}_createDelegateAttrsObserver(){this._createMethodObserver(`_delegateAttrsChanged(${this.constructor.delegateAttrs.join(`, `)})`)}_createDelegatePropsObserver(){this._createMethodObserver(`_delegatePropsChanged(${this.constructor.delegateProps.join(`, `)})`)}_ensureAttrsDelegated(){this.constructor.delegateAttrs.forEach(e=>{this._delegateAttribute(e,this[e])})}_ensurePropsDelegated(){this.constructor.delegateProps.forEach(e=>{this._delegateProperty(e,this[e])})}_delegateAttrsChanged(...e){this.constructor.delegateAttrs.forEach((t,n)=>{this._delegateAttribute(t,e[n])})}_delegatePropsChanged(...e){this.constructor.delegateProps.forEach((t,n)=>{this._delegateProperty(t,e[n])})}_delegateAttribute(e,t){this.stateTarget&&(e===`invalid`&&this._delegateAttribute(`aria-invalid`,t?`true`:!1),typeof t==`boolean`?this.stateTarget.toggleAttribute(e,t):t?this.stateTarget.setAttribute(e,t):this.stateTarget.removeAttribute(e))}_delegateProperty(e,t){this.stateTarget&&(this.stateTarget[e]=t)}},rt=u(nt)})),at,ot,st=t((()=>{l(),at=e=>class extends e{static get properties(){return{inputElement:{type:Object,readOnly:!0,observer:`_inputElementChanged`,sync:!0},type:{type:String,readOnly:!0},value:{type:String,value:``,observer:`_valueChanged`,notify:!0,sync:!0}}}constructor(){super(),this._boundOnInput=this._onInput.bind(this),this._boundOnChange=this._onChange.bind(this)}get _hasValue(){return this.value!=null&&this.value!==``}get _inputElementValueProperty(){return`value`}get _inputElementValue(){return this.inputElement?this.inputElement[this._inputElementValueProperty]:void 0}set _inputElementValue(e){this.inputElement&&(this.inputElement[this._inputElementValueProperty]=e)}clear(){this.value=``,this._inputElementValue=``}_addInputListeners(e){e.addEventListener(`input`,this._boundOnInput),e.addEventListener(`change`,this._boundOnChange)}_removeInputListeners(e){e.removeEventListener(`input`,this._boundOnInput),e.removeEventListener(`change`,this._boundOnChange)}_forwardInputValue(e){this.inputElement&&(this._inputElementValue=e??``)}_inputElementChanged(e,t){e?this._addInputListeners(e):t&&this._removeInputListeners(t)}_onInput(e){let t=e.composedPath()[0];this.__userInput=e.isTrusted,this.value=t.value,this.__userInput=!1}_onChange(e){}_toggleHasValue(e){this.toggleAttribute(`has-value`,e)}_valueChanged(e,t){this._toggleHasValue(this._hasValue),!(e===``&&t===void 0)&&(this.__userInput||this._forwardInputValue(e))}},ot=u(at)}));function H(e){return W.has(e)||W.set(e,new WeakMap),W.get(e)}function ct(e,t){e&&e.removeAttribute(t)}function lt(e,t){if(!e||!t)return;let n=H(t);if(n.has(e))return;let r=ge(e.getAttribute(t));n.set(e,new Set(r))}function ut(e,t){if(!e||!t)return;let n=H(t),r=n.get(e);!r||r.size===0?e.removeAttribute(t):xe(e,t,ve(r)),n.delete(e)}function U(e,t,n={newId:null,oldId:null,fromUser:!1}){if(!e||!t)return;let{newId:r,oldId:i,fromUser:a}=n,o=H(t),s=o.get(e);if(!a&&s){i&&s.delete(i),r&&s.add(r);return}a&&(s?r||o.delete(e):lt(e,t),ct(e,t)),Se(e,t,i);let c=r||ve(s);c&&xe(e,t,c)}function dt(e,t){lt(e,t),ct(e,t)}var W,ft=t((()=>{he(),W=new Map})),pt,mt=t((()=>{ft(),pt=class{constructor(e){this.host=e,this.__required=!1}setTarget(e){this.__target=e,this.__setAriaRequiredAttribute(this.__required),this.__setLabelIdToAriaAttribute(this.__labelId,this.__labelId),this.__labelIdFromUser!=null&&this.__setLabelIdToAriaAttribute(this.__labelIdFromUser,this.__labelIdFromUser,!0),this.__setErrorIdToAriaAttribute(this.__errorId),this.__setHelperIdToAriaAttribute(this.__helperId),this.setAriaLabel(this.__label)}setRequired(e){this.__setAriaRequiredAttribute(e),this.__required=e}setAriaLabel(e){this.__setAriaLabelToAttribute(e),this.__label=e}setLabelId(e,t=!1){let n=t?this.__labelIdFromUser:this.__labelId;this.__setLabelIdToAriaAttribute(e,n,t),t?this.__labelIdFromUser=e:this.__labelId=e}setErrorId(e){this.__setErrorIdToAriaAttribute(e,this.__errorId),this.__errorId=e}setHelperId(e){this.__setHelperIdToAriaAttribute(e,this.__helperId),this.__helperId=e}__setAriaLabelToAttribute(e){this.__target&&(e?(dt(this.__target,`aria-labelledby`),this.__target.setAttribute(`aria-label`,e)):this.__label&&(ut(this.__target,`aria-labelledby`),this.__target.removeAttribute(`aria-label`)))}__setLabelIdToAriaAttribute(e,t,n){U(this.__target,`aria-labelledby`,{newId:e,oldId:t,fromUser:n})}__setErrorIdToAriaAttribute(e,t){U(this.__target,`aria-describedby`,{newId:e,oldId:t,fromUser:!1})}__setHelperIdToAriaAttribute(e,t){U(this.__target,`aria-describedby`,{newId:e,oldId:t,fromUser:!1})}__setAriaRequiredAttribute(e){this.__target&&([`input`,`textarea`].includes(this.__target.localName)||(e?this.__target.setAttribute(`aria-required`,`true`):this.__target.removeAttribute(`aria-required`)))}}}));function ht(e,t={}){let n=t.mode||`polite`,r=t.timeout??150;n===`alert`?(G.removeAttribute(`aria-live`),G.removeAttribute(`role`),K=ce.debounce(K,c,()=>{G.setAttribute(`role`,`alert`)})):(K&&K.cancel(),G.removeAttribute(`role`),G.setAttribute(`aria-live`,n)),G.textContent=``,setTimeout(()=>{G.textContent=e},r)}var G,K,gt=t((()=>{a(),o(),G=document.createElement(`div`),G.style.position=`fixed`,G.style.clip=`rect(0px, 0px, 0px, 0px)`,G.setAttribute(`aria-live`,`polite`),document.body.appendChild(G)})),q,J=t((()=>{be(),q=class extends ye{constructor(e,t,n,r={}){super(e,t,n,{...r,useUniqueId:!0})}initCustomNode(e){this.__updateNodeId(e),this.__notifyChange(e)}teardownNode(e){let t=this.getSlotChild();t&&t!==this.defaultNode?this.__notifyChange(t):(this.restoreDefaultNode(),this.updateDefaultNode(this.node))}attachDefaultNode(){let e=super.attachDefaultNode();return e&&this.__updateNodeId(e),e}restoreDefaultNode(){}updateDefaultNode(e){this.__notifyChange(e)}observeNode(e){this.__nodeObserver&&this.__nodeObserver.disconnect(),this.__nodeObserver=new MutationObserver(e=>{e.forEach(e=>{let t=e.target,n=t===this.node;e.type===`attributes`?n&&this.__updateNodeId(t):(n||t.parentElement===this.node)&&this.__notifyChange(this.node)})}),this.__nodeObserver.observe(e,{attributes:!0,attributeFilter:[`id`],childList:!0,subtree:!0,characterData:!0})}__hasContent(e){return e?e.nodeType===Node.ELEMENT_NODE&&(customElements.get(e.localName)||e.children.length>0)||e.textContent&&e.textContent.trim()!==``:!1}__notifyChange(e){this.dispatchEvent(new CustomEvent(`slot-content-changed`,{detail:{hasContent:this.__hasContent(e),node:e}}))}__updateNodeId(e){let t=!this.nodes||e===this.nodes[0];e.nodeType===Node.ELEMENT_NODE&&(!this.multiple||t)&&!e.id&&(e.id=this.defaultId)}}})),_t,vt=t((()=>{gt(),J(),_t=class extends q{constructor(e){super(e,`error-message`,`div`)}setErrorMessage(e){this.errorMessage=e,this.updateDefaultNode(this.node)}setInvalid(e){this.invalid=e,this.updateDefaultNode(this.node)}initAddedNode(e){e!==this.defaultNode&&this.initCustomNode(e)}initNode(e){this.updateDefaultNode(e)}initCustomNode(e){e.textContent&&!this.errorMessage&&(this.errorMessage=e.textContent.trim()),super.initCustomNode(e)}restoreDefaultNode(){this.attachDefaultNode()}updateDefaultNode(e){let{errorMessage:t,invalid:n}=this,r=!!(n&&t&&t.trim()!==``);e&&(e.textContent=r?t:``,e.hidden=!r,r&&ht(t,{mode:`assertive`})),super.updateDefaultNode(e)}}})),yt,bt=t((()=>{J(),yt=class extends q{constructor(e){super(e,`helper`,null)}setHelperText(e){this.helperText=e,this.getSlotChild()||this.restoreDefaultNode(),this.node===this.defaultNode&&this.updateDefaultNode(this.node)}restoreDefaultNode(){let{helperText:e}=this;if(e&&e.trim()!==``){this.tagName=`div`;let e=this.attachDefaultNode();this.observeNode(e)}}updateDefaultNode(e){e&&(e.textContent=this.helperText),super.updateDefaultNode(e)}initCustomNode(e){super.initCustomNode(e),this.observeNode(e)}}})),Y,xt=t((()=>{J(),Y=class extends q{constructor(e){super(e,`label`,`label`)}setLabel(e){this.label=e,this.getSlotChild()||this.restoreDefaultNode(),this.node===this.defaultNode&&this.updateDefaultNode(this.node)}restoreDefaultNode(){let{label:e}=this;if(e&&e.trim()!==``){let e=this.attachDefaultNode();this.observeNode(e)}}updateDefaultNode(e){e&&(e.textContent=this.label),super.updateDefaultNode(e)}initCustomNode(e){super.initCustomNode(e),this.observeNode(e)}}})),X,Z=t((()=>{xt(),X=e=>class extends e{static get properties(){return{label:{type:String,observer:`_labelChanged`}}}constructor(){super(),this._labelController=new Y(this),this._labelController.addEventListener(`slot-content-changed`,e=>{this.toggleAttribute(`has-label`,e.detail.hasContent)})}get _labelId(){return this._labelNode?.id}get _labelNode(){return this._labelController.node}ready(){super.ready(),this.addController(this._labelController)}_labelChanged(e){this._labelController.setLabel(e)}}})),St,Q,Ct=t((()=>{l(),St=e=>class extends e{static get properties(){return{invalid:{type:Boolean,reflectToAttribute:!0,notify:!0,value:!1,sync:!0},manualValidation:{type:Boolean,value:!1},required:{type:Boolean,reflectToAttribute:!0,sync:!0}}}validate(){let e=this.checkValidity();return this._setInvalid(!e),this.dispatchEvent(new CustomEvent(`validated`,{detail:{valid:e}})),e}checkValidity(){return!this.required||!!this.value}_setInvalid(e){this._shouldSetInvalid(e)&&(this.invalid=e)}_shouldSetInvalid(e){return!0}_requestValidation(){this.manualValidation||this.validate()}},Q=u(St)})),wt,Tt=t((()=>{mt(),vt(),bt(),Z(),Ct(),wt=e=>class extends Q(X(e)){static get properties(){return{ariaTarget:{type:Object,observer:`_ariaTargetChanged`},errorMessage:{type:String,observer:`_errorMessageChanged`},helperText:{type:String,observer:`_helperTextChanged`},accessibleName:{type:String,observer:`_accessibleNameChanged`},accessibleNameRef:{type:String,observer:`_accessibleNameRefChanged`}}}static get observers(){return[`_invalidChanged(invalid)`,`_requiredChanged(required)`]}constructor(){super(),this._fieldAriaController=new pt(this),this._helperController=new yt(this),this._errorController=new _t(this),this._errorController.addEventListener(`slot-content-changed`,e=>{this.toggleAttribute(`has-error-message`,e.detail.hasContent)}),this._labelController.addEventListener(`slot-content-changed`,e=>{let{hasContent:t,node:n}=e.detail;this.__labelChanged(t,n)}),this._helperController.addEventListener(`slot-content-changed`,e=>{let{hasContent:t,node:n}=e.detail;this.toggleAttribute(`has-helper`,t),this.__helperChanged(t,n)})}get _errorNode(){return this._errorController.node}get _helperNode(){return this._helperController.node}ready(){super.ready(),this.addController(this._fieldAriaController),this.addController(this._helperController),this.addController(this._errorController)}__helperChanged(e,t){e?this._fieldAriaController.setHelperId(t.id):this._fieldAriaController.setHelperId(null)}_accessibleNameChanged(e){this._fieldAriaController.setAriaLabel(e)}_accessibleNameRefChanged(e){this._fieldAriaController.setLabelId(e,!0)}__labelChanged(e,t){e?this._fieldAriaController.setLabelId(t.id):this._fieldAriaController.setLabelId(null)}_errorMessageChanged(e){this._errorController.setErrorMessage(e)}_helperTextChanged(e){this._helperController.setHelperText(e)}_ariaTargetChanged(e){e&&this._fieldAriaController.setTarget(e)}_requiredChanged(e){this._fieldAriaController.setRequired(e)}_invalidChanged(e){this._errorController.setInvalid(e),setTimeout(()=>{if(e){let e=this._errorNode;this._fieldAriaController.setErrorId(e?.id)}else this._fieldAriaController.setErrorId(null)})}}})),Et,Dt=t((()=>{be(),Et=class extends ye{constructor(e,t,n={}){let{uniqueIdPrefix:r}=n;super(e,`input`,`input`,{initializer:(e,n)=>{n.value&&(e.value=n.value),n.type&&e.setAttribute(`type`,n.type),e.id=this.defaultId,typeof t==`function`&&t(e)},useUniqueId:!0,uniqueIdPrefix:r})}}})),$,Ot=t((()=>{$=class{constructor(e,t){this.input=e,this.__preventDuplicateLabelClick=this.__preventDuplicateLabelClick.bind(this),t.addEventListener(`slot-content-changed`,e=>{this.__initLabel(e.detail.node)}),this.__initLabel(t.node)}__initLabel(e){e&&(e.addEventListener(`click`,this.__preventDuplicateLabelClick),this.input&&e.setAttribute(`for`,this.input.id))}__preventDuplicateLabelClick(){let e=t=>{t.stopImmediatePropagation(),this.input.removeEventListener(`click`,e)};this.input.addEventListener(`click`,e)}}}));export{Ye as A,De as B,et as C,V as D,Qe as E,I as F,Ae as G,Ue as H,Ke as I,Ce as J,y as K,P as L,z as M,L as N,Xe as O,qe as P,F as R,it as S,Ze as T,x as U,M as V,v as W,ft as _,wt as a,st as b,Ct as c,Y as d,xt as f,gt as g,ht as h,Dt as i,R as j,B as k,X as l,J as m,Ot as n,Tt as o,q as p,d as q,Et as r,Q as s,$ as t,Z as u,U as v,tt as w,rt as x,ot as y,_ as z};