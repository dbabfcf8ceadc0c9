<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../parkflow/ui/results/cards.py" line="65" />
        <source>Optimized vs standalone</source>
        <extracomment>state → label with the formatted value (tests read these) comparison name → label with the change ("−1,234 (−12.3 %)")</extracomment>
        <translation>优化后 vs 独立运行</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/cards.py" line="66" />
        <source>Optimized vs current</source>
        <translation>优化后 vs 现状</translation>
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
        <location filename="../../parkflow/ui/results/dialog.py" line="64" />
        <location filename="../../parkflow/ui/results/dialog.py" line="112" />
        <source>Optimize</source>
        <extracomment>Solver names of SolveOptions with the PuLP solver classes that provide them (PuLP 3.3).</extracomment>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="68" />
        <source>Cost (CNY/yr)</source>
        <translation>成本（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="69" />
        <source>CO₂ emissions (t/yr)</source>
        <translation>二氧化碳排放（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="70" />
        <source>COD discharged (t/yr)</source>
        <translation>COD排放量（吨/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="73" />
        <source>LP: continuous, no build decisions</source>
        <translation>LP：连续变量，不做建设决策</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="74" />
        <source>MILP: build or not build each candidate link</source>
        <translation>MILP：逐条决定是否建设候选连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="83" />
        <source>This solver is not installed.</source>
        <translation>未安装此求解器。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="85" />
        <source>Limit solver time</source>
        <translation>限制求解时间</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="95" />
        <source>off (single optimization)</source>
        <translation>关闭（单次优化）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="97" />
        <source>Number of cost–CO₂ trade-off points; each point is a full optimization.</source>
        <translation>成本–CO₂ 权衡点的个数；每个点都是一次完整优化。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="101" />
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="102" />
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="103" />
        <source>Solver:</source>
        <translation>求解器：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="105" />
        <source>Pareto points:</source>
        <translation>帕累托点数：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dialog.py" line="107" />
        <source>No solver is available: install highspy or PuLP's CBC.</source>
        <translation>没有可用的求解器：请安装 highspy 或 PuLP 自带的 CBC。</translation>
    </message>
