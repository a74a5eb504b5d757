import{C as e,P as t,_ as n,c as r,d as i,g as a,h as ee,l as o,o as s,p as c,s as l,u,v as d,y as f}from"./indexhtml-Dbh1VhKP.js";import{N as p,P as m,a as h,b as te,f as ne,o as re,p as ie,x as ae}from"./style-props-CDjj5CVT.js";import{n as oe,t as se}from"./lumo-injection-mixin-CgSZc4L-.js";import{n as ce,t as le}from"./resize-mixin-DTo7Zo59.js";import{F as g,I as _,N as v,O as y,Y as b,Z as x}from"./vaadin-tooltip-BZajeblI.js";var ue,S,C,w,T,E,D=t((()=>{n(),{I:ue}=d,S={HTML:1,SVG:2,MATHML:3},C=(e,t)=>t===void 0?e?._$litType$!==void 0:e?._$litType$===t,w=e=>e.strings===void 0,T={},E=(e,t=T)=>e._$AH=t})),O=t((()=>{D()})),k,de=t((()=>{n(),r(),k=class extends l{constructor(e){if(super(e),this.it=c,e.type!==o.CHILD)throw Error(this.constructor.directiveName+`() can only be used in child bindings`)}render(e){if(e===c||e==null)return this._t=void 0,this.it=e;if(e===ee)return e;if(typeof e!=`string`)throw Error(this.constructor.directiveName+`() called with a non-string value`);if(e===this.it)return this._t;this.it=e;let t=[e];return t.raw=t,this._t={_$litType$:this.constructor.resultType,strings:t,values:[]}}},k.directiveName=`unsafeHTML`,k.resultType=1,s(k)})),A,j,M=t((()=>{r(),de(),A=class extends k{},A.directiveName=`unsafeSVG`,A.resultType=2,j=s(A)})),N=t((()=>{M()}));function P(e){let t=c;if(e){let n=e.cloneNode(!0);n.removeAttribute(`id`),t=f`${j(n.outerHTML)}`}return t}function F(e){return C(e,S.SVG)||e===c}function I(e){let t=e==null||e===``?c:e;return F(t)||(console.error(`[vaadin-icon] Invalid svg passed, please use Lit svg literal.`),t=c),t}function L(e){return f`${j(e)}`}var R=t((()=>{u(),O(),N()}));function z(e,t){return(e||``).replace(`${t}:`,``)}function B(e){if(e)return e.split(`:`)[0]||`vaadin`}function V(e,t){e._icons=[...e.querySelectorAll(`[id]`)].reduce((e,n)=>{let r=z(n.id,t);return e[r]=n,e},{})}var H,U,W,fe=t((()=>{R(),H={},U=new Set,W=e=>class extends e{static get observedAttributes(){return[`name`,`size`]}static get attachedIcons(){return U}static getIconset(e){return H[e]}static getIconSvg(e,t){let n=t||B(e),r=this.getIconset(n);if(!e||!r)return{svg:P(null)};let i=z(e,n),a=r._icons[i];return{preserveAspectRatio:a?a.getAttribute(`preserveAspectRatio`):null,svg:P(a),size:r.size,viewBox:a?a.getAttribute(`viewBox`):null}}static register(e,t,n){if(!H[e]){let r=document.createElement(`vaadin-iconset`);r.appendChild(n.content.cloneNode(!0)),H[e]=r,V(r,e),r.size=t,r.name=e}}get name(){return this.__name}set name(e){let t=this.__name;this.__name=e,this.__nameChanged(e,t)}get size(){return this.__size??24}set size(e){this.__size=e}connectedCallback(){[`name`,`size`].forEach(e=>{if(this.hasOwnProperty(e)){let t=this[e];delete this[e],this[e]=t}}),this.style.display=`none`}attributeChangedCallback(e,t,n){e===`name`?this.name=n:e===`size`&&(this.size=n==null?null:Number(n))}__updateIcons(e){U.forEach(t=>{e===B(t.icon)&&t._applyIcon()})}__nameChanged(e,t){t&&delete H[t],e&&(H[e]=this,V(this,e),this.__updateIcons(e))}}})),G,K=t((()=>{m(),fe(),G=class extends W(HTMLElement){static get is(){return`vaadin-iconset`}},p(G)})),q,pe=t((()=>{u(),q=e`
  :host {
    display: inline-flex;
    justify-content: center !important;
    align-items: center !important;
    font-size: inherit !important;
    box-sizing: border-box;
    width: var(--vaadin-icon-size, 1lh);
    height: var(--vaadin-icon-size, 1lh);
    flex: none;
    fill: var(--vaadin-icon-color, currentColor);
    container-type: size;
  }

  :host::after,
  :host::before {
    line-height: 1;
    font-size: var(--vaadin-icon-visual-size, 100cqh);
    -webkit-font-smoothing: antialiased;
    text-rendering: optimizeLegibility;
    -moz-osx-font-smoothing: grayscale;
  }

  :host([hidden]) {
    display: none !important;
  }

  svg {
    display: block;
    width: var(--vaadin-icon-visual-size, 100%);
    height: var(--vaadin-icon-visual-size, 100%);
    /* prevent overflowing icon from clipping, see https://github.com/vaadin/flow-components/issues/5872 */
    overflow: visible;

    @container style(--vaadin-icon-stroke-width) {
      stroke-width: var(--vaadin-icon-stroke-width);
    }
  }

  :host(:is([icon-class], [font-icon-content])) svg {
    display: none;
  }

  :host([font-icon-content])::before {
    content: attr(font-icon-content);
  }

  .baseline {
    order: -1;
  }

  .baseline::before {
    content: '\\2003' / '';
    display: inline-block;
    width: 0;
  }

  :host(:is([icon-class], [font-family])) .baseline {
    font-family: var(--vaadin-icon-baseline-font-family, inherit);
  }
`}));function me(){let e=document.createElement(`style`);e.textContent=`
    .vaadin-icon-test-element {
      container-type: size;
      height: 2px;
      visibility: hidden;
      position: fixed;
    }

    .vaadin-icon-test-element::before {
      content: '';
      display: block;
      height: 100cqh;
    `;let t=document.createElement(`div`);t.classList.add(`vaadin-icon-test-element`);let n=document.createElement(`div`);n.attachShadow({mode:`open`}),n.shadowRoot.innerHTML=`<slot></slot>`,n.append(t.cloneNode()),document.body.append(e,t,n);let r=[...document.querySelectorAll(`.vaadin-icon-test-element`)].find(e=>getComputedStyle(e,`::before`).height!==`2px`);return e.remove(),t.remove(),n.remove(),!r}function he(){return CSS.supports(`container-type: inline-size`)?v?!me():!1:!0}var ge=t((()=>{y()})),J,Y,_e=t((()=>{u(),ce(),ge(),J=he(),Y=t=>J?class extends le(t){static get styles(){return e`
            :host::after,
            :host::before {
              font-size: var(--vaadin-icon-visual-size, var(--_vaadin-font-icon-size));
            }
          `}updated(e){super.updated(e),(e.has(`char`)||e.has(`iconClass`)||e.has(`ligature`))&&this.__updateFontIconSize()}_onResize(){this.__updateFontIconSize()}__updateFontIconSize(){if(this.char||this.iconClass||this.ligature){let{paddingTop:e,paddingBottom:t,height:n}=getComputedStyle(this),r=parseFloat(n)-parseFloat(e)-parseFloat(t);this.style.setProperty(`--_vaadin-font-icon-size`,`${r}px`)}}}:t})),X,Z,Q,ve=t((()=>{_(),_e(),R(),X=new Map,Z=customElements.get(`vaadin-iconset`),Q=e=>class extends Y(e){static get properties(){return{icon:{type:String,reflectToAttribute:!0,observer:`__iconChanged`,sync:!0},svg:{type:Object,sync:!0},src:{type:String,sync:!0},symbol:{type:String,sync:!0},iconClass:{type:String,reflectToAttribute:!0,sync:!0},char:{type:String,sync:!0},ligature:{type:String,sync:!0},fontFamily:{type:String,observer:`__fontFamilyChanged`,sync:!0},size:{type:Number,value:24,sync:!0},__preserveAspectRatio:String,__useRef:String,__viewBox:String,__fill:String,__stroke:String,__strokeWidth:String,__strokeLinecap:String,__strokeLinejoin:String}}static get observers(){return[`__fontChanged(iconClass, char, ligature)`,`__srcChanged(src, symbol)`]}static get observedAttributes(){return[...super.observedAttributes,`class`]}constructor(){super(),this.__fetch=fetch.bind(window)}get __iconClasses(){return this.iconClass?this.iconClass.split(` `):[]}ready(){super.ready(),this._tooltipController=new g(this),this.addController(this._tooltipController)}connectedCallback(){super.connectedCallback(),Z.attachedIcons.add(this)}disconnectedCallback(){super.disconnectedCallback(),Z.attachedIcons.delete(this)}_applyIcon(){let{preserveAspectRatio:e,svg:t,size:n,viewBox:r}=Z.getIconSvg(this.icon);r&&(this.__viewBox=r),e&&(this.__preserveAspectRatio=e),n&&n!==this.size&&(this.size=n),this.svg=t}__iconChanged(e){e?this._applyIcon():this.svg=null}async __srcChanged(t,n){if(!t){this.svg=null;return}if(this.icon=``,!t.startsWith(`data:`)&&(n||t.includes(`#`))){let[e,r]=t.split(`#`);this.__useRef=`${e}#${n||r}`}else try{X.has(t)||X.set(t,this.__fetch(t,{mode:`cors`}).then(e=>{if(!e.ok)throw Error(`Error loading icon`);return e.text()}));let r=await X.get(t);e.__domParser||=new DOMParser;let i=e.__domParser.parseFromString(r,`text/html`).querySelector(`svg`);if(!i)throw Error(`SVG element not found on path: ${t}`);this.svg=L(i.innerHTML),n&&(this.__useRef=`#${n}`),this.__viewBox=i.getAttribute(`viewBox`),this.__fill=i.getAttribute(`fill`),this.__stroke=i.getAttribute(`stroke`),this.__strokeWidth=i.getAttribute(`stroke-width`),this.__strokeLinecap=i.getAttribute(`stroke-linecap`),this.__strokeLinejoin=i.getAttribute(`stroke-linejoin`)}catch(e){console.error(e),this.svg=null}}__fontChanged(e,t,n){this.classList.remove(...this.__addedIconClasses||[]),e&&(this.__addedIconClasses=[...this.__iconClasses],this.classList.add(...this.__addedIconClasses)),t?this.setAttribute(`font-icon-content`,t.length>1?String.fromCodePoint(parseInt(t,16)):t):n?this.setAttribute(`font-icon-content`,n):this.removeAttribute(`font-icon-content`),(e||t||n)&&!this.icon&&(this.icon=``)}attributeChangedCallback(e,t,n){super.attributeChangedCallback(e,t,n),e===`class`&&this.__iconClasses.some(e=>!this.classList.contains(e))&&this.classList.add(...this.__iconClasses)}__fontFamilyChanged(e){this.style.fontFamily=`'${e}'`}}})),$,ye=t((()=>{K(),u(),b(),m(),ae(),ie(),oe(),re(),pe(),ve(),R(),$=class extends Q(te(h(ne(se(i))))){static get is(){return`vaadin-icon`}static get styles(){return[q,super.styles].filter(Boolean)}static get lumoInjector(){return{...super.lumoInjector,includeBaseStyles:!0}}render(){return a`
      <span class="baseline"></span>
      <svg
        version="1.1"
        xmlns="http://www.w3.org/2000/svg"
        xmlns:xlink="http://www.w3.org/1999/xlink"
        viewBox="${this.__viewBox||`0 0 ${this.size} ${this.size}`}"
        preserveAspectRatio="${this.__preserveAspectRatio||`xMidYMid meet`}"
        fill="${x(this.__fill)}"
        stroke="${x(this.__stroke)}"
        stroke-width="${x(this.__strokeWidth)}"
        stroke-linecap="${x(this.__strokeLinecap)}"
        stroke-linejoin="${x(this.__strokeLinejoin)}"
        aria-hidden="true"
      >
        <g id="svg-group">${I(this.svg)}</g>
        <g id="use-group" visibility="${this.__useRef?`visible`:`hidden`}">
          <use href="${x(this.__useRef)}" />
        </g>
      </svg>

      <slot name="tooltip"></slot>
    `}},p($)}));export{O as a,E as c,R as i,w as l,G as n,D as o,K as r,C as s,ye as t};