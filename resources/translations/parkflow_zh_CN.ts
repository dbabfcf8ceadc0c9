<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Commands</name>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="79" />
        <source>Add {kind} {id}</source>
        <extracomment>Clipboard MIME type of copied park fragments (JSON of entity rows per kind). Ids of mergeable commands (QUndoCommand.id()).</extracomment>
        <translation>添加 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="97" />
        <location filename="../../parkflow/ui/commands.py" line="276" />
        <source>Delete {kind} {id}</source>
        <translation>删除 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="123" />
        <source>Edit {kind} {id}</source>
        <translation>编辑 {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="148" />
        <source>Move {id}</source>
        <translation>移动 {id}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="174" />
        <source>Edit park settings</source>
        <translation>编辑园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="238" />
        <source>Move {count} enterprises</source>
        <translation>移动 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="277" />
        <source>Delete {count} items</source>
        <translation>删除 {count} 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="321" />
        <source>the clipboard holds no ParkFlow items</source>
        <translation>剪贴板中没有 ParkFlow 项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="338" />
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="356" />
        <source>Paste 1 item</source>
        <translation>粘贴 1 项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/commands.py" line="357" />
        <source>Paste {count} items</source>
        <translation>粘贴 {count} 项</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../parkflow/ui/document.py" line="242" />
        <source>the id must not be empty</source>
        <extracomment>Entity kinds (workbook sheet names) in the order they depend on each other. Singular name of each kind, as used in signals and problem locations. Prefix of generated ids per kind. kind (sheet name), id — emitted after the per-kind signal True when the result stopped matching the park (an edit), False when it matches again</extracomment>
        <translation>编号不能为空</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="245" />
        <source>the id {id} is already used by another {kind}</source>
        <translation>编号 {id} 已被另一个 {kind} 使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="249" />
        <location filename="../../parkflow/ui/document.py" line="298" />
        <source>{kind} {id} does not exist</source>
        <translation>{kind} {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="253" />
        <source>{field} must be a finite number</source>
        <translation>{field} 必须是有限数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="256" />
        <location filename="../../parkflow/ui/document.py" line="285" />
        <location filename="../../parkflow/ui/document.py" line="344" />
        <source>enterprise {id} does not exist</source>
        <translation>企业 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="258" />
        <source>amount must be a number ≥ 0</source>
        <translation>数量必须是 ≥ 0 的数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="260" />
        <source>utility {id} does not exist</source>
        <translation>公用工程 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="262" />
        <source>disposal {id} does not exist</source>
        <translation>处置方式 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="266" />
        <source>stream {id} has links; delete them before turning it into a {direction}</source>
        <translation>物流 {id} 已有连接；请先删除连接再将其改为 {direction}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="272" />
        <source>source stream {id} does not exist</source>
        <translation>供方物流 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="274" />
        <source>sink stream {id} does not exist</source>
        <translation>需方物流 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="280" />
        <source>link {other} already joins {source} to {sink}</source>
        <translation>连接 {other} 已连接 {source} 与 {sink}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="289" />
        <source>the input {id} must be an existing sink stream</source>
        <translation>输入 {id} 必须是已有的需方物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="291" />
        <source>the output {id} must be an existing source stream</source>
        <translation>输出 {id} 必须是已有的供方物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="293" />
        <source>ratio must be a number &gt; 0</source>
        <translation>转换比必须是 &gt; 0 的数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="302" />
        <source>{kind} {id} is still used by {names}</source>
        <translation>{kind} {id} 仍被 {names} 使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="352" />
        <source>unknown park setting {key}</source>
        <translation>未知的园区设置 {key}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/document.py" line="354" />
        <source>{key} must be a number ≥ 0</source>
        <translation>{key} 必须是 ≥ 0 的数值</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="336" />
        <source>Filter…</source>
        <extracomment>the enterprise a new stream joins (the main window points it at the selection)</extracomment>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="337" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="338" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="383" />
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="391" />
        <source>Select the enterprise the stream belongs to (on the canvas or in the Enterprises table) first</source>
        <translation>请先选择物流所属的企业（在画布上或企业表中）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="393" />
        <source>Add an enterprise first</source>
        <translation>请先添加企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="395" />
        <source>New stream</source>
        <translation>新物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="400" />
        <source>No source and sink can be linked yet: add a source and a sink of the same medium (or drag from a source port to a sink port on the canvas)</source>
        <translation>目前没有可连接的源和汇：请添加同一介质的源和汇（或在画布上从源端口拖到汇端口）</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="178" />
        <source>Out of date: the park changed after this optimization</source>
        <extracomment>Read-only columns a table adds after the workbook columns, filled from the last result. the reason an edit was refused, for the status bar the workbook columns, then read-only columns computed from the last result</extracomment>
        <translation>已过期：此次优化后园区已被修改</translation>
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
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="98" />
        <source>Blank: computed from the factor profile chosen above (factor library).</source>
        <extracomment>The pseudo-kind of the park settings (the ``park`` sheet). How a field is edited. A drop-down of the ids of one kind (``reference:&lt;kind&gt;``), blank allowed where noted. Reference fields: (kind, column) → (kind referred to, blank allowed, stream direction wanted).</extracomment>
        <translation>留空：按上面选择的因子配置（因子库）计算。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="99" />
        <source>per unit of this row's unit (blank unit: the medium's canonical unit)</source>
        <translation>每单位（本行的单位；单位留空时为该介质的标准单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="102" />
        <source>Park name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="102" />
        <source>The park's name, shown in titles and reports.</source>
        <translation>园区名称，显示在标题和报告中。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="104" />
        <source>Operating hours per year (h/yr)</source>
        <translation>年运行小时数（h/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="105" />
        <source>Hours a year the streams flow; annual figures are hourly rates × these hours. Default {value} h.</source>
        <translation>物流每年运行的小时数；年度数值 = 小时流量 × 该小时数。默认 {value} 小时。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="109" />
        <source>Minimum approach temperature ΔTmin (K)</source>
        <translation>最小传热温差 ΔTmin（K）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="110" />
        <source>Smallest temperature difference a heat exchanger needs between hot and cold sides (heat cascade). Default {value} K.</source>
        <translation>换热器冷热两侧所需的最小温差（热量梯级利用）。默认 {value} K。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="114" />
        <source>Discount rate (%)</source>
        <translation>折现率（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="115" />
        <source>Annualises the capital cost of candidate links over their lifetime. Default {value} %.</source>
        <translation>用于将候选连接的投资按寿命期年化。默认 {value} %。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="119" />
        <source>CO₂ price (CNY/t)</source>
        <translation>CO₂ 价格（元/吨）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="120" />
        <source>Price of one tonne of CO₂ in the cost objective (e.g. the carbon market price). Default 0: CO₂ counts in the KPIs but not in the cost.</source>
        <translation>成本目标中每吨 CO₂ 的价格（如碳市场价格）。默认 0：CO₂ 计入指标，但不计入成本。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="124" />
        <source>COD price (CNY/t)</source>
        <translation>COD 价格（元/吨）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="125" />
        <source>Price of one tonne of COD discharged in the cost objective (e.g. the discharge fee). Default 0.</source>
        <translation>成本目标中每吨 COD 排放的价格（如排污费）。默认 0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="128" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="128" />
        <source>Short identifier used by links and other rows; set when the item is made.</source>
        <translation>供连接和其他行引用的简短编号；创建时确定。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="129" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="129" />
        <source>Name shown on the canvas and in reports (Chinese and/or English).</source>
        <translation>显示在画布和报告中的名称（中文和/或英文）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="130" />
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="130" />
        <source>What flows: steam, heat, hot water, hydrogen, water, material, fuel or electricity.</source>
        <translation>流动的是什么：蒸汽、热量、热水、氢气、水、物料、燃料或电力。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="132" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="133" />
        <source>Unit of the amount, e.g. t/h, kg/h, MW, GJ/h, Nm3/h, t/d. Blank: the medium's canonical unit.</source>
        <translation>数量的单位，如 t/h、kg/h、MW、GJ/h、Nm3/h、t/d。留空：该介质的标准单位。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="135" />
        <source>Pressure (MPa, absolute)</source>
        <translation>压力（MPa，绝压）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="136" />
        <source>Steam only. A source may serve a sink whose pressure is not higher. Blank: not given.</source>
        <translation>仅蒸汽。源只能供给压力不高于自身的汇。留空：未给出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="139" />
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="140" />
        <source>Steam, heat and hot water: the supply temperature. Blank: not given.</source>
        <translation>蒸汽、热量和热水：供应温度。留空：未给出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="143" />
        <source>Purity (%)</source>
        <translation>纯度（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="144" />
        <source>Hydrogen and material: purity; for a sink the minimum the blend it receives must reach.</source>
        <translation>氢气和物料：纯度；对汇而言为混合后必须达到的最低值。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="147" />
        <source>COD (mg/L)</source>
        <translation>COD（mg/L）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="148" />
        <source>Water: chemical oxygen demand; for a sink the maximum the blend it receives may have.</source>
        <translation>水：化学需氧量；对汇而言为混合后允许的最高值。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="151" />
        <source>Factor profile</source>
        <translation>因子配置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="152" />
        <source>A profile of the factor library (resources/factors.csv) that fills blank cost, CO₂ and COD figures below, e.g. gas-boiler steam or grid electricity. Typed figures always win.</source>
        <translation>因子库（resources/factors.csv）中的一种配置，用于填补下方留空的成本、CO₂ 和 COD 数值，如燃气锅炉蒸汽或电网电力。手工填写的数值始终优先。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="155" />
        <source>Cost (CNY per unit)</source>
        <translation>成本（元/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="155" />
        <source>Price paid {per_unit}.</source>
        <translation>{per_unit}支付的价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="157" />
        <source>CO₂ (t per unit)</source>
        <translation>CO₂（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="157" />
        <source>CO₂ emitted {per_unit}.</source>
        <translation>{per_unit}排放的 CO₂。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="159" />
        <source>COD (t per unit)</source>
        <translation>COD（吨/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="159" />
        <source>COD discharged {per_unit}.</source>
        <translation>{per_unit}排放的 COD。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="160" />
        <location filename="../../parkflow/ui/catalogue.py" line="187" />
        <source>Capacity (source units per hour)</source>
        <translation>能力（源单位/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="160" />
        <source>Most it can carry or take per hour. Blank: no limit.</source>
        <translation>每小时最多能输送或接收的量。留空：不限。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="162" />
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="162" />
        <source>Industry, e.g. chemicals, textiles, power.</source>
        <translation>所属行业，如化工、纺织、电力。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="163" />
        <source>Position east (km)</source>
        <translation>东向位置（km）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="163" />
        <source>East–west position on the park map; drag the box to change it. Blank: placed automatically.</source>
        <translation>园区图上的东西向位置；拖动方框即可修改。留空：自动放置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="164" />
        <source>Position north (km)</source>
        <translation>北向位置（km）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="164" />
        <source>North–south position on the park map. Blank: placed automatically.</source>
        <translation>园区图上的南北向位置。留空：自动放置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="165" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="165" />
        <source>Free text: contacts, sources of the figures, open questions.</source>
        <translation>自由文字：联系人、数据来源、待解决的问题。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="167" />
        <location filename="../../parkflow/ui/catalogue.py" line="200" />
        <location filename="../../parkflow/ui/catalogue.py" line="252" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="167" />
        <source>The enterprise that offers or needs this stream.</source>
        <translation>供出或需要此物流的企业。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="168" />
        <source>Offered or needed</source>
        <translation>供出或需求</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="168" />
        <source>Source: the enterprise offers it (by-product, waste heat). Sink: the enterprise needs it.</source>
        <translation>源：企业供出（副产品、余热）。汇：企业需要。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="169" />
        <source>Amount (per hour, in the unit below)</source>
        <translation>数量（每小时，单位见下）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="169" />
        <source>Rate while operating, in the stream's unit. Annual figures multiply it by the park's hours per year.</source>
        <translation>运行时的流量，以该物流的单位计。年度数值 = 流量 × 园区年运行小时数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="171" />
        <source>Target temperature (°C)</source>
        <translation>目标温度（°C）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="172" />
        <source>Heat and hot water: the temperature the stream is cooled or heated to (return temperature).</source>
        <translation>热量和热水：物流被冷却或加热到的温度（回水温度）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="173" />
        <source>Substance</source>
        <translation>物质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="173" />
        <source>Material only: what it is; a source serves only sinks of the same substance.</source>
        <translation>仅物料：是什么物质；源只能供给同一物质的汇。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="175" />
        <source>Supplied today by (utility)</source>
        <translation>当前供应方（公用工程）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="176" />
        <source>Sink only: the conventional supply that makes up what the exchange does not deliver (e.g. gas-boiler steam).</source>
        <translation>仅汇：补足交换未能供给部分的常规供应（如燃气锅炉蒸汽）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="178" />
        <source>Disposed of today by</source>
        <translation>当前处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="179" />
        <source>Source only: where unused flow goes today (cooling tower, flare, wastewater plant).</source>
        <translation>仅源：未利用的流量目前去向（冷却塔、火炬、污水处理厂）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="182" />
        <source>COD removal (%)</source>
        <translation>COD 去除率（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="182" />
        <source>Share of the source's COD the treatment removes before discharge. Blank: none removed.</source>
        <translation>排放前处理去除的源 COD 比例。留空：不去除。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="184" />
        <source>From (source stream)</source>
        <translation>从（源物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="184" />
        <source>The offered stream the pipe or delivery starts from.</source>
        <translation>管道或运输的起点物流（供出方）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="185" />
        <source>To (sink stream)</source>
        <translation>到（汇物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="185" />
        <source>The needed stream the pipe or delivery serves.</source>
        <translation>管道或运输供给的需求物流。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="186" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="186" />
        <source>Existing: built, with today's flow. Candidate: may be built, at its capital cost.</source>
        <translation>已建：已建成，有当前流量。候选：可以新建，需投资。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="187" />
        <source>Most the link carries per hour, in the source's unit. Blank: no limit.</source>
        <translation>连接每小时最多输送的量，以源的单位计。留空：不限。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="188" />
        <source>Flow today (source units per hour)</source>
        <translation>当前流量（源单位/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="188" />
        <source>Existing links: what flows today (the 'current' state of the KPIs).</source>
        <translation>已建连接：当前的流量（指标的“现状”情景）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="189" />
        <source>Length (km)</source>
        <translation>长度（km）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="189" />
        <source>Pipe length. Blank: straight line between the enterprises × the park's routing factor.</source>
        <translation>管道长度。留空：企业间直线距离 × 园区布管系数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="190" />
        <source>Transport cost (CNY per unit)</source>
        <translation>输送成本（元/单位）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="190" />
        <source>Cost of carrying one unit of the source's flow. Blank: 0.</source>
        <translation>输送一个单位源流量的成本。留空：0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="191" />
        <source>Capital cost (CNY)</source>
        <translation>投资（元）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="191" />
        <source>Candidate links: cost to build, annualised over the lifetime at the park's discount rate.</source>
        <translation>候选连接：建设费用，按园区折现率在寿命期内年化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="192" />
        <source>Lifetime (years)</source>
        <translation>寿命（年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="192" />
        <source>Years over which the capital cost is annualised.</source>
        <translation>投资年化所用的年数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="193" />
        <source>Loss (%)</source>
        <translation>损失（%）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="193" />
        <source>Share of the flow lost on the way (heat loss, leaks). Blank: 0.</source>
        <translation>途中损失的流量比例（散热、泄漏）。留空：0。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="195" />
        <source>Optimized flow (source units per hour)</source>
        <translation>优化流量（源单位/小时）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="196" />
        <source>What the last optimization sends through the link, in the source's unit. Blank until you optimize; grey when the park changed since.</source>
        <translation>上次优化通过该连接输送的量，以源的单位计。优化前为空；园区修改后显示为灰色。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="198" />
        <source>Diameter (mm)</source>
        <translation>管径（mm）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="198" />
        <source>Pipe size. Blank: the smallest standard size that carries the design flow.</source>
        <translation>管道尺寸。留空：能输送设计流量的最小标准管径。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="200" />
        <source>The enterprise the converter belongs to.</source>
        <translation>转换装置所属的企业。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="201" />
        <source>Intake (sink stream)</source>
        <translation>输入（汇物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="201" />
        <source>The sink stream the converter takes in (no utility: flexible demand).</source>
        <translation>转换装置接收的汇物流（无公用工程：需求可变）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="202" />
        <source>Output (source stream)</source>
        <translation>输出（源物流）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="202" />
        <source>The source stream the converter produces: ratio × intake.</source>
        <translation>转换装置产出的源物流：比例 × 输入。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="203" />
        <source>Output per unit of intake</source>
        <translation>单位输入的产出</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="203" />
        <source>Units of output per unit of intake, e.g. MW of power per t/h of steam.</source>
        <translation>每单位输入的产出量，如每 t/h 蒸汽发电多少 MW。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="240" />
        <source>Offered (source)</source>
        <translation>供出（源）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="241" />
        <source>Needed (sink)</source>
        <translation>需求（汇）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="242" />
        <source>Existing</source>
        <translation>已建</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="243" />
        <source>Candidate (may be built)</source>
        <translation>候选（可新建）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="253" />
        <source>Stream</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="254" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="255" />
        <source>Utility</source>
        <translation>公用工程</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="256" />
        <source>Disposal</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="257" />
        <source>Converter</source>
        <translation>转换装置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="284" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="300" />
        <source>Steam from a gas boiler</source>
        <translation>燃气锅炉蒸汽</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="301" />
        <source>Grid electricity</source>
        <translation>电网电力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="302" />
        <source>Hydrogen from natural gas (SMR)</source>
        <translation>天然气制氢（SMR）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="303" />
        <source>Hydrogen from coal</source>
        <translation>煤制氢</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="304" />
        <source>Natural gas as fuel</source>
        <translation>天然气燃料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="305" />
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="306" />
        <source>Fresh water</source>
        <translation>新鲜水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="307" />
        <source>Cooling tower</source>
        <translation>冷却塔</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="308" />
        <source>Flare</source>
        <translation>火炬</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/catalogue.py" line="309" />
        <source>Wastewater plant</source>
        <translation>污水处理厂</translation>
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
    <name>Inspector</name>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="148" />
        <source>Park settings</source>
        <translation>园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="221" />
        <source>a number is needed</source>
        <translation>需要一个数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/inspector.py" line="225" />
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
        <location filename="../../parkflow/ui/mainwindow.py" line="441" />
        <source>&amp;New</source>
        <extracomment>Minutes between autosaves to the recovery file.</extracomment>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="442" />
        <source>New from &amp;Workbook Template…</source>
        <translation>从工作簿模板新建(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="443" />
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="444" />
        <source>&amp;About ParkFlow</source>
        <translation>关于 ParkFlow(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="445" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="446" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="447" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="448" />
        <source>&amp;Import Workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="449" />
        <source>&amp;Export Workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="450" />
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="451" />
        <source>Co&amp;mpare With…</source>
        <translation>对比其他情景(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="452" />
        <source>Compare With &amp;Last Saved Version</source>
        <translation>与上次保存的版本对比(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="453" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="454" />
        <source>Add &amp;Enterprise</source>
        <translation>添加企业(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="455" />
        <source>Add &amp;Stream to Enterprise</source>
        <translation>为企业添加物流(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="456" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="457" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="458" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="459" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="460" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="461" />
        <source>&amp;Fit Park</source>
        <translation>显示整个园区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="462" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="463" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="464" />
        <source>Show All Media</source>
        <translation>显示全部介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="465" />
        <source>&amp;Optimize…</source>
        <translation>优化(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="466" />
        <source>&amp;Pareto Front…</source>
        <translation>帕累托前沿(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="467" />
        <source>&amp;Cancel Optimization</source>
        <translation>取消优化(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="468" />
        <source>Heat &amp;Targets</source>
        <translation>热集成目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="469" />
        <source>&amp;Sankey Diagram</source>
        <translation>桑基图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="473" />
        <source>Optimize the exchange network (F5)</source>
        <translation>优化交换网络 (F5)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="474" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="475" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="484" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="485" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="486" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="487" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="488" />
        <source>&amp;Docks</source>
        <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="489" />
        <source>Filter by &amp;Medium</source>
        <translation>按介质筛选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="490" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="491" />
        <source>&amp;Optimize</source>
        <translation>优化(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="492" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="494" />
        <source>Write an Excel workbook with every sheet, its headers explained and an example row, and open the example</source>
        <translation>写出一个 Excel 工作簿（含所有工作表、表头说明和一行示例），并打开该示例</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="497" />
        <source>&lt;b&gt;An empty park.&lt;/b&gt;&lt;br&gt;Right-click here or press Ctrl+E to add an enterprise,&lt;br&gt;or use File ▸ New from Workbook Template… to fill in a workbook.&lt;br&gt;Help ▸ User Guide (F1) walks you through a first hour.</source>
        <translation>&lt;b&gt;这是一个空园区。&lt;/b&gt;&lt;br&gt;在此处右键或按 Ctrl+E 添加企业，&lt;br&gt;或用 文件 ▸ 从工作簿模板新建… 填写工作簿。&lt;br&gt;帮助 ▸ 用户指南（F1）带您完成第一个小时。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="502" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="503" />
        <source>Optimize</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="504" />
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="505" />
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="506" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="507" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="509" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="512" />
        <source>Results are not available in this build.</source>
        <translation>此版本不提供结果视图。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="513" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="527" />
        <location filename="../../parkflow/ui/mainwindow.py" line="844" />
        <location filename="../../parkflow/ui/mainwindow.py" line="866" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="595" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="596" />
        <source>The park has unsaved changes. Save them first?</source>
        <translation>园区有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="608" />
        <source>New park</source>
        <translation>新园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="617" />
        <source>Write park workbook template</source>
        <translation>写出园区工作簿模板</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="630" />
        <source>Cannot write {name}</source>
        <translation>无法写入 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="635" />
        <source>Template written to {path}: fill it in (header notes explain each column), then File ▸ Import Workbook</source>
        <translation>模板已写入 {path}：请填写（表头批注说明了每一列），然后用 文件 ▸ 导入工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="658" />
        <source>Open park</source>
        <translation>打开园区</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="660" />
        <location filename="../../parkflow/ui/mainwindow.py" line="818" />
        <source>ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)</source>
        <translation>ParkFlow 方案 (*.parkflow);;园区工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="670" />
        <location filename="../../parkflow/ui/mainwindow.py" line="673" />
        <source>Cannot open {name}</source>
        <translation>无法打开 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="683" />
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="738" />
        <source>Save park as</source>
        <translation>园区另存为</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="738" />
        <source>ParkFlow scenarios (*.parkflow)</source>
        <translation>ParkFlow 方案 (*.parkflow)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="757" />
        <source>Cannot save {name}</source>
        <translation>无法保存 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="762" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="769" />
        <source>Import park workbook</source>
        <translation>导入园区工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="769" />
        <source>Park workbooks (*.xlsx *.xlsm)</source>
        <translation>园区工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="777" />
        <source>Export park workbook</source>
        <translation>导出园区工作簿</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="619" />
        <location filename="../../parkflow/ui/mainwindow.py" line="779" />
        <source>Park workbooks (*.xlsx)</source>
        <translation>园区工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="549" />
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="549" />
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="550" />
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="550" />
        <source>{count} warnings</source>
        <translation>{count} 个警告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="788" />
        <source>Cannot export {name}</source>
        <translation>无法导出 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="790" />
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="795" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="797" />
        <source>HTML report (*.html);;PDF report (*.pdf);;Excel report (*.xlsx)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf);;Excel 报告 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="806" />
        <source>Cannot export the report {name}</source>
        <translation>无法导出报告 {name}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="808" />
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="816" />
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="828" />
        <source>Save the park first: there is no saved version to compare with</source>
        <translation>请先保存园区：还没有可对比的已保存版本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="830" />
        <source>{name} (last saved)</source>
        <translation>{name}（上次保存）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="840" />
        <source>Cannot compare with {name}</source>
        <translation>无法与 {name} 对比</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="846" />
        <source>{name} (open in ParkFlow)</source>
        <translation>{name}（ParkFlow 中打开的）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="849" />
        <source>result in the editor</source>
        <translation>编辑器中的结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="849" />
        <source>not optimized since the last edit</source>
        <translation>上次编辑后尚未优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="864" />
        <source> (with unsaved edits)</source>
        <translation>（含未保存的编辑）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="867" />
        <source>{name} (not saved)</source>
        <translation>{name}（未保存）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="868" />
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="874" />
        <source>… and {count} more</source>
        <translation>…… 另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="877" />
        <source>This part of ParkFlow is not available: {error}</source>
        <translation>ParkFlow 的这一部分不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="883" />
        <source>Nothing was changed; your park is as it was.</source>
        <translation>没有任何改动；园区保持原样。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="947" />
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="970" />
        <source>Select an enterprise first</source>
        <translation>请先选择一家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="973" />
        <source>New stream</source>
        <translation>新物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1044" />
        <source>Add Enterprise Here</source>
        <translation>在此添加企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1047" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1051" />
        <source>Park Settings</source>
        <translation>园区设置</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1057" />
        <source>Add Stream</source>
        <translation>添加物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1060" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1063" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1067" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1105" />
        <source>Copied 1 enterprise</source>
        <translation>已复制 1 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1106" />
        <source>Copied {count} enterprises</source>
        <translation>已复制 {count} 家企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1111" />
        <source>The clipboard holds no ParkFlow enterprises</source>
        <translation>剪贴板中没有 ParkFlow 企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1147" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1147" />
        <source>Enterprise or stream (id, name or sector):</source>
        <translation>企业或物流（编号、名称或行业）：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1152" />
        <source>Nothing matches “{text}”</source>
        <translation>没有与“{text}”匹配的项</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1155" />
        <source>1 match for “{text}”</source>
        <translation>“{text}”有 1 个匹配</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1156" />
        <source>{count} matches for “{text}”</source>
        <translation>“{text}”有 {count} 个匹配</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1181" />
        <source>The optimizer is not available in this build</source>
        <translation>此版本不提供优化器</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1191" />
        <source>The park has problems</source>
        <translation>园区数据有问题</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1192" />
        <source>Fix the error listed under Problems before optimizing.</source>
        <translation>请先修正“问题”中列出的错误，再进行优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1193" />
        <source>Fix the {count} errors listed under Problems before optimizing.</source>
        <translation>请先修正“问题”中列出的 {count} 个错误再优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1251" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1253" />
        <source>No costs are set: no utility or disposal has a price (typed or from a factor profile) and the CO₂ and COD prices are 0.

Without a price: {names}.

Minimising cost would find nothing to save (0 % saving). Minimise CO₂ instead, or give the utilities a price or a factor profile first.</source>
        <translation>未设置任何成本：没有公用工程或处置方式有价格（手工填写或来自因子配置），CO₂ 和 COD 价格均为 0。

没有价格的：{names}。

以成本最小为目标将找不到任何节省（节省 0 %）。请改为 CO₂ 最小，或先为公用工程填写价格或选择因子配置。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1273" />
        <source>No costs are set</source>
        <translation>未设置成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1275" />
        <source>Minimise CO₂</source>
        <translation>CO₂ 最小</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1276" />
        <source>Minimise cost anyway</source>
        <translation>仍按成本最小</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1291" />
        <source>Optimizing…</source>
        <translation>正在优化…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1300" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1324" />
        <source>Pareto front with {count} points</source>
        <translation>帕累托前沿共 {count} 个点</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1338" />
        <source>Optimization finished: {status}, objective {value} {unit}</source>
        <translation>优化完成：{status}，目标值 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1352" />
        <source>Optimization failed</source>
        <translation>优化失败</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1356" />
        <source>Optimization cancelled</source>
        <translation>优化已取消</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1373" />
        <source>About ParkFlow</source>
        <translation>关于 ParkFlow</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1374" />
        <source>&lt;b&gt;ParkFlow {version}&lt;/b&gt;&lt;p&gt;Industrial-park symbiosis and cascaded energy use: draw the exchange network, optimize which sources serve which sinks, and report CO₂, COD, energy, water and cost.&lt;/p&gt;&lt;p&gt;Help ▸ User Guide (F1) walks you through a first hour.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ParkFlow {version}&lt;/b&gt;&lt;p&gt;工业园区共生与能源梯级利用：绘制交换网络，优化哪些源供给哪些汇，并报告 CO₂、COD、能耗、用水和成本。&lt;/p&gt;&lt;p&gt;帮助 ▸ 用户指南（F1）带您完成第一个小时。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1390" />
        <source>Optimize first to see the Sankey diagram</source>
        <translation>请先优化再查看桑基图</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1433" />
        <source>ParkFlow did not close properly. Unsaved changes were kept in a recovery file:
{path}

Restore them?</source>
        <translation>ParkFlow 上次未正常关闭。未保存的修改已保存在恢复文件中：
{path}

是否恢复？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1436" />
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1447" />
        <source>Restored the unsaved changes</source>
        <translation>已恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1452" />
        <source>The recovery file is kept at {path}</source>
        <translation>恢复文件保留在 {path}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1464" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/mainwindow.py" line="1466" />
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
        <location filename="../../parkflow/ui/results/formatting.py" line="136" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="137" />
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="138" />
        <source>Hot water</source>
        <translation>热水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="139" />
        <source>Hydrogen</source>
        <translation>氢气</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="140" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="141" />
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="142" />
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="143" />
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
        <location filename="../../parkflow/ui/canvas/scene.py" line="630" />
        <source>candidate</source>
        <extracomment>With more links than this, edges are drawn without antialiasing and candidate links without flow are hidden when zoomed out. Zoom below which unused candidate links of a dense park are hidden. Zoom below which edges are drawn as straight lines (curves are not visible). kind, id — a click on a port (stream) or an item that should show in the inspector the selected link changed (links are not graphics items) link id → its edge (painted in the background; see EdgeRecord)</extracomment>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="630" />
        <source>existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="635" />
        <source>capacity {value:g}</source>
        <translation>能力 {value:g}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="637" />
        <source>optimized flow {value:.4g}</source>
        <translation>优化流量 {value:.4g}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="639" />
        <source>utilisation {value:.0%}</source>
        <translation>利用率 {value:.0%}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="641" />
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="875" />
        <source>link {id} already joins these streams</source>
        <translation>连接 {id} 已连接这两个物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="883" />
        <source>Added link {id}: {source} → {sink}</source>
        <translation>已添加连接 {id}：{source} → {sink}</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/canvas/scene.py" line="886" />
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
        <source>{row}: {figures} from the factor profile “{profile}”</source>
        <extracomment>Price-table columns kept in the model (and the item lookup) but not shown: the per-year forms repeat the per-hour ones, and the constraint name repeats family + key. The optimizer's note on figures a factor profile filled in ("U1: co2_t_per_unit = 0.175 from factor 'x'").</extracomment>
        <translation>{row}：{figures}，取自因子配置“{profile}”</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="105" />
        <location filename="../../parkflow/ui/results/dock.py" line="415" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="118" />
        <location filename="../../parkflow/ui/results/dock.py" line="417" />
        <source>Summary</source>
        <extracomment>KPI key → card, rebuilt by :meth:`set_result`</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="119" />
        <location filename="../../parkflow/ui/results/dock.py" line="417" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="120" />
        <location filename="../../parkflow/ui/results/dock.py" line="417" />
        <source>Prices</source>
        <translation>影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="121" />
        <location filename="../../parkflow/ui/results/dock.py" line="417" />
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="122" />
        <location filename="../../parkflow/ui/results/dock.py" line="417" />
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="186" />
        <location filename="../../parkflow/ui/results/dock.py" line="420" />
        <source>Quantity:</source>
        <extracomment>"results are out of date" with a Re-optimize button, shown after an edit</extracomment>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="222" />
        <source>Shadow prices of balances and binding capacities</source>
        <translation>平衡约束与紧约束能力的影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="228" />
        <source>Reduced costs of unused candidate links</source>
        <translation>未使用候选连接的检验数</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="305" />
        <source>No optimization result yet: run Optimize.</source>
        <translation>尚无优化结果：请运行“优化”。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="313" />
        <source>Run an optimization to see shadow prices.</source>
        <translation>运行优化后可查看影子价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="314" />
        <source>Run an optimization to see reduced costs.</source>
        <translation>运行优化后可查看检验数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="317" />
        <source>No Pareto front yet. Optimize ▸ Pareto Front… (Shift+F5) solves several points between the cheapest and the lowest-CO₂ operation and plots them here.</source>
        <translation>尚无帕累托前沿。优化 ▸ 帕累托前沿…（Shift+F5）会在最低成本与最低 CO₂ 之间求解多个方案，并在此绘出。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="320" />
        <source>Heat targets have not been computed. Optimize ▸ Heat Targets (F6) draws the composite curves of the park's heat and hot-water streams here.</source>
        <translation>尚未计算热集成目标。优化 ▸ 热集成目标（F6）会在此绘出园区热量和热水物流的组合曲线。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="354" />
        <source>%n trade-off point(s). Click a point to show its network and figures.</source>
        <translation><numerusform>%n 个权衡点。点击一个点查看其网络与指标。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="359" />
        <source>All %n point(s) coincide: the cheapest operation is also the lowest-CO₂ one, so there is no trade-off to choose.</source>
        <translation><numerusform>全部 %n 个点重合：成本最低的运行方式也是 CO₂ 最低的，无需权衡。</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="369" />
        <source>The Pareto sweep gave no points.</source>
        <translation>帕累托扫描没有得到任何点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="380" />
        <source>Heat targets could not be computed: %1</source>
        <translation>无法计算热集成目标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="390" />
        <source>The optimization gave no result.</source>
        <translation>优化没有得到结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="469" />
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="472" />
        <source>objective %1 = &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>目标 %1 = &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="482" />
        <source>gap %1 %</source>
        <translation>间隙 %1 %</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="485" />
        <source>solved in %1 s</source>
        <translation>求解用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="499" />
        <source>The objective (%1) and the Cost card (%2) differ: in LP mode the optimizer charges a new link's capital cost in proportion to the share of its capacity used (a lower bound), while the Cost card counts the full annualised capital cost of every new link that carries flow. MILP mode charges it in full, and the two agree.</source>
        <translation>目标值（%1）与成本卡（%2）不同：LP 模式下优化器按新建连接所用容量的比例计入其投资（下界），而成本卡计入每条有流量的新建连接的全部年化投资。MILP 模式按全额计入，两者一致。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="509" />
        <source>The network found is within %1 % of the savings at stake (%2 %3: the existing links alone minus the best bound).</source>
        <translation>所得管网与最大可节约量相差不超过 %1 %（可节约量 %2 %3：仅用现有连接的成本减去最优界）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="530" />
        <source>Energy counts electricity as: %1</source>
        <translation>能耗中电力按以下方式折算：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="546" />
        <source>KPIs could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="564" />
        <source>Not modelled in this park: no utility supplies it.</source>
        <translation>本园区未建模：没有公用工程提供此项。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="611" />
        <source>%1 by state</source>
        <translation>各状态的%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="618" />
        <source>Reduction by enterprise (standalone − optimized)</source>
        <translation>按企业的减量（独立运行 − 优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="620" />
        <source>Reduction by medium (standalone − optimized)</source>
        <translation>按介质的减量（独立运行 − 优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="636" />
        <source>Breakdowns are not available.</source>
        <translation>没有分项数据。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="651" />
        <source>Showing the %1 largest of %2 %3.</source>
        <translation>显示 %2 个%3中最大的 %1 个。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="653" />
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="653" />
        <source>media</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="660" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="672" />
        <source>No shadow prices: the result has none.</source>
        <translation>没有影子价格：结果中没有。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="674" />
        <source>No reduced costs: every candidate link is used, or there are none.</source>
        <translation>没有检验数：所有候选连接都已使用，或没有候选连接。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="700" />
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="701" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="702" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="703" />
        <source>Balance or limit</source>
        <translation>平衡或限值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="704" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="705" />
        <location filename="../../parkflow/ui/results/dock.py" line="707" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="706" />
        <source>Cheaper by</source>
        <translation>需降低</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="708" />
        <source>Annual capex (CNY/yr)</source>
        <translation>年化投资（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="709" />
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="760" />
        <source>Minimum hot utility &lt;b&gt;%1 MW&lt;/b&gt;, minimum cold utility &lt;b&gt;%2 MW&lt;/b&gt;.</source>
        <translation>最小热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，最小冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="764" />
        <source>No pinch: one utility alone balances the park.</source>
        <translation>无夹点：仅需一种公用工程即可平衡园区。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="766" />
        <source>Pinch at %1 °C (hot) / %2 °C (cold).</source>
        <translation>夹点 %1 °C（热）/ %2 °C（冷）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="773" />
        <source>With the park's own pipes: hot utility &lt;b&gt;%1 MW&lt;/b&gt;, cold utility &lt;b&gt;%2 MW&lt;/b&gt; (the difference to the targets is what new links could still recover).</source>
        <translation>利用园区现有管道：热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;（与目标的差值即新连接仍可回收的部分）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="777" />
        <source>Heat flow (MW)</source>
        <translation>热流 (MW)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="782" />
        <source>Hot composite</source>
        <translation>热复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="782" />
        <source>Cold composite</source>
        <translation>冷复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="784" />
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="784" />
        <source>Composite curves</source>
        <translation>复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="790" />
        <source>Grand composite</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="792" />
        <source>Shifted temperature (°C)</source>
        <translation>位移温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="792" />
        <source>Grand composite curve</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="820" />
        <source>en</source>
        <comment>language code of the shadow-price readings: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="33" />
        <source>CO₂ emissions</source>
        <extracomment>KPI keys in display order (DESIGN §6) with their unit; titles come from :func:`kpi_title`. Magnitudes below this are solver round-off (HiGHS feasibility tolerance 1e-7) and read as 0. States of the park in display order (DESIGN §4).</extracomment>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="34" />
        <source>COD discharged</source>
        <translation>COD 排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="35" />
        <source>COD generated</source>
        <translation>COD 产生</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="36" />
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="37" />
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="38" />
        <source>Fresh water</source>
        <translation>新鲜水</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="39" />
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="47" />
        <source>Standalone</source>
        <translation>独立运行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="48" />
        <source>Current</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="49" />
        <source>Optimized</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="151" />
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="152" />
        <source>time limit reached (best solution found)</source>
        <translation>达到时间限制（已找到的最优解）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="153" />
        <source>infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="154" />
        <source>unbounded</source>
        <translation>无界</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="162" />
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="163" />
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="164" />
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="172" />
        <source>source balance</source>
        <translation>供方平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="173" />
        <source>sink balance</source>
        <translation>需方平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="174" />
        <source>link capacity</source>
        <translation>连接能力</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="175" />
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
    <name>TablesWidget</name>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="457" />
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="458" />
        <source>Streams</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="459" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="460" />
        <source>Utilities</source>
        <translation>公用工程</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="461" />
        <source>Disposals</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/tables.py" line="462" />
        <source>Converters</source>
        <translation>转换装置</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="57" />
        <source>CNY/yr</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="58" />
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="59" />
        <source>t/yr</source>
        <translation>吨/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="60" />
        <source>tce/yr</source>
        <translation>吨标煤/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="61" />
        <source>Nm³/yr</source>
        <translation>Nm³/年</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="62" />
        <location filename="../../parkflow/ui/results/formatting.py" line="63" />
        <source>t CO₂/yr</source>
        <translation>吨 CO₂/年</translation>
    </message>
</context>
</TS>