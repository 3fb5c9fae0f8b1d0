import { ENTITY_SWATCHES, ENTITY_TYPES, QUANTITY_KINDS, QUANTITY_SWATCHES } from './palette.js';

const colours = [
  ...ENTITY_TYPES.map((t) => `.t-${t}{--c:${ENTITY_SWATCHES[t].colour}}`),
  ...QUANTITY_KINDS.map((k) => `.k-${k}{--c:${QUANTITY_SWATCHES[k].colour}}`),
].join('\n');

/** The page's whole stylesheet; the page loads nothing else. */
export const STYLES = `
:root{font-family:system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1d1d1f}
body{margin:0;background:#f4f5f7}
header{padding:12px 24px;background:#fff;border-bottom:1px solid #dcdfe4}
header h1{font-size:18px;margin:0}
header p{margin:4px 0 0;color:#555;font-size:13px}
section.doc>h2{font-size:15px;margin:16px 24px 0;color:#333}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:20px;padding:12px 24px 24px}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.2;font-size:17px;background:#fff;padding:16px 20px;border:1px solid #dcdfe4;border-radius:6px;margin:0}
aside{font-size:13px;align-self:start;position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;background:#fff;border:1px solid #dcdfe4;border-radius:6px;padding:10px 14px}
.legend h3{font-size:12px;margin:6px 0 4px;color:#555;text-transform:uppercase;letter-spacing:.04em}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px}
.legend li.none{opacity:.45}
.key{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.key.ent{background:var(--c,#ccc)}
.key.qty{background:#fff;border-bottom:3px solid var(--c,#999);height:9px}
table{border-collapse:collapse;width:100%;margin-top:12px}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #eceef1;vertical-align:top}
td.n{text-align:right}
td.empty{color:#888;font-style:italic}
mark.hl,mark.ind{position:relative;color:inherit;border-radius:3px;padding:2px 0}
mark.ind{background:transparent;border-bottom:2px dotted #b9770e}
mark.fig{cursor:pointer}
mark.fig:focus,tr.frow:focus{outline:2px solid #1d1d1f;outline-offset:1px}
tr.frow{cursor:pointer}
tr.frow:hover{background:#fff3c4}
td.change.up{color:#1e8449}
td.change.down{color:#c0392b}
td small{color:#666}
table.facts td:first-child,table.facts td:nth-child(4){white-space:nowrap}
mark.ent{background:var(--c,#ddd)}
mark.qty{background:transparent;border-bottom:3px solid var(--c,#999);box-shadow:inset 0 -0.5em 0 rgba(0,0,0,.04)}
mark.hl:hover{outline:2px solid #1d1d1f}
mark:is(.hl,.ind):is(:hover,:focus):not(:has(mark:is(.hl,.ind):hover))::after{content:attr(data-tip);position:absolute;left:0;top:100%;margin-top:6px;z-index:10;white-space:pre;background:#1d1d1f;color:#fff;font-size:12px;line-height:1.5;padding:6px 9px;border-radius:4px;pointer-events:none;font-weight:normal}
${colours}
`;