</context>
<context>
    <name>OptimizeRunner</name>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="61" />
        <source>The park has no feasible solution.</source>
        <translation>园区没有可行解。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="63" />
        <source>The park has problems to fix before it can be optimized:</source>
        <translation>园区数据有问题，修正后才能优化：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="65" />
        <source>The optimization was cancelled.</source>
        <translation>优化已取消。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="67" />
        <source>The solver failed:</source>
        <translation>求解器失败：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="69" />
        <source>The solver ran out of time:</source>
        <translation>求解器超时：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="70" />
        <source>Unexpected error during optimization:</source>
        <translation>优化时发生意外错误：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="166" />
        <source>Accounting</source>
        <translation>核算指标</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="256" />
        <source>A Pareto sweep needs at least 2 points.</source>
        <extracomment>The full traceback of the last unexpected failure, for the log dock.</extracomment>
        <translation>帕累托扫描至少需要 2 个点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="285" />
        <source>An optimization is already running.</source>
        <translation>已有优化正在运行。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="293" />
        <source>Starting the optimization…</source>
        <translation>正在开始优化…</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="310" />
        <source>The optimizer returned no result.</source>
        <translation>优化器没有返回结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/worker.py" line="312" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../../parkflow/ui/results/charts.py" line="168" />
        <source>CO₂ emissions</source>
        <extracomment>Width of the category axis of horizontal bar charts: room for about 22 characters of a name. Width of the value axis in pixels: room for labels like "−12.70 M". index of the clicked point in the list given to :meth:`set_points`</extracomment>
        <translation>二氧化碳排放</translation>
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
        <location filename="../../parkflow/ui/results/dock.py" line="341" />
        <source>Results</source>
        <extracomment>Price-table columns kept in the model (and the item lookup) but not shown: the per-year forms repeat the per-hour ones, and the constraint name repeats family + key.</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="96" />
        <location filename="../../parkflow/ui/results/dock.py" line="343" />
        <source>Summary</source>
        <extracomment>KPI key → card, rebuilt by :meth:`set_result`</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="97" />
        <location filename="../../parkflow/ui/results/dock.py" line="343" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="98" />
        <location filename="../../parkflow/ui/results/dock.py" line="343" />
        <source>Prices</source>
        <translation>影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="99" />
        <location filename="../../parkflow/ui/results/dock.py" line="343" />
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="100" />
        <location filename="../../parkflow/ui/results/dock.py" line="343" />
        <source>Heat</source>
        <translation>热集成</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="147" />
        <location filename="../../parkflow/ui/results/dock.py" line="346" />
        <source>Quantity:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="177" />
        <source>Shadow prices of balances and binding capacities</source>
        <translation>平衡约束与紧约束能力的影子价格</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="183" />
        <source>Reduced costs of unused candidate links</source>
        <translation>未使用候选连接的检验数（降低成本）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="247" />
        <source>No optimization result yet: run Optimize.</source>
        <translation>还没有优化结果：请运行“优化”。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="253" />
        <source>Run an optimization to see shadow prices.</source>
        <translation>运行优化后可查看影子价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="254" />
        <source>Run an optimization to see reduced costs.</source>
        <translation>运行优化后可查看检验数。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="256" />
        <source>Run a Pareto sweep (Optimize, Pareto points ≥ 2) to see the cost–CO₂ trade-off.</source>
        <translation>运行帕累托扫描（优化，帕累托点数 ≥ 2）可查看成本–CO₂ 权衡。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="257" />
        <source>Heat targets have not been computed.</source>
        <translation>尚未计算热集成目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="282" />
        <source>%n trade-off point(s). Click a point to show its network and figures.</source>
        <translation><numerusform>%n 个权衡点。点击一个点可查看其网络和指标。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/results/dock.py" line="287" />
        <source>All %n point(s) coincide: the cheapest operation is also the lowest-CO₂ one, so there is no trade-off to choose.</source>
        <translation><numerusform>全部 %n 个点重合：成本最低的运行方式同时也是 CO₂ 最低的，无需权衡。</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="297" />
        <source>The Pareto sweep gave no points.</source>
        <translation>帕累托扫描没有得到任何点。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="308" />
        <source>Heat targets could not be computed: %1</source>
        <translation>无法计算热集成目标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="318" />
        <source>The optimization gave no result.</source>
        <translation>优化没有得到结果。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="392" />
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="395" />
        <source>objective %1 = &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>目标 %1 = &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="402" />
        <source>gap %1 %</source>
        <translation>间隙 %1 %</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="405" />
        <source>solved in %1 s</source>
        <translation>求解用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="418" />
        <source>Energy counts electricity as: %1</source>
        <translation>综合能耗中电力折标方式：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="434" />
        <source>KPIs could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="467" />
        <source>%1 by state</source>
        <translation>各状态的%1</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="474" />
        <source>Reduction by enterprise (standalone − optimized)</source>
        <translation>按企业的减少量（独立运行 − 优化后）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="476" />
        <source>Reduction by medium (standalone − optimized)</source>
        <translation>按介质的减少量（独立运行 − 优化后）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="492" />
        <source>Breakdowns are not available.</source>
        <translation>没有分项数据。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="507" />
        <source>Showing the %1 largest of %2 %3.</source>
        <translation>显示 %2 个%3中最大的 %1 个。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="509" />
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="509" />
        <source>media</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="516" />
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="528" />
        <source>No shadow prices: the result has none.</source>
        <translation>没有影子价格：结果中不含影子价格。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="530" />
        <source>No reduced costs: every candidate link is used, or there are none.</source>
        <translation>没有检验数：候选连接均已使用，或没有候选连接。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="556" />
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="557" />
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="558" />
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="559" />
        <source>Balance or limit</source>
        <translation>平衡或限制</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="560" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="561" />
        <location filename="../../parkflow/ui/results/dock.py" line="563" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="562" />
        <source>Cheaper by</source>
        <translation>需降低</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="564" />
        <source>Annual capex (CNY/yr)</source>
        <translation>年化投资（元/年）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="565" />
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="616" />
        <source>Minimum hot utility &lt;b&gt;%1 MW&lt;/b&gt;, minimum cold utility &lt;b&gt;%2 MW&lt;/b&gt;.</source>
        <translation>最小热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，最小冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="620" />
        <source>No pinch: one utility alone balances the park.</source>
        <translation>无夹点：只需一种公用工程即可平衡园区。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="622" />
        <source>Pinch at %1 °C (hot) / %2 °C (cold).</source>
        <translation>夹点温度 %1 °C（热）/ %2 °C（冷）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="629" />
        <source>With the park's own pipes: hot utility &lt;b&gt;%1 MW&lt;/b&gt;, cold utility &lt;b&gt;%2 MW&lt;/b&gt; (the difference to the targets is what new links could still recover).</source>
        <translation>按园区现有管线：热公用工程 &lt;b&gt;%1 MW&lt;/b&gt;，冷公用工程 &lt;b&gt;%2 MW&lt;/b&gt;（与目标值之差即新建连接还能回收的部分）。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="633" />
        <source>Heat flow (MW)</source>
        <translation>热流量（MW）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="638" />
        <source>Hot composite</source>
        <translation>热复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="638" />
        <source>Cold composite</source>
        <translation>冷复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="640" />
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="640" />
        <source>Composite curves</source>
        <translation>复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="646" />
        <source>Grand composite</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="648" />
        <source>Shifted temperature (°C)</source>
        <translation>位移温度（°C）</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="648" />
        <source>Grand composite curve</source>
        <translation>总复合曲线</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/dock.py" line="675" />
        <source>en</source>
        <comment>language code of the shadow-price readings: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="32" />
        <source>CO₂ emissions</source>
        <extracomment>KPI keys in display order (DESIGN §6) with their unit; titles come from :func:`kpi_title`. Magnitudes below this are solver round-off (HiGHS feasibility tolerance 1e-7) and read as 0. States of the park in display order (DESIGN §4).</extracomment>
        <translation>二氧化碳排放</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="33" />
        <source>COD discharged</source>
        <translation>COD排放量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="34" />
        <source>COD generated</source>
        <translation>COD产生量</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="35" />
        <source>Energy</source>
        <translation>综合能耗</translation>
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
        <translation>优化后</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="131" />
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="132" />
        <source>time limit reached (best solution found)</source>
        <translation>达到时间限制（已找到的最好解）</translation>
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
        <translation>源平衡</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/results/formatting.py" line="153" />
        <source>sink balance</source>
        <translation>汇平衡</translation>
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
        <translation><numerusform>其他 %n 个供方</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../parkflow/ui/sankey.py" line="281" />
        <source>%n other receiver(s)</source>
        <translation><numerusform>其他 %n 个受方</numerusform></translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="306" />
        <source>No flows to show.</source>
        <translation>没有可显示的流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="306" />
        <source>Run an optimization to see its flows.</source>
        <translation>运行优化后可查看其流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="322" />
        <source>%1: band widths are proportional to the rate in %2.</source>
        <translation>%1：带宽与流量（%2）成正比。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="329" />
        <source>Band widths are proportional within each medium; media have different units, so each medium is scaled on its own. Pick one medium to compare its flows exactly.</source>
        <translation>带宽在同一介质内与流量成正比；各介质单位不同，因此分别缩放。选择单一介质可精确比较其流量。</translation>
    </message>
    <message>
        <location filename="../../parkflow/ui/sankey.py" line="338" />
        <source>Smaller senders and receivers are merged so that names stay readable.</source>
        <translation>较小的供方和受方已合并，以便名称清晰可读。</translation>
    </message>
</context>
</TS>