"""Refresh the Chinese translation: pyside6-lupdate → fill texts → pyside6-lrelease.

Run from the repository root after changing user-visible strings::

    python scripts/update_translations.py

``pyside6-lupdate`` collects every ``self.tr``/``QCoreApplication.translate``
string of ``parkflow/ui`` into ``resources/translations/parkflow_zh_CN.ts``;
this script fills in the Chinese texts kept below (strings it does not know
stay unfinished and are listed), and ``pyside6-lrelease`` compiles the
``.qm`` file the application loads.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "parkflow_zh_CN.ts"

ZH: dict[str, str] = {
    # fields of the accounting, indicators and pipes
    "Environmental tax in the cost (0 or 1)": "成本计入环保税（0或1）",
    "1: the cost (KPI and cost objective) includes the estimated environmental protection tax at the factor library's rates (Zhejiang's by default). Default 0.":
        "1：成本（指标及成本目标）计入按因子库税额（默认浙江）估算的环境保护税。默认 0。",
    "Pipe routing factor": "管线路由系数",
    "Pipe length over the straight distance between two enterprises (pipes follow racks and roads). Default 1.3.":
        "管线长度与两企业间直线距离之比（管线沿管廊和道路敷设）。默认 1.3。",
    "Steam pressure tolerance (%)": "蒸汽压力容差（%）",
    "How far below its nominal pressure a steam sink may still be served at the pipe's end. Default 5 %.":
        "蒸汽需方在管线末端压力可低于其额定压力的幅度。默认 5 %。",
    "Hours a year this enterprise's streams flow (e.g. 8,760 for a plant that runs every day). Blank: the park's.":
        "本企业物流每年流动的小时数（全年连续运行为 8760）。空白：采用园区设置。",
    "Industrial value added (CNY/yr)": "工业增加值（元/年）",
    "Gives the intensities per 10⁴ CNY of value added (CO₂ and energy). Blank: no intensity for this enterprise.":
        "用于计算单位增加值（万元）的碳排放和能耗强度。空白：不计算本企业强度。",
    "COD discharge permit (t/yr)": "COD许可排放量（吨/年）",
    "The enterprise's permitted COD discharge; the surplus allowance is permit − discharged. Blank: no permit entered.":
        "企业许可的COD排放量；节余排污指标 = 许可量 − 排放量。空白：未填许可量。",
    "NH₃-N discharge permit (t/yr)": "氨氮许可排放量（吨/年）",
    "The enterprise's permitted ammonia-nitrogen discharge; the surplus allowance is permit − discharged.":
        "企业许可的氨氮排放量；节余排污指标 = 许可量 − 排放量。",
    "Energy (tce per unit)": "能耗（吨标准煤/单位）",
    "Standard coal per unit (GB/T 2589). Blank: computed from the factor profile.":
        "每单位折标准煤量（GB/T 2589）。空白：由因子配置计算。",
    "Emission scope (1, 2 or 3)": "排放范围（1、2或3）",
    "1: burned or emitted inside the park; 2: purchased power, steam or heat; 3: upstream (materials, water), reported apart and never added to the CO₂ total. Blank: from the factor profile.":
        "1：园区内燃烧或工艺排放；2：外购电力、蒸汽或热力；3：上游（外购物料、水），单独报告，不计入二氧化碳总量。空白：按因子配置。",
    "NH₃-N (mg/L)": "氨氮（毫克/升）",
    "Water: ammonia nitrogen; for a sink the maximum the blend it receives may have. Blank: not given.":
        "水：氨氮浓度；对需方为其所接收混合水的上限。空白：未给出。",
    "NOx (t per unit)": "氮氧化物（吨/单位）",
    "NOx emitted per unit. Blank: from the factor profile.":
        "每单位排放的氮氧化物。空白：按因子配置。",
    "SO₂ (t per unit)": "二氧化硫（吨/单位）",
    "SO₂ emitted per unit. Blank: from the factor profile.":
        "每单位排放的二氧化硫。空白：按因子配置。",
    "Particulates (t per unit)": "颗粒物（吨/单位）",
    "Particulate matter emitted per unit. Blank: from the factor profile.":
        "每单位排放的颗粒物。空白：按因子配置。",
    "VOCs (t per unit)": "挥发性有机物（吨/单位）",
    "Volatile organic compounds emitted per unit. Blank: from the factor profile.":
        "每单位排放的挥发性有机物。空白：按因子配置。",
    "NH₃-N removal (%)": "氨氮去除率（%）",
    "Share of the ammonia nitrogen received that the treatment removes before discharge. Blank: from the factor profile, else none.":
        "处理设施在排放前去除的氨氮比例。空白：按因子配置，否则不去除。",
    "Effluent share (%)": "外排废水比例（%）",
    "Water sinks: share of the water received that leaves as effluent (e.g. cooling-tower blowdown). Default 100.":
        "水需方：所接收水量中作为废水外排的比例（如冷却塔排污）。默认 100。",
    "COD passed to effluent (%)": "进入废水的COD比例（%）",
    "Water sinks: share of the COD received that leaves in the effluent; the rest is destroyed or retained in the process. Default 100.":
        "水需方：所接收COD中随废水排出的比例；其余在工艺中分解或留存。默认 100。",
    "NH₃-N passed to effluent (%)": "进入废水的氨氮比例（%）",
    "Water sinks: share of the ammonia nitrogen received that leaves in the effluent. Default 100.":
        "水需方：所接收氨氮中随废水排出的比例。默认 100。",
    "Residue (source stream)": "残余物（供方物流）",
    "The source stream of what the unit leaves over (mother liquor, bottoms, unrecovered gas): residue ratio × intake.":
        "装置产生的残余物（母液、釜残、未回收气体）对应的供方物流：残余比 × 进料量。",
    "Residue per unit of intake": "单位进料残余量",
    "Units of residue per unit of intake.":
        "每单位进料产生的残余物量。",
    "Own use (sink stream)": "自用能耗（需方物流）",
    "The sink stream of the steam or power the unit itself uses: own-use ratio × intake, met by links or its utility.":
        "装置自身消耗的蒸汽或电力对应的需方物流：自用比 × 进料量，由连接或公用工程满足。",
    "Own use per unit of intake": "单位进料自用量",
    # park settings: the electricity energy basis
    "Electricity in energy (tce) counted at": "电力折标煤按",
    "Calorific equivalent 0.1229 kgce/kWh (GB/T 2589, the default) or the supply coal rate of power generation; reports show the other basis beside it.":
        "当量值 0.1229 千克标准煤/千瓦时（GB/T 2589，默认）或发电煤耗（等价值）；报告同时列出另一口径。",
    "Calorific equivalent (当量值)": "当量值",
    "Supply coal rate (等价值)": "等价值（发电煤耗）",
    # commands and document
    "Add {kind} {id}": "添加 {kind} {id}",
    "Delete {kind} {id}": "删除 {kind} {id}",
    "Edit {kind} {id}": "编辑 {kind} {id}",
    "Move {id}": "移动 {id}",
    "Edit park settings": "编辑园区设置",
    "Move {count} enterprises": "移动 {count} 家企业",
    "Delete {count} items": "删除 {count} 项",
    "the clipboard holds no ParkFlow items": "剪贴板中没有 ParkFlow 项目",
    " (copy)": "（副本）",
    "Paste {count} items": "粘贴 {count} 项",
    "the id must not be empty": "编号不能为空",
    "the id {id} is already used by another {kind}": "编号 {id} 已被另一个 {kind} 使用",
    "{kind} {id} does not exist": "{kind} {id} 不存在",
    "{field} must be a finite number": "{field} 必须是有限数值",
    "enterprise {id} does not exist": "企业 {id} 不存在",
    "amount must be a number ≥ 0": "数量必须是 ≥ 0 的数值",
    "utility {id} does not exist": "公用工程 {id} 不存在",
    "disposal {id} does not exist": "处置方式 {id} 不存在",
    "stream {id} has links; delete them before turning it into a {direction}": "物流 {id} 已有连接；请先删除连接再将其改为 {direction}",
    "source stream {id} does not exist": "供方物流 {id} 不存在",
    "sink stream {id} does not exist": "需方物流 {id} 不存在",
    "link {other} already joins {source} to {sink}": "连接 {other} 已连接 {source} 与 {sink}",
    "the input {id} must be an existing sink stream": "输入 {id} 必须是已有的需方物流",
    "the output {id} must be an existing source stream": "输出 {id} 必须是已有的供方物流",
    "{kind} {id} is still used by {names}": "{kind} {id} 仍被 {names} 使用",
    "unknown park setting {key}": "未知的园区设置 {key}",
    "{key} must be a number ≥ 0": "{key} 必须是 ≥ 0 的数值",
    # tables, fields, inspector
    "Filter…": "筛选…",
    "Add": "添加",
    "Delete": "删除",
    "New enterprise": "新企业",
    "Add an enterprise first": "请先添加企业",
    "{column} must be one of: {choices}": "{column} 必须是以下之一：{choices}",
    "{column} needs a number": "{column} 需要一个数值",
    "{column}: {text!r} is not a number": "{column}：{text!r} 不是数值",
    "{column} must be a finite number": "{column} 必须是有限数值",
    "Park settings": "园区设置",
    "Enterprise": "企业",
    "Stream": "物流",
    "Link": "连接",
    "Utility": "公用工程",
    "Disposal": "处置方式",
    "Converter": "转换装置",
    "a number is needed": "需要一个数值",
    "must be ≥ 0": "必须 ≥ 0",
    "Enterprises": "企业",
    "Streams": "物流",
    "Links": "连接",
    "Utilities": "公用工程",
    "Disposals": "处置方式",
    "Converters": "转换装置",
    "Where": "位置",
    "Problem": "问题",
    # main window
    "&New": "新建(&N)",
    "&Open…": "打开(&O)…",
    "&Save": "保存(&S)",
    "Save &As…": "另存为(&A)…",
    "&Import Workbook…": "导入工作簿(&I)…",
    "&Export Workbook…": "导出工作簿(&E)…",
    "Export &Report…": "导出报告(&R)…",
    "&Quit": "退出(&Q)",
    "Add &Enterprise": "添加企业(&E)",
    "Add &Stream to Enterprise": "为企业添加物流(&S)",
    "&Delete": "删除(&D)",
    "&Copy": "复制(&C)",
    "&Paste": "粘贴(&P)",
    "&Find…": "查找(&F)…",
    "Select &All": "全选(&A)",
    "&Fit Park": "显示整个园区(&F)",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "Show All Media": "显示全部介质",
    "&Optimize…": "优化(&O)…",
    "&Pareto Front…": "帕累托前沿(&P)…",
    "&Cancel Optimization": "取消优化(&C)",
    "Heat &Targets": "热集成目标(&T)",
    "&Sankey Diagram": "桑基图(&S)",
    "Optimize the exchange network (F5)": "优化交换网络 (F5)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&File": "文件(&F)",
    "Open &Recent": "最近打开(&R)",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "&Docks": "停靠窗口(&D)",
    "Filter by &Medium": "按介质筛选(&M)",
    "&Language": "语言(&L)",
    "&Optimize": "优化(&O)",
    "File": "文件",
    "Optimize": "优化",
    "Inspector": "属性",
    "Tables": "数据表",
    "Problems": "问题",
    "Log": "日志",
    "Results": "结果",
    "Results are not available in this build.": "此版本不提供结果视图。",
    "Cancel": "取消",
    "Untitled": "未命名",
    "{errors} errors, {warnings} warnings": "{errors} 个错误，{warnings} 个警告",
    "Unsaved changes": "未保存的修改",
    "The park has unsaved changes. Save them first?": "园区有未保存的修改。是否先保存？",
    "New park": "新园区",
    "Open park": "打开园区",
    "ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)": "ParkFlow 方案 (*.parkflow);;园区工作簿 (*.xlsx);;所有文件 (*)",
    "Cannot open {name}": "无法打开 {name}",
    "Opened {path}": "已打开 {path}",
    "Save park as": "园区另存为",
    "ParkFlow scenarios (*.parkflow)": "ParkFlow 方案 (*.parkflow)",
    "Cannot save {name}": "无法保存 {name}",
    "Saved {path}": "已保存 {path}",
    "Import park workbook": "导入园区工作簿",
    "Park workbooks (*.xlsx *.xlsm)": "园区工作簿 (*.xlsx *.xlsm)",
    "Export park workbook": "导出园区工作簿",
    "Park workbooks (*.xlsx)": "园区工作簿 (*.xlsx)",
    "Cannot export {name}": "无法导出 {name}",
    "Exported {path}": "已导出 {path}",
    "Export report": "导出报告",
    "HTML report (*.html);;PDF report (*.pdf);;Excel report (*.xlsx)": "HTML 报告 (*.html);;PDF 报告 (*.pdf);;Excel 报告 (*.xlsx)",
    "Cannot export the report {name}": "无法导出报告 {name}",
    "Report written to {path}": "报告已写入 {path}",
    "… and {count} more": "…… 另有 {count} 条",
    "This part of ParkFlow is not available: {error}": "ParkFlow 的这一部分不可用：{error}",
    "Nothing was changed; your park is as it was.": "没有任何改动；园区保持原样。",
    "Select an enterprise first": "请先选择一家企业",
    "New stream": "新物流",
    "Copied {count} enterprises": "已复制 {count} 家企业",
    "The clipboard holds no ParkFlow enterprises": "剪贴板中没有 ParkFlow 企业",
    "Find": "查找",
    "Enterprise or stream (id, name or sector):": "企业或物流（编号、名称或行业）：",
    "Nothing matches “{text}”": "没有与“{text}”匹配的项",
    "{count} matches for “{text}”": "“{text}”有 {count} 个匹配",
    "The optimizer is not available in this build": "此版本不提供优化器",
    "The park has problems": "园区数据有问题",
    "Fix the {count} errors listed under Problems before optimizing.": "请先修正“问题”中列出的 {count} 个错误再优化。",
    "Optimizing…": "正在优化…",
    "Cancelling…": "正在取消…",
    "Pareto front with {count} points": "帕累托前沿共 {count} 个点",
    "Optimization finished: {status}, objective {value} {unit}": "优化完成：{status}，目标值 {value} {unit}",
    "Optimization failed": "优化失败",
    "Optimization cancelled": "优化已取消",
    "Optimize first to see the Sankey diagram": "请先优化再查看桑基图",
    "ParkFlow did not close properly. Unsaved changes were kept in a recovery file:\n{path}\n\nRestore them?": "ParkFlow 上次未正常关闭。未保存的修改已保存在恢复文件中：\n{path}\n\n是否恢复？",
    "Restore unsaved changes?": "恢复未保存的修改？",
    "Restored the unsaved changes": "已恢复未保存的修改",
    "The recovery file is kept at {path}": "恢复文件保留在 {path}",
    "Unexpected error": "意外错误",
    "Something went wrong inside ParkFlow: {error}\n\nYour park is still open and can be saved. Details are in the log file:\n{log}": "ParkFlow 内部出错：{error}\n\n园区仍然打开，可以保存。详细信息见日志文件：\n{log}",
    # canvas
    "candidate": "候选",
    "existing": "现有",
    "capacity {value:g}": "能力 {value:g}",
    "optimized flow {value:.4g}": "优化流量 {value:.4g}",
    "utilisation {value:.0%}": "利用率 {value:.0%}",
    "unused": "未使用",
    "link {id} already joins these streams": "连接 {id} 已连接这两个物流",
    "Added link {id}: {source} → {sink}": "已添加连接 {id}：{source} → {sink}",
    "Link refused: {reason}": "无法连接：{reason}",
    # the media's names come from parkflow/model/media.py; "Heat" is also a results-dock heading
    "Heat": "热量",
    # optimize dialog
    "Cost (CNY/yr)": "成本（元/年）",
    "CO₂ emissions (t/yr)": "CO₂ 排放（吨/年）",
    "COD discharged (t/yr)": "COD 排放（吨/年）",
    "LP: continuous, no build decisions": "LP：连续变量，不做建设决策",
    "MILP: build or not build each candidate link": "MILP：决定每条候选连接是否建设",
    "This solver is not installed.": "未安装此求解器。",
    "Limit solver time": "限制求解时间",
    "Computing CO₂, COD, energy, water and cost…": "正在核算CO₂、COD、能耗、水耗和成本…",
    "Not modelled in this park: no utility supplies it.": "本园区未建模：没有公用工程提供此项。",
    "The network found is within %1 % of the savings at stake (%2 %3: the existing "
    "links alone minus the best bound).": "所得管网与最大可节约量相差不超过 %1 %（可节约量 %2 %3：仅用现有连接的成本减去最优界）。",
    "Checking the park…": "正在检查园区…",
    "Building the model…": "正在建立模型…",
    "Solving…": "正在求解…",
    "The park is infeasible: finding what has to give…": "园区无可行解：正在查找需要放宽的约束…",
    "Reading the results…": "正在读取结果…",
    "Computing the cost–CO₂ trade-off…": "正在计算成本与CO₂的权衡…",
    "Searching for the best network ({percent} % of the way to the gap asked for)…": "正在搜索最优管网（距所要求的间隙已完成 {percent} %）…",
    "MILP gap:": "MILP 间隙：",
    "MILP only: stop when the network found is within this share of the savings at stake "
    "(the existing links alone minus the best bound). Smaller gaps prove more but can take "
    "much longer.": "仅用于 MILP：当所得管网与最大可节约量（仅用现有连接的成本减去最优界）之差不超过此比例时停止。间隙越小，证明越严格，但耗时可能长得多。",
    "off (single optimization)": "关闭（单次优化）",
    "Number of cost–CO₂ trade-off points; each point is a full optimization.": "成本–CO₂ 权衡点的数量；每个点是一次完整优化。",
    "Objective:": "目标：",
    "Mode:": "模式：",
    "Solver:": "求解器：",
    "Pareto points:": "帕累托点数：",
    "No solver is available: install highspy or PuLP's CBC.": "没有可用的求解器：请安装 highspy 或 PuLP 的 CBC。",
    # results dock
    "Optimized vs standalone": "优化 vs 独立运行",
    "Optimized vs current": "优化 vs 现状",
    "Summary": "概要",
    "Charts": "图表",
    "Prices": "影子价格",
    "Pareto": "帕累托",
    "Quantity:": "指标：",
    "Shadow prices of balances and binding capacities": "平衡约束与紧约束能力的影子价格",
    "Reduced costs of unused candidate links": "未使用候选连接的检验数",
    "No optimization result yet: run Optimize.": "尚无优化结果：请运行“优化”。",
    "Run an optimization to see shadow prices.": "运行优化后可查看影子价格。",
    "Run an optimization to see reduced costs.": "运行优化后可查看检验数。",
    "Run a Pareto sweep (Optimize, Pareto points ≥ 2) to see the cost–CO₂ trade-off.": "运行帕累托扫描（优化，帕累托点数 ≥ 2）查看成本–CO₂ 权衡。",
    "Heat targets have not been computed.": "尚未计算热集成目标。",
    "%n trade-off point(s). Click a point to show its network and figures.": "%n 个权衡点。点击一个点查看其网络与指标。",
    "The Pareto sweep gave no points.": "帕累托扫描没有得到任何点。",
    "Heat targets could not be computed: %1": "无法计算热集成目标：%1",
    "Status: <b>%1</b>": "状态：<b>%1</b>",
    "objective %1 = <b>%2</b> %3": "目标 %1 = <b>%2</b> %3",
    "gap %1 %": "间隙 %1 %",
    "solved in %1 s": "求解用时 %1 秒",
    "KPIs could not be computed: %1": "无法计算指标：%1",
    "%1 by state": "各状态的%1",
    "Reduction by enterprise (standalone − optimized)": "按企业的减量（独立运行 − 优化）",
    "Reduction by medium (standalone − optimized)": "按介质的减量（独立运行 − 优化）",
    "Breakdowns are not available.": "没有分项数据。",
    "Showing the %1 largest of %2 %3.": "显示 %2 个%3中最大的 %1 个。",
    "enterprises": "企业",
    "media": "介质",
    "No shadow prices: the result has none.": "没有影子价格：结果中没有。",
    "No reduced costs: every candidate link is used, or there are none.": "没有检验数：所有候选连接都已使用，或没有候选连接。",
    "Minimum hot utility <b>%1 MW</b>, minimum cold utility <b>%2 MW</b>.": "最小热公用工程 <b>%1 MW</b>，最小冷公用工程 <b>%2 MW</b>。",
    "No pinch: one utility alone balances the park.": "无夹点：仅需一种公用工程即可平衡园区。",
    "Pinch at %1 °C (hot) / %2 °C (cold).": "夹点 %1 °C（热）/ %2 °C（冷）。",
    "Heat flow (MW)": "热流 (MW)",
    "Hot composite": "热复合曲线",
    "Cold composite": "冷复合曲线",
    "Temperature (°C)": "温度 (°C)",
    "Composite curves": "复合曲线",
    "Grand composite": "总复合曲线",
    "Shifted temperature (°C)": "位移温度 (°C)",
    "Grand composite curve": "总复合曲线",
    "en": "zh",
    "CO₂ emissions": "CO₂ 排放",
    "COD discharged": "COD 排放",
    "COD generated": "COD 产生",
    "Energy": "能耗",
    "Natural gas": "天然气",
    "Fresh water": "新鲜水",
    "Cost": "成本",
    "Standalone": "独立运行",
    "Current": "现状",
    "Optimized": "优化",
    # sankey
    "Sankey diagram": "桑基图",
    "All media": "全部介质",
    "Export SVG…": "导出 SVG…",
    "Export PNG…": "导出 PNG…",
    "Medium:": "介质：",
    "Could not write %1": "无法写入 %1",
    "Export SVG": "导出 SVG",
    "SVG images (*.svg)": "SVG 图像 (*.svg)",
    "Export PNG": "导出 PNG",
    "PNG images (*.png)": "PNG 图像 (*.png)",
    "No flows to show.": "没有可显示的流量。",
    "Run an optimization to see its flows.": "运行优化后可查看流量。",
    "%1: band widths are proportional to the rate in %2.": "%1：带宽与以 %2 计的流率成正比。",
    "Band widths are proportional within each medium; media have different units, so each medium is scaled on its own. Pick one medium to compare its flows exactly.": "带宽在每种介质内按比例绘制；各介质单位不同，分别缩放。选择一种介质可精确比较其流量。",
    # optimize runner
    "The park has no feasible solution.": "园区没有可行解。",
    "The solver failed:": "求解器失败：",
    "The solver ran out of time:": "求解器超时：",
    "Unexpected error during optimization:": "优化时发生意外错误：",
    "The optimization gave no result.": "优化没有得到结果。",
    # added by the results and runner widgets
    "The park has problems to fix before it can be optimized:": "园区存在以下问题，需修正后才能优化：",
    "The optimization was cancelled.": "优化已取消。",
    "Accounting": "核算",
    "A Pareto sweep needs at least 2 points.": "帕累托扫描至少需要 2 个点。",
    "An optimization is already running.": "已有优化正在运行。",
    "Starting the optimization…": "正在开始优化…",
    "%n other sender(s)": "其他 %n 个供给方",
    "%n other receiver(s)": "其他 %n 个接收方",
    "Smaller senders and receivers are merged so that names stay readable.": "较小的供给方和接收方已合并，以便名称清晰可读。",
    "The optimizer returned no result.": "优化器没有返回结果。",
    "Done": "完成",
    "All %n point(s) coincide: the cheapest operation is also the lowest-CO₂ one, so there is no trade-off to choose.": "全部 %n 个点重合：成本最低的运行方式也是 CO₂ 最低的，无需权衡。",
    "Energy counts electricity as: %1": "能耗中电力按以下方式折算：%1",
    "Constraint": "约束",
    "Item": "项目",
    "Balance or limit": "平衡或限值",
    "Value": "数值",
    "Unit": "单位",
    "Cheaper by": "需降低",
    "Annual capex (CNY/yr)": "年化投资（元/年）",
    "Reading": "解读",
    "With the park's own pipes: hot utility <b>%1 MW</b>, cold utility <b>%2 MW</b> (the difference to the targets is what new links could still recover).": "利用园区现有管道：热公用工程 <b>%1 MW</b>，冷公用工程 <b>%2 MW</b>（与目标的差值即新连接仍可回收的部分）。",
    "optimal": "最优",
    "time limit reached (best solution found)": "达到时间限制（已找到的最优解）",
    "infeasible": "不可行",
    "unbounded": "无界",
    "cost": "成本",
    "CO₂": "CO₂",
    "COD": "COD",
    "source balance": "供方平衡",
    "sink balance": "需方平衡",
    "link capacity": "连接能力",
    "converter capacity": "转换装置能力",
    # accounting with a closed boundary
    "Not modelled in this park: nothing in it carries this quantity.": "本园区未建模：园区内没有任何项目涉及此数量。",
    "{key} must be calorific or generation": "{key} 必须为 calorific（当量值）或 generation（等价值）",
    # indicators and enterprise grading
    "Colour enterprises on the canvas by grade": "在画布上按等级为企业着色",
    "Run an optimization to see the indicators of each enterprise.": "运行优化后可查看各企业指标。",
    "Grading rules could not be read: %1": "无法读取分级规则：%1",
    "Name": "名称",
    "Grade": "等级",
    "Score": "得分",
    "COD permit surplus (t/yr)": "COD节余排污指标（吨/年）",
    "NH3-N permit surplus (t/yr)": "氨氮节余排污指标（吨/年）",
    "Grades by %1 (state: %2).": "分级规则：%1（状态：%2）。",
    "These rules are an example built from the dimensions the provincial reports name, not an official index.":
        "此规则为依据省级报告所列维度构建的示例，非官方指数。",
    # pipes: computed lengths, sizes, losses and capex; candidate links; site plan
    "Optimized flow: {amount} {unit}": "优化流量：{amount} {unit}",
    "Delivered: {amount} {unit}": "送达：{amount} {unit}",
    "Length: {km} km": "长度：{km} km",
    "Size: DN{dn}": "管径：DN{dn}",
    "Loss: {pct} %": "损失：{pct} %",
    "Capex: {cny} CNY": "投资：{cny} 元",
    " (stale: the park changed since)": "（已过期：园区此后有改动）",
    "Last result": "上次结果",
    "Propose &candidate links…": "生成候选连接(&C)…",
    "&Load Site Plan…": "载入总平面图(&L)…",
    "&Calibrate Scale…": "标定比例尺(&C)…",
    "&Remove Site Plan": "移除总平面图(&R)",
    "&Site Plan": "总平面图(&S)",
    "The site plan image cannot be read": "无法读取总平面图图像",
    "Computed; type a number to override.": "计算值；输入数字可覆盖。",
    "Straight distance between the two enterprises × the park's routing factor {factor}.": "两企业间直线距离 × 园区管线路由系数 {factor}。",
    "Smallest standard nominal size (ASME B36.10M standard wall) within the medium's design velocity (GB 50041) that, for steam, keeps the sink's pressure.": "在介质设计流速（GB 50041）内、且对蒸汽能保证用户端压力的最小标准公称管径（ASME B36.10M 标准壁厚）。",
    "Steam pressure {inlet} → {outlet} MPa at {flow} design flow.": "设计流量 {flow} 下蒸汽压力 {inlet} → {outlet} MPa。",
    "Heat lost by the insulated pipe (insulation to the GB/T 4272 heat-loss limits) as a share of what it carries at design flow: steam as condensate, hot water as temperature.": "保温管道（保温按 GB/T 4272 散热损失限值）的散热占设计流量输送量的比例：蒸汽计为凝结水，热水计为温降。",
    "Insulation {mm} mm.": "保温层 {mm} mm。",
    "Length × cost per km for the medium and size.": "长度 × 该介质与管径的每公里造价。",
    "{cost} CNY/km ({year}): {source}": "{cost} 元/km（{year} 年）：{source}",
    "Propose candidate links": "生成候选连接",
    "Adds a candidate link for every compatible source–sink pair of different enterprises within the distance below (straight line), with length, pipe size, heat loss and capex computed. Existing links are kept. Undo removes them all.": "为下方距离（直线）内不同企业间每一对相容的供需流股添加候选连接，并计算长度、管径、散热损失和投资。现有连接保留。撤销可一次全部移除。",
    "Add links": "添加连接",
    "{km} km": "{km} km",
    "{count} new candidate links within {km} km": "{km} km 内新增 {count} 条候选连接",
    "{count} steam pairs left out: no pipe size holds the sink's pressure": "{count} 对蒸汽未纳入：没有管径能保证用户端压力",
    "Propose {count} candidate links": "生成 {count} 条候选连接",
    "the PDF page cannot be rendered": "无法渲染该 PDF 页面",
    "{name} is not a PNG or JPG image": "{name} 不是 PNG 或 JPG 图像",
    "Load site plan": "载入总平面图",
    "Site plans (*.png *.jpg *.jpeg *.pdf)": "总平面图 (*.png *.jpg *.jpeg *.pdf)",
    "Site plan not loaded: {reason}": "未载入总平面图：{reason}",
    "Site plan {name} loaded; calibrate its scale with two points of known distance": "已载入总平面图 {name}；请用两个已知距离的点标定比例尺",
    "Remove site plan": "移除总平面图",
    "Site plan removed": "已移除总平面图",
    "Load a site plan first": "请先载入总平面图",
    "Click the first of two points whose distance you know": "请点击已知距离的两点中的第一点",
    "Click the second point": "请点击第二点",
    "Calibrate scale": "标定比例尺",
    "Distance between the two points (m):": "两点间距离（m）：",
    "Click two different points and give a distance above 0": "请点击两个不同的点并输入大于 0 的距离",
    "Calibrate site plan": "标定总平面图",
    "Site plan calibrated: {m} m per pixel": "总平面图已标定：每像素 {m} m",
    # Who gains: benefit sharing between enterprises and investment appraisal
    "Who gains": "谁受益",
    "Share the saving": "分配节省",
    "Solving every coalition of enterprises…": "正在求解所有企业联盟…",
    "Could not share the saving: %1": "无法分配节省：%1",
    "Cancelled.": "已取消。",
    "Optimize the park to see who gains.": "请先优化园区，再查看谁受益。",
    "Press “Share the saving” to solve the park's coalitions (sampled Shapley shares for more than 12 enterprises).": "点击“分配节省”求解园区各企业联盟（企业多于12家时抽样估计Shapley分配）。",
    "Standalone cost": "独立运行成本",
    "Shapley share": "Shapley分配",
    "Shadow-price share": "影子价格结算",
    "The park saves %1 CNY/yr together.": "园区合作每年共节省 %1 元。",
    "Shapley shares exact over all %1 coalitions.": "Shapley分配按全部 %1 个联盟精确计算。",
    "Shapley shares sampled over %1 random orders (± one standard error in the table).": "Shapley分配由 %1 个随机顺序抽样估计（表中±为一个标准误差）。",
    "CNY/yr (bars)": "元/年（柱）",
    "Standalone cost (CNY/yr)": "独立运行成本（元/年）",
    "Without transfer (CNY/yr)": "无转移支付时节省（元/年）",
    "Shapley share (CNY/yr)": "Shapley分配（元/年）",
    "± standard error": "±标准误差",
    "Shadow-price share (CNY/yr)": "影子价格结算（元/年）",
    "Capex (CNY)": "投资（元）",
    "NPV (CNY)": "净现值（元）",
    "IRR": "内部收益率",
    "Payback (yr)": "静态回收期（年）",
    "From": "供方",
    "To (pays)": "受方（付费）",
    "Status": "状态",
    "Annual saving (CNY/yr)": "年节省（元/年）",
    # compare from the File menu
    "Co&mpare With…": "对比其他情景(&M)…",
    "Compare With &Last Saved Version": "与上次保存的版本对比(&L)",
    "Compare with": "对比",
    "Save the park first: there is no saved version to compare with": "请先保存园区：还没有可对比的已保存版本",
    "{name} (last saved)": "{name}（上次保存）",
    "Cannot compare with {name}": "无法与 {name} 对比",
    "{name} (open in ParkFlow)": "{name}（ParkFlow 中打开的）",
    "result in the editor": "编辑器中的结果",
    "not optimized since the last edit": "上次编辑后尚未优化",
    # field table: labels with units, tooltips, enum values, factor profiles, units
    "Blank: computed from the factor profile chosen above (factor library).": "留空：按上面选择的因子配置（因子库）计算。",
    "per unit of this row's unit (blank unit: the medium's canonical unit)": "每单位（本行的单位；单位留空时为该介质的标准单位）",
    "Park name": "园区名称",
    "The park's name, shown in titles and reports.": "园区名称，显示在标题和报告中。",
    "Operating hours per year (h/yr)": "年运行小时数（h/年）",
    "Hours a year the streams flow; annual figures are hourly rates × these hours. Default {value} h.": "物流每年运行的小时数；年度数值 = 小时流量 × 该小时数。默认 {value} 小时。",
    "Minimum approach temperature ΔTmin (K)": "最小传热温差 ΔTmin（K）",
    "Smallest temperature difference a heat exchanger needs between hot and cold sides (heat cascade). Default {value} K.": "换热器冷热两侧所需的最小温差（热量梯级利用）。默认 {value} K。",
    "Discount rate (%)": "折现率（%）",
    "Annualises the capital cost of candidate links over their lifetime. Default {value} %.": "用于将候选连接的投资按寿命期年化。默认 {value} %。",
    "CO₂ price (CNY/t)": "CO₂ 价格（元/吨）",
    "Price of one tonne of CO₂ in the cost objective (e.g. the carbon market price). Default 0: CO₂ counts in the KPIs but not in the cost.": "成本目标中每吨 CO₂ 的价格（如碳市场价格）。默认 0：CO₂ 计入指标，但不计入成本。",
    "COD price (CNY/t)": "COD 价格（元/吨）",
    "Price of one tonne of COD discharged in the cost objective (e.g. the discharge fee). Default 0.": "成本目标中每吨 COD 排放的价格（如排污费）。默认 0。",
    "ID": "编号",
    "Short identifier used by links and other rows; set when the item is made.": "供连接和其他行引用的简短编号；创建时确定。",
    "Name shown on the canvas and in reports (Chinese and/or English).": "显示在画布和报告中的名称（中文和/或英文）。",
    "Medium": "介质",
    "What flows: steam, heat, hot water, hydrogen, water, material, fuel or electricity.": "流动的是什么：蒸汽、热量、热水、氢气、水、物料、燃料或电力。",
    "Unit of the amount, e.g. t/h, kg/h, MW, GJ/h, Nm3/h, t/d. Blank: the medium's canonical unit.": "数量的单位，如 t/h、kg/h、MW、GJ/h、Nm3/h、t/d。留空：该介质的标准单位。",
    "Pressure (MPa, absolute)": "压力（MPa，绝压）",
    "Steam only. A source may serve a sink whose pressure is not higher. Blank: not given.": "仅蒸汽。源只能供给压力不高于自身的汇。留空：未给出。",
    "Steam, heat and hot water: the supply temperature. Blank: not given.": "蒸汽、热量和热水：供应温度。留空：未给出。",
    "Purity (%)": "纯度（%）",
    "Hydrogen and material: purity; for a sink the minimum the blend it receives must reach.": "氢气和物料：纯度；对汇而言为混合后必须达到的最低值。",
    "COD (mg/L)": "COD（mg/L）",
    "Water: chemical oxygen demand; for a sink the maximum the blend it receives may have.": "水：化学需氧量；对汇而言为混合后允许的最高值。",
    "Factor profile": "因子配置",
    "A profile of the factor library (resources/factors.csv) that fills blank cost, CO₂ and COD figures below, e.g. gas-boiler steam or grid electricity. Typed figures always win.": "因子库（resources/factors.csv）中的一种配置，用于填补下方留空的成本、CO₂ 和 COD 数值，如燃气锅炉蒸汽或电网电力。手工填写的数值始终优先。",
    "Cost (CNY per unit)": "成本（元/单位）",
    "Price paid {per_unit}.": "{per_unit}支付的价格。",
    "CO₂ (t per unit)": "CO₂（吨/单位）",
    "CO₂ emitted {per_unit}.": "{per_unit}排放的 CO₂。",
    "COD (t per unit)": "COD（吨/单位）",
    "COD discharged {per_unit}.": "{per_unit}排放的 COD。",
    "Capacity (source units per hour)": "能力（源单位/小时）",
    "Most it can carry or take per hour. Blank: no limit.": "每小时最多能输送或接收的量。留空：不限。",
    "Sector": "行业",
    "Industry, e.g. chemicals, textiles, power.": "所属行业，如化工、纺织、电力。",
    "Position east (km)": "东向位置（km）",
    "East–west position on the park map; drag the box to change it. Blank: placed automatically.": "园区图上的东西向位置；拖动方框即可修改。留空：自动放置。",
    "Position north (km)": "北向位置（km）",
    "North–south position on the park map. Blank: placed automatically.": "园区图上的南北向位置。留空：自动放置。",
    "Notes": "备注",
    "Free text: contacts, sources of the figures, open questions.": "自由文字：联系人、数据来源、待解决的问题。",
    "The enterprise that offers or needs this stream.": "供出或需要此物流的企业。",
    "Offered or needed": "供出或需求",
    "Source: the enterprise offers it (by-product, waste heat). Sink: the enterprise needs it.": "源：企业供出（副产品、余热）。汇：企业需要。",
    "Amount (per hour, in the unit below)": "数量（每小时，单位见下）",
    "Rate while operating, in the stream's unit. Annual figures multiply it by the park's hours per year.": "运行时的流量，以该物流的单位计。年度数值 = 流量 × 园区年运行小时数。",
    "Target temperature (°C)": "目标温度（°C）",
    "Heat and hot water: the temperature the stream is cooled or heated to (return temperature).": "热量和热水：物流被冷却或加热到的温度（回水温度）。",
    "Substance": "物质",
    "Material only: what it is; a source serves only sinks of the same substance.": "仅物料：是什么物质；源只能供给同一物质的汇。",
    "Supplied today by (utility)": "当前供应方（公用工程）",
    "Sink only: the conventional supply that makes up what the exchange does not deliver (e.g. gas-boiler steam).": "仅汇：补足交换未能供给部分的常规供应（如燃气锅炉蒸汽）。",
    "Disposed of today by": "当前处置方式",
    "Source only: where unused flow goes today (cooling tower, flare, wastewater plant).": "仅源：未利用的流量目前去向（冷却塔、火炬、污水处理厂）。",
    "COD removal (%)": "COD 去除率（%）",
    "Share of the source's COD the treatment removes before discharge. Blank: none removed.": "排放前处理去除的源 COD 比例。留空：不去除。",
    "From (source stream)": "从（源物流）",
    "The offered stream the pipe or delivery starts from.": "管道或运输的起点物流（供出方）。",
    "To (sink stream)": "到（汇物流）",
    "The needed stream the pipe or delivery serves.": "管道或运输供给的需求物流。",
    "Existing: built, with today's flow. Candidate: may be built, at its capital cost.": "已建：已建成，有当前流量。候选：可以新建，需投资。",
    "Most the link carries per hour, in the source's unit. Blank: no limit.": "连接每小时最多输送的量，以源的单位计。留空：不限。",
    "Flow today (source units per hour)": "当前流量（源单位/小时）",
    "Existing links: what flows today (the 'current' state of the KPIs).": "已建连接：当前的流量（指标的“现状”情景）。",
    "Length (km)": "长度（km）",
    "Pipe length. Blank: straight line between the enterprises × the park's routing factor.": "管道长度。留空：企业间直线距离 × 园区布管系数。",
    "Transport cost (CNY per unit)": "输送成本（元/单位）",
    "Cost of carrying one unit of the source's flow. Blank: 0.": "输送一个单位源流量的成本。留空：0。",
    "Capital cost (CNY)": "投资（元）",
    "Candidate links: cost to build, annualised over the lifetime at the park's discount rate.": "候选连接：建设费用，按园区折现率在寿命期内年化。",
    "Lifetime (years)": "寿命（年）",
    "Years over which the capital cost is annualised.": "投资年化所用的年数。",
    "Loss (%)": "损失（%）",
    "Share of the flow lost on the way (heat loss, leaks). Blank: 0.": "途中损失的流量比例（散热、泄漏）。留空：0。",
    "Diameter (mm)": "管径（mm）",
    "Pipe size. Blank: the smallest standard size that carries the design flow.": "管道尺寸。留空：能输送设计流量的最小标准管径。",
    "The enterprise the converter belongs to.": "转换装置所属的企业。",
    "Intake (sink stream)": "输入（汇物流）",
    "The sink stream the converter takes in (no utility: flexible demand).": "转换装置接收的汇物流（无公用工程：需求可变）。",
    "Output (source stream)": "输出（源物流）",
    "The source stream the converter produces: ratio × intake.": "转换装置产出的源物流：比例 × 输入。",
    "Output per unit of intake": "单位输入的产出",
    "Offered (source)": "供出（源）",
    "Needed (sink)": "需求（汇）",
    "Existing": "已建",
    "Candidate (may be built)": "候选（可新建）",
    "(none)": "（无）",
    "Steam from a gas boiler": "燃气锅炉蒸汽",
    "Grid electricity": "电网电力",
    "Hydrogen from natural gas (SMR)": "天然气制氢（SMR）",
    "Hydrogen from coal": "煤制氢",
    "Natural gas as fuel": "天然气燃料",
    "Purchased heat": "外购热力",
    "Cooling tower": "冷却塔",
    "Flare": "火炬",
    "Wastewater plant": "污水处理厂",
    "CNY/yr": "元/年",
    "CNY": "元",
    "t/yr": "吨/年",
    "tce/yr": "吨标煤/年",
    "Nm³/yr": "Nm³/年",
    "t CO₂/yr": "吨 CO₂/年",
    # help, canvas hint, context menu, workbook template, new items
    "Select the enterprise the stream belongs to (on the canvas or in the Enterprises table) first": "请先选择物流所属的企业（在画布上或企业表中）",
    "No source and sink can be linked yet: add a source and a sink of the same medium (or drag from a source port to a sink port on the canvas)": "目前没有可连接的源和汇：请添加同一介质的源和汇（或在画布上从源端口拖到汇端口）",
    "ParkFlow user guide": "ParkFlow 用户指南",
    "New from &Workbook Template…": "从工作簿模板新建(&W)…",
    "&User Guide": "用户指南(&U)",
    "&About ParkFlow": "关于 ParkFlow(&A)",
    "&Help": "帮助(&H)",
    "Write an Excel workbook with every sheet, its headers explained and an example row, and open the example": "写出一个 Excel 工作簿（含所有工作表、表头说明和一行示例），并打开该示例",
    "<b>An empty park.</b><br>Right-click here or press Ctrl+E to add an enterprise,<br>or use File ▸ New from Workbook Template… to fill in a workbook.<br>Help ▸ User Guide (F1) walks you through a first hour.": "<b>这是一个空园区。</b><br>在此处右键或按 Ctrl+E 添加企业，<br>或用 文件 ▸ 从工作簿模板新建… 填写工作簿。<br>帮助 ▸ 用户指南（F1）带您完成第一个小时。",
    "Write park workbook template": "写出园区工作簿模板",
    "Cannot write {name}": "无法写入 {name}",
    "Template written to {path}: fill it in (header notes explain each column), then File ▸ Import Workbook": "模板已写入 {path}：请填写（表头批注说明了每一列），然后用 文件 ▸ 导入工作簿",
    " (with unsaved edits)": "（含未保存的编辑）",
    "{name} (not saved)": "{name}（未保存）",
    "not saved": "未保存",
    "Add Enterprise Here": "在此添加企业",
    "Paste": "粘贴",
    "Park Settings": "园区设置",
    "Add Stream": "添加物流",
    "Copy": "复制",
    "Properties": "属性",
    "About ParkFlow": "关于 ParkFlow",
    "<b>ParkFlow {version}</b><p>Industrial-park symbiosis and cascaded energy use: draw the exchange network, optimize which sources serve which sinks, and report CO₂, COD, energy, water and cost.</p><p>Help ▸ User Guide (F1) walks you through a first hour.</p>": "<b>ParkFlow {version}</b><p>工业园区共生与能源梯级利用：绘制交换网络，优化哪些源供给哪些汇，并报告 CO₂、COD、能耗、用水和成本。</p><p>帮助 ▸ 用户指南（F1）带您完成第一个小时。</p>",
    # stale results and the no-costs warning
    "none": "无",
    "No costs are set: no utility or disposal has a price (typed or from a factor profile) and the CO₂ and COD prices are 0.\n\nWithout a price: {names}.\n\nMinimising cost would find nothing to save (0 % saving). Minimise CO₂ instead, or give the utilities a price or a factor profile first.": "未设置任何成本：没有公用工程或处置方式有价格（手工填写或来自因子配置），CO₂ 和 COD 价格均为 0。\n\n没有价格的：{names}。\n\n以成本最小为目标将找不到任何节省（节省 0 %）。请改为 CO₂ 最小，或先为公用工程填写价格或选择因子配置。",
    "No costs are set": "未设置成本",
    "Minimise CO₂": "CO₂ 最小",
    "Minimise cost anyway": "仍按成本最小",
    "Results are out of date: the park changed after the last optimization.": "结果已过期：上次优化后园区已被修改。",
    "Re-optimize": "重新优化",
    "Optimize again with the last options (F5 asks for options first)": "按上次的选项重新优化（F5 会先询问选项）",
    # small faults: plurals, optimized flow column, objective note
    "Paste 1 item": "粘贴 1 项",
    "Out of date: the park changed after this optimization": "已过期：此次优化后园区已被修改",
    "Optimized flow (source units per hour)": "优化流量（源单位/小时）",
    "What the last optimization sends through the link, in the source's unit. Blank until you optimize; grey when the park changed since.": "上次优化通过该连接输送的量，以源的单位计。优化前为空；园区修改后显示为灰色。",
    "1 error": "1 个错误",
    "{count} errors": "{count} 个错误",
    "1 warning": "1 个警告",
    "{count} warnings": "{count} 个警告",
    "Copied 1 enterprise": "已复制 1 家企业",
    "1 match for “{text}”": "“{text}”有 1 个匹配",
    "Fix the error listed under Problems before optimizing.": "请先修正“问题”中列出的错误，再进行优化。",
    "{row}: {figures} from the factor profile “{profile}”": "{row}：{figures}，取自因子配置“{profile}”",
    "No Pareto front yet. Optimize ▸ Pareto Front… (Shift+F5) solves several points between the cheapest and the lowest-CO₂ operation and plots them here.": "尚无帕累托前沿。优化 ▸ 帕累托前沿…（Shift+F5）会在最低成本与最低 CO₂ 之间求解多个方案，并在此绘出。",
    "Heat targets have not been computed. Optimize ▸ Heat Targets (F6) draws the composite curves of the park's heat and hot-water streams here.": "尚未计算热集成目标。优化 ▸ 热集成目标（F6）会在此绘出园区热量和热水物流的组合曲线。",
    "The objective (%1) and the Cost card (%2) differ: in LP mode the optimizer charges a new link's capital cost in proportion to the share of its capacity used (a lower bound), while the Cost card counts the full annualised capital cost of every new link that carries flow. MILP mode charges it in full, and the two agree.": "目标值（%1）与成本卡（%2）不同：LP 模式下优化器按新建连接所用容量的比例计入其投资（下界），而成本卡计入每条有流量的新建连接的全部年化投资。MILP 模式按全额计入，两者一致。",
    # reading a large park: canvas legend, link filters, arrange, canvas export and print
    "Legend": "图例",
    "existing link": "现有连接",
    "candidate link (may be built)": "候选连接（可新建）",
    "unused in the result (faint)": "结果中未使用（淡色）",
    "width: optimized flow, widest = largest of its medium": "线宽：优化流量，最宽 = 该介质最大流量",
    "stream: needs on the left, offers on the right": "物流：左侧为需求，右侧为供给",
    "converter input or output": "转换装置的输入或输出",
    "candidate links": "候选连接",
    "unused links": "未使用的连接",
    "other media": "其他介质",
    "Hidden: {what}": "已隐藏：{what}",
    "Could not write {path}": "无法写入 {path}",
    "Could not start printing to {name}": "无法开始打印到 {name}",
    "&Legend": "图例(&L)",
    "Show what colours, dashes and widths mean": "显示颜色、虚线和线宽的含义",
    "Hide &Candidate Links": "隐藏候选连接(&C)",
    "Show only links that exist today (and those the result uses, unless also hidden)": "只显示现有连接（以及结果使用的连接，除非也被隐藏）",
    "Hide &Unused Links": "隐藏未使用的连接(&U)",
    "After optimizing: hide links that carry no flow in the shown result": "优化后：隐藏在当前结果中没有流量的连接",
    "&Arrange Park Automatically": "自动布置园区(&A)",
    "Place every enterprise by exchange, partners near each other, no overlaps (undoable)": "按交换关系布置所有企业，交换伙伴相邻、互不重叠（可撤销）",
    "Export &Canvas…": "导出画布(&C)…",
    "Save the whole drawn park as a PNG image or a PDF": "将整个园区图保存为 PNG 图片或 PDF",
    "&Print Canvas…": "打印画布(&P)…",
    "Print the whole drawn park on one page": "将整个园区图打印在一页上",
    "All Media": "全部介质",
    "Show &Only Medium": "只显示一种介质(&O)",
    "Canvas": "画布",
    "Show the links of one medium only": "只显示一种介质的连接",
    "Several media": "多种介质",
    "The park is already arranged": "园区已按此方式布置",
    "park": "园区",
    "Export Canvas": "导出画布",
    "PNG image (*.png);;PDF document (*.pdf)": "PNG 图片 (*.png);;PDF 文档 (*.pdf)",
    "Canvas exported to {path}": "画布已导出到 {path}",
    "Print Canvas": "打印画布",
    "Canvas sent to the printer": "画布已发送到打印机",
    "Arrange {count} enterprises automatically": "自动布置 {count} 家企业",
    "Zoom in to see candidate links": "放大可查看候选连接",
    ", ": "、",
    # Results money and units: who-gains shares of the saving in 万元, Chinese intensity units
    "10⁴ CNY/yr": "万元/年",
    "t/10⁴ CNY": "吨/万元",
    "tce/10⁴ CNY": "吨标煤/万元",
    "PE/yr": "当量/年",
    "10⁴ CNY": "万元",
    "Shapley share of saving": "Shapley节省分摊",
    "Shadow-price share of saving": "影子价格节省分摊",
    "The park saves %1 %2 together.": "园区合作每年共节省 %1 %2。",
    "Standalone cost (%1)": "独立运行成本（%1）",
    "Saving without transfer (%1)": "无转移支付时节省（%1）",
    "Shapley share of saving (%1)": "Shapley节省分摊（%1）",
    "Shadow-price share of saving (%1)": "影子价格节省分摊（%1）",
    "Capex (%1)": "投资（%1）",
    "NPV (%1)": "净现值（%1）",
    "Annual saving (%1)": "年节省（%1）",
    # Inspector: the last result of a selected sink or source stream
    "Link {link} from {stream}: {amount} {unit}": "连接 {link} 来自 {stream}：{amount} {unit}",
    "Link {link} to {stream}: {amount} {unit}": "连接 {link} 送往 {stream}：{amount} {unit}",
    "No link carries this stream.": "没有连接输送此物流。",
    "Utility make-up ({name}): {amount} {unit}": "公用工程补充（{name}）：{amount} {unit}",
    "To disposal ({name}): {amount} {unit}": "送处置（{name}）：{amount} {unit}",
    "Not taken by any link: {amount} {unit}": "未被连接取用：{amount} {unit}",
    "Made by converter {name}: {amount}": "由转换装置 {name} 产出：{amount}",
    "Taken into converter {name}: {amount}": "进入转换装置 {name}：{amount}",
    "Need {amount} {unit}; links cover {covered}": "需求 {amount} {unit}；连接供应 {covered}",
    "Offer {amount} {unit}; links take {covered}": "可供 {amount} {unit}；连接取用 {covered}",
    # File ▸ Import Hourly Profiles…: typical periods from a year of hourly factors
    "Import &Hourly Profiles…": "导入逐时曲线(&H)…",
    "Import hourly profiles": "导入逐时曲线",
    "Choose a CSV file with one row per hour of the year (8,760 rows) and one column per stream, utility or disposal, named by its id. Each value is a factor of the figure on the sheet: 1 = as on the sheet, 0.8 = 80 %, 0 = stopped. ParkFlow groups the days of the year into typical days and splits each day into segments; each segment becomes a period. The park's periods and profiles are replaced; Undo brings them back.":
        "请选择一个 CSV 文件：每行对应全年的一个小时（共 8760 行），每列对应一个物流、公用工程或处置方式，列名为其编号。每个数值是相对于表中数值的系数：1 = 与表中相同，0.8 = 80 %，0 = 停运。ParkFlow 将全年各天归并为典型日，并把每个典型日分为若干时段；每个时段成为一个时段。园区原有的时段和曲线将被替换，可用“撤销”恢复。",
    "No file chosen": "未选择文件",
    "Choose…": "选择…",
    "More typical days follow the year more closely, and make the optimization larger.":
        "典型日越多，越贴近全年实际，但优化规模也越大。",
    "Periods per typical day: 1 keeps the whole day as one period, 2 gives a day and a night, 24 every hour.":
        "每个典型日的时段数：1 表示全天为一个时段，2 表示白天和夜间，24 表示逐小时。",
    "Apply": "应用",
    "Hourly profiles:": "逐时曲线：",
    "Typical days:": "典型日数：",
    "Segments per day:": "每日时段数：",
    "Choose a file to see the typical periods and their error.": "选择文件后即可查看典型时段及其误差。",
    "RMSE": "均方根误差",
    "Mean error": "平均误差",
    "Largest error": "最大误差",
    "Yearly total (%)": "全年总量偏差（%）",
    "Stream, utility or disposal id": "物流、公用工程或处置方式编号",
    "Root mean square of the hourly differences, as a factor (0.03 = 3 % of the sheet figure)":
        "逐时差值的均方根，以系数表示（0.03 = 表中数值的 3 %）",
    "Mean absolute hourly difference, as a factor": "逐时差值绝对值的平均，以系数表示",
    "The largest difference in any hour, as a factor": "任一小时的最大差值，以系数表示",
    "How far the yearly total of the periods is from the hourly data's": "按时段计算的全年总量与逐时数据全年总量的偏差",
    "Choose hourly profiles": "选择逐时曲线",
    "CSV files (*.csv *.txt)": "CSV 文件 (*.csv *.txt)",
    "Computing typical periods…": "正在计算典型时段…",
    "This file cannot be used:": "此文件无法使用：",
    "{periods} periods: {days} typical days × {segments} segments, together {hours} h a year, for {items} items.":
        "{periods} 个时段：{days} 个典型日 × {segments} 个时段，合计每年 {hours} 小时，涉及 {items} 个项目。",
    "All items together": "全部项目合计",
    "Errors are factors of the sheet figure: an RMSE of 0.03 is 3 %. More typical days lower the error.":
        "误差以相对于表中数值的系数表示：均方根误差 0.03 即 3 %。增加典型日可降低误差。",
    "The periods stand for the whole year ({year} h) and replace the park's {hours} operating hours: stops must be in the file as factor 0.":
        "这些时段代表全年（{year} 小时），并取代园区的 {hours} 运行小时：停产须在文件中以系数 0 表示。",
    "The park's {count} periods will be replaced.": "园区现有的 {count} 个时段将被替换。",
    "Import {count} typical periods from {name}": "从 {name} 导入 {count} 个典型时段",
    "profile {key} names an unknown period or item": "曲线 {key} 指向未知的时段或项目",
    "Typical day {number}: {days} days ({months})": "典型日 {number}：{days} 天（{months}）",
    # Heat pumps: derived ratio and own use in the inspector and field help
    "Units of own use per unit of intake. A heat pump (heat in and out, power as own use) left blank takes 1 ÷ (COP − 1) MW of power per MW of heat taken in.":
        "每单位进料的自用量。热泵（热量进出、以电力为自用）留空时，每吸收 1 MW 热量耗电 1 ÷ (COP − 1) MW。",
    "Units of output per unit of intake, e.g. MW of power per t/h of steam; blank means 1, and on a heat pump COP ÷ (COP − 1) MW of heat per MW taken in, its COP estimated from the streams' temperatures.":
        "每单位输入的产出量，如每 t/h 蒸汽发电多少 MW；留空为 1，热泵留空时每吸收 1 MW 热量输出 COP ÷ (COP − 1) MW，COP 由物流温度估算。",
    "Heat pump: its figures cannot be derived: {reason}": "热泵：无法推算其数值：{reason}",
    "Derived from the heat pump's COP; type a number to override.": "由热泵 COP 推算；填写数值可覆盖。",
    "Typed; clear it to derive it from the heat pump's COP.": "填写值；清空后由热泵 COP 推算。",
    "ratio must be a number > 0 (or blank)": "转换比必须是 > 0 的数值（或留空）",
    # Matching over periods: the period column of the results' price tables
    "Period": "时段",
    # Storages: tanks and accumulators (fields, tables, editor refusals)
    "Storages": "储能/储罐",
    "Storage": "储罐",
    "storage": "储罐",
    "The enterprise the tank or accumulator stands at.": "储罐或蓄热器所在的企业。",
    "What it holds: hot water, heat, steam, hydrogen or water. Links into it bring this medium, links out of it deliver it.":
        "储存的介质：热水、热量、蒸汽、氢气或水。流入它的连接送入该介质，流出它的连接输出该介质。",
    "Capacity (t, MWh or Nm³)": "容量（t、MWh 或 Nm³）",
    "Most the storage holds, in the medium's canonical unit × hours: t of hot water, steam or water, MWh of heat, Nm³ of hydrogen.":
        "最多能储存的量，按介质标准单位 × 小时计：热水、蒸汽或水为 t，热量为 MWh，氢气为 Nm³。",
    "Largest charge rate (t/h, MW or Nm³/h)": "最大充入速率（t/h、MW 或 Nm³/h）",
    "Most the links into it may bring per hour, in the medium's canonical unit.": "流入它的连接每小时最多可送入的量，按介质标准单位计。",
    "Largest discharge rate (t/h, MW or Nm³/h)": "最大释放速率（t/h、MW 或 Nm³/h）",
    "Most the links out of it may deliver per hour, in the medium's canonical unit.": "流出它的连接每小时最多可输出的量，按介质标准单位计。",
    "Standing loss (% per hour)": "静置损失（%/小时）",
    "Share of what it holds that is lost each hour (heat through the tank wall, leaks). Blank: 0.":
        "每小时损失的储存量占比（罐壁散热、泄漏）。留空：0。",
    "Candidate storages: cost to build, annualised over the lifetime at the park's discount rate.":
        "候选储罐：建设投资，按园区折现率在寿命期内年化。",
    "Years over which the storage's capital cost is annualised.": "储罐投资年化所用的年数。",
    "Existing: built. Candidate: may be built, at its capital cost.": "现有：已建成。候选：可按其投资建设。",
    "Select the enterprise the storage belongs to (on the canvas or in the Enterprises table) first":
        "请先选择储罐所属的企业（在画布上或企业表中）",
    "the id {id} is already used by a storage; links name streams and storages alike":
        "编号 {id} 已被一个储罐使用；连接以同样方式引用物流和储罐",
    "the id {id} is already used by a stream; links name streams and storages alike":
        "编号 {id} 已被一个物流使用；连接以同样方式引用物流和储罐",
    "storage {id} has links; delete them before it holds another medium": "储罐 {id} 已有连接；请先删除连接再更换介质",
    "{id} is neither a stream nor a storage": "{id} 既不是物流也不是储罐",
    "storage (tank below its enterprise)": "储罐（画在所属企业下方）",
    "a link joins a storage to a stream, not to another storage": "连接只能连接储罐与物流，不能连接两个储罐",
    # Periods in the results: the period selector, the storage chart, flows of one period
    "Whole year": "全年",
    "%1 (%2 h)": "%1（%2 h）",
    "Period:": "时段：",
    "Show the figures, flows and Sankey of the whole year or of one period (season, shutdown, day or night).":
        "显示全年或某一时段（季节、检修停产、白天或夜间）的指标、流量和桑基图。",
    "Whole year: the sum of all periods, each weighted by its hours.": "全年：各时段按其小时数加权后的总和。",
    "%1's share of the year: the figures count only its %2 h, so the periods add up to the whole year.":
        "%1占全年的部分：指标只计其 %2 h，各时段相加即为全年。",
    "Whole year: flows are hours-weighted average rates over the %1 h of all periods (rate × hours = the annual quantity).":
        "全年：流量为各时段共 %1 h 的按小时加权平均速率（速率 × 小时数 = 年总量）。",
    "%1: flows are the rates while this period lasts (%2 h a year).": "%1：流量为该时段内的速率（每年 %2 h）。",
    "Storage:": "储罐：",
    "Cycle:": "周期：",
    "The tank or accumulator whose level is drawn.": "绘制其存量的储罐或蓄热器。",
    "Periods of one cycle follow each other and repeat (e.g. a winter day and a winter night); the level at the end of the cycle is the level it starts with.":
        "同一周期的各时段依次相接并循环（如冬季白天和冬季夜间）；周期结束时的存量即周期开始时的存量。",
    "%1 · %2 at %3": "%1 · %3 的%2",
    "The result has no storage.": "结果中没有储能。",
    "Hours into the cycle (h)": "周期内时刻（h）",
    "Level": "存量",
    "Capacity": "容量",
    "Level of %1 at the end of each period of the cycle (%2)": "%1 在周期内各时段末的存量（%2）",
    "Charge": "充入",
    "Discharge": "放出",
    "Charge (up) and discharge (down) per period (%1)": "各时段充入（向上）与放出（向下）速率（%1）",
    "Rate": "速率",
    "Highest level %1 %2": "最高存量 %1 %2",
    " of %1 %2 (%3 % full)": "，容量 %1 %2（%3 % 满）",
    "charges in %1": "充入时段：%1",
    "gives back in %1": "放出时段：%1",
    "unused: no period charges or discharges it": "未使用：没有时段充入或放出",
    # Periods and profiles in the tables dock
    "Periods": "时段",
    "Profiles": "时段系数",
    "Profile": "时段系数",
    "New period": "新时段",
    "Add a period first (Periods tab)": "请先添加时段（“时段”选项卡）",
    "Every stream, utility and disposal already has a profile in every period": "每个物流、公用工程和处置在每个时段都已有系数",
    "The period as people say it (summer, maintenance month, winter night); shown in the results' period selector.":
        "时段的通俗名称（夏季、检修月、冬季夜间）；显示在结果的时段选择框中。",
    "Hours per year (h/yr)": "每年小时数（h/年）",
    "Hours a year this period stands for (summer: about 2,928 h). With periods, their sum replaces the park's operating hours; together at most 8,760 h.":
        "该时段每年代表的小时数（夏季约 2,928 h）。设置时段后，各时段小时数之和取代园区年运行小时数；合计不超过 8,760 h。",
    "Cycle": "周期",
    "Periods with the same cycle follow each other in table order and repeat (a winter day and a winter night): a storage's level at the end of the cycle is the level it starts with. Blank: no cycle.":
        "同一周期的时段按表中顺序依次相接并循环（如冬季白天和冬季夜间）：储罐在周期结束时的存量即周期开始时的存量。空白：无周期。",
    "Duration in the cycle (h)": "周期内持续时间（h）",
    "How long the period lasts each time its cycle comes round (12 h for a day in a day/night cycle); storages charge and discharge over it. Blank: not part of a storage cycle.":
        "周期每循环一次该时段持续的时间（昼夜周期中白天为 12 h）；储罐在此期间充放。空白：不属于储能周期。",
    "The period this row changes the item in.": "本行在哪个时段改变该项。",
    "Stream, utility or disposal": "物流、公用工程或处置",
    "The item that differs in this period: a stream (its amount) or a utility or disposal (its cost).":
        "在该时段不同的项：物流（其数量）或公用工程、处置（其价格）。",
    "Amount factor (× the stream's amount)": "数量系数（× 物流量）",
    "Streams only: multiplies the stream's hourly amount in this period (0.4: 40 % of it; 0: shut down). Blank: 1, the amount as in the Streams table.":
        "仅用于物流：该时段物流小时量乘以此系数（0.4：为其 40 %；0：停产）。空白：1，即物流表中的数量。",
    "Cost factor (× the price)": "价格系数（× 价格）",
    "Utilities and disposals only: multiplies the price in this period (0.5: off-peak power at half price). Blank: 1, the price as in its table.":
        "仅用于公用工程和处置：该时段价格乘以此系数（0.5：低谷电价为半价）。空白：1，即其表中的价格。",
    "{field} must be a number ≥ 0": "{field} 必须是 ≥ 0 的数值",
    "the periods would stand for {hours:,.0f} h, more than the {year:,.0f} h of a year":
        "各时段合计将达 {hours:,.0f} h，超过一年的 {year:,.0f} h",
    "period {id} does not exist": "时段 {id} 不存在",
    "{id} is not a stream, utility or disposal": "{id} 不是物流、公用工程或处置",
    "t": "吨",
    "tce": "吨标准煤",
    "Nm³": "Nm³",
    "PE": "当量",
    "%1 in this period": "%1（本时段）",
    "Indicators and grades are the whole year's: permits and intensities are annual.":
        "指标和评级按全年计：排污许可量和强度均为年度指标。",
}


#: Translation context of the KPI labels (parkflow.ui.results.formatting.KPI_CONTEXT).
KPI_CONTEXT = "KpiCatalogue"
#: Translation context of the media names (parkflow.ui.results.formatting.MEDIA_CONTEXT).
MEDIA_CONTEXT = "MediaCatalogue"
#: Contexts this script writes from the catalogues, which hold both languages.
CATALOGUE_CONTEXTS = (KPI_CONTEXT, MEDIA_CONTEXT)


def fill(ts_file: Path) -> list[str]:
    """Write the Chinese texts into ``ts_file``; returns the sources still untranslated."""
    tree = ET.parse(ts_file)
    missing: list[str] = []
    messages = [
        message
        for context in tree.iter("context")
        if context.findtext("name") not in CATALOGUE_CONTEXTS  # the catalogues bring their own Chinese
        for message in context.iter("message")
    ]
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = ZH.get(source)
        if text is None:
            if not (translation.text or "").strip():
                missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
            translation.text = None
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def _write_context(ts_file: Path, name: str, pairs: list[tuple[str, str]]) -> None:
    """Replace context ``name`` of ``ts_file`` with the (English, Chinese) ``pairs``."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if context.findtext("name") == name:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    for english, chinese in pairs:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = english
        ET.SubElement(message, "translation").text = chinese
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def add_catalogues(ts_file: Path) -> None:
    """Write every KPI's label and every medium's names with their Chinese (the catalogues).

    The UI translates the labels of parkflow/report/catalogue.py and the
    names of parkflow/model/media.py at run time, which lupdate cannot see;
    the catalogues already hold both languages, so adding a KPI or a medium
    there is all its translation needs.
    """
    sys.path.insert(0, str(ROOT))
    from parkflow.model.media import MEDIA
    from parkflow.report.catalogue import CATALOGUE

    _write_context(ts_file, KPI_CONTEXT, [(definition.label_en, definition.label_zh) for definition in CATALOGUE])
    media = [(spec.title_en, spec.name_zh) for spec in MEDIA] + [(spec.name_en, spec.name_zh) for spec in MEDIA]
    _write_context(ts_file, MEDIA_CONTEXT, media)


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "parkflow" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS_FILE)], check=True, cwd=ROOT)
    add_catalogues(TS_FILE)
    missing = fill(TS_FILE)
    subprocess.run(["pyside6-lrelease", str(TS_FILE), "-qm", str(TS_FILE.with_suffix(".qm"))], check=True, cwd=ROOT)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
