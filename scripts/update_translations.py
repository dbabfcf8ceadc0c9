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
    "ratio must be a number > 0": "转换比必须是 > 0 的数值",
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
    # media
    "Steam": "蒸汽",
    "Heat": "热量",
    "Hot water": "热水",
    "Hydrogen": "氢气",
    "Water": "水",
    "Material": "物料",
    "Fuel": "燃料",
    "Electricity": "电力",
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
}


def fill(ts_file: Path) -> list[str]:
    """Write the Chinese texts into ``ts_file``; returns the sources still untranslated."""
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for message in tree.iter("message"):
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


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "parkflow" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS_FILE)], check=True, cwd=ROOT)
    missing = fill(TS_FILE)
    subprocess.run(["pyside6-lrelease", str(TS_FILE), "-qm", str(TS_FILE.with_suffix(".qm"))], check=True, cwd=ROOT)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
