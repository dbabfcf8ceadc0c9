<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasReading</name>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="62" />
        <source>steam</source>
        <extracomment>Largest side (px) of an exported PNG: a 1,000-enterprise park stays a few tens of MB in memory. Scale of an exported PNG of a small park (crisp when printed or zoomed). Space between the legend and the corner of the view. lupdate finds texts in calls named ``translate`` with a literal context</extracomment>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="63" />
        <source>heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="64" />
        <source>hot water</source>
        <translation>热水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="65" />
        <source>hydrogen</source>
        <translation>氢气</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="66" />
        <source>water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="67" />
        <source>material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="68" />
        <source>fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="69" />
        <source>electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="84" />
        <source>Legend</source>
        <extracomment>One legend row: (kind, colour, text). Kinds: "title", "medium", "existing", "candidate", "unused", "flow", "port", "converter", "note".</extracomment>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="89" />
        <source>existing link</source>
        <translation>现有连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="90" />
        <source>candidate link (may be built)</source>
        <translation>候选连接（可新建）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="92" />
        <source>unused in the result (faint)</source>
        <translation>结果中未使用（淡色）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="93" />
        <source>width: optimized flow, widest = largest of its medium</source>
        <translation>线宽：优化流量，最宽 = 该介质最大流量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="94" />
        <source>stream: needs on the left, offers on the right</source>
        <translation>物流：左侧为需求，右侧为供给</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="95" />
        <source>converter input or output</source>
        <translation>转换装置的输入或输出</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="98" />
        <source>candidate links</source>
        <translation>候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="100" />
        <source>unused links</source>
        <translation>未使用的连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="102" />
        <source>other media</source>
        <translation>其他介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="104" />
        <source>Hidden: {what}</source>
        <translation>已隐藏：{what}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="105" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="107" />
        <source>Zoom in to see candidate links</source>
        <translation>放大可查看候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="325" />
        <source>Could not write {path}</source>
        <extracomment>Media are listed in this many columns, to keep the legend low over the canvas.</extracomment>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="352" />
        <source>Could not start printing to {name}</source>
        <translation>无法开始打印到 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="469" />
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="469" />
        <source>Show what colours, dashes and widths mean</source>
        <translation>显示颜色、虚线和线宽的含义</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="471" />
        <source>Hide &amp;Candidate Links</source>
        <translation>隐藏候选连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="472" />
        <source>Show only links that exist today (and those the result uses, unless also hidden)</source>
        <translation>只显示现有连接（以及结果使用的连接，除非也被隐藏）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="475" />
        <source>Hide &amp;Unused Links</source>
        <translation>隐藏未使用的连接(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="476" />
        <source>After optimizing: hide links that carry no flow in the shown result</source>
        <translation>优化后：隐藏在当前结果中没有流量的连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="479" />
        <source>&amp;Arrange Park Automatically</source>
        <translation>自动布置园区(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="480" />
        <source>Place every enterprise by exchange, partners near each other, no overlaps (undoable)</source>
        <translation>按交换关系布置所有企业，交换伙伴相邻、互不重叠（可撤销）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="482" />
        <source>Export &amp;Canvas…</source>
        <translation>导出画布(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="482" />
        <source>Save the whole drawn park as a PNG image or a PDF</source>
        <translation>将整个园区图保存为 PNG 图片或 PDF</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="483" />
        <source>&amp;Print Canvas…</source>
        <translation>打印画布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="483" />
        <source>Print the whole drawn park on one page</source>
        <translation>将整个园区图打印在一页上</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="489" />
        <source>All Media</source>
        <translation>全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="493" />
        <source>Show &amp;Only Medium</source>
        <translation>只显示一种介质(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="494" />
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="495" />
        <source>Show the links of one medium only</source>
        <translation>只显示一种介质的连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="503" />
        <source>All media</source>
        <translation>全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="506" />
        <source>Several media</source>
        <translation>多种介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="552" />
        <source>The park is already arranged</source>
        <translation>园区已按此方式布置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="562" />
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="565" />
        <location filename="../../parkflow/ui/canvas/reading.py" line="576" />
        <source>Export Canvas</source>
        <translation>导出画布</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="567" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="578" />
        <source>Canvas exported to {path}</source>
        <translation>画布已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="587" />
        <source>Print Canvas</source>
        <translation>打印画布</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="591" />
        <source>Canvas sent to the printer</source>
        <translation>画布已发送到打印机</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="58" />
        <source>Add {kind} {id}</source>
        <extracomment>Clipboard MIME type of copied park fragments (JSON of entity rows per kind). Ids of mergeable commands (QUndoCommand.id()).</extracomment>
        <translation>添加 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="75" />
        <location filename="../../parkflow/ui/commands.py" line="247" />
        <source>Delete {kind} {id}</source>
        <translation>删除 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="100" />
        <source>Edit {kind} {id}</source>
        <translation>编辑 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="125" />
        <source>Move {id}</source>
        <translation>移动 {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="151" />
        <source>Edit park settings</source>
        <translation>编辑园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="213" />
        <source>Move {count} enterprises</source>
        <translation>移动 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="249" />
        <source>Delete {count} items</source>
        <translation>删除 {count} 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="292" />
        <source>the clipboard holds no ParkFlow items</source>
        <translation>剪贴板中没有 ParkFlow 项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="309" />
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="326" />
        <source>Paste {count} items</source>
        <translation>粘贴 {count} 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/layout.py" line="217" />
        <source>Arrange {count} enterprises automatically</source>
        <extracomment>Above this many enterprises in one group the force layout is too slow for opening a park; larger groups fill their block in sector order. Pixels between neighbouring boxes that the scale aims at (box width 220 px). Width of one grid cell in km; the scale maps it to TARGET_SPACING_PX. Height in px of a box with one port row and the space kept below a box (the same figures as the canvas items: header 40, port pitch 16, margin 6). Columns are this many cells apart when the boxes are low enough for rows of one cell. Width : height the packed groups aim at (screens and pages are landscape).</extracomment>
        <translation>自动布置 {count} 家企业</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../parkflow/ui/document.py" line="227" />
        <source>the id must not be empty</source>
        <extracomment>Entity kinds (workbook sheet names) in the order they depend on each other. Singular name of each kind, as used in signals and problem locations. Prefix of generated ids per kind. kind (sheet name), id — emitted after the per-kind signal</extracomment>
        <translation>编号不能为空</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="230" />
        <source>the id {id} is already used by another {kind}</source>
        <translation>编号 {id} 已被另一个 {kind} 使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="234" />
        <location filename="../../parkflow/ui/document.py" line="283" />
        <source>{kind} {id} does not exist</source>
        <translation>{kind} {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="238" />
        <source>{field} must be a finite number</source>
        <translation>{field} 必须是有限数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="241" />
        <location filename="../../parkflow/ui/document.py" line="270" />
        <location filename="../../parkflow/ui/document.py" line="329" />
        <source>enterprise {id} does not exist</source>
        <translation>企业 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="243" />
        <source>amount must be a number ≥ 0</source>
        <translation>数量必须是 ≥ 0 的数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="245" />
        <source>utility {id} does not exist</source>
        <translation>公用工程 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="247" />
        <source>disposal {id} does not exist</source>
        <translation>处置方式 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="251" />
        <source>stream {id} has links; delete them before turning it into a {direction}</source>
        <translation>物流 {id} 已有连接；请先删除连接再将其改为 {direction}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="257" />
        <source>source stream {id} does not exist</source>
        <translation>供方物流 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="259" />
        <source>sink stream {id} does not exist</source>
        <translation>需方物流 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="265" />
        <source>link {other} already joins {source} to {sink}</source>
        <translation>连接 {other} 已连接 {source} 与 {sink}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="274" />
        <source>the input {id} must be an existing sink stream</source>
        <translation>输入 {id} 必须是已有的需方物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="276" />
        <source>the output {id} must be an existing source stream</source>
        <translation>输出 {id} 必须是已有的供方物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="278" />
        <source>ratio must be a number &gt; 0</source>
        <translation>转换比必须是 &gt; 0 的数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="287" />
        <source>{kind} {id} is still used by {names}</source>
        <translation>{kind} {id} 仍被 {names} 使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="337" />
        <source>unknown park setting {key}</source>
        <translation>未知的园区设置 {key}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="339" />
        <source>{key} must be a number ≥ 0</source>
        <translation>{key} 必须是 ≥ 0 的数值</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="216" />
        <source>Filter…</source>
        <extracomment>the reason an edit was refused, for the status bar</extracomment>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="217" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="218" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="250" />
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="253" />
        <source>Add an enterprise first</source>
        <translation>请先添加企业</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="60" />
        <source>{column} must be one of: {choices}</source>
        <translation>{column} 必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="66" />
        <source>{column} needs a number</source>
        <translation>{column} 需要一个数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="71" />
        <source>{column}: {text!r} is not a number</source>
        <translation>{column}：{text!r} 不是数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="74" />
        <source>{column} must be a finite number</source>
        <translation>{column} 必须是有限数值</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="100" />
        <source>Park settings</source>
        <translation>园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="103" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="104" />
        <source>Stream</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="105" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="106" />
        <source>Utility</source>
        <translation>公用工程</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="107" />
        <source>Disposal</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="108" />
        <source>Converter</source>
        <translation>转换装置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="155" />
        <source>a number is needed</source>
        <translation>需要一个数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="159" />
        <source>must be ≥ 0</source>
        <translation>必须 ≥ 0</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../parkflow/ui/results/cards.py" line="67" />
        <source>Optimized vs standalone</source>
        <extracomment>state → label with the formatted value (tests read these) comparison name → label with the change ("−1,234 (−12.3 %)")</extracomment>
        <translation>优化 vs 独立运行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/cards.py" line="68" />
        <source>Optimized vs current</source>
        <translation>优化 vs 现状</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="368" />
        <source>&amp;New</source>
        <extracomment>Minutes between autosaves to the recovery file.</extracomment>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="369" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="370" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="371" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="372" />
        <source>&amp;Import Workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="373" />
        <source>&amp;Export Workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="374" />
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="375" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="376" />
        <source>Add &amp;Enterprise</source>
        <translation>添加企业(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="377" />
        <source>Add &amp;Stream to Enterprise</source>
        <translation>为企业添加物流(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="378" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="379" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="380" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="381" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="382" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="383" />
        <source>&amp;Fit Park</source>
        <translation>显示整个园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="384" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="385" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="386" />
        <source>Show All Media</source>
        <translation>显示全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="387" />
        <source>&amp;Optimize…</source>
        <translation>优化(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="388" />
        <source>&amp;Pareto Front…</source>
        <translation>帕累托前沿(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="389" />
        <source>&amp;Cancel Optimization</source>
        <translation>取消优化(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="390" />
        <source>Heat &amp;Targets</source>
        <translation>热集成目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="391" />
        <source>&amp;Sankey Diagram</source>
        <translation>桑基图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="395" />
        <source>Optimize the exchange network (F5)</source>
        <translation>优化交换网络 (F5)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="396" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="397" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="400" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="401" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="402" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="403" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="404" />
        <source>&amp;Docks</source>
        <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="405" />
        <source>Filter by &amp;Medium</source>
        <translation>按介质筛选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="406" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="407" />
        <source>&amp;Optimize</source>
        <translation>优化(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="408" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="409" />
        <source>Optimize</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="410" />
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="411" />
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="412" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="413" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="415" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="418" />
        <source>Results are not available in this build.</source>
        <translation>此版本不提供结果视图。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="419" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="432" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="453" />
        <source>{errors} errors, {warnings} warnings</source>
        <translation>{errors} 个错误，{warnings} 个警告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="497" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="498" />
        <source>The park has unsaved changes. Save them first?</source>
        <translation>园区有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="510" />
        <source>New park</source>
        <translation>新园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="531" />
        <source>Open park</source>
        <translation>打开园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="533" />
        <source>ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)</source>
        <translation>ParkFlow 方案 (*.parkflow);;园区工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="543" />
        <location filename="../../parkflow/ui/mainwindow.py" line="546" />
        <source>Cannot open {name}</source>
        <translation>无法打开 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="555" />
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="610" />
        <source>Save park as</source>
        <translation>园区另存为</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="610" />
        <source>ParkFlow scenarios (*.parkflow)</source>
        <translation>ParkFlow 方案 (*.parkflow)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="629" />
        <source>Cannot save {name}</source>
        <translation>无法保存 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="634" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="641" />
        <source>Import park workbook</source>
        <translation>导入园区工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="641" />
        <source>Park workbooks (*.xlsx *.xlsm)</source>
        <translation>园区工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="649" />
        <source>Export park workbook</source>
        <translation>导出园区工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="651" />
        <source>Park workbooks (*.xlsx)</source>
        <translation>园区工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="660" />
        <source>Cannot export {name}</source>
        <translation>无法导出 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="662" />
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="667" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="669" />
        <source>HTML report (*.html);;PDF report (*.pdf);;Excel report (*.xlsx)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf);;Excel 报告 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="678" />
        <source>Cannot export the report {name}</source>
        <translation>无法导出报告 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="680" />
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="686" />
        <source>… and {count} more</source>
        <translation>…… 另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="689" />
        <source>This part of ParkFlow is not available: {error}</source>
        <translation>ParkFlow 的这一部分不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="695" />
        <source>Nothing was changed; your park is as it was.</source>
        <translation>没有任何改动；园区保持原样。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="752" />
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="762" />
        <source>Select an enterprise first</source>
        <translation>请先选择一家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="765" />
        <source>New stream</source>
        <translation>新物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="794" />
        <source>Copied {count} enterprises</source>
        <translation>已复制 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="799" />
        <source>The clipboard holds no ParkFlow enterprises</source>
        <translation>剪贴板中没有 ParkFlow 企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="810" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="810" />
        <source>Enterprise or stream (id, name or sector):</source>
        <translation>企业或物流（编号、名称或行业）：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="815" />
        <source>Nothing matches “{text}”</source>
        <translation>没有与“{text}”匹配的项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="818" />
        <source>{count} matches for “{text}”</source>
        <translation>“{text}”有 {count} 个匹配</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="843" />
        <source>The optimizer is not available in this build</source>
        <translation>此版本不提供优化器</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="853" />
        <source>The park has problems</source>
        <translation>园区数据有问题</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="854" />
        <source>Fix the {count} errors listed under Problems before optimizing.</source>
        <translation>请先修正“问题”中列出的 {count} 个错误再优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="880" />
        <source>Optimizing…</source>
        <translation>正在优化…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="889" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="913" />
        <source>Pareto front with {count} points</source>
        <translation>帕累托前沿共 {count} 个点</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="924" />
        <source>Optimization finished: {status}, objective {value} {unit}</source>
        <translation>优化完成：{status}，目标值 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="937" />
        <source>Optimization failed</source>
        <translation>优化失败</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="941" />
        <source>Optimization cancelled</source>
        <translation>优化已取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="953" />
        <source>Optimize first to see the Sankey diagram</source>
        <translation>请先优化再查看桑基图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="996" />
        <source>ParkFlow did not close properly. Unsaved changes were kept in a recovery file:
{path}

Restore them?</source>
        <translation>ParkFlow 上次未正常关闭。未保存的修改已保存在恢复文件中：
{path}

是否恢复？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="999" />
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1010" />
        <source>Restored the unsaved changes</source>
        <translation>已恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1015" />
        <source>The recovery file is kept at {path}</source>
        <translation>恢复文件保留在 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1027" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1029" />
        <source>Something went wrong inside ParkFlow: {error}

Your park is still open and can be saved. Details are in the log file:
{log}</source>
        <translation>ParkFlow 内部出错：{error}

园区仍然打开，可以保存。详细信息见日志文件：
{log}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="116" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="117" />
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="118" />
        <source>Hot water</source>
        <translation>热水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="119" />
        <source>Hydrogen</source>
        <translation>氢气</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="120" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="121" />
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="122" />
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="123" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
</context>
<context>
    <name>OptimizeDialog</name>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="68" />
        <location filename="../../parkflow/ui/results/dialog.py" line="131" />
        <source>Optimize</source>
        <extracomment>Solver names of SolveOptions with the PuLP solver classes that provide them (PuLP 3.3). The optimizer's default MILP gap (SolveOptions.mip_gap), in percent.</extracomment>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="73" />
        <source>Cost (CNY/yr)</source>
        <translation>成本（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="74" />
        <source>CO₂ emissions (t/yr)</source>
        <translation>CO₂ 排放（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="75" />
        <source>COD discharged (t/yr)</source>
        <translation>COD 排放（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="78" />
        <source>LP: continuous, no build decisions</source>
        <translation>LP：连续变量，不做建设决策</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="79" />
        <source>MILP: build or not build each candidate link</source>
        <translation>MILP：决定每条候选连接是否建设</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="88" />
        <source>This solver is not installed.</source>
        <translation>未安装此求解器。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="90" />
        <source>Limit solver time</source>
        <translation>限制求解时间</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="105" />
        <source>MILP only: stop when the network found is within this share of the savings at stake (the existing links alone minus the best bound). Smaller gaps prove more but can take much longer.</source>
        <translation>仅用于 MILP：当所得管网与最大可节约量（仅用现有连接的成本减去最优界）之差不超过此比例时停止。间隙越小，证明越严格，但耗时可能长得多。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="113" />
        <source>off (single optimization)</source>
        <translation>关闭（单次优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="115" />
        <source>Number of cost–CO₂ trade-off points; each point is a full optimization.</source>
        <translation>成本–CO₂ 权衡点的数量；每个点是一次完整优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="119" />
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="120" />
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="121" />
        <source>Solver:</source>
        <translation>求解器：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="122" />
        <source>MILP gap:</source>
        <translation>MILP 间隙：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="124" />
        <source>Pareto points:</source>
        <translation>帕累托点数：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="126" />
        <source>No solver is available: install highspy or PuLP's CBC.</source>
        <translation>没有可用的求解器：请安装 highspy 或 PuLP 的 CBC。</translation>
    </message>
</context>
<context>
    <name>OptimizeRunner</name>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="60" />
        <source>Checking the park…</source>
        <translation>正在检查园区…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="61" />
        <source>Building the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="62" />
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="63" />
        <source>The park is infeasible: finding what has to give…</source>
        <translation>园区无可行解：正在查找需要放宽的约束…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="64" />
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="65" />
        <source>Computing CO₂, COD, energy, water and cost…</source>
        <translation>正在核算CO₂、COD、能耗、水耗和成本…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="66" />
        <source>Computing the cost–CO₂ trade-off…</source>
        <translation>正在计算成本与CO₂的权衡…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="69" />
        <source>Searching for the best network ({percent} % of the way to the gap asked for)…</source>
        <translation>正在搜索最优管网（距所要求的间隙已完成 {percent} %）…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="87" />
        <source>The park has no feasible solution.</source>
        <translation>园区没有可行解。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="89" />
        <source>The park has problems to fix before it can be optimized:</source>
        <translation>园区存在以下问题，需修正后才能优化：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="91" />
        <source>The optimization was cancelled.</source>
        <translation>优化已取消。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="93" />
        <source>The solver failed:</source>
        <translation>求解器失败：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="95" />
        <source>The solver ran out of time:</source>
        <translation>求解器超时：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="96" />
        <source>Unexpected error during optimization:</source>
        <translation>优化时发生意外错误：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="283" />
        <source>A Pareto sweep needs at least 2 points.</source>
        <extracomment>The full traceback of the last unexpected failure, for the log dock.</extracomment>
        <translation>帕累托扫描至少需要 2 个点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="312" />
        <source>An optimization is already running.</source>
        <translation>已有优化正在运行。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="320" />
        <source>Starting the optimization…</source>
        <translation>正在开始优化…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="337" />
        <source>The optimizer returned no result.</source>
        <translation>优化器没有返回结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="339" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ParkScene</name>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="633" />
        <source>candidate</source>
        <extracomment>With more links than this, edges are drawn without antialiasing and candidate links without flow are hidden when zoomed out. Zoom below which unused candidate links of a dense park are hidden. Zoom below which edges are drawn as straight lines (curves are not visible). kind, id — a click on a port (stream) or an item that should show in the inspector the selected link changed (links are not graphics items) what is filtered out changed (media, candidate or unused links) a result overlay was applied or cleared (the legend shows flow widths then) link id → its edge (painted in the background; see EdgeRecord)</extracomment>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="633" />
        <source>existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="636" />
        <source>capacity {value:g}</source>
        <translation>能力 {value:g}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="638" />
        <source>optimized flow {value:.4g}</source>
        <translation>优化流量 {value:.4g}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="640" />
        <source>utilisation {value:.0%}</source>
        <translation>利用率 {value:.0%}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="642" />
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="868" />
        <source>link {id} already joins these streams</source>
        <translation>连接 {id} 已连接这两个物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="876" />
        <source>Added link {id}: {source} → {sink}</source>
        <translation>已添加连接 {id}：{source} → {sink}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="879" />
        <source>Link refused: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
</context>
<context>
    <name>ProblemsWidget</name>
    <message>
        <location filename="../../parkflow/ui/problems.py" line="52" />
        <source>Where</source>
        <extracomment>Milliseconds of quiet after an edit before the park is validated again.</extracomment>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/problems.py" line="52" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../../parkflow/ui/results/charts.py" line="168" />
        <source>CO₂ emissions</source>
        <extracomment>Width of the category axis of horizontal bar charts: room for about 22 characters of a name. Width of the value axis in pixels: room for labels like "−12.70 M". index of the clicked point in the list given to :meth:`set_points`</extracomment>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/charts.py" line="169" />
        <location filename="../../parkflow/ui/results/charts.py" line="178" />
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="83" />
        <location filename="../../parkflow/ui/results/dock.py" line="354" />
        <source>Results</source>
        <extracomment>Price-table columns kept in the model (and the item lookup) but not shown: the per-year forms repeat the per-hour ones, and the constraint name repeats family + key.</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="96" />
        <location filename="../../parkflow/ui/results/dock.py" line="356" />
        <source>Summary</source>
        <extracomment>KPI key → card, rebuilt by :meth:`set_result`</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="97" />
        <location filename="../../parkflow/ui/results/dock.py" line="356" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="98" />
        <location filename="../../parkflow/ui/results/dock.py" line="356" />
        <source>Prices</source>
        <translation>影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="99" />
        <location filename="../../parkflow/ui/results/dock.py" line="356" />
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="100" />
        <location filename="../../parkflow/ui/results/dock.py" line="356" />
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="156" />
        <location filename="../../parkflow/ui/results/dock.py" line="359" />
        <source>Quantity:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="186" />
        <source>Shadow prices of balances and binding capacities</source>
        <translation>平衡约束与紧约束能力的影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="192" />
        <source>Reduced costs of unused candidate links</source>
        <translation>未使用候选连接的检验数</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="256" />
        <source>No optimization result yet: run Optimize.</source>
        <translation>尚无优化结果：请运行“优化”。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="264" />
        <source>Run an optimization to see shadow prices.</source>
        <translation>运行优化后可查看影子价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="265" />
        <source>Run an optimization to see reduced costs.</source>
        <translation>运行优化后可查看检验数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="267" />
        <source>Run a Pareto sweep (Optimize, Pareto points ≥ 2) to see the cost–CO₂ trade-off.</source>
        <translation>运行帕累托扫描（优化，帕累托点数 ≥ 2）查看成本–CO₂ 权衡。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="268" />
        <source>Heat targets have not been computed.</source>
        <translation>尚未计算热集成目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="293" />
        <source>%n trade-off point(s). Click a point to show its network and figures.</source>
        <translation><numerusform>%n 个权衡点。点击一个点查看其网络与指标。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="298" />
        <source>All %n point(s) coincide: the cheapest operation is also the lowest-CO₂ one, so there is no trade-off to choose.</source>
        <translation><numerusform>全部 %n 个点重合：成本最低的运行方式也是 CO₂ 最低的，无需权衡。</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="308" />
        <source>The Pareto sweep gave no points.</source>
        <translation>帕累托扫描没有得到任何点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="319" />
        <source>Heat targets could not be computed: %1</source>
        <translation>无法计算热集成目标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="329" />
        <source>The optimization gave no result.</source>
        <translation>优化没有得到结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="408" />
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="411" />
        <source>objective %1 = &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>目标 %1 = &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="421" />
        <source>gap %1 %</source>
        <translation>间隙 %1 %</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="424" />
        <source>solved in %1 s</source>
        <translation>求解用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="436" />
        <source>The network found is within %1 % of the savings at stake (%2 %3: the existing links alone minus the best bound).</source>
        <translation>所得管网与最大可节约量相差不超过 %1 %（可节约量 %2 %3：仅用现有连接的成本减去最优界）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="457" />
        <source>Energy counts electricity as: %1</source>
        <translation>能耗中电力按以下方式折算：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="473" />
        <source>KPIs could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="491" />
        <source>Not modelled in this park: no utility supplies it.</source>
        <translation>本园区未建模：没有公用工程提供此项。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="538" />
        <source>%1 by state</source>
        <translation>各状态的%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="545" />
        <source>Reduction by enterprise (standalone − optimized)</source>
        <translation>按企业的减量（独立运行 − 优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="547" />
        <source>Reduction by medium (standalone − optimized)</source>
        <translation>按介质的减量（独立运行 − 优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="563" />
        <source>Breakdowns are not available.</source>
        <translation>没有分项数据。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="578" />
        <source>Showing the %1 largest of %2 %3.</source>
        <translation>显示 %2 个%3中最大的 %1 个。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="580" />
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="580" />
        <source>media</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="587" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="599" />
        <source>No shadow prices: the result has none.</source>
        <translation>没有影子价格：结果中没有。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="601" />
        <source>No reduced costs: every candidate link is used, or there are none.</source>
        <translation>没有检验数：所有候选连接都已使用，或没有候选连接。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="627" />
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="628" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="629" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="630" />
        <source>Balance or limit</source>
        <translation>平衡或限值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="631" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="632" />
        <location filename="../../parkflow/ui/results/dock.py" line="634" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="633" />
        <source>Cheaper by</source>
        <translation>需降低</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="635" />
        <source>Annual capex (CNY/yr)</source>
        <translation>年化投资（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="636" />
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="687" />
        <source>Minimum hot utility &lt;b&gt;%1 MW&lt;/b&gt;, minimum cold utility &lt;b&gt;%2 MW&lt;/b&gt;.</source>
        <translation>最小热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，最小冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="691" />
        <source>No pinch: one utility alone balances the park.</source>
        <translation>无夹点：仅需一种公用工程即可平衡园区。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="693" />
        <source>Pinch at %1 °C (hot) / %2 °C (cold).</source>
        <translation>夹点 %1 °C（热）/ %2 °C（冷）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="700" />
        <source>With the park's own pipes: hot utility &lt;b&gt;%1 MW&lt;/b&gt;, cold utility &lt;b&gt;%2 MW&lt;/b&gt; (the difference to the targets is what new links could still recover).</source>
        <translation>利用园区现有管道：热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;（与目标的差值即新连接仍可回收的部分）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="704" />
        <source>Heat flow (MW)</source>
        <translation>热流 (MW)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="709" />
        <source>Hot composite</source>
        <translation>热复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="709" />
        <source>Cold composite</source>
        <translation>冷复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="711" />
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="711" />
        <source>Composite curves</source>
        <translation>复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="717" />
        <source>Grand composite</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="719" />
        <source>Shifted temperature (°C)</source>
        <translation>位移温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="719" />
        <source>Grand composite curve</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="746" />
        <source>en</source>
        <comment>language code of the shadow-price readings: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="32" />
        <source>CO₂ emissions</source>
        <extracomment>KPI keys in display order (DESIGN §6) with their unit; titles come from :func:`kpi_title`. Magnitudes below this are solver round-off (HiGHS feasibility tolerance 1e-7) and read as 0. States of the park in display order (DESIGN §4).</extracomment>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="33" />
        <source>COD discharged</source>
        <translation>COD 排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="34" />
        <source>COD generated</source>
        <translation>COD 产生</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="35" />
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="36" />
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="37" />
        <source>Fresh water</source>
        <translation>新鲜水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="38" />
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="46" />
        <source>Standalone</source>
        <translation>独立运行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="47" />
        <source>Current</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="48" />
        <source>Optimized</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="131" />
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="132" />
        <source>time limit reached (best solution found)</source>
        <translation>达到时间限制（已找到的最优解）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="133" />
        <source>infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="134" />
        <source>unbounded</source>
        <translation>无界</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="142" />
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="143" />
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="144" />
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="152" />
        <source>source balance</source>
        <translation>供方平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="153" />
        <source>sink balance</source>
        <translation>需方平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="154" />
        <source>link capacity</source>
        <translation>连接能力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="155" />
        <source>converter capacity</source>
        <translation>转换装置能力</translation>
    </message>
</context>
<context>
    <name>SankeyWindow</name>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="151" />
        <location filename="../../parkflow/ui/sankey.py" line="218" />
        <source>Sankey diagram</source>
        <extracomment>Total height of all bands of one side when every medium is shown, in scene pixels. Thinnest band drawn, so that small flows stay visible (pixels). Flows below this rate (canonical units) are not drawn. Node keys of the merged small senders and receivers (see :func:`merge_small_nodes`). Most nodes drawn per column; a large park's smaller ones are merged so names stay readable.</extracomment>
        <translation>桑基图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="170" />
        <location filename="../../parkflow/ui/sankey.py" line="222" />
        <source>All media</source>
        <extracomment>band → its path item (tests count these) node key → its bar item</extracomment>
        <translation>全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="175" />
        <location filename="../../parkflow/ui/sankey.py" line="220" />
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="177" />
        <location filename="../../parkflow/ui/sankey.py" line="221" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="185" />
        <location filename="../../parkflow/ui/sankey.py" line="219" />
        <source>Medium:</source>
        <translation>介质：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="261" />
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="268" />
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="268" />
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="273" />
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="273" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/sankey.py" line="279" />
        <source>%n other sender(s)</source>
        <translation><numerusform>其他 %n 个供给方</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/sankey.py" line="281" />
        <source>%n other receiver(s)</source>
        <translation><numerusform>其他 %n 个接收方</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="306" />
        <source>No flows to show.</source>
        <translation>没有可显示的流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="306" />
        <source>Run an optimization to see its flows.</source>
        <translation>运行优化后可查看流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="322" />
        <source>%1: band widths are proportional to the rate in %2.</source>
        <translation>%1：带宽与以 %2 计的流率成正比。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="329" />
        <source>Band widths are proportional within each medium; media have different units, so each medium is scaled on its own. Pick one medium to compare its flows exactly.</source>
        <translation>带宽在每种介质内按比例绘制；各介质单位不同，分别缩放。选择一种介质可精确比较其流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="338" />
        <source>Smaller senders and receivers are merged so that names stay readable.</source>
        <translation>较小的供给方和接收方已合并，以便名称清晰可读。</translation>
    </message>
</context>
<context>
    <name>TablesWidget</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="292" />
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="293" />
        <source>Streams</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="294" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="295" />
        <source>Utilities</source>
        <translation>公用工程</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="296" />
        <source>Disposals</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="297" />
        <source>Converters</source>
        <translation>转换装置</translation>
    </message>
</context>
</TS>