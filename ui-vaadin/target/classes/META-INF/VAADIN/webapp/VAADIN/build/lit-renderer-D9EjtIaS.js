import{C as e,P as t,T as n,_ as r,c as i,d as a,g as o,h as s,l as c,m as ee,o as l,p as u,s as d,u as f}from"./indexhtml-BNp73Egs.js";import{N as p,P as m,a as h,b as g,f as _,o as v,p as te,t as y,x as b}from"./style-props-BRR9WZfk.js";import{n as ne,t as re}from"./slot-styles-mixin-BFpeRu2E.js";import{n as x,t as S}from"./lumo-injection-mixin-B2kszMLz.js";import{n as ie,t as ae}from"./slot-observer-D6NI0WnH.js";import{n as oe,t as se}from"./focus-mixin-CO9_HnQL.js";import{c as ce,l as C,o as w}from"./vaadin-icon-B0LlrK5h.js";import{F as T,I as E}from"./vaadin-tooltip-BCJAYJRF.js";import{C as le,E as D,L as O,N as ue,P as de,R as k,S as fe,T as A,a as j,b as pe,i as me,n as he,o as M,r as ge,t as _e,w as ve,x as ye,y as be}from"./labelled-input-controller-Diu2vet6.js";var xe=t((()=>{document.addEventListener(`click`,e=>{let t=e.composedPath().find(e=>e.hasAttribute&&e.hasAttribute(`disableonclick`));t&&(t.disabled=!0)})})),N,P=t((()=>{y(),f(),N=(t,r=t)=>e`
  :host {
    align-items: baseline;
    column-gap: var(--vaadin-${n(r)}-gap, var(--vaadin-gap-s));
    grid-template: none;
    grid-template-columns: auto 1fr;
    grid-template-rows: repeat(auto-fill, minmax(0, max-content));
    -webkit-tap-highlight-color: transparent;
    --_cursor: var(--vaadin-clickable-cursor);
  }

  :host([disabled]) {
    --_cursor: var(--vaadin-disabled-cursor);
  }

  :host(:not([has-label])) {
    column-gap: 0;
  }

  [part='${n(t)}'],
  ::slotted(input),
  [part='label'],
  ::slotted(label) {
    grid-row: 1;
  }

  [part='label'],
  ::slotted(label) {
    font-size: var(--vaadin-${n(r)}-label-font-size, var(--vaadin-input-field-label-font-size, inherit));
    line-height: var(--vaadin-${n(r)}-label-line-height, var(--vaadin-input-field-label-line-height, inherit));
    font-weight: var(--vaadin-${n(r)}-label-font-weight, var(--vaadin-input-field-label-font-weight, 500));
    color: var(--vaadin-${n(r)}-label-color, var(--vaadin-input-field-label-color, var(--vaadin-text-color)));
    word-break: break-word;
    cursor: var(--_cursor);
  }

  [part='${n(t)}'],
  ::slotted(input) {
    grid-column: 1;
  }

  [part='label'],
  [part='helper-text'],
  [part='error-message'] {
    margin-bottom: 0;
    grid-column: 2;
    width: auto;
    min-width: auto;
  }

  [part='helper-text'],
  [part='error-message'] {
    margin-top: var(--_gap-s);
    grid-row: auto;
  }

  /* Baseline vertical alignment */
  :host::before {
    grid-row: 1;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* visually hidden */
  ::slotted(input) {
    cursor: inherit;
    align-self: stretch;
    appearance: none;
    cursor: var(--_cursor);
    /* Ensure minimum click target (WCAG) */
    margin: min(0px, (24px - 100%) / -2) !important;
    /* Extend the input to cover the gap between the checkbox/radio and label */
    margin-inline-end: calc(min(0px, (24px - 100%) / -2) - var(--vaadin-${n(r)}-gap, var(--vaadin-gap-s))) !important;
  }

  /* Control container (checkbox, radio button) */
  [part='${n(t)}'] {
    background: var(--vaadin-${n(r)}-background, var(--vaadin-background-color));
    border-color: var(--vaadin-${n(r)}-border-color, var(--vaadin-input-field-border-color, var(--vaadin-border-color)));
    border-radius: var(--vaadin-${n(r)}-border-radius, var(--vaadin-radius-s));
    border-style: var(--_border-style, solid);
    --_border-width: var(--vaadin-${n(r)}-border-width, var(--vaadin-input-field-border-width, 1px));
    border-width: var(--_border-width);
    box-sizing: border-box;
    --_color: var(--vaadin-${n(r)}-marker-color, var(--vaadin-${n(r)}-background, var(--vaadin-background-color)));
    color: var(--_color);
    height: var(--vaadin-${n(r)}-size, 1lh);
    width: var(--vaadin-${n(r)}-size, 1lh);
    position: relative;
    cursor: var(--_cursor);
    display: flex;
    align-items: center;
    justify-content: center;
  }

  :host(:is([checked], [indeterminate])) {
    --vaadin-${n(r)}-background: var(--vaadin-text-color);
    --vaadin-${n(r)}-border-color: transparent;
  }

  :host([disabled]) {
    --vaadin-${n(r)}-background: var(--vaadin-input-field-disabled-background, var(--vaadin-background-container-strong));
    --vaadin-${n(r)}-border-color: transparent;
    --vaadin-${n(r)}-marker-color: var(--vaadin-text-color-disabled);
  }

  /* Focus ring */
  :host([focus-ring]) [part='${n(t)}'] {
    outline: var(--vaadin-focus-ring-width) solid var(--vaadin-focus-ring-color);
    outline-offset: calc(var(--_border-width) * -1);
  }

  :host([focus-ring]:is([checked], [indeterminate])) [part='${n(t)}'] {
    outline-offset: 1px;
  }

  :host([readonly][focus-ring]) [part='${n(t)}'] {
    --vaadin-${n(r)}-border-color: transparent;
    outline-offset: calc(var(--_border-width) * -1);
    outline-style: dashed;
  }

  /* Checked indicator (checkmark, dot) */
  [part='${n(t)}']::after {
    content: '\\2003' / '';
    background: currentColor;
    border-radius: inherit;
    display: flex;
    align-items: center;
    --_filter: var(--vaadin-${n(r)}-marker-color, saturate(0) invert(1) hue-rotate(180deg) contrast(100) brightness(100));
    filter: var(--_filter);
  }

  :host(:not([checked], [indeterminate])) [part='${n(t)}']::after {
    opacity: 0;
  }

  @media (forced-colors: active) {
    :host(:is([checked], [indeterminate])) {
      --vaadin-${n(r)}-border-color: CanvasText !important;
    }

    :host(:is([checked], [indeterminate])) [part='${n(t)}'] {
      background: SelectedItem !important;
    }

    :host(:is([checked], [indeterminate])) [part='${n(t)}']::after {
      background: SelectedItemText !important;
    }

    :host([readonly]) [part='${n(t)}']::after {
      background: CanvasText !important;
    }

    :host([disabled]) {
      --vaadin-${n(r)}-border-color: GrayText !important;
    }

    :host([disabled]) [part='${n(t)}']::after {
      background: GrayText !important;
    }
  }
`})),F,Se,Ce=t((()=>{y(),f(),P(),D(),F=e`
  [part='checkbox'] {
    color: var(--vaadin-checkbox-checkmark-color, var(--_color));
  }

  [part='checkbox']::after {
    inset: 0;
    mask: var(--_vaadin-icon-checkmark) 50% /
      var(--vaadin-checkbox-checkmark-size, var(--vaadin-checkbox-marker-size, 100%)) no-repeat;
    filter: var(--vaadin-checkbox-checkmark-color, var(--_filter));
  }

  :host([readonly]) {
    --vaadin-checkbox-background: transparent;
    --vaadin-checkbox-border-color: var(--vaadin-border-color);
    --vaadin-checkbox-marker-color: var(--vaadin-text-color);
    --_border-style: dashed;
  }

  :host([indeterminate]) [part='checkbox']::after {
    mask-image: var(--_vaadin-icon-minus);
  }
`,Se=[A,N(`checkbox`),F]})),I,L=t((()=>{k(),fe(),pe(),I=e=>class extends ye(O(be(e))){static get properties(){return{checked:{type:Boolean,value:!1,notify:!0,reflectToAttribute:!0,sync:!0}}}static get delegateProps(){return[...super.delegateProps,`checked`]}_onChange(e){let t=e.target;this._toggleChecked(t.checked)}_toggleChecked(e){this.checked=e}}})),R,we=t((()=>{de(),ve(),ne(),L(),M(),me(),he(),R=e=>class extends re(j(I(le(ue(e))))){static get properties(){return{indeterminate:{type:Boolean,notify:!0,value:!1,reflectToAttribute:!0},name:{type:String,value:``},readonly:{type:Boolean,value:!1,reflectToAttribute:!0}}}static get observers(){return[`__readonlyChanged(readonly, inputElement)`]}static get delegateProps(){return[...super.delegateProps,`indeterminate`]}static get delegateAttrs(){return[...super.delegateAttrs,`name`,`invalid`,`required`]}constructor(){super(),this._setType(`checkbox`),this._boundOnInputClick=this._onInputClick.bind(this),this.value=`on`,this.tabindex=0}get slotStyles(){return[`
          ${this.localName} > input[slot='input'] {
            opacity: 0;
          }
        `]}ready(){super.ready(),this.addController(new ge(this,e=>{this._setInputElement(e),this._setFocusElement(e),this.stateTarget=e,this.ariaTarget=e})),this.addController(new _e(this.inputElement,this._labelController)),this._createPropertyObserver(`checked`,`_checkedChanged`)}_shouldSetActive(e){let[t]=e.composedPath(),n=t===this.inputElement||t.part.contains(`required-indicator`)||this._labelNode.contains(t)&&!t.closest(`a`);return this.readonly||!n?!1:super._shouldSetActive(e)}_addInputListeners(e){super._addInputListeners(e),e.addEventListener(`click`,this._boundOnInputClick)}_removeInputListeners(e){super._removeInputListeners(e),e.removeEventListener(`click`,this._boundOnInputClick)}_onInputClick(e){this.readonly&&e.preventDefault()}__readonlyChanged(e,t){t&&(e?t.setAttribute(`aria-readonly`,`true`):t.removeAttribute(`aria-readonly`))}_toggleChecked(e){this.indeterminate&&=!1,super._toggleChecked(e)}checkValidity(){return!this.required||!!this.checked}_setFocused(e){super._setFocused(e),!e&&document.hasFocus()&&this._requestValidation()}_checkedChanged(e,t){(e||t)&&this._requestValidation()}_requiredChanged(e){super._requiredChanged(e),e===!1&&this._requestValidation()}_onRequiredIndicatorClick(){this._labelNode.click()}}})),z,B=t((()=>{f(),m(),b(),te(),E(),x(),v(),Ce(),we(),z=class extends R(g(h(_(S(a))))){static get is(){return`vaadin-checkbox`}static get styles(){return Se}render(){return o`
      <div class="vaadin-checkbox-container">
        <div part="checkbox" aria-hidden="true"></div>
        <slot name="input"></slot>
        <div part="label">
          <slot name="label"></slot>
          <div part="required-indicator" @click="${this._onRequiredIndicatorClick}"></div>
        </div>
        <div part="helper-text">
          <slot name="helper"></slot>
        </div>
        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>
      <slot name="tooltip"></slot>
    `}ready(){super.ready(),this._tooltipController=new T(this),this._tooltipController.setAriaTarget(this.inputElement),this.addController(this._tooltipController)}},p(z)})),V,H=t((()=>{y(),f(),V=e`
  [part='label'],
  [part='helper-text'],
  [part='error-message'] {
    width: auto;
    min-width: auto;
  }

  [part='group-field'] {
    display: flex;
    flex-direction: column;
    gap: var(--vaadin-gap-xs) var(--vaadin-gap-xl);
  }

  :host([theme~='horizontal']) [part='group-field'] {
    flex-flow: row wrap;
    align-items: center;
  }

  :host([has-label][theme~='horizontal']) [part='group-field'] {
    padding: var(--vaadin-padding-block-container) var(--vaadin-padding-inline-container);
    padding-inline: 0;
    border-block: var(--vaadin-input-field-border-width, 1px) solid transparent;
  }
`})),U,Te=t((()=>{D(),H(),U=[A,V]})),W,Ee=t((()=>{k(),oe(),ie(),E(),M(),W=e=>class extends j(se(O(e))){static get properties(){return{value:{type:Array,value:()=>[],notify:!0,sync:!0,observer:`__valueChanged`},readonly:{type:Boolean,value:!1,reflectToAttribute:!0,observer:`__readonlyChanged`}}}constructor(){super(),this.__registerCheckbox=this.__registerCheckbox.bind(this),this.__unregisterCheckbox=this.__unregisterCheckbox.bind(this),this.__onCheckboxCheckedChanged=this.__onCheckboxCheckedChanged.bind(this),this._tooltipController=new T(this),this._tooltipController.addEventListener(`tooltip-changed`,e=>{if(e.detail.node?.isConnected){let e=this.__checkboxes.map(e=>e.inputElement);this._tooltipController.setAriaTarget(e)}else this._tooltipController.setAriaTarget([])})}get __checkboxes(){return this.__filterCheckboxes([...this.children])}ready(){super.ready(),this.ariaTarget=this,this.setAttribute(`role`,`group`);let e=this.shadowRoot.querySelector(`slot:not([name])`);this._observer=new ae(e,({addedNodes:e,removedNodes:t})=>{let n=this.__filterCheckboxes(e),r=this.__filterCheckboxes(t);n.forEach(this.__registerCheckbox),r.forEach(this.__unregisterCheckbox);let i=this.__checkboxes.map(e=>e.inputElement);this._tooltipController.setAriaTarget(i),this.__warnOfCheckboxesWithoutValue(n)}),this.addController(this._tooltipController)}checkValidity(){return!this.required||!!(this.value&&this.value.length>0)}__filterCheckboxes(e){return e.filter(e=>e.nodeType===Node.ELEMENT_NODE&&e.localName===`vaadin-checkbox`)}__warnOfCheckboxesWithoutValue(e){e.some(e=>{let{value:t}=e;return!e.hasAttribute(`value`)&&(!t||t===`on`)})&&console.warn(`Please provide the value attribute to all the checkboxes inside the checkbox group.`)}__registerCheckbox(e){e.addEventListener(`checked-changed`,this.__onCheckboxCheckedChanged),this.disabled&&(e.disabled=!0),this.readonly&&(e.readonly=!0),e.checked?this.__addCheckboxToValue(e.value):this.value&&this.value.includes(e.value)&&(e.checked=!0)}__unregisterCheckbox(e){e.removeEventListener(`checked-changed`,this.__onCheckboxCheckedChanged),e.checked&&this.__removeCheckboxFromValue(e.value)}_disabledChanged(e,t){super._disabledChanged(e,t),!(!e&&t===void 0)&&t!==e&&this.__checkboxes.forEach(t=>{t.disabled=e})}__addCheckboxToValue(e){this.value?this.value.includes(e)||(this.value=[...this.value,e]):this.value=[e]}__removeCheckboxFromValue(e){this.value&&this.value.includes(e)&&(this.value=this.value.filter(t=>t!==e))}__onCheckboxCheckedChanged(e){let t=e.target;t.checked?this.__addCheckboxToValue(t.value):this.__removeCheckboxFromValue(t.value)}__valueChanged(e,t){e?.length===0&&t===void 0||(this.toggleAttribute(`has-value`,e?.length>0),this.__checkboxes.forEach(t=>{t.checked=e?.includes(t.value)}),t!==void 0&&this._requestValidation())}__readonlyChanged(e,t){(e||t)&&this.__checkboxes.forEach(t=>{t.readonly=e})}_shouldRemoveFocus(e){return!this.contains(e.relatedTarget)}_setFocused(e){super._setFocused(e),!e&&document.hasFocus()&&this._requestValidation()}}})),G,De=t((()=>{B(),f(),m(),b(),te(),x(),v(),Te(),Ee(),G=class extends W(g(h(_(S(a))))){static get is(){return`vaadin-checkbox-group`}static get styles(){return U}render(){return o`
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
    `}},p(G)})),K=t((()=>{i()}));function Oe(e){this._$AN===void 0?this._$AM=e:(J(this),this._$AM=e,Y(this))}function ke(e,t=!1,n=0){let r=this._$AH,i=this._$AN;if(i!==void 0&&i.size!==0)if(t)if(Array.isArray(r))for(let e=n;e<r.length;e++)q(r[e],!1),J(r[e]);else r!=null&&(q(r,!1),J(r));else q(this,e)}var q,J,Y,X,Ae,je=t((()=>{w(),i(),q=(e,t)=>{let n=e._$AN;if(n===void 0)return!1;for(let e of n)e._$AO?.(t,!1),q(e,t);return!0},J=e=>{let t,n;do{if((t=e._$AM)===void 0)break;n=t._$AN,n.delete(e),e=t}while(n?.size===0)},Y=e=>{for(let t;t=e._$AM;e=t){let n=t._$AN;if(n===void 0)t._$AN=n=new Set;else if(n.has(e))break;n.add(e),X(t)}},X=e=>{e.type==c.CHILD&&(e._$AP??=ke,e._$AQ??=Oe)},Ae=class extends d{constructor(){super(...arguments),this._$AN=void 0}_$AT(e,t,n){super._$AT(e,t,n),Y(this),this.isConnected=e._$AU}_$AO(e,t=!0){e!==this.isConnected&&(this.isConnected=e,e?this.reconnected?.():this.disconnected?.()),t&&(q(this,e),J(this))}setValue(e){if(C(this._$Ct))this._$Ct._$AI(e,this);else{let t=[...this._$Ct._$AH];t[this._$Ci]=e,this._$Ct._$AI(t,this,0)}}disconnected(){}reconnected(){}}})),Me=t((()=>{je()})),Z,Q,Ne=t((()=>{f(),K(),Me(),Z=class extends Ae{constructor(e){if(super(e),e.type!==c.CHILD)throw Error(`${this.constructor.directiveName}() can only be used in child bindings`)}update(e,[t,n]){return this.updateContent(e,t,n),s}updateContent(e,t,n){let{parentNode:r,startNode:i}=e;this.__parentNode=r;let a=n!=null,o=a?this.getNewNode(t,n):null,s=this.getOldNode(e);if(clearTimeout(this.__parentNode.__nodeRetryTimeout),a&&!o)this.__parentNode.__nodeRetryTimeout=setTimeout(()=>this.updateContent(e,t,n));else if(s===o)return;else s&&o?r.replaceChild(o,s):s?r.removeChild(s):o&&i.after(o)}getNewNode(e,t){return window.Vaadin.Flow.clients[e].getByNodeId(t)}getOldNode(e){let{startNode:t,endNode:n}=e;if(t.nextSibling!==n)return t.nextSibling}disconnected(){clearTimeout(this.__parentNode.__nodeRetryTimeout)}},Q=l(Z)}));function Pe(e,t){return Q(e,t)}function Fe(e,t,n){ee(o`${t.map(t=>Q(e,t))}`,n)}function Ie(e){let t=e.insertBefore;e.insertBefore=function(e,n){return n&&n.parentNode===this?t.call(this,e,n):t.call(this,e,null)}}var Le=t((()=>{Ne(),f(),window.Vaadin||={},window.Vaadin.FlowComponentHost||={patchVirtualContainer:Ie,getNode:Pe,setChildNodes:Fe}})),Re,ze=t((()=>{r(),i(),w(),Re=l(class extends d{constructor(e){if(super(e),e.type!==c.PROPERTY&&e.type!==c.ATTRIBUTE&&e.type!==c.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!C(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===s||t===u)return t;let n=e.element,r=e.name;if(e.type===c.PROPERTY){if(t===n[r])return s}else if(e.type===c.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(r))return s}else if(e.type===c.ATTRIBUTE&&n.getAttribute(r)===t+``)return s;return ce(e),t}})})),Be=t((()=>{ze()})),$,Ve=t((()=>{f(),Be(),$=window,$.Vaadin=$.Vaadin||{},$.Vaadin.setLitRenderer=(e,t,n,r,i,a,s)=>{let c=e=>i.map(t=>(...n)=>{e!==void 0&&r(t,e,n[0]instanceof Event?[]:[...n])}),l=[`html`,`root`,`live`,`appId`,`itemKey`,`model`,`item`,`index`,...i,`return html\`${n}\``],u=Function(...l),d=(e,t,n)=>{let{item:r,index:i}=t;ee(u(o,e,Re,s,n,t,r,i,...c(n)),e)},f=(e,t,n)=>{let{item:r}=n;e.__litRenderer!==f&&(e.innerHTML=``,delete e._$litPart$,e.__litRenderer=f);let i={};for(let e in r)e.startsWith(a)&&(i[e.replace(a,``)]=r[e]);d(e,{...n,item:i},r.key)};f.__rendererId=a,e[t]=f},$.Vaadin.unsetLitRenderer=(e,t,n)=>{e[t]?.__rendererId===n&&(e[t]=void 0)}}));export{K as a,H as c,I as d,L as f,xe as h,Ne as i,z as l,P as m,Be as n,De as o,N as p,Le as r,V as s,Ve as t,B as u};