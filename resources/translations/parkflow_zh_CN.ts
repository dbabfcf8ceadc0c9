<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasReading</name>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="75" />
        <source>Legend</source>
        <extracomment>Largest side (px) of an exported PNG: a 1,000-enterprise park stays a few tens of MB in memory. Scale of an exported PNG of a small park (crisp when printed or zoomed). Printers and PDFs work at screen resolution: link pens are cosmetic (their width is in device pixels), so at 1,200 dpi a 1.6 px link would print 0.03 mm wide. Lines and text stay vectors in the PDF either way. Space between the legend and the corner of the view. lupdate finds texts in calls named ``translate`` with a literal context</extracomment>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="80" />
        <source>existing link</source>
        <translation>现有连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="81" />
        <source>candidate link (may be built)</source>
        <translation>候选连接（可新建）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="83" />
        <source>unused in the result (faint)</source>
        <translation>结果中未使用（淡色）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="88" />
        <source>width: optimized flow, widest = largest of its medium</source>
        <translation>线宽：优化流量，最宽 = 该介质最大流量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="93" />
        <source>stream: needs on the left, offers on the right</source>
        <translation>物流：左侧为需求，右侧为供给</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="94" />
        <source>converter input or output</source>
        <translation>转换装置的输入或输出</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="96" />
        <source>storage (tank below its enterprise)</source>
        <translation>储罐（画在所属企业下方）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="99" />
        <source>candidate links</source>
        <translation>候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="101" />
        <source>unused links</source>
        <translation>未使用的连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="103" />
        <source>other media</source>
        <translation>其他介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="109" />
        <source>Hidden: {what}</source>
        <translation>已隐藏：{what}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="110" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="115" />
        <source>Zoom in to see candidate links</source>
        <translation>放大可查看候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="353" />
        <source>Could not write {path}</source>
        <extracomment>Media are listed in this many columns, to keep the legend low over the canvas.</extracomment>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="388" />
        <source>Could not start printing to {name}</source>
        <translation>无法开始打印到 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="515" />
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="516" />
        <source>Show what colours, dashes and widths mean</source>
        <translation>显示颜色、虚线和线宽的含义</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="519" />
        <source>Hide &amp;Candidate Links</source>
        <translation>隐藏候选连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="520" />
        <source>Show only links that exist today (and those the result uses, unless also hidden)</source>
        <translation>只显示现有连接（以及结果使用的连接，除非也被隐藏）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="526" />
        <source>Hide &amp;Unused Links</source>
        <translation>隐藏未使用的连接(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="527" />
        <source>After optimizing: hide links that carry no flow in the shown result</source>
        <translation>优化后：隐藏在当前结果中没有流量的连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="532" />
        <source>&amp;Arrange Park Automatically</source>
        <translation>自动布置园区(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="533" />
        <source>Place every enterprise by exchange, partners near each other, no overlaps (undoable)</source>
        <translation>按交换关系布置所有企业，交换伙伴相邻、互不重叠（可撤销）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="539" />
        <source>Export &amp;Canvas…</source>
        <translation>导出画布(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="540" />
        <source>Save the whole drawn park as a PNG image or a PDF</source>
        <translation>将整个园区图保存为 PNG 图片或 PDF</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="543" />
        <source>&amp;Print Canvas…</source>
        <translation>打印画布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="544" />
        <source>Print the whole drawn park on one page</source>
        <translation>将整个园区图打印在一页上</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="551" />
        <source>All Media</source>
        <translation>全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="555" />
        <source>Show &amp;Only Medium</source>
        <translation>只显示一种介质(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="556" />
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="557" />
        <source>Show the links of one medium only</source>
        <translation>只显示一种介质的连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="565" />
        <source>All media</source>
        <translation>全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="568" />
        <source>Several media</source>
        <translation>多种介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="614" />
        <source>The park is already arranged</source>
        <translation>园区已按此方式布置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="624" />
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="627" />
        <location filename="../../parkflow/ui/canvas/reading.py" line="638" />
        <source>Export Canvas</source>
        <translation>导出画布</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="629" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="640" />
        <source>Canvas exported to {path}</source>
        <translation>画布已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="649" />
        <source>Print Canvas</source>
        <translation>打印画布</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/reading.py" line="653" />
        <source>Canvas sent to the printer</source>
        <translation>画布已发送到打印机</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="93" />
        <source>Add {kind} {id}</source>
        <extracomment>Clipboard MIME type of copied park fragments (JSON of entity rows per kind). Ids of mergeable commands (QUndoCommand.id()).</extracomment>
        <translation>添加 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="117" />
        <location filename="../../parkflow/ui/undo.py" line="340" />
        <source>Delete {kind} {id}</source>
        <translation>删除 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="147" />
        <location filename="../../parkflow/ui/undo.py" line="264" />
        <source>Edit {kind} {id}</source>
        <translation>编辑 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="175" />
        <source>Move {id}</source>
        <translation>移动 {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="201" />
        <source>Edit park settings</source>
        <translation>编辑园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="283" />
        <source>Move {count} enterprises</source>
        <translation>移动 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="343" />
        <source>Delete {count} items</source>
        <translation>删除 {count} 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="394" />
        <source>the clipboard holds no ParkFlow items</source>
        <translation>剪贴板中没有 ParkFlow 项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="412" />
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="432" />
        <source>Paste 1 item</source>
        <translation>粘贴 1 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/undo.py" line="434" />
        <source>Paste {count} items</source>
        <translation>粘贴 {count} 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/layout.py" line="230" />
        <source>Arrange {count} enterprises automatically</source>
        <extracomment>Above this many enterprises in one group the force layout is too slow for opening a park; larger groups fill their block in sector order. Pixels between neighbouring boxes that the scale aims at (box width 220 px). Width of one grid cell in km; the scale maps it to TARGET_SPACING_PX. Height in px of a box with one port row and the space kept below a box (the same figures as the canvas items: header 40, port pitch 16, margin 6). Columns are this many cells apart when the boxes are low enough for rows of one cell. Width : height the packed groups aim at (screens and pages are landscape).</extracomment>
        <translation>自动布置 {count} 家企业</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../parkflow/ui/document.py" line="285" />
        <source>the id must not be empty</source>
        <extracomment>The kinds the editor draws and edits, by sheet name: every kind of the park (the network, its storages, and its periods with the profiles of items in them). Items a profile may name: streams (amount factor), utilities and disposals (cost factor). a profile's id is its key ``&lt;period&gt;/&lt;item&gt;`` kind (sheet name), id — emitted after the per-kind signal the park's periods and profiles were replaced (typical periods imported, or that undone) True when the result stopped matching the park (an edit), False when it matches again</extracomment>
        <translation>编号不能为空</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="288" />
        <source>the id {id} is already used by another {kind}</source>
        <translation>编号 {id} 已被另一个 {kind} 使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="292" />
        <location filename="../../parkflow/ui/document.py" line="445" />
        <source>{kind} {id} does not exist</source>
        <translation>{kind} {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="298" />
        <source>{field} must be a finite number</source>
        <translation>{field} 必须是有限数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="312" />
        <location filename="../../parkflow/ui/document.py" line="342" />
        <location filename="../../parkflow/ui/document.py" line="395" />
        <location filename="../../parkflow/ui/document.py" line="542" />
        <source>enterprise {id} does not exist</source>
        <translation>企业 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="348" />
        <source>storage {id} has links; delete them before it holds another medium</source>
        <translation>储罐 {id} 已有连接；请先删除连接再更换介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="316" />
        <source>amount must be a number ≥ 0</source>
        <translation>数量必须是 ≥ 0 的数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="318" />
        <source>utility {id} does not exist</source>
        <translation>公用工程 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="322" />
        <source>disposal {id} does not exist</source>
        <translation>处置方式 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="328" />
        <source>stream {id} has links; delete them before turning it into a {direction}</source>
        <translation>物流 {id} 已有连接；请先删除连接再将其改为 {direction}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="359" />
        <source>{id} is neither a stream nor a storage</source>
        <translation>{id} 既不是物流也不是储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="369" />
        <source>source stream {id} does not exist</source>
        <translation>供方物流 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="373" />
        <source>sink stream {id} does not exist</source>
        <translation>需方物流 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="386" />
        <source>link {other} already joins {source} to {sink}</source>
        <translation>连接 {other} 已连接 {source} 与 {sink}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="409" />
        <source>ratio must be a number &gt; 0 (or blank)</source>
        <translation>转换比必须是 &gt; 0 的数值（或留空）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="308" />
        <source>the id {id} is already used by a storage; links name streams and storages alike</source>
        <translation>编号 {id} 已被一个储罐使用；连接以同样方式引用物流和储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="338" />
        <source>the id {id} is already used by a stream; links name streams and storages alike</source>
        <translation>编号 {id} 已被一个物流使用；连接以同样方式引用物流和储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="401" />
        <source>the input {id} must be an existing sink stream</source>
        <translation>输入 {id} 必须是已有的需方物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="405" />
        <source>the output {id} must be an existing source stream</source>
        <translation>输出 {id} 必须是已有的供方物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="418" />
        <location filename="../../parkflow/ui/document.py" line="438" />
        <source>{field} must be a number ≥ 0</source>
        <translation>{field} 必须是 ≥ 0 的数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="423" />
        <source>the periods would stand for {hours:,.0f} h, more than the {year:,.0f} h of a year</source>
        <translation>各时段合计将达 {hours:,.0f} h，超过一年的 {year:,.0f} h</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="429" />
        <source>period {id} does not exist</source>
        <translation>时段 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="433" />
        <source>{id} is not a stream, utility or disposal</source>
        <translation>{id} 不是物流、公用工程或处置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="451" />
        <source>{kind} {id} is still used by {names}</source>
        <translation>{kind} {id} 仍被 {names} 使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="512" />
        <source>profile {key} names an unknown period or item</source>
        <translation>曲线 {key} 指向未知的时段或项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="555" />
        <source>{key} must be calorific or generation</source>
        <translation>{key} 必须为 calorific（当量值）或 generation（等价值）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="562" />
        <source>unknown park setting {key}</source>
        <translation>未知的园区设置 {key}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="568" />
        <source>{key} must be a number ≥ 0</source>
        <translation>{key} 必须是 ≥ 0 的数值</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="389" />
        <source>Filter…</source>
        <extracomment>the enterprise a new stream joins (the main window points it at the selection)</extracomment>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="390" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="391" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="436" />
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="445" />
        <source>Select the enterprise the stream belongs to (on the canvas or in the Enterprises table) first</source>
        <translation>请先选择物流所属的企业（在画布上或企业表中）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="449" />
        <source>Select the enterprise the storage belongs to (on the canvas or in the Enterprises table) first</source>
        <translation>请先选择储罐所属的企业（在画布上或企业表中）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="453" />
        <source>Add an enterprise first</source>
        <translation>请先添加企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="459" />
        <source>New stream</source>
        <translation>新物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="465" />
        <source>No source and sink can be linked yet: add a source and a sink of the same medium (or drag from a source port to a sink port on the canvas)</source>
        <translation>目前没有可连接的源和汇：请添加同一介质的源和汇（或在画布上从源端口拖到汇端口）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="473" />
        <source>New period</source>
        <translation>新时段</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="478" />
        <source>Add a period first (Periods tab)</source>
        <translation>请先添加时段（“时段”选项卡）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="480" />
        <source>Every stream, utility and disposal already has a profile in every period</source>
        <translation>每个物流、公用工程和处置在每个时段都已有系数</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="222" />
        <source>Out of date: the park changed after this optimization</source>
        <extracomment>Read-only columns a table adds after the workbook columns, filled from the last result. the reason an edit was refused, for the status bar the workbook columns, then read-only columns computed from the last result the result whose flows the optimized-flow column shows (one period's, or the year's average), None: the document's</extracomment>
        <translation>已过期：此次优化后园区已被修改</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="67" />
        <source>{column} must be one of: {choices}</source>
        <extracomment>How the editor shows and reads each kind of model column (``ColumnSpec.kind``).</extracomment>
        <translation>{column} 必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="77" />
        <source>{column} needs a number</source>
        <translation>{column} 需要一个数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="83" />
        <source>{column}: {text!r} is not a number</source>
        <translation>{column}：{text!r} 不是数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="89" />
        <source>{column} must be a finite number</source>
        <translation>{column} 必须是有限数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/fields.py" line="94" />
        <source>{column} must be a whole number</source>
        <translation>{column} 必须是整数</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="110" />
        <source>Blank: computed from the factor profile chosen above (factor library).</source>
        <extracomment>The pseudo-kind of the park settings (the ``park`` sheet). How a field is edited. A drop-down of the ids of one kind (``reference:&lt;kind&gt;``), blank allowed where noted. Reference fields: (kind, column) → (kind referred to, blank allowed, stream direction wanted).</extracomment>
        <translation>留空：按上面选择的因子配置（因子库）计算。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="113" />
        <source>per unit of this row's unit (blank unit: the medium's canonical unit)</source>
        <translation>每单位（本行的单位；单位留空时为该介质的标准单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="117" />
        <source>Park name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="118" />
        <source>The park's name, shown in titles and reports.</source>
        <translation>园区名称，显示在标题和报告中。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="122" />
        <location filename="../../parkflow/ui/catalogue.py" line="426" />
        <source>Operating hours per year (h/yr)</source>
        <translation>年运行小时数（h/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="123" />
        <source>Hours a year the streams flow; annual figures are hourly rates × these hours. Default {value} h.</source>
        <translation>物流每年运行的小时数；年度数值 = 小时流量 × 该小时数。默认 {value} 小时。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="129" />
        <source>Minimum approach temperature ΔTmin (K)</source>
        <translation>最小传热温差 ΔTmin（K）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="130" />
        <source>Smallest temperature difference a heat exchanger needs between hot and cold sides (heat cascade). Default {value} K.</source>
        <translation>换热器冷热两侧所需的最小温差（热量梯级利用）。默认 {value} K。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="137" />
        <source>Discount rate (%)</source>
        <translation>折现率（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="138" />
        <source>Annualises the capital cost of candidate links over their lifetime. Default {value} %.</source>
        <translation>用于将候选连接的投资按寿命期年化。默认 {value} %。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="144" />
        <source>CO₂ price (CNY/t)</source>
        <translation>CO₂ 价格（元/吨）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="145" />
        <source>Price of one tonne of CO₂ in the cost objective (e.g. the carbon market price). Default 0: CO₂ counts in the KPIs but not in the cost.</source>
        <translation>成本目标中每吨 CO₂ 的价格（如碳市场价格）。默认 0：CO₂ 计入指标，但不计入成本。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="152" />
        <source>COD price (CNY/t)</source>
        <translation>COD 价格（元/吨）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="153" />
        <source>Price of one tonne of COD discharged in the cost objective (e.g. the discharge fee). Default 0.</source>
        <translation>成本目标中每吨 COD 排放的价格（如排污费）。默认 0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="159" />
        <source>Electricity in energy (tce) counted at</source>
        <translation>电力折标煤按</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="160" />
        <source>Calorific equivalent 0.1229 kgce/kWh (GB/T 2589, the default) or the supply coal rate of power generation; reports show the other basis beside it.</source>
        <translation>当量值 0.1229 千克标准煤/千瓦时（GB/T 2589，默认）或发电煤耗（等价值）；报告同时列出另一口径。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="169" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="170" />
        <source>Short identifier used by links and other rows; set when the item is made.</source>
        <translation>供连接和其他行引用的简短编号；创建时确定。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="176" />
        <location filename="../../parkflow/ui/catalogue.py" line="588" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="177" />
        <source>Name shown on the canvas and in reports (Chinese and/or English).</source>
        <translation>显示在画布和报告中的名称（中文和/或英文）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="181" />
        <location filename="../../parkflow/ui/catalogue.py" line="656" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="182" />
        <source>What flows: steam, heat, hot water, hydrogen, water, material, fuel or electricity.</source>
        <translation>流动的是什么：蒸汽、热量、热水、氢气、水、物料、燃料或电力。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="189" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="190" />
        <source>Unit of the amount, e.g. t/h, kg/h, MW, GJ/h, Nm3/h, t/d. Blank: the medium's canonical unit.</source>
        <translation>数量的单位，如 t/h、kg/h、MW、GJ/h、Nm3/h、t/d。留空：该介质的标准单位。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="197" />
        <source>Pressure (MPa, absolute)</source>
        <translation>压力（MPa，绝压）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="198" />
        <source>Steam only. A source may serve a sink whose pressure is not higher. Blank: not given.</source>
        <translation>仅蒸汽。源只能供给压力不高于自身的汇。留空：未给出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="204" />
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="205" />
        <source>Steam, heat and hot water: the supply temperature. Blank: not given.</source>
        <translation>蒸汽、热量和热水：供应温度。留空：未给出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="208" />
        <source>Purity (%)</source>
        <translation>纯度（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="209" />
        <source>Hydrogen and material: purity; for a sink the minimum the blend it receives must reach.</source>
        <translation>氢气和物料：纯度；对汇而言为混合后必须达到的最低值。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="215" />
        <source>COD (mg/L)</source>
        <translation>COD（mg/L）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="216" />
        <source>Water: chemical oxygen demand; for a sink the maximum the blend it receives may have.</source>
        <translation>水：化学需氧量；对汇而言为混合后允许的最高值。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="222" />
        <source>Factor profile</source>
        <translation>因子配置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="223" />
        <source>A profile of the factor library (resources/factors.csv) that fills blank cost, CO₂ and COD figures below, e.g. gas-boiler steam or grid electricity. Typed figures always win.</source>
        <translation>因子库（resources/factors.csv）中的一种配置，用于填补下方留空的成本、CO₂ 和 COD 数值，如燃气锅炉蒸汽或电网电力。手工填写的数值始终优先。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="231" />
        <source>Cost (CNY per unit)</source>
        <translation>成本（元/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="232" />
        <source>Price paid {per_unit}.</source>
        <translation>{per_unit}支付的价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="237" />
        <source>CO₂ (t per unit)</source>
        <translation>CO₂（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="238" />
        <source>CO₂ emitted {per_unit}.</source>
        <translation>{per_unit}排放的 CO₂。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="243" />
        <source>COD (t per unit)</source>
        <translation>COD（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="244" />
        <source>COD discharged {per_unit}.</source>
        <translation>{per_unit}排放的 COD。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="249" />
        <location filename="../../parkflow/ui/catalogue.py" line="352" />
        <source>Capacity (source units per hour)</source>
        <translation>能力（源单位/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="250" />
        <source>Most it can carry or take per hour. Blank: no limit.</source>
        <translation>每小时最多能输送或接收的量。留空：不限。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="254" />
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="255" />
        <source>Industry, e.g. chemicals, textiles, power.</source>
        <translation>所属行业，如化工、纺织、电力。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="259" />
        <source>Position east (km)</source>
        <translation>东向位置（km）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="260" />
        <source>East–west position on the park map; drag the box to change it. Blank: placed automatically.</source>
        <translation>园区图上的东西向位置；拖动方框即可修改。留空：自动放置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="266" />
        <source>Position north (km)</source>
        <translation>北向位置（km）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="267" />
        <source>North–south position on the park map. Blank: placed automatically.</source>
        <translation>园区图上的南北向位置。留空：自动放置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="270" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="271" />
        <source>Free text: contacts, sources of the figures, open questions.</source>
        <translation>自由文字：联系人、数据来源、待解决的问题。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="276" />
        <location filename="../../parkflow/ui/catalogue.py" line="565" />
        <location filename="../../parkflow/ui/catalogue.py" line="651" />
        <location filename="../../parkflow/ui/catalogue.py" line="759" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="277" />
        <source>The enterprise that offers or needs this stream.</source>
        <translation>供出或需要此物流的企业。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="281" />
        <source>Offered or needed</source>
        <translation>供出或需求</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="282" />
        <source>Source: the enterprise offers it (by-product, waste heat). Sink: the enterprise needs it.</source>
        <translation>源：企业供出（副产品、余热）。汇：企业需要。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="289" />
        <source>Amount (per hour, in the unit below)</source>
        <translation>数量（每小时，单位见下）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="290" />
        <source>Rate while operating, in the stream's unit. Annual figures multiply it by the park's hours per year.</source>
        <translation>运行时的流量，以该物流的单位计。年度数值 = 流量 × 园区年运行小时数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="296" />
        <source>Target temperature (°C)</source>
        <translation>目标温度（°C）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="297" />
        <source>Heat and hot water: the temperature the stream is cooled or heated to (return temperature).</source>
        <translation>热量和热水：物流被冷却或加热到的温度（回水温度）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="303" />
        <source>Substance</source>
        <translation>物质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="304" />
        <source>Material only: what it is; a source serves only sinks of the same substance.</source>
        <translation>仅物料：是什么物质；源只能供给同一物质的汇。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="310" />
        <source>Supplied today by (utility)</source>
        <translation>当前供应方（公用工程）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="311" />
        <source>Sink only: the conventional supply that makes up what the exchange does not deliver (e.g. gas-boiler steam).</source>
        <translation>仅汇：补足交换未能供给部分的常规供应（如燃气锅炉蒸汽）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="318" />
        <source>Disposed of today by</source>
        <translation>当前处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="319" />
        <source>Source only: where unused flow goes today (cooling tower, flare, wastewater plant).</source>
        <translation>仅源：未利用的流量目前去向（冷却塔、火炬、污水处理厂）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="327" />
        <source>COD removal (%)</source>
        <translation>COD 去除率（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="328" />
        <source>Share of the source's COD the treatment removes before discharge. Blank: none removed.</source>
        <translation>排放前处理去除的源 COD 比例。留空：不去除。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="335" />
        <source>From (source stream)</source>
        <translation>从（源物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="336" />
        <source>The offered stream the pipe or delivery starts from.</source>
        <translation>管道或运输的起点物流（供出方）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="340" />
        <source>To (sink stream)</source>
        <translation>到（汇物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="341" />
        <source>The needed stream the pipe or delivery serves.</source>
        <translation>管道或运输供给的需求物流。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="345" />
        <location filename="../../parkflow/ui/catalogue.py" line="701" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="346" />
        <source>Existing: built, with today's flow. Candidate: may be built, at its capital cost.</source>
        <translation>已建：已建成，有当前流量。候选：可以新建，需投资。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="353" />
        <source>Most the link carries per hour, in the source's unit. Blank: no limit.</source>
        <translation>连接每小时最多输送的量，以源的单位计。留空：不限。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="356" />
        <source>Flow today (source units per hour)</source>
        <translation>当前流量（源单位/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="357" />
        <source>Existing links: what flows today (the 'current' state of the KPIs).</source>
        <translation>已建连接：当前的流量（指标的“现状”情景）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="360" />
        <source>Length (km)</source>
        <translation>长度（km）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="361" />
        <source>Pipe length. Blank: straight line between the enterprises × the park's routing factor.</source>
        <translation>管道长度。留空：企业间直线距离 × 园区布管系数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="367" />
        <source>Transport cost (CNY per unit)</source>
        <translation>输送成本（元/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="368" />
        <source>Cost of carrying one unit of the source's flow. Blank: 0.</source>
        <translation>输送一个单位源流量的成本。留空：0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="371" />
        <location filename="../../parkflow/ui/catalogue.py" line="690" />
        <source>Capital cost (CNY)</source>
        <translation>投资（元）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="372" />
        <source>Candidate links: cost to build, annualised over the lifetime at the park's discount rate.</source>
        <translation>候选连接：建设费用，按园区折现率在寿命期内年化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="378" />
        <location filename="../../parkflow/ui/catalogue.py" line="697" />
        <source>Lifetime (years)</source>
        <translation>寿命（年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="379" />
        <source>Years over which the capital cost is annualised.</source>
        <translation>投资年化所用的年数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="382" />
        <source>Loss (%)</source>
        <translation>损失（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="383" />
        <source>Share of the flow lost on the way (heat loss, leaks). Blank: 0.</source>
        <translation>途中损失的流量比例（散热、泄漏）。留空：0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="386" />
        <source>Optimized flow (source units per hour)</source>
        <translation>优化流量（源单位/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="387" />
        <source>What the last optimization sends through the link, in the source's unit. Blank until you optimize; grey when the park changed since.</source>
        <translation>上次优化通过该连接输送的量，以源的单位计。优化前为空；园区修改后显示为灰色。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="395" />
        <source>Diameter (mm)</source>
        <translation>管径（mm）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="396" />
        <source>Pipe size. Blank: the smallest standard size that carries the design flow.</source>
        <translation>管道尺寸。留空：能输送设计流量的最小标准管径。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="402" />
        <source>Environmental tax in the cost (0 or 1)</source>
        <translation>成本计入环保税（0或1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="403" />
        <source>1: the cost (KPI and cost objective) includes the estimated environmental protection tax at the factor library's rates (Zhejiang's by default). Default 0.</source>
        <translation>1：成本（指标及成本目标）计入按因子库税额（默认浙江）估算的环境保护税。默认 0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="410" />
        <source>Pipe routing factor</source>
        <translation>管线路由系数</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="411" />
        <source>Pipe length over the straight distance between two enterprises (pipes follow racks and roads). Default 1.3.</source>
        <translation>管线长度与两企业间直线距离之比（管线沿管廊和道路敷设）。默认 1.3。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="418" />
        <source>Steam pressure tolerance (%)</source>
        <translation>蒸汽压力容差（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="419" />
        <source>How far below its nominal pressure a steam sink may still be served at the pipe's end. Default 5 %.</source>
        <translation>蒸汽需方在管线末端压力可低于其额定压力的幅度。默认 5 %。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="427" />
        <source>Hours a year this enterprise's streams flow (e.g. 8,760 for a plant that runs every day). Blank: the park's.</source>
        <translation>本企业物流每年流动的小时数（全年连续运行为 8760）。空白：采用园区设置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="434" />
        <source>Industrial value added (CNY/yr)</source>
        <translation>工业增加值（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="435" />
        <source>Gives the intensities per 10⁴ CNY of value added (CO₂ and energy). Blank: no intensity for this enterprise.</source>
        <translation>用于计算单位增加值（万元）的碳排放和能耗强度。空白：不计算本企业强度。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="442" />
        <source>COD discharge permit (t/yr)</source>
        <translation>COD许可排放量（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="443" />
        <source>The enterprise's permitted COD discharge; the surplus allowance is permit − discharged. Blank: no permit entered.</source>
        <translation>企业许可的COD排放量；节余排污指标 = 许可量 − 排放量。空白：未填许可量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="450" />
        <source>NH₃-N discharge permit (t/yr)</source>
        <translation>氨氮许可排放量（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="451" />
        <source>The enterprise's permitted ammonia-nitrogen discharge; the surplus allowance is permit − discharged.</source>
        <translation>企业许可的氨氮排放量；节余排污指标 = 许可量 − 排放量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="458" />
        <source>Energy (tce per unit)</source>
        <translation>能耗（吨标准煤/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="459" />
        <source>Standard coal per unit (GB/T 2589). Blank: computed from the factor profile.</source>
        <translation>每单位折标准煤量（GB/T 2589）。空白：由因子配置计算。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="465" />
        <source>Emission scope (1, 2 or 3)</source>
        <translation>排放范围（1、2或3）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="466" />
        <source>1: burned or emitted inside the park; 2: purchased power, steam or heat; 3: upstream (materials, water), reported apart and never added to the CO₂ total. Blank: from the factor profile.</source>
        <translation>1：园区内燃烧或工艺排放；2：外购电力、蒸汽或热力；3：上游（外购物料、水），单独报告，不计入二氧化碳总量。空白：按因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="473" />
        <source>NH₃-N (mg/L)</source>
        <translation>氨氮（毫克/升）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="474" />
        <source>Water: ammonia nitrogen; for a sink the maximum the blend it receives may have. Blank: not given.</source>
        <translation>水：氨氮浓度；对需方为其所接收混合水的上限。空白：未给出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="481" />
        <source>NOx (t per unit)</source>
        <translation>氮氧化物（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="482" />
        <source>NOx emitted per unit. Blank: from the factor profile.</source>
        <translation>每单位排放的氮氧化物。空白：按因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="486" />
        <source>SO₂ (t per unit)</source>
        <translation>二氧化硫（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="487" />
        <source>SO₂ emitted per unit. Blank: from the factor profile.</source>
        <translation>每单位排放的二氧化硫。空白：按因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="491" />
        <source>Particulates (t per unit)</source>
        <translation>颗粒物（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="492" />
        <source>Particulate matter emitted per unit. Blank: from the factor profile.</source>
        <translation>每单位排放的颗粒物。空白：按因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="496" />
        <source>VOCs (t per unit)</source>
        <translation>挥发性有机物（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="497" />
        <source>Volatile organic compounds emitted per unit. Blank: from the factor profile.</source>
        <translation>每单位排放的挥发性有机物。空白：按因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="503" />
        <source>NH₃-N removal (%)</source>
        <translation>氨氮去除率（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="504" />
        <source>Share of the ammonia nitrogen received that the treatment removes before discharge. Blank: from the factor profile, else none.</source>
        <translation>处理设施在排放前去除的氨氮比例。空白：按因子配置，否则不去除。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="511" />
        <source>Effluent share (%)</source>
        <translation>外排废水比例（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="512" />
        <source>Water sinks: share of the water received that leaves as effluent (e.g. cooling-tower blowdown). Default 100.</source>
        <translation>水需方：所接收水量中作为废水外排的比例（如冷却塔排污）。默认 100。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="519" />
        <source>COD passed to effluent (%)</source>
        <translation>进入废水的COD比例（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="520" />
        <source>Water sinks: share of the COD received that leaves in the effluent; the rest is destroyed or retained in the process. Default 100.</source>
        <translation>水需方：所接收COD中随废水排出的比例；其余在工艺中分解或留存。默认 100。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="527" />
        <source>NH₃-N passed to effluent (%)</source>
        <translation>进入废水的氨氮比例（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="528" />
        <source>Water sinks: share of the ammonia nitrogen received that leaves in the effluent. Default 100.</source>
        <translation>水需方：所接收氨氮中随废水排出的比例。默认 100。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="535" />
        <source>Residue (source stream)</source>
        <translation>残余物（供方物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="536" />
        <source>The source stream of what the unit leaves over (mother liquor, bottoms, unrecovered gas): residue ratio × intake.</source>
        <translation>装置产生的残余物（母液、釜残、未回收气体）对应的供方物流：残余比 × 进料量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="543" />
        <source>Residue per unit of intake</source>
        <translation>单位进料残余量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="544" />
        <source>Units of residue per unit of intake.</source>
        <translation>每单位进料产生的残余物量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="548" />
        <source>Own use (sink stream)</source>
        <translation>自用能耗（需方物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="549" />
        <source>The sink stream of the steam or power the unit itself uses: own-use ratio × intake, met by links or its utility.</source>
        <translation>装置自身消耗的蒸汽或电力对应的需方物流：自用比 × 进料量，由连接或公用工程满足。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="556" />
        <source>Own use per unit of intake</source>
        <translation>单位进料自用量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="557" />
        <source>Units of own use per unit of intake. A heat pump (heat in and out, power as own use) left blank takes 1 ÷ (COP − 1) MW of power per MW of heat taken in.</source>
        <translation>每单位进料的自用量。热泵（热量进出、以电力为自用）留空时，每吸收 1 MW 热量耗电 1 ÷ (COP − 1) MW。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="581" />
        <source>Units of output per unit of intake, e.g. MW of power per t/h of steam; blank means 1, and on a heat pump COP ÷ (COP − 1) MW of heat per MW taken in, its COP estimated from the streams' temperatures.</source>
        <translation>每单位输入的产出量，如每 t/h 蒸汽发电多少 MW；留空为 1，热泵留空时每吸收 1 MW 热量输出 COP ÷ (COP − 1) MW，COP 由物流温度估算。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="566" />
        <source>The enterprise the converter belongs to.</source>
        <translation>转换装置所属的企业。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="570" />
        <source>Intake (sink stream)</source>
        <translation>输入（汇物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="571" />
        <source>The sink stream the converter takes in (no utility: flexible demand).</source>
        <translation>转换装置接收的汇物流（无公用工程：需求可变）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="575" />
        <source>Output (source stream)</source>
        <translation>输出（源物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="576" />
        <source>The source stream the converter produces: ratio × intake.</source>
        <translation>转换装置产出的源物流：比例 × 输入。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="580" />
        <source>Output per unit of intake</source>
        <translation>单位输入的产出</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="589" />
        <source>The period as people say it (summer, maintenance month, winter night); shown in the results' period selector.</source>
        <translation>时段的通俗名称（夏季、检修月、冬季夜间）；显示在结果的时段选择框中。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="596" />
        <source>Hours per year (h/yr)</source>
        <translation>每年小时数（h/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="597" />
        <source>Hours a year this period stands for (summer: about 2,928 h). With periods, their sum replaces the park's operating hours; together at most 8,760 h.</source>
        <translation>该时段每年代表的小时数（夏季约 2,928 h）。设置时段后，各时段小时数之和取代园区年运行小时数；合计不超过 8,760 h。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="604" />
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="605" />
        <source>Periods with the same cycle follow each other in table order and repeat (a winter day and a winter night): a storage's level at the end of the cycle is the level it starts with. Blank: no cycle.</source>
        <translation>同一周期的时段按表中顺序依次相接并循环（如冬季白天和冬季夜间）：储罐在周期结束时的存量即周期开始时的存量。空白：无周期。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="613" />
        <source>Duration in the cycle (h)</source>
        <translation>周期内持续时间（h）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="614" />
        <source>How long the period lasts each time its cycle comes round (12 h for a day in a day/night cycle); storages charge and discharge over it. Blank: not part of a storage cycle.</source>
        <translation>周期每循环一次该时段持续的时间（昼夜周期中白天为 12 h）；储罐在此期间充放。空白：不属于储能周期。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="621" />
        <location filename="../../parkflow/ui/catalogue.py" line="765" />
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="622" />
        <source>The period this row changes the item in.</source>
        <translation>本行在哪个时段改变该项。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="626" />
        <source>Stream, utility or disposal</source>
        <translation>物流、公用工程或处置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="627" />
        <source>The item that differs in this period: a stream (its amount) or a utility or disposal (its cost).</source>
        <translation>在该时段不同的项：物流（其数量）或公用工程、处置（其价格）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="634" />
        <source>Amount factor (× the stream's amount)</source>
        <translation>数量系数（× 物流量）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="635" />
        <source>Streams only: multiplies the stream's hourly amount in this period (0.4: 40 % of it; 0: shut down). Blank: 1, the amount as in the Streams table.</source>
        <translation>仅用于物流：该时段物流小时量乘以此系数（0.4：为其 40 %；0：停产）。空白：1，即物流表中的数量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="642" />
        <source>Cost factor (× the price)</source>
        <translation>价格系数（× 价格）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="643" />
        <source>Utilities and disposals only: multiplies the price in this period (0.5: off-peak power at half price). Blank: 1, the price as in its table.</source>
        <translation>仅用于公用工程和处置：该时段价格乘以此系数（0.5：低谷电价为半价）。空白：1，即其表中的价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="652" />
        <source>The enterprise the tank or accumulator stands at.</source>
        <translation>储罐或蓄热器所在的企业。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="657" />
        <source>What it holds: hot water, heat, steam, hydrogen or water. Links into it bring this medium, links out of it deliver it.</source>
        <translation>储存的介质：热水、热量、蒸汽、氢气或水。流入它的连接送入该介质，流出它的连接输出该介质。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="664" />
        <source>Capacity (t, MWh or Nm³)</source>
        <translation>容量（t、MWh 或 Nm³）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="665" />
        <source>Most the storage holds, in the medium's canonical unit × hours: t of hot water, steam or water, MWh of heat, Nm³ of hydrogen.</source>
        <translation>最多能储存的量，按介质标准单位 × 小时计：热水、蒸汽或水为 t，热量为 MWh，氢气为 Nm³。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="671" />
        <source>Largest charge rate (t/h, MW or Nm³/h)</source>
        <translation>最大充入速率（t/h、MW 或 Nm³/h）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="672" />
        <source>Most the links into it may bring per hour, in the medium's canonical unit.</source>
        <translation>流入它的连接每小时最多可送入的量，按介质标准单位计。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="677" />
        <source>Largest discharge rate (t/h, MW or Nm³/h)</source>
        <translation>最大释放速率（t/h、MW 或 Nm³/h）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="678" />
        <source>Most the links out of it may deliver per hour, in the medium's canonical unit.</source>
        <translation>流出它的连接每小时最多可输出的量，按介质标准单位计。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="683" />
        <source>Standing loss (% per hour)</source>
        <translation>静置损失（%/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="684" />
        <source>Share of what it holds that is lost each hour (heat through the tank wall, leaks). Blank: 0.</source>
        <translation>每小时损失的储存量占比（罐壁散热、泄漏）。留空：0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="691" />
        <source>Candidate storages: cost to build, annualised over the lifetime at the park's discount rate.</source>
        <translation>候选储罐：建设投资，按园区折现率在寿命期内年化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="698" />
        <source>Years over which the storage's capital cost is annualised.</source>
        <translation>储罐投资年化所用的年数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="702" />
        <source>Existing: built. Candidate: may be built, at its capital cost.</source>
        <translation>现有：已建成。候选：可按其投资建设。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="741" />
        <source>Offered (source)</source>
        <translation>供出（源）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="742" />
        <source>Needed (sink)</source>
        <translation>需求（汇）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="743" />
        <source>Existing</source>
        <translation>已建</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="744" />
        <source>Candidate (may be built)</source>
        <translation>候选（可新建）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="745" />
        <source>Calorific equivalent (当量值)</source>
        <translation>当量值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="748" />
        <source>Supply coal rate (等价值)</source>
        <translation>等价值（发电煤耗）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="760" />
        <source>Stream</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="761" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="762" />
        <source>Utility</source>
        <translation>公用工程</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="763" />
        <source>Disposal</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="764" />
        <source>Converter</source>
        <translation>转换装置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="766" />
        <source>Profile</source>
        <translation>时段系数</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="767" />
        <source>Storage</source>
        <translation>储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="794" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="807" />
        <source>storage</source>
        <translation>储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="815" />
        <source>Steam from a gas boiler</source>
        <translation>燃气锅炉蒸汽</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="816" />
        <source>Grid electricity</source>
        <translation>电网电力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="817" />
        <source>Hydrogen from natural gas (SMR)</source>
        <translation>天然气制氢（SMR）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="818" />
        <source>Hydrogen from coal</source>
        <translation>煤制氢</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="819" />
        <source>Natural gas as fuel</source>
        <translation>天然气燃料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="820" />
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="821" />
        <source>Fresh water</source>
        <translation>新鲜水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="822" />
        <source>Cooling tower</source>
        <translation>冷却塔</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="823" />
        <source>Flare</source>
        <translation>火炬</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="824" />
        <source>Wastewater plant</source>
        <translation>污水处理厂</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../parkflow/ui/files.py" line="119" />
        <source>Unsaved changes</source>
        <extracomment>Minutes between autosaves to the recovery file. What the title shows for a park that has no scenario file (a workbook's or a sample's name).</extracomment>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="120" />
        <source>The park has unsaved changes. Save them first?</source>
        <translation>园区有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="134" />
        <source>New park</source>
        <translation>新园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="143" />
        <source>Write park workbook template</source>
        <translation>写出园区工作簿模板</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="145" />
        <location filename="../../parkflow/ui/files.py" line="306" />
        <source>Park workbooks (*.xlsx)</source>
        <translation>园区工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="156" />
        <source>Cannot write {name}</source>
        <translation>无法写入 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="162" />
        <source>Template written to {path}: fill it in (header notes explain each column), then File ▸ Import Workbook</source>
        <translation>模板已写入 {path}：请填写（表头批注说明了每一列），然后用 文件 ▸ 导入工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="181" />
        <source>Open park</source>
        <translation>打开园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="183" />
        <location filename="../../parkflow/ui/files.py" line="364" />
        <source>ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)</source>
        <translation>ParkFlow 方案 (*.parkflow);;园区工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="193" />
        <source>Cannot open {name}</source>
        <translation>无法打开 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="203" />
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="260" />
        <source>Save park as</source>
        <translation>园区另存为</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="260" />
        <source>ParkFlow scenarios (*.parkflow)</source>
        <translation>ParkFlow 方案 (*.parkflow)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="280" />
        <source>Cannot save {name}</source>
        <translation>无法保存 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="285" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="294" />
        <source>Import park workbook</source>
        <translation>导入园区工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="296" />
        <source>Park workbooks (*.xlsx *.xlsm)</source>
        <translation>园区工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="304" />
        <source>Export park workbook</source>
        <translation>导出园区工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="315" />
        <source>Cannot export {name}</source>
        <translation>无法导出 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="317" />
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="322" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="324" />
        <source>HTML report (*.html);;PDF report (*.pdf);;Excel report (*.xlsx)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf);;Excel 报告 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="334" />
        <source>Cannot export the report {name}</source>
        <translation>无法导出报告 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="337" />
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="348" />
        <source> (with unsaved edits)</source>
        <translation>（含未保存的编辑）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="350" />
        <location filename="../../parkflow/ui/files.py" line="395" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="352" />
        <source>{name} (not saved)</source>
        <translation>{name}（未保存）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="353" />
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="362" />
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="374" />
        <source>Save the park first: there is no saved version to compare with</source>
        <translation>请先保存园区：还没有可对比的已保存版本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="376" />
        <source>{name} (last saved)</source>
        <translation>{name}（上次保存）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="387" />
        <source>Cannot compare with {name}</source>
        <translation>无法与 {name} 对比</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="398" />
        <source>{name} (open in ParkFlow)</source>
        <translation>{name}（ParkFlow 中打开的）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="401" />
        <source>result in the editor</source>
        <translation>编辑器中的结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="403" />
        <source>not optimized since the last edit</source>
        <translation>上次编辑后尚未优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="418" />
        <source>… and {count} more</source>
        <translation>…… 另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="425" />
        <source>Nothing was changed; your park is as it was.</source>
        <translation>没有任何改动；园区保持原样。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="501" />
        <source>ParkFlow did not close properly. Unsaved changes were kept in a recovery file:
{path}

Restore them?</source>
        <translation>ParkFlow 上次未正常关闭。未保存的修改已保存在恢复文件中：
{path}

是否恢复？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="504" />
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="515" />
        <source>Restored the unsaved changes</source>
        <translation>已恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/files.py" line="520" />
        <source>The recovery file is kept at {path}</source>
        <translation>恢复文件保留在 {path}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../parkflow/ui/help.py" line="50" />
        <source>ParkFlow user guide</source>
        <translation>ParkFlow 用户指南</translation>
    </message>
</context>
<context>
    <name>HourlyProfilesDialog</name>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="109" />
        <source>Import hourly profiles</source>
        <extracomment>Typical days offered first: enough to separate winter, summer and the odd shutdown. Wait this long after the last change of N or K before reducing again (ms). emitted when a preview is shown (or refused), for tests and the screenshot script</extracomment>
        <translation>导入逐时曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="112" />
        <source>Choose a CSV file with one row per hour of the year (8,760 rows) and one column per stream, utility or disposal, named by its id. Each value is a factor of the figure on the sheet: 1 = as on the sheet, 0.8 = 80 %, 0 = stopped. ParkFlow groups the days of the year into typical days and splits each day into segments; each segment becomes a period. The park's periods and profiles are replaced; Undo brings them back.</source>
        <translation>请选择一个 CSV 文件：每行对应全年的一个小时（共 8760 行），每列对应一个物流、公用工程或处置方式，列名为其编号。每个数值是相对于表中数值的系数：1 = 与表中相同，0.8 = 80 %，0 = 停运。ParkFlow 将全年各天归并为典型日，并把每个典型日分为若干时段；每个时段成为一个时段。园区原有的时段和曲线将被替换，可用“撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="123" />
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="124" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="131" />
        <source>More typical days follow the year more closely, and make the optimization larger.</source>
        <translation>典型日越多，越贴近全年实际，但优化规模也越大。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="139" />
        <source>Periods per typical day: 1 keeps the whole day as one period, 2 gives a day and a night, 24 every hour.</source>
        <translation>每个典型日的时段数：1 表示全天为一个时段，2 表示白天和夜间，24 表示逐小时。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="157" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="159" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="167" />
        <source>Hourly profiles:</source>
        <translation>逐时曲线：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="168" />
        <source>Typical days:</source>
        <translation>典型日数：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="169" />
        <source>Segments per day:</source>
        <translation>每日时段数：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="185" />
        <source>Choose a file to see the typical periods and their error.</source>
        <translation>选择文件后即可查看典型时段及其误差。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="191" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="192" />
        <source>RMSE</source>
        <translation>均方根误差</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="193" />
        <source>Mean error</source>
        <translation>平均误差</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="194" />
        <source>Largest error</source>
        <translation>最大误差</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="195" />
        <source>Yearly total (%)</source>
        <translation>全年总量偏差（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="199" />
        <source>Stream, utility or disposal id</source>
        <translation>物流、公用工程或处置方式编号</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="201" />
        <source>Root mean square of the hourly differences, as a factor (0.03 = 3 % of the sheet figure)</source>
        <translation>逐时差值的均方根，以系数表示（0.03 = 表中数值的 3 %）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="203" />
        <source>Mean absolute hourly difference, as a factor</source>
        <translation>逐时差值绝对值的平均，以系数表示</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="204" />
        <source>The largest difference in any hour, as a factor</source>
        <translation>任一小时的最大差值，以系数表示</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="205" />
        <source>How far the yearly total of the periods is from the hourly data's</source>
        <translation>按时段计算的全年总量与逐时数据全年总量的偏差</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="215" />
        <source>Choose hourly profiles</source>
        <translation>选择逐时曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="215" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="241" />
        <source>Computing typical periods…</source>
        <translation>正在计算典型时段…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="282" />
        <source>This file cannot be used:</source>
        <translation>此文件无法使用：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="289" />
        <source>{periods} periods: {days} typical days × {segments} segments, together {hours} h a year, for {items} items.</source>
        <translation>{periods} 个时段：{days} 个典型日 × {segments} 个时段，合计每年 {hours} 小时，涉及 {items} 个项目。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="300" />
        <source>Typical day {number}: {days} days ({months})</source>
        <translation>典型日 {number}：{days} 天（{months}）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="309" />
        <source>All items together</source>
        <translation>全部项目合计</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="326" />
        <source>Errors are factors of the sheet figure: an RMSE of 0.03 is 3 %. More typical days lower the error.</source>
        <translation>误差以相对于表中数值的系数表示：均方根误差 0.03 即 3 %。增加典型日可降低误差。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="334" />
        <source>The periods stand for the whole year ({year} h) and replace the park's {hours} operating hours: stops must be in the file as factor 0.</source>
        <translation>这些时段代表全年（{year} 小时），并取代园区的 {hours} 运行小时：停产须在文件中以系数 0 表示。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="340" />
        <source>The park's current periods ({count}) will be replaced.</source>
        <translation>园区现有的时段（{count} 个）将被替换。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/hourly_dialog.py" line="355" />
        <source>Import {count} typical periods from {name}</source>
        <translation>从 {name} 导入 {count} 个典型时段</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="175" />
        <source>Park settings</source>
        <extracomment>The park setting choosing how electricity converts to tce (a choice, not a number). Converter fields a heat pump derives from its COP when left blank. the result as the results dock shows it for the period picked (None: the document's)</extracomment>
        <translation>园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="344" />
        <source>Optimized flow: {amount} {unit}</source>
        <translation>优化流量：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="347" />
        <source>Delivered: {amount} {unit}</source>
        <translation>送达：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="350" />
        <source>Length: {km} km</source>
        <translation>长度：{km} km</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="351" />
        <source>Size: DN{dn}</source>
        <translation>管径：DN{dn}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="352" />
        <source>Loss: {pct} %</source>
        <translation>损失：{pct} %</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="353" />
        <source>Capex: {cny} CNY</source>
        <translation>投资：{cny} 元</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="422" />
        <source>Not taken by any link: {amount} {unit}</source>
        <translation>未被连接取用：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="269" />
        <source> (stale: the park changed since)</source>
        <translation>（已过期：园区此后有改动）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="250" />
        <source>Heat pump: its figures cannot be derived: {reason}</source>
        <translation>热泵：无法推算其数值：{reason}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="259" />
        <source>Derived from the heat pump's COP; type a number to override.</source>
        <translation>由热泵 COP 推算；填写数值可覆盖。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="261" />
        <source>Typed; clear it to derive it from the heat pump's COP.</source>
        <translation>填写值；清空后由热泵 COP 推算。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="270" />
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="318" />
        <source>%1 (%2 h)</source>
        <translation>%1（%2 h）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="389" />
        <source>Link {link} from {stream}: {amount} {unit}</source>
        <translation>连接 {link} 来自 {stream}：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="391" />
        <source>Link {link} to {stream}: {amount} {unit}</source>
        <translation>连接 {link} 送往 {stream}：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="402" />
        <source>No link carries this stream.</source>
        <translation>没有连接输送此物流。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="409" />
        <source>Utility make-up ({name}): {amount} {unit}</source>
        <translation>公用工程补充（{name}）：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="411" />
        <source>To disposal ({name}): {amount} {unit}</source>
        <translation>送处置（{name}）：{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="431" />
        <source>Need {amount} {unit}; links cover {covered}</source>
        <translation>需求 {amount} {unit}；连接供应 {covered}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="433" />
        <source>Offer {amount} {unit}; links take {covered}</source>
        <translation>可供 {amount} {unit}；连接取用 {covered}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="456" />
        <source>Made by converter {name}: {amount}</source>
        <translation>由转换装置 {name} 产出：{amount}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="458" />
        <source>Taken into converter {name}: {amount}</source>
        <translation>进入转换装置 {name}：{amount}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="506" />
        <source>a number is needed</source>
        <translation>需要一个数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="510" />
        <source>must be ≥ 0</source>
        <translation>必须 ≥ 0</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../parkflow/ui/results/cards.py" line="75" />
        <source>Optimized vs standalone</source>
        <extracomment>the unit shown (the KPI's own, or the caller's, e.g. "t in this period" for one period's share) state → label with the formatted value (tests read these) comparison name → label with the change ("−1,234 (−12.3 %)")</extracomment>
        <translation>优化 vs 独立运行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/cards.py" line="76" />
        <source>Optimized vs current</source>
        <translation>优化 vs 现状</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="417" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="418" />
        <source>New from &amp;Workbook Template…</source>
        <translation>从工作簿模板新建(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="419" />
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="420" />
        <source>&amp;About ParkFlow</source>
        <translation>关于 ParkFlow(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="421" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="422" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="423" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="424" />
        <source>&amp;Import Workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="425" />
        <source>Import &amp;Hourly Profiles…</source>
        <translation>导入逐时曲线(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="426" />
        <source>&amp;Export Workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="427" />
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="428" />
        <source>Co&amp;mpare With…</source>
        <translation>对比其他情景(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="429" />
        <source>Compare With &amp;Last Saved Version</source>
        <translation>与上次保存的版本对比(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="430" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="431" />
        <source>Add &amp;Enterprise</source>
        <translation>添加企业(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="432" />
        <source>Add &amp;Stream to Enterprise</source>
        <translation>为企业添加物流(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="433" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="434" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="435" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="436" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="437" />
        <source>Propose &amp;candidate links…</source>
        <translation>生成候选连接(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="438" />
        <source>&amp;Load Site Plan…</source>
        <translation>载入总平面图(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="439" />
        <source>&amp;Calibrate Scale…</source>
        <translation>标定比例尺(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="440" />
        <source>&amp;Remove Site Plan</source>
        <translation>移除总平面图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="441" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="442" />
        <source>&amp;Fit Park</source>
        <translation>显示整个园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="443" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="444" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="445" />
        <source>Show All Media</source>
        <translation>显示全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="446" />
        <source>&amp;Optimize…</source>
        <translation>优化(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="447" />
        <source>&amp;Pareto Front…</source>
        <translation>帕累托前沿(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="448" />
        <source>&amp;Cancel Optimization</source>
        <translation>取消优化(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="449" />
        <source>Heat &amp;Targets</source>
        <translation>热集成目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="450" />
        <source>&amp;Sankey Diagram</source>
        <translation>桑基图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="454" />
        <source>Optimize the exchange network (F5)</source>
        <translation>优化交换网络 (F5)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="455" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="456" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="465" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="466" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="467" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="468" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="469" />
        <source>&amp;Docks</source>
        <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="470" />
        <source>Filter by &amp;Medium</source>
        <translation>按介质筛选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="471" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="472" />
        <source>&amp;Site Plan</source>
        <translation>总平面图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="473" />
        <source>&amp;Optimize</source>
        <translation>优化(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="474" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="477" />
        <source>Write an Excel workbook with every sheet, its headers explained and an example row, and open the example</source>
        <translation>写出一个 Excel 工作簿（含所有工作表、表头说明和一行示例），并打开该示例</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="483" />
        <source>&lt;b&gt;An empty park.&lt;/b&gt;&lt;br&gt;Right-click here or press Ctrl+E to add an enterprise,&lt;br&gt;or use File ▸ New from Workbook Template… to fill in a workbook.&lt;br&gt;Help ▸ User Guide (F1) walks you through a first hour.</source>
        <translation>&lt;b&gt;这是一个空园区。&lt;/b&gt;&lt;br&gt;在此处右键或按 Ctrl+E 添加企业，&lt;br&gt;或用 文件 ▸ 从工作簿模板新建… 填写工作簿。&lt;br&gt;帮助 ▸ 用户指南（F1）带您完成第一个小时。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="490" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="491" />
        <source>Optimize</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="492" />
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="493" />
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="494" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="495" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="496" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="510" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="529" />
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="529" />
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="531" />
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="531" />
        <source>{count} warnings</source>
        <translation>{count} 个警告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="630" />
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="653" />
        <source>Select an enterprise first</source>
        <translation>请先选择一家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="656" />
        <source>New stream</source>
        <translation>新物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="728" />
        <source>Add Enterprise Here</source>
        <translation>在此添加企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="731" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="735" />
        <source>Park Settings</source>
        <translation>园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="741" />
        <source>Add Stream</source>
        <translation>添加物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="744" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="747" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="751" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="793" />
        <source>Copied 1 enterprise</source>
        <translation>已复制 1 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="795" />
        <source>Copied {count} enterprises</source>
        <translation>已复制 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="801" />
        <source>The clipboard holds no ParkFlow enterprises</source>
        <translation>剪贴板中没有 ParkFlow 企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="841" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="841" />
        <source>Enterprise or stream (id, name or sector):</source>
        <translation>企业或物流（编号、名称或行业）：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="847" />
        <source>Nothing matches “{text}”</source>
        <translation>没有与“{text}”匹配的项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="851" />
        <source>1 match for “{text}”</source>
        <translation>“{text}”有 1 个匹配</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="853" />
        <source>{count} matches for “{text}”</source>
        <translation>“{text}”有 {count} 个匹配</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="886" />
        <source>The park has problems</source>
        <translation>园区数据有问题</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="887" />
        <source>Fix the error listed under Problems before optimizing.</source>
        <translation>请先修正“问题”中列出的错误，再进行优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="889" />
        <source>Fix the {count} errors listed under Problems before optimizing.</source>
        <translation>请先修正“问题”中列出的 {count} 个错误再优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="940" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="942" />
        <source>No costs are set: no utility or disposal has a price (typed or from a factor profile) and the CO₂ and COD prices are 0.

Without a price: {names}.

Minimising cost would find nothing to save (0 % saving). Minimise CO₂ instead, or give the utilities a price or a factor profile first.</source>
        <translation>未设置任何成本：没有公用工程或处置方式有价格（手工填写或来自因子配置），CO₂ 和 COD 价格均为 0。

没有价格的：{names}。

以成本最小为目标将找不到任何节省（节省 0 %）。请改为 CO₂ 最小，或先为公用工程填写价格或选择因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="959" />
        <source>No costs are set</source>
        <translation>未设置成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="965" />
        <source>Minimise CO₂</source>
        <translation>CO₂ 最小</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="966" />
        <source>Minimise cost anyway</source>
        <translation>仍按成本最小</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="980" />
        <source>Optimizing…</source>
        <translation>正在优化…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="989" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1011" />
        <source>Pareto front with {count} points</source>
        <translation>帕累托前沿共 {count} 个点</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1017" />
        <source>Optimization finished: {status}, objective {value} {unit}</source>
        <translation>优化完成：{status}，目标值 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1035" />
        <source>Optimization failed</source>
        <translation>优化失败</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1039" />
        <source>Optimization cancelled</source>
        <translation>优化已取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1056" />
        <source>About ParkFlow</source>
        <translation>关于 ParkFlow</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1058" />
        <source>&lt;b&gt;ParkFlow {version}&lt;/b&gt;&lt;p&gt;Industrial-park symbiosis and cascaded energy use: draw the exchange network, optimize which sources serve which sinks, and report CO₂, COD, energy, water and cost.&lt;/p&gt;&lt;p&gt;Help ▸ User Guide (F1) walks you through a first hour.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ParkFlow {version}&lt;/b&gt;&lt;p&gt;工业园区共生与能源梯级利用：绘制交换网络，优化哪些源供给哪些汇，并报告 CO₂、COD、能耗、用水和成本。&lt;/p&gt;&lt;p&gt;帮助 ▸ 用户指南（F1）带您完成第一个小时。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1081" />
        <source>Optimize first to see the Sankey diagram</source>
        <translation>请先优化再查看桑基图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1100" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1102" />
        <source>Something went wrong inside ParkFlow: {error}

Your park is still open and can be saved. Details are in the log file:
{log}</source>
        <translation>ParkFlow 内部出错：{error}

园区仍然打开，可以保存。详细信息见日志文件：
{log}</translation>
    </message>
</context>
<context>
    <name>OptimizeDialog</name>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="45" />
        <location filename="../../parkflow/ui/results/dialog.py" line="112" />
        <source>Optimize</source>
        <extracomment>The optimizer's default MILP gap (SolveOptions.mip_gap), in percent.</extracomment>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="50" />
        <source>Cost (CNY/yr)</source>
        <translation>成本（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="51" />
        <source>CO₂ emissions (t/yr)</source>
        <translation>CO₂ 排放（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="52" />
        <source>COD discharged (t/yr)</source>
        <translation>COD 排放（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="55" />
        <source>LP: continuous, no build decisions</source>
        <translation>LP：连续变量，不做建设决策</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="56" />
        <source>MILP: build or not build each candidate link</source>
        <translation>MILP：决定每条候选连接是否建设</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="65" />
        <source>This solver is not installed.</source>
        <translation>未安装此求解器。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="67" />
        <source>Limit solver time</source>
        <translation>限制求解时间</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="83" />
        <source>MILP only: stop when the network found is within this share of the savings at stake (the existing links alone minus the best bound). Smaller gaps prove more but can take much longer.</source>
        <translation>仅用于 MILP：当所得管网与最大可节约量（仅用现有连接的成本减去最优界）之差不超过此比例时停止。间隙越小，证明越严格，但耗时可能长得多。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="92" />
        <source>off (single optimization)</source>
        <translation>关闭（单次优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="94" />
        <source>Number of cost–CO₂ trade-off points; each point is a full optimization.</source>
        <translation>成本–CO₂ 权衡点的数量；每个点是一次完整优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="98" />
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="99" />
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="100" />
        <source>Solver:</source>
        <translation>求解器：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="101" />
        <source>MILP gap:</source>
        <translation>MILP 间隙：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="103" />
        <source>Pareto points:</source>
        <translation>帕累托点数：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="105" />
        <source>No solver is available: install highspy or PuLP's CBC.</source>
        <translation>没有可用的求解器：请安装 highspy 或 PuLP 的 CBC。</translation>
    </message>
</context>
<context>
    <name>OptimizeRunner</name>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="49" />
        <source>Checking the park…</source>
        <translation>正在检查园区…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="50" />
        <source>Building the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="51" />
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="52" />
        <source>The park is infeasible: finding what has to give…</source>
        <translation>园区无可行解：正在查找需要放宽的约束…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="53" />
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="54" />
        <source>Computing CO₂, COD, energy, water and cost…</source>
        <translation>正在核算CO₂、COD、能耗、水耗和成本…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="55" />
        <source>Computing the cost–CO₂ trade-off…</source>
        <translation>正在计算成本与CO₂的权衡…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="58" />
        <source>Searching for the best network ({percent} % of the way to the gap asked for)…</source>
        <translation>正在搜索最优管网（距所要求的间隙已完成 {percent} %）…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="77" />
        <source>The park has no feasible solution.</source>
        <translation>园区没有可行解。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="83" />
        <source>The park has problems to fix before it can be optimized:</source>
        <translation>园区存在以下问题，需修正后才能优化：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="90" />
        <source>The optimization was cancelled.</source>
        <translation>优化已取消。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="92" />
        <source>The solver failed:</source>
        <translation>求解器失败：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="94" />
        <source>The solver ran out of time:</source>
        <translation>求解器超时：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="96" />
        <source>Unexpected error during optimization:</source>
        <translation>优化时发生意外错误：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="341" />
        <source>A Pareto sweep needs at least 2 points.</source>
        <extracomment>The full traceback of the last unexpected failure, for the log dock.</extracomment>
        <translation>帕累托扫描至少需要 2 个点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="348" />
        <source>An optimization is already running.</source>
        <translation>已有优化正在运行。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="352" />
        <source>Starting the optimization…</source>
        <translation>正在开始优化…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="359" />
        <source>The optimizer returned no result.</source>
        <translation>优化器没有返回结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="362" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ParkScene</name>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="217" />
        <source>The site plan image cannot be read</source>
        <extracomment>With more links than this, edges are drawn without antialiasing and candidate links without flow are hidden when zoomed out. Zoom below which unused candidate links of a dense park are hidden. Zoom below which edges are drawn as straight lines (curves are not visible). kind, id — a click on a port (stream) or an item that should show in the inspector the selected link changed (links are not graphics items) what is filtered out changed (media, candidate or unused links) a result overlay was applied or cleared (the legend shows flow widths then) link id → its edge (painted in the background; see EdgeRecord) the link being drawn, from mouse press on a port to release which period's flows the overlay draws ("" without periods), for the legend the site plan drawn under everything, and where (scene rect) while set, a left click on the canvas gives its scene point here (site-plan calibration)</extracomment>
        <translation>无法读取总平面图图像</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="726" />
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="726" />
        <source>existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="732" />
        <source>capacity {value:g}</source>
        <translation>能力 {value:g}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="734" />
        <source>optimized flow {value:.4g}</source>
        <translation>优化流量 {value:.4g}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="737" />
        <source>utilisation {value:.0%}</source>
        <translation>利用率 {value:.0%}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="740" />
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/interactions.py" line="109" />
        <source>a link joins a storage to a stream, not to another storage</source>
        <translation>连接只能连接储罐与物流，不能连接两个储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/interactions.py" line="83" />
        <source>link {id} already joins these streams</source>
        <translation>连接 {id} 已连接这两个物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/interactions.py" line="94" />
        <location filename="../../parkflow/ui/canvas/interactions.py" line="121" />
        <source>Added link {id}: {source} → {sink}</source>
        <translation>已添加连接 {id}：{source} → {sink}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/interactions.py" line="130" />
        <source>Link refused: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="56" />
        <source>Whole year</source>
        <extracomment>The column the period frames carry (the period id).</extracomment>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="63" />
        <source>%1 (%2 h)</source>
        <translation>%1（%2 h）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="114" />
        <source>Whole year: flows are hours-weighted average rates over the %1 h of all periods (rate × hours = the annual quantity).</source>
        <translation>全年：流量为各时段共 %1 h 的按小时加权平均速率（速率 × 小时数 = 年总量）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="120" />
        <source>%1: flows are the rates while this period lasts (%2 h a year).</source>
        <translation>%1：流量为该时段内的速率（每年 %2 h）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="133" />
        <source>Whole year: the sum of all periods, each weighted by its hours.</source>
        <translation>全年：各时段按其小时数加权后的总和。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="137" />
        <source>%1's share of the year: the figures count only its %2 h, so the periods add up to the whole year.</source>
        <translation>%1占全年的部分：指标只计其 %2 h，各时段相加即为全年。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="158" />
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="159" />
        <source>tce</source>
        <translation>吨标准煤</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="160" />
        <source>Nm³</source>
        <translation>Nm³</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="161" />
        <source>PE</source>
        <translation>当量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="162" />
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="166" />
        <source>%1 in this period</source>
        <translation>%1（本时段）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="251" />
        <source>Period:</source>
        <extracomment>the period last picked: kept while results come and go (re-optimize, language switch)</extracomment>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/periods.py" line="254" />
        <source>Show the figures, flows and Sankey of the whole year or of one period (season, shutdown, day or night).</source>
        <translation>显示全年或某一时段（季节、检修停产、白天或夜间）的指标、流量和桑基图。</translation>
    </message>
</context>
<context>
    <name>PipeCells</name>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="45" />
        <source>Computed; type a number to override.</source>
        <extracomment>Colour of a computed (not typed) value. Link columns that are computed when blank.</extracomment>
        <translation>计算值；输入数字可覆盖。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="47" />
        <source>Straight distance between the two enterprises × the park's routing factor {factor}.</source>
        <translation>两企业间直线距离 × 园区管线路由系数 {factor}。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="51" />
        <source>Smallest standard nominal size (ASME B36.10M standard wall) within the medium's design velocity (GB 50041) that, for steam, keeps the sink's pressure.</source>
        <translation>在介质设计流速（GB 50041）内、且对蒸汽能保证用户端压力的最小标准公称管径（ASME B36.10M 标准壁厚）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="57" />
        <source>Steam pressure {inlet} → {outlet} MPa at {flow} design flow.</source>
        <translation>设计流量 {flow} 下蒸汽压力 {inlet} → {outlet} MPa。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="63" />
        <source>Heat lost by the insulated pipe (insulation to the GB/T 4272 heat-loss limits) as a share of what it carries at design flow: steam as condensate, hot water as temperature.</source>
        <translation>保温管道（保温按 GB/T 4272 散热损失限值）的散热占设计流量输送量的比例：蒸汽计为凝结水，热水计为温降。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="69" />
        <source>Insulation {mm} mm.</source>
        <translation>保温层 {mm} mm。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="79" />
        <source>Length × cost per km for the medium and size.</source>
        <translation>长度 × 该介质与管径的每公里造价。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/pipe_cells.py" line="81" />
        <source>{cost} CNY/km ({year}): {source}</source>
        <translation>{cost} 元/km（{year} 年）：{source}</translation>
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
    <name>ProposeCandidatesDialog</name>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="58" />
        <source>Propose candidate links</source>
        <extracomment>Slider steps of 0.1 km, up to 10 km.</extracomment>
        <translation>生成候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="61" />
        <source>Adds a candidate link for every compatible source–sink pair of different enterprises within the distance below (straight line), with length, pipe size, heat loss and capex computed. Existing links are kept. Undo removes them all.</source>
        <translation>为下方距离（直线）内不同企业间每一对相容的供需流股添加候选连接，并计算长度、管径、散热损失和投资。现有连接保留。撤销可一次全部移除。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="78" />
        <source>Add links</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="79" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="105" />
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="114" />
        <source>{count} new candidate links within {km} km</source>
        <translation>{km} km 内新增 {count} 条候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="119" />
        <source>{count} steam pairs left out: no pipe size holds the sink's pressure</source>
        <translation>{count} 对蒸汽未纳入：没有管径能保证用户端压力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/candidates_dialog.py" line="134" />
        <source>Propose {count} candidate links</source>
        <translation>生成 {count} 条候选连接</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../../parkflow/ui/results/charts.py" line="175" />
        <source>CO₂ emissions</source>
        <extracomment>Width of the category axis of horizontal bar charts: room for about 22 characters of a name. Width of the value axis in pixels: room for labels like "−12.70 M". index of the clicked point in the list given to :meth:`set_points`</extracomment>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/charts.py" line="178" />
        <location filename="../../parkflow/ui/results/charts.py" line="188" />
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="125" />
        <location filename="../../parkflow/ui/results/dock.py" line="575" />
        <source>Results</source>
        <extracomment>Enterprise id → grade colour to paint on the canvas ({}: plain boxes). The result as the canvas and the Sankey draw it for the period selected (a result without periods); emitted only for results with periods.</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="143" />
        <location filename="../../parkflow/ui/results/dock.py" line="578" />
        <source>Summary</source>
        <extracomment>the year's KPI table (the same as ``_kpi_table`` unless a period is picked): grades and permits are annual, so the enterprises tab reads it whatever the period KPI key → card, rebuilt by :meth:`set_result` True while the language changes: the "Who gains" tab keeps its shares</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="144" />
        <location filename="../../parkflow/ui/results/dock.py" line="579" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="145" />
        <location filename="../../parkflow/ui/results/dock.py" line="580" />
        <source>Prices</source>
        <translation>影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="146" />
        <location filename="../../parkflow/ui/results/dock.py" line="581" />
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="147" />
        <location filename="../../parkflow/ui/results/dock.py" line="582" />
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="148" />
        <location filename="../../parkflow/ui/results/dock.py" line="583" />
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="150" />
        <location filename="../../parkflow/ui/results/dock.py" line="584" />
        <source>Who gains</source>
        <translation>谁受益</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="220" />
        <location filename="../../parkflow/ui/results/dock.py" line="591" />
        <source>Quantity:</source>
        <extracomment>"Whole year" or one period, above the tabs it applies to (shown for results with periods) "results are out of date" with a Re-optimize button, shown after an edit</extracomment>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="256" />
        <source>Shadow prices of balances and binding capacities</source>
        <translation>平衡约束与紧约束能力的影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="263" />
        <source>Reduced costs of unused candidate links</source>
        <translation>未使用候选连接的检验数</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="315" />
        <location filename="../../parkflow/ui/results/dock.py" line="592" />
        <source>Colour enterprises on the canvas by grade</source>
        <translation>在画布上按等级为企业着色</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="341" />
        <source>Run an optimization to see the indicators of each enterprise.</source>
        <translation>运行优化后可查看各企业指标。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="353" />
        <source>Grading rules could not be read: %1</source>
        <translation>无法读取分级规则：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="360" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="361" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="362" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="363" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="368" />
        <source>COD permit surplus (t/yr)</source>
        <translation>COD节余排污指标（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="369" />
        <source>NH3-N permit surplus (t/yr)</source>
        <translation>氨氮节余排污指标（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="373" />
        <source>Grades by %1 (state: %2).</source>
        <translation>分级规则：%1（状态：%2）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="376" />
        <source>These rules are an example built from the dimensions the provincial reports name, not an official index.</source>
        <translation>此规则为依据省级报告所列维度构建的示例，非官方指数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="430" />
        <source>No optimization result yet: run Optimize.</source>
        <translation>尚无优化结果：请运行“优化”。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="439" />
        <source>Run an optimization to see shadow prices.</source>
        <translation>运行优化后可查看影子价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="440" />
        <source>Run an optimization to see reduced costs.</source>
        <translation>运行优化后可查看检验数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="97" />
        <source>{row}: {figures} from the factor profile “{profile}”</source>
        <extracomment>Price-table columns kept in the model (and the item lookup) but not shown: the per-year forms repeat the per-hour ones, and the constraint name repeats family + key. Each price table's value and unit columns, and the column naming the park item a row is about, as the optimizer writes them (parkflow/optimize/results.py: ``_duals_frame``, ``_reduced_costs_frame``): a shadow price per hour of a balance or capacity, or what an unused candidate link would have to cost less per unit to be used. The optimizer's note on figures a factor profile filled in ("U1: co2_t_per_unit = 0.175 from factor 'x'").</extracomment>
        <translation>{row}：{figures}，取自因子配置“{profile}”</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="152" />
        <location filename="../../parkflow/ui/results/dock.py" line="588" />
        <source>Storage</source>
        <translation>储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="381" />
        <source>Indicators and grades are the whole year's: permits and intensities are annual.</source>
        <translation>指标和评级按全年计：排污许可量和强度均为年度指标。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="444" />
        <source>No Pareto front yet. Optimize ▸ Pareto Front… (Shift+F5) solves several points between the cheapest and the lowest-CO₂ operation and plots them here.</source>
        <translation>尚无帕累托前沿。优化 ▸ 帕累托前沿…（Shift+F5）会在最低成本与最低 CO₂ 之间求解多个方案，并在此绘出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="450" />
        <source>Heat targets have not been computed. Optimize ▸ Heat Targets (F6) draws the composite curves of the park's heat and hot-water streams here.</source>
        <translation>尚未计算热集成目标。优化 ▸ 热集成目标（F6）会在此绘出园区热量和热水物流的组合曲线。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="497" />
        <source>%n trade-off point(s). Click a point to show its network and figures.</source>
        <translation><numerusform>%n 个权衡点。点击一个点查看其网络与指标。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="505" />
        <source>All %n point(s) coincide: the cheapest operation is also the lowest-CO₂ one, so there is no trade-off to choose.</source>
        <translation><numerusform>全部 %n 个点重合：成本最低的运行方式也是 CO₂ 最低的，无需权衡。</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="515" />
        <source>The Pareto sweep gave no points.</source>
        <translation>帕累托扫描没有得到任何点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="527" />
        <source>Heat targets could not be computed: %1</source>
        <translation>无法计算热集成目标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="538" />
        <source>The optimization gave no result.</source>
        <translation>优化没有得到结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="673" />
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="674" />
        <source>objective %1 = &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>目标 %1 = &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="682" />
        <source>gap %1 %</source>
        <translation>间隙 %1 %</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="683" />
        <source>solved in %1 s</source>
        <translation>求解用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="701" />
        <source>The objective (%1) and the Cost card (%2) differ: in LP mode the optimizer charges a new link's capital cost in proportion to the share of its capacity used (a lower bound), while the Cost card counts the full annualised capital cost of every new link that carries flow. MILP mode charges it in full, and the two agree.</source>
        <translation>目标值（%1）与成本卡（%2）不同：LP 模式下优化器按新建连接所用容量的比例计入其投资（下界），而成本卡计入每条有流量的新建连接的全部年化投资。MILP 模式按全额计入，两者一致。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="713" />
        <source>The network found is within %1 % of the savings at stake (%2 %3: the existing links alone minus the best bound).</source>
        <translation>所得管网与最大可节约量相差不超过 %1 %（可节约量 %2 %3：仅用现有连接的成本减去最优界）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="734" />
        <source>Energy counts electricity as: %1</source>
        <translation>能耗中电力按以下方式折算：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="753" />
        <source>KPIs could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="772" />
        <source>Not modelled in this park: nothing in it carries this quantity.</source>
        <translation>本园区未建模：园区内没有任何项目涉及此数量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="822" />
        <source>%1 by state</source>
        <translation>各状态的%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="829" />
        <source>Reduction by enterprise (standalone − optimized)</source>
        <translation>按企业的减量（独立运行 − 优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="831" />
        <source>Reduction by medium (standalone − optimized)</source>
        <translation>按介质的减量（独立运行 − 优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="847" />
        <source>Breakdowns are not available.</source>
        <translation>没有分项数据。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="864" />
        <source>Showing the %1 largest of %2 %3.</source>
        <translation>显示 %2 个%3中最大的 %1 个。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="867" />
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="867" />
        <source>media</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="875" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="889" />
        <source>No shadow prices: the result has none.</source>
        <translation>没有影子价格：结果中没有。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="891" />
        <source>No reduced costs: every candidate link is used, or there are none.</source>
        <translation>没有检验数：所有候选连接都已使用，或没有候选连接。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="915" />
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="916" />
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="917" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="918" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="919" />
        <source>Balance or limit</source>
        <translation>平衡或限值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="920" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="921" />
        <location filename="../../parkflow/ui/results/dock.py" line="923" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="922" />
        <source>Cheaper by</source>
        <translation>需降低</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="924" />
        <source>Annual capex (CNY/yr)</source>
        <translation>年化投资（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="925" />
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="964" />
        <source>Minimum hot utility &lt;b&gt;%1 MW&lt;/b&gt;, minimum cold utility &lt;b&gt;%2 MW&lt;/b&gt;.</source>
        <translation>最小热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，最小冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="969" />
        <source>No pinch: one utility alone balances the park.</source>
        <translation>无夹点：仅需一种公用工程即可平衡园区。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="971" />
        <source>Pinch at %1 °C (hot) / %2 °C (cold).</source>
        <translation>夹点 %1 °C（热）/ %2 °C（冷）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="977" />
        <source>With the park's own pipes: hot utility &lt;b&gt;%1 MW&lt;/b&gt;, cold utility &lt;b&gt;%2 MW&lt;/b&gt; (the difference to the targets is what new links could still recover).</source>
        <translation>利用园区现有管道：热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;（与目标的差值即新连接仍可回收的部分）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="981" />
        <source>Heat flow (MW)</source>
        <translation>热流 (MW)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="984" />
        <source>Hot composite</source>
        <translation>热复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="984" />
        <source>Cold composite</source>
        <translation>冷复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="987" />
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="987" />
        <source>Composite curves</source>
        <translation>复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="994" />
        <source>Grand composite</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="1001" />
        <source>Shifted temperature (°C)</source>
        <translation>位移温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="1001" />
        <source>Grand composite curve</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="1022" />
        <source>en</source>
        <comment>language code of the shadow-price readings: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="45" />
        <source>Standalone</source>
        <extracomment>KPI keys in display order with their unit, from the one KPI catalogue. Magnitudes below this are solver round-off (HiGHS feasibility tolerance 1e-7) and read as 0. States of the park in display order (docs/design.md, "Accounting"). Translation context of the KPI catalogue's labels: scripts/update_translations.py writes each English label with the catalogue's Chinese one into the translation file. Translation context of the media catalogue's names (parkflow/model/media.py): scripts/update_translations.py writes each English name with the catalogue's Chinese one.</extracomment>
        <translation>独立运行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="46" />
        <source>Current</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="47" />
        <source>Optimized</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="164" />
        <source>optimal</source>
        <extracomment>Money in the who-gains views is counted in 10⁴ CNY (万元), as in the committee report.</extracomment>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="165" />
        <source>time limit reached (best solution found)</source>
        <translation>达到时间限制（已找到的最优解）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="166" />
        <source>infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="167" />
        <source>unbounded</source>
        <translation>无界</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="175" />
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="176" />
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="177" />
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="185" />
        <source>source balance</source>
        <translation>供方平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="186" />
        <source>sink balance</source>
        <translation>需方平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="187" />
        <source>link capacity</source>
        <translation>连接能力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="188" />
        <source>converter capacity</source>
        <translation>转换装置能力</translation>
    </message>
</context>
<context>
    <name>SankeyWindow</name>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="178" />
        <location filename="../../parkflow/ui/sankey.py" line="256" />
        <source>Sankey diagram</source>
        <extracomment>Total height of all bands of one side when every medium is shown, in scene pixels. Thinnest band drawn, so that small flows stay visible (pixels). Flows below this rate (canonical units) are not drawn. Node keys of the merged small senders and receivers (see :func:`merge_small_nodes`). Most nodes drawn per column; a large park's smaller ones are merged so names stay readable.</extracomment>
        <translation>桑基图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="197" />
        <location filename="../../parkflow/ui/sankey.py" line="260" />
        <source>All media</source>
        <extracomment>band → its path item (tests count these) node key → its bar item</extracomment>
        <translation>全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="202" />
        <location filename="../../parkflow/ui/sankey.py" line="258" />
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="204" />
        <location filename="../../parkflow/ui/sankey.py" line="259" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="217" />
        <location filename="../../parkflow/ui/sankey.py" line="257" />
        <source>Medium:</source>
        <translation>介质：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="301" />
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="309" />
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="309" />
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="316" />
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="316" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/sankey.py" line="323" />
        <source>%n other sender(s)</source>
        <translation><numerusform>其他 %n 个供给方</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/sankey.py" line="325" />
        <source>%n other receiver(s)</source>
        <translation><numerusform>其他 %n 个接收方</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="350" />
        <source>No flows to show.</source>
        <translation>没有可显示的流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="352" />
        <source>Run an optimization to see its flows.</source>
        <translation>运行优化后可查看流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="374" />
        <source>%1: band widths are proportional to the rate in %2.</source>
        <translation>%1：带宽与以 %2 计的流率成正比。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="381" />
        <source>Band widths are proportional within each medium; media have different units, so each medium is scaled on its own. Pick one medium to compare its flows exactly.</source>
        <translation>带宽在每种介质内按比例绘制；各介质单位不同，分别缩放。选择一种介质可精确比较其流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="390" />
        <source>Smaller senders and receivers are merged so that names stay readable.</source>
        <translation>较小的供给方和接收方已合并，以便名称清晰可读。</translation>
    </message>
</context>
<context>
    <name>SitePlan</name>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="82" />
        <source>the PDF page cannot be rendered</source>
        <extracomment>Width in pixels a PDF page is rendered to.</extracomment>
        <translation>无法渲染该 PDF 页面</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="90" />
        <source>{name} is not a PNG or JPG image</source>
        <translation>{name} 不是 PNG 或 JPG 图像</translation>
    </message>
</context>
<context>
    <name>SitePlanController</name>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="122" />
        <location filename="../../parkflow/ui/site_plan_ui.py" line="132" />
        <source>Load site plan</source>
        <translation>载入总平面图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="124" />
        <source>Site plans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>总平面图 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="131" />
        <source>Site plan not loaded: {reason}</source>
        <translation>未载入总平面图：{reason}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="134" />
        <source>Site plan {name} loaded; calibrate its scale with two points of known distance</source>
        <translation>已载入总平面图 {name}；请用两个已知距离的点标定比例尺</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="140" />
        <source>Remove site plan</source>
        <translation>移除总平面图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="141" />
        <source>Site plan removed</source>
        <translation>已移除总平面图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="146" />
        <location filename="../../parkflow/ui/site_plan_ui.py" line="174" />
        <source>Load a site plan first</source>
        <translation>请先载入总平面图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="149" />
        <source>Click the first of two points whose distance you know</source>
        <translation>请点击已知距离的两点中的第一点</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="154" />
        <source>Click the second point</source>
        <translation>请点击第二点</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="159" />
        <source>Calibrate scale</source>
        <translation>标定比例尺</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="160" />
        <source>Distance between the two points (m):</source>
        <translation>两点间距离（m）：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="178" />
        <source>Click two different points and give a distance above 0</source>
        <translation>请点击两个不同的点并输入大于 0 的距离</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="180" />
        <source>Calibrate site plan</source>
        <translation>标定总平面图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/site_plan_ui.py" line="182" />
        <source>Site plan calibrated: {m} m per pixel</source>
        <translation>总平面图已标定：每像素 {m} m</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <location filename="../../parkflow/ui/stale.py" line="39" />
        <source>Results are out of date: the park changed after the last optimization.</source>
        <translation>结果已过期：上次优化后园区已被修改。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/stale.py" line="40" />
        <source>Re-optimize</source>
        <translation>重新优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/stale.py" line="41" />
        <source>Optimize again with the last options (F5 asks for options first)</source>
        <translation>按上次的选项重新优化（F5 会先询问选项）</translation>
    </message>
</context>
<context>
    <name>StorageTab</name>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="225" />
        <source>Storage:</source>
        <extracomment>what the charts show (tests read it) the period picked in the results dock, shaded on the charts (None: the whole year)</extracomment>
        <translation>储罐：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="226" />
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="227" />
        <source>The tank or accumulator whose level is drawn.</source>
        <translation>绘制其存量的储罐或蓄热器。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="230" />
        <source>Periods of one cycle follow each other and repeat (e.g. a winter day and a winter night); the level at the end of the cycle is the level it starts with.</source>
        <translation>同一周期的各时段依次相接并循环（如冬季白天和冬季夜间）；周期结束时的存量即周期开始时的存量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="250" />
        <source>%1 · %2 at %3</source>
        <translation>%1 · %3 的%2</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="270" />
        <source>The result has no storage.</source>
        <translation>结果中没有储能。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="272" />
        <location filename="../../parkflow/ui/results/storage_chart.py" line="360" />
        <source>Hours into the cycle (h)</source>
        <translation>周期内时刻（h）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="273" />
        <source>Level</source>
        <translation>存量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="274" />
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="276" />
        <source>Level of %1 at the end of each period of the cycle (%2)</source>
        <translation>%1 在周期内各时段末的存量（%2）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="327" />
        <source>Charge</source>
        <translation>充入</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="327" />
        <source>Discharge</source>
        <translation>放出</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="354" />
        <source>Charge (up) and discharge (down) per period (%1)</source>
        <translation>各时段充入（向上）与放出（向下）速率（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="358" />
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="391" />
        <source>Highest level %1 %2</source>
        <translation>最高存量 %1 %2</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="394" />
        <source> of %1 %2 (%3 % full)</source>
        <translation>，容量 %1 %2（%3 % 满）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="403" />
        <source>charges in %1</source>
        <translation>充入时段：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="409" />
        <source>gives back in %1</source>
        <translation>放出时段：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/storage_chart.py" line="414" />
        <source>unused: no period charges or discharges it</source>
        <translation>未使用：没有时段充入或放出</translation>
    </message>
</context>
<context>
    <name>TablesWidget</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="564" />
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="565" />
        <source>Streams</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="566" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="567" />
        <source>Utilities</source>
        <translation>公用工程</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="568" />
        <source>Disposals</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="569" />
        <source>Converters</source>
        <translation>转换装置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="570" />
        <source>Storages</source>
        <translation>储能/储罐</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="571" />
        <source>Periods</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="572" />
        <source>Profiles</source>
        <translation>时段系数</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="55" />
        <source>CNY/yr</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="56" />
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="57" />
        <source>t/yr</source>
        <translation>吨/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="58" />
        <source>tce/yr</source>
        <translation>吨标煤/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="59" />
        <source>Nm³/yr</source>
        <translation>Nm³/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="60" />
        <location filename="../../parkflow/ui/results/formatting.py" line="61" />
        <source>t CO₂/yr</source>
        <translation>吨 CO₂/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="62" />
        <source>t/10⁴ CNY</source>
        <translation>吨/万元</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="63" />
        <source>tce/10⁴ CNY</source>
        <translation>吨标煤/万元</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="64" />
        <source>PE/yr</source>
        <translation>当量/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="65" />
        <source>10⁴ CNY/yr</source>
        <translation>万元/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="66" />
        <source>10⁴ CNY</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>WhoGainsTab</name>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="153" />
        <source>Solving every coalition of enterprises…</source>
        <extracomment>Units of the tab's money: every figure, in the sentences, the chart and the tables, in 10⁴ CNY (万元). Bar colours: standalone cost, Shapley share, shadow-price share.</extracomment>
        <translation>正在求解所有企业联盟…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="177" />
        <source>Share the saving</source>
        <translation>分配节省</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="178" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="192" />
        <source>Standalone cost</source>
        <translation>独立运行成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="201" />
        <source>Could not share the saving: %1</source>
        <translation>无法分配节省：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="205" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="219" />
        <source>Optimize the park to see who gains.</source>
        <translation>请先优化园区，再查看谁受益。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="223" />
        <source>Press “Share the saving” to solve the park's coalitions (sampled Shapley shares for more than 12 enterprises).</source>
        <translation>点击“分配节省”求解园区各企业联盟（企业多于12家时抽样估计Shapley分配）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="246" />
        <source>Shapley shares exact over all %1 coalitions.</source>
        <translation>Shapley分配按全部 %1 个联盟精确计算。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="251" />
        <source>Shapley shares sampled over %1 random orders (± one standard error in the table).</source>
        <translation>Shapley分配由 %1 个随机顺序抽样估计（表中±为一个标准误差）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="301" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="305" />
        <source>± standard error</source>
        <translation>±标准误差</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="193" />
        <source>Shapley share of saving</source>
        <translation>Shapley节省分摊</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="194" />
        <source>Shadow-price share of saving</source>
        <translation>影子价格节省分摊</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="241" />
        <source>The park saves %1 %2 together.</source>
        <translation>园区合作每年共节省 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="302" />
        <source>Standalone cost (%1)</source>
        <translation>独立运行成本（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="303" />
        <source>Saving without transfer (%1)</source>
        <translation>无转移支付时节省（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="304" />
        <source>Shapley share of saving (%1)</source>
        <translation>Shapley节省分摊（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="306" />
        <source>Shadow-price share of saving (%1)</source>
        <translation>影子价格节省分摊（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="307" />
        <location filename="../../parkflow/ui/results/who_gains.py" line="336" />
        <source>Capex (%1)</source>
        <translation>投资（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="308" />
        <location filename="../../parkflow/ui/results/who_gains.py" line="338" />
        <source>NPV (%1)</source>
        <translation>净现值（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="309" />
        <location filename="../../parkflow/ui/results/who_gains.py" line="339" />
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="310" />
        <location filename="../../parkflow/ui/results/who_gains.py" line="340" />
        <source>Payback (yr)</source>
        <translation>静态回收期（年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="332" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="333" />
        <source>From</source>
        <translation>供方</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="334" />
        <source>To (pays)</source>
        <translation>受方（付费）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="335" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="337" />
        <source>Annual saving (%1)</source>
        <translation>年节省（%1）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="342" />
        <source>existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/who_gains.py" line="342" />
        <source>candidate</source>
        <translation>候选</translation>
    </message>
</context>
<context><name>KpiCatalogue</name><message><source>CO2 emissions, scope 1 + 2</source><translation>二氧化碳排放量（范围一+二）</translation></message><message><source>CO2, scope 1 (direct)</source><translation>二氧化碳直接排放（范围一）</translation></message><message><source>CO2, scope 2 (purchased energy)</source><translation>二氧化碳间接排放（范围二）</translation></message><message><source>CO2 upstream, scope 3 (not in the total)</source><translation>上游二氧化碳（范围三，不计入总量）</translation></message><message><source>CO2 utilised as a product (still emitted)</source><translation>作为产品利用的二氧化碳（仍计入排放）</translation></message><message><source>COD generated</source><translation>COD产生量</translation></message><message><source>COD discharged</source><translation>COD排放量</translation></message><message><source>NH3-N generated</source><translation>氨氮产生量</translation></message><message><source>NH3-N discharged</source><translation>氨氮排放量</translation></message><message><source>NOx emitted</source><translation>氮氧化物排放量</translation></message><message><source>SO2 emitted</source><translation>二氧化硫排放量</translation></message><message><source>Particulate matter emitted</source><translation>颗粒物排放量</translation></message><message><source>VOCs emitted</source><translation>挥发性有机物排放量</translation></message><message><source>Water pollution equivalents</source><translation>水污染当量数</translation></message><message><source>Air pollution equivalents</source><translation>大气污染当量数</translation></message><message><source>Environmental protection tax (estimate)</source><translation>环境保护税（估算）</translation></message><message><source>Energy use of the modelled exchanges</source><translation>建模范围能源消费量</translation></message><message><source>Natural gas</source><translation>天然气消费量</translation></message><message><source>Fresh water</source><translation>新鲜水用量</translation></message><message><source>Cost</source><translation>成本</translation></message><message><source>CO2 per 10⁴ CNY of value added</source><translation>单位工业增加值二氧化碳排放</translation></message><message><source>Energy per 10⁴ CNY of value added</source><translation>单位工业增加值能耗</translation></message></context><context><name>MediaCatalogue</name><message><source>Steam</source><translation>蒸汽</translation></message><message><source>Heat</source><translation>热量</translation></message><message><source>Hot water</source><translation>热水</translation></message><message><source>Hydrogen</source><translation>氢气</translation></message><message><source>Water</source><translation>水</translation></message><message><source>Material</source><translation>物料</translation></message><message><source>Fuel</source><translation>燃料</translation></message><message><source>Electricity</source><translation>电力</translation></message><message><source>steam</source><translation>蒸汽</translation></message><message><source>heat</source><translation>热量</translation></message><message><source>hot water</source><translation>热水</translation></message><message><source>hydrogen</source><translation>氢气</translation></message><message><source>water</source><translation>水</translation></message><message><source>material</source><translation>物料</translation></message><message><source>fuel</source><translation>燃料</translation></message><message><source>electricity</source><translation>电力</translation></message></context></TS>