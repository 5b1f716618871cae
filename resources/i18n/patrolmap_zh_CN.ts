<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PatrolMap</name>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="487" />
      <source>(and {more} more)</source>
      <translation>（另有 {more} 处）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="171" />
      <source>A folder with your own dutymap_overview.qpt / dutymap_zone.qpt; empty for PatrolMap's templates.</source>
      <translation>存放自定义 dutymap_overview.qpt / dutymap_zone.qpt 的文件夹；留空则使用 PatrolMap 自带模板。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="246" />
      <source>Add team</source>
      <translation>添加班组</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="284" />
      <source>All shifts</source>
      <translation>全部班次</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="114" />
      <source>All zones</source>
      <translation>全部巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="373" />
      <source>An input layer was removed: the run is cancelled.</source>
      <translation>输入图层已被移除：本次运行已取消。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="45" />
      <source>Area width around reached roads (m)</source>
      <translation>可达道路两侧的区域宽度（米）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="70" />
      <source>Areas reached by road within each break (e.g. 1, 3 and 5 minutes) from each origin: the reached road length — partial road pieces included — widened by the area width, so areas hug the roads (no convex hulls) and have holes where no road is reached. Polygons of one origin are nested. A turnout field adds minutes before the unit leaves. Dissolve gives one polygon per break for all origins together.</source>
      <translation>从每个起点出发、沿道路在各时间阈值内（如 1、3、5 分钟）可到达的区域：将可达道路（含路段的可达部分）按区域宽度向两侧扩展，因此区域紧贴道路（不是凸包），道路不可达处留有空洞。同一起点的各级区域相互嵌套。出警准备字段在出发前加上相应分钟数。“融合”为所有起点按每个阈值生成一个区域。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Backup
%</source>
      <translation>后备
%</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/breaks.py" line="22" />
      <source>Break {value:g} must be more than 0 and at most 240 minutes.</source>
      <translation>时间阈值 {value:g} 必须大于 0 且不超过 240 分钟。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/breaks.py" line="20" />
      <source>Break “{item}” is not a number of minutes.</source>
      <translation>时间阈值“{item}”不是分钟数。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="215" />
      <source>Breaks (min)</source>
      <translation>时间阈值（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="40" />
      <source>Breaks (minutes, comma separated)</source>
      <translation>时间阈值（分钟，逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="457" />
      <source>Building the road network and timing every zone…</source>
      <translation>正在构建道路网络并计算各巡区到场时间…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="238" />
      <source>Call signs</source>
      <translation>呼号</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="262" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="240" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="556" />
      <source>Cancelled. No result layers were added.</source>
      <translation>已取消，未添加结果图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="427" />
      <source>Cancelled: no partial PDF was left behind.</source>
      <translation>已取消：未留下不完整的 PDF。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="523" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="232" />
      <source>Cannot create the folder {folder}: {error}</source>
      <translation>无法创建文件夹 {folder}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="129" />
      <source>Cannot read the layout template {path}: {error}</source>
      <translation>无法读取版式模板 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="630" />
      <source>Cannot replace {path} ({error}). Is it open in a PDF viewer? Close it and export again.</source>
      <translation>无法替换 {path}（{error}）。是否正在 PDF 阅读器中打开？请关闭后重新导出。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="164" />
      <source>Cannot write a GeoPackage in {folder}.</source>
      <translation>无法在 {folder} 中写入 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="245" />
      <source>Cannot write the duty map into {folder}: {error}</source>
      <translation>无法将勤务图写入 {folder}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="239" />
      <source>Cannot write the duty map: the folder {folder} does not exist.</source>
      <translation>无法写入勤务图：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="227" />
      <source>Cannot write the duty maps: the folder {folder} does not exist.</source>
      <translation>无法写入勤务图：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="618" />
      <source>Cannot write {path}.</source>
      <translation>无法写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="71" />
      <source>Checks every patrol zone against its response target on the road network. Target per zone: the target field, else by category (key_site 1 min, centre 3, other 5). For each zone: covered_pct — share of the zone's road length reached within the target from the nearest facility (turnout included); worst_min and mean_min over its road; backup_pct — share also reached in time by a second facility; compliant when at least 99.5 % is covered. GAPS are the areas along roads where the target is missed. Key sites get their own minutes.</source>
      <translation>按道路网络检查每个巡区是否达到到场时限。各巡区的时限取自时限字段，否则按类别（重点部位 1 分钟、中心区 3 分钟、一般区域 5 分钟）。每个巡区输出：covered_pct——由最近警务点（含出警准备时间）在时限内可达的道路长度占比；worst_min 与 mean_min——巡区内道路的最长与平均用时；backup_pct——第二个警务点也能按时到达的占比；覆盖不低于 99.5% 即为达标。GAPS 为道路沿线未达时限的区域。重点部位单独给出到达分钟数。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="108" />
      <source>Choose a layer for {what}.</source>
      <translation>请为{what}选择图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="384" />
      <source>Choose a road network layer.</source>
      <translation>请选择道路网络图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="150" />
      <source>Choose a valid coordinate reference system.</source>
      <translation>请选择有效的坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="388" />
      <source>Choose the facilities layer (stations or units).</source>
      <translation>请选择警务点图层（派出所或警力）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="332" />
      <source>Choose the patrol zones layer (open a command map first).</source>
      <translation>请选择巡区图层（请先打开指挥图）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="386" />
      <source>Choose the patrol zones layer.</source>
      <translation>请选择巡区图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="335" />
      <source>Choose where to save the duty map.</source>
      <translation>请选择勤务图的保存位置。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="195" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="164" />
      <source>Command map</source>
      <translation>指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="370" />
      <source>Command map: {name}</source>
      <translation>指挥图：{name}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="91" />
      <source>Compliant</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="104" />
      <source>Compliant zones</source>
      <translation>达标巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="299" />
      <source>Compliant: at least 99.5 % of the road covered</source>
      <translation>达标：至少 99.5% 的道路按时可达</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="69" />
      <source>Coordinate reference system</source>
      <translation>坐标参考系</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="34" />
      <source>Coordinate reference system (metric)</source>
      <translation>坐标参考系（米制）</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="624" />
      <source>Could not finish writing {path}.</source>
      <translation>无法完成写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="592" />
      <source>Could not start a new page in {path}.</source>
      <translation>无法在 {path} 中新建页面。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="150" />
      <source>Could not write to the output “{name}”.</source>
      <translation>无法写入输出“{name}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="143" />
      <source>Coverage</source>
      <translation>到场覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="154" />
      <source>Coverage bands</source>
      <translation>到达时间圈</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="80" />
      <source>Coverage bands (e.g. 1/3/5-minute isochrones)</source>
      <translation>到达时间圈（如 1/3/5 分钟等时圈）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="596" />
      <source>Coverage gaps</source>
      <translation>覆盖盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="591" />
      <source>Coverage results</source>
      <translation>覆盖分析结果</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Covered
%</source>
      <translation>覆盖
%</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="23" />
      <source>Create command map</source>
      <translation>新建指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="56" />
      <source>Creates a GeoPackage with the command-map layers (jurisdiction, patrol zones, stations, key sites, roads, units, incidents) and opens them styled.</source>
      <translation>新建一个包含指挥图各图层（辖区、巡区、警务点、重点部位、道路、警力、警情）的 GeoPackage，并按样式打开。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="26" />
      <source>Creates an empty command-map GeoPackage: jurisdiction, patrol zones, stations, key sites, roads, and the live units and incidents layers, with field constraints and allowed values stored in the file. An existing file is never overwritten.</source>
      <translation>新建空白指挥图 GeoPackage：辖区、巡区、警务点、重点部位、道路，以及实时警力和警情图层；字段约束和取值范围保存在文件中。不会覆盖已有文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="178" />
      <source>Custom cycle…</source>
      <translation>自定义轮班…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="200" />
      <source>Cycle</source>
      <translation>轮班周期</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="210" />
      <source>Cycle starts on</source>
      <translation>周期起始日</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="106" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="218" />
      <source>Day</source>
      <translation>白班</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="191" />
      <source>Days between one team and the next in the cycle; “even” spreads the teams evenly over it.</source>
      <translation>相邻两个班组在周期中相差的天数；“均分”表示将各班组均匀分布在周期内。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="201" />
      <source>Default speed</source>
      <translation>默认车速</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="52" />
      <source>Default speed (km/h)</source>
      <translation>默认车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="42" />
      <source>Destination id field (default: feature id)</source>
      <translation>终点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="40" />
      <source>Destinations</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="79" />
      <source>Dissolve: one area per break for all origins</source>
      <translation>融合：所有起点每个时间阈值合成一个区域</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="619" />
      <source>Done in {seconds:.1f} s.</source>
      <translation>完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="467" />
      <source>Done: {pages} pages.</source>
      <translation>完成：共 {pages} 页。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="478" />
      <source>Drawing isochrones…</source>
      <translation>正在绘制等时圈…</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="601" />
      <source>Drawing page {page} of {path} failed: {error}</source>
      <translation>绘制 {path} 第 {page} 页失败：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="83" />
      <source>Duty date</source>
      <translation>勤务日期</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="77" />
      <source>Duty map</source>
      <translation>勤务图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="49" />
      <source>Duty map (PDF)</source>
      <translation>勤务图（PDF）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="109" />
      <source>Duty map PDF (or folder, per station)</source>
      <translation>勤务图 PDF（按站点分册时为文件夹）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="413" />
      <source>Duty map: {pages} pages</source>
      <translation>勤务图：{pages} 页</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="58" />
      <source>Duty map…</source>
      <translation>勤务图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="153" />
      <source>Duty roster</source>
      <translation>值班表</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="78" />
      <source>Duty roster table</source>
      <translation>值班表</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="204" />
      <source>Emergency driving: one-way streets may be driven both ways.</source>
      <translation>紧急出警：单行道可双向通行。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="63" />
      <source>Emergency speed factor</source>
      <translation>紧急出警车速系数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="189" />
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="191" />
      <source>Facilities</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="119" />
      <source>Facilities (stations, kiosks, platforms)</source>
      <translation>警务点（派出所、警务亭、移动警务平台）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="88" />
      <source>Facilities (stations, platforms or units)</source>
      <translation>警务点（派出所、平台或警力）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="241" />
      <source>Facility id</source>
      <translation>警务点编号</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="90" />
      <source>Facility id field (default: feature id)</source>
      <translation>警务点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="221" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="92" />
      <source>Folder with your own layout templates</source>
      <translation>自定义版式模板所在文件夹</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="31" />
      <source>For each incident, the units that reach it soonest by road (travel from the unit to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only units whose status is “available” count unless “Only available units” is off.</source>
      <translation>为每起警情找出沿道路最快到达的警力（从警力位置到警情地点），按 1、2、3……排序。若警力图层有“status”字段，则只计状态为“available”（空闲）的警力，除非关闭“仅空闲警力”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="337" />
      <source>Found from the roster already in the command map.</source>
      <translation>根据指挥图中已有的值班表推算。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="254" />
      <source>GDAL could not add layer “{layer}” to {path}: {error}</source>
      <translation>GDAL 无法向 {path} 添加图层“{layer}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="132" />
      <source>GDAL could not create field “{field}” in layer “{layer}”: {error}</source>
      <translation>GDAL 无法在图层“{layer}”中创建字段“{field}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="117" />
      <source>GDAL could not create layer “{layer}”: {error}</source>
      <translation>GDAL 无法创建图层“{layer}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="105" />
      <source>GDAL could not write the allowed values of field “{field}”: {error}</source>
      <translation>GDAL 无法写入字段“{field}”的取值范围：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="172" />
      <source>GDAL could not write the command map: {error}</source>
      <translation>GDAL 无法写入指挥图：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="155" />
      <source>GDAL does not understand the coordinate reference system {crs}.</source>
      <translation>GDAL 无法识别坐标参考系 {crs}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="263" />
      <source>Generate</source>
      <translation>生成</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="126" />
      <source>Generate duty roster</source>
      <translation>生成值班表</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="57" />
      <source>Generate roster…</source>
      <translation>生成值班表…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="66" />
      <source>GeoPackage</source>
      <translation>GeoPackage 文件</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="63" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage（*.gpkg）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/breaks.py" line="25" />
      <source>Give at least one break in minutes, e.g. 1,3,5.</source>
      <translation>请至少给出一个时间阈值（分钟），例如 1,3,5。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="123" />
      <source>Give the duty date (e.g. 2024-05-20).</source>
      <translation>请填写勤务日期（如 2024-05-20）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="166" />
      <source>Handling marking</source>
      <translation>密级标注</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="100" />
      <source>Handling marking in the footer</source>
      <translation>页脚密级标注</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="202" />
      <source>Ignore one-way streets</source>
      <translation>忽略单行道</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="60" />
      <source>Ignore one-way streets (emergency driving)</source>
      <translation>忽略单行道（紧急出警）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="41" />
      <source>Incident id field (default: incident_id, else feature id)</source>
      <translation>警情编号字段（默认：incident_id，否则要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="39" />
      <source>Incidents</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="598" />
      <source>Isochrones</source>
      <translation>等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="67" />
      <source>Isochrones (response areas)</source>
      <translation>等时圈（到场范围）</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="220" />
      <source>Item “{item}” of {path} reaches {beyond:.0f} mm past the edge of page {page} ({width:.0f} × {height:.0f} mm): the layout is too large for the page. Move or shrink it in the layout designer.</source>
      <translation>{path} 中的项目“{item}”超出第 {page} 页（{width:.0f} × {height:.0f} 毫米）边缘 {beyond:.0f} 毫米：版式超出页面。请在版式设计器中移动或缩小该项目。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="153" />
      <source>Jurisdiction</source>
      <translation>辖区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="98" />
      <source>Jurisdiction outline</source>
      <translation>辖区边界</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="595" />
      <source>Key site response</source>
      <translation>重点部位到场时间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="192" />
      <source>Key sites</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="216" />
      <source>Key sites missing their target: {names}</source>
      <translation>未达时限的重点部位：{names}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="148" />
      <source>Layers and template</source>
      <translation>图层与模板</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="37" />
      <source>Layers created</source>
      <translation>已创建图层</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="237" />
      <source>Leader</source>
      <translation>带班民警</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="237" />
      <source>Members</source>
      <translation>队员</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="28" />
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL.</source>
      <translation>计算每个起点到每个终点沿道路网络的行驶分钟数。点位吸附到最近道路上的最近点（可落在路段中间）；超出吸附容差的点按编号报告，不计算时间。不可达的起终点对分钟数为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="172" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="28" />
      <source>Nearest units</source>
      <translation>最近警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="53" />
      <source>New command map</source>
      <translation>新建指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="52" />
      <source>New command map…</source>
      <translation>新建指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="219" />
      <source>Night</source>
      <translation>夜班</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="251" />
      <source>No Chinese font is installed, so Chinese text would print as empty boxes. Install Noto Sans CJK SC (Debian/Ubuntu: fonts-noto-cjk; Windows and macOS: Noto Sans SC from Google Fonts) and export again.</source>
      <translation>未安装中文字体，中文将打印为空白方框。请安装 Noto Sans CJK SC（Debian/Ubuntu：fonts-noto-cjk；Windows 和 macOS：从 Google Fonts 下载 Noto Sans SC）后重新导出。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="208" />
      <source>No duty roster was given: the roster tables are printed empty.</source>
      <translation>未提供值班表：值班表格将打印为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="118" />
      <source>No facility lies within the snap tolerance of a road.</source>
      <translation>没有警务点位于道路吸附容差范围内。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="375" />
      <source>No preview: {error}</source>
      <translation>无法预览：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="335" />
      <source>No station</source>
      <translation>未分配警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="93" />
      <source>No unit can reach incidents {ids} by road.</source>
      <translation>没有警力能沿道路到达警情 {ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="74" />
      <source>No unit has status “available”.</source>
      <translation>没有状态为“空闲”的警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="200" />
      <source>No zone belongs to station {station}.</source>
      <translation>没有巡区属于站点 {station}。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="202" />
      <source>None of the chosen zones is in the zones layer.</source>
      <translation>所选巡区均不在巡区图层中。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="92" />
      <source>Not compliant</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="258" />
      <source>Noto Sans CJK SC is not installed; printing Chinese in {family} instead.</source>
      <translation>未安装 Noto Sans CJK SC，改用 {family} 打印中文。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="90" />
      <source>One PDF booklet per station (OUTPUT is then a folder)</source>
      <translation>每个站点一册 PDF（此时输出为文件夹）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="136" />
      <source>One booklet per station (into a folder)</source>
      <translation>每个站点一册（存入文件夹）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="133" />
      <source>One page per zone after the overview</source>
      <translation>总图之后每个巡区一页</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="116" />
      <source>One station</source>
      <translation>单个站点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="244" />
      <source>One-way</source>
      <translation>单行道</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="56" />
      <source>One-way field (yes / 1 / -1 / no)</source>
      <translation>单行道字段（yes / 1 / -1 / no）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="47" />
      <source>Only available units</source>
      <translation>仅空闲警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="99" />
      <source>Only this station's zones (station id)</source>
      <translation>仅打印该站点的巡区（站点编号）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="478" />
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="552" />
      <source>Open a command map first (PatrolMap ▸ Open command map…).</source>
      <translation>请先打开指挥图（PatrolMap ▸ 打开指挥图…）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="503" />
      <source>Open a command map first.</source>
      <translation>请先打开指挥图。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="563" />
      <source>Open attribute table</source>
      <translation>打开属性表</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="105" />
      <source>Open command map</source>
      <translation>打开指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="54" />
      <source>Open command map…</source>
      <translation>打开指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="478" />
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="129" />
      <source>Opened command map {name}.</source>
      <translation>已打开指挥图 {name}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="188" />
      <source>Optional: points with their own response target.</source>
      <translation>可选：带有各自到场时限的点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="78" />
      <source>Origin id field (default: feature id)</source>
      <translation>起点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="37" />
      <source>Origins</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="78" />
      <source>Origins (stations, units)</source>
      <translation>起点（警务点、警力）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="144" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="111" />
      <source>PDF files written</source>
      <translation>已写入的 PDF 文件</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="202" />
      <source>Page {page} of {path} is {width:.0f} × {height:.0f} mm: a PDF page can be at most {limit:.0f} mm on a side.</source>
      <translation>{path} 第 {page} 页为 {width:.0f} × {height:.0f} 毫米：PDF 页面每边最长 {limit:.0f} 毫米。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="110" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="190" />
      <source>Patrol zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="129" />
      <source>PatrolMap</source>
      <translation>巡防指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/provider.py" line="38" />
      <source>PatrolMap — police grid-patrol command maps</source>
      <translation>巡防指挥图——网格化巡防指挥地图</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="238" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="204" />
      <source>Preview of the first page</source>
      <translation>第一页预览</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="131" />
      <source>Print</source>
      <translation>打印范围</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="165" />
      <source>Printed in the footer of every page; empty for none.</source>
      <translation>打印在每页页脚；留空则不打印。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="46" />
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="57" />
      <source>Prints the duty map officers take on shift, as a PDF: an overview of the jurisdiction (zones coloured by station and labelled with their codes, stations, key sites, optional coverage bands, legend, scale bar, north arrow, who is on duty) and, with ATLAS, one page per zone (the zone with its neighbours greyed, its facts, the roster rows of its zone or station for the shift, its key sites). Page count: 1 + zones.

SHIFT: day (白班), night (夜班), your own shift name, or empty for every shift of the date. PER_STATION writes one booklet per station (overview of its zones + their pages) into the folder OUTPUT (a name ending in .pdf is used without the extension). TEMPLATE_DIR: a folder with your own dutymap_overview.qpt and/or dutymap_zone.qpt, edited in QGIS's layout designer; PatrolMap fills the items by id (see resources/layouts/README.md).

Text is written in Noto Sans CJK SC and embedded in the PDF; without any Chinese font the export warns. The PDF is written under a temporary name and renamed when complete.</source>
      <translation>将民警上岗携带的勤务图打印为 PDF：辖区总图（巡区按责任站点着色并标注编号，站点、重点部位、可选的到达时间圈、图例、比例尺、指北针及当班力量），开启 ATLAS 时每个巡区再各占一页（本巡区突出显示、相邻巡区置灰，巡区信息，本巡区或其站点当班的值班安排，区内重点部位）。页数：1 + 巡区数。

SHIFT：day（白班）、night（夜班）、自定义班次名称，留空则打印当日全部班次。PER_STATION 为每个站点输出一册（其巡区总图及各巡区页），存入文件夹 OUTPUT（以 .pdf 结尾的名称去掉扩展名作为文件夹）。TEMPLATE_DIR：存放在 QGIS 版式设计器中修改过的 dutymap_overview.qpt 和/或 dutymap_zone.qpt 的文件夹；PatrolMap 按项目 ID 填充内容（见 resources/layouts/README.md）。

文字使用 Noto Sans CJK SC 并嵌入 PDF；如无任何中文字体，导出时会给出警告。PDF 先以临时文件名写入，完成后再改名。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="140" />
      <source>QGIS could not load the layout template {path}.</source>
      <translation>QGIS 无法加载版式模板 {path}。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="382" />
      <source>QGIS could not open layer “{layer}” of {path}.</source>
      <translation>QGIS 无法打开 {path} 中的图层“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="172" />
      <source>Reached in time</source>
      <translation>按时可达</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="210" />
      <source>Refresh preview</source>
      <translation>刷新预览</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="248" />
      <source>Remove team</source>
      <translation>删除班组</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="68" />
      <source>Response coverage of zones</source>
      <translation>巡区到场覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="295" />
      <source>Response target in minutes</source>
      <translation>到场时限（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="122" />
      <source>Response zones</source>
      <translation>责任到场区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="110" />
      <source>Response zones (nearest post)</source>
      <translation>责任到场区（最近警务点）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="243" />
      <source>Road class</source>
      <translation>道路等级</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="55" />
      <source>Road class field (OSM highway)</source>
      <translation>道路等级字段（OSM highway）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="66" />
      <source>Road class speeds (class=km/h or none, comma separated; overrides the defaults)</source>
      <translation>各道路等级车速（等级=公里/小时或 none，逗号分隔；覆盖默认值）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="80" />
      <source>Road class speeds: {error}</source>
      <translation>道路等级车速：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="189" />
      <source>Road network</source>
      <translation>道路网络</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="98" />
      <source>Road network: {error}</source>
      <translation>道路网络：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="291" />
      <source>Road network: {segments} segments, {km:.1f} km, {nodes} junctions and vertices.</source>
      <translation>道路网络：{segments} 个路段，{km:.1f} 公里，{nodes} 个路口和节点。</translation>
    </message>
    <message>
      <location filename="../../plugin/dependencies.py" line="29" />
      <source>Road-network analyses are off: PatrolMap needs {packages}. Command maps still work. On Debian/Ubuntu: sudo apt install python3-scipy, then pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"; on Windows, use the OSGeo4W Shell: python -m pip install "shapely&gt;=2".</source>
      <translation>道路网络分析未启用：巡防指挥图需要 {packages}。指挥图功能仍可使用。Debian/Ubuntu：sudo apt install python3-scipy，然后 pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"；Windows：在 OSGeo4W Shell 中运行 python -m pip install "shapely&gt;=2"。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="153" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="97" />
      <source>Roads (the street network drawn on the map)</source>
      <translation>道路（地图上绘制的路网）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="181" />
      <source>Rotation</source>
      <translation>轮班方式</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="259" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="146" />
      <source>Save to</source>
      <translation>保存到</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="343" />
      <source>Select the zones to print in the zones layer first.</source>
      <translation>请先在巡区图层中选择要打印的巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="118" />
      <source>Selected zones</source>
      <translation>所选巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="301" />
      <source>Selected zones ({count})</source>
      <translation>所选巡区（{count} 个）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="298" />
      <source>Share of the zone's road a second facility also reaches within the target</source>
      <translation>第二个警务点也能按时到达的巡区道路占比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="296" />
      <source>Share of the zone's road reached within the target</source>
      <translation>巡区道路中按时可达的占比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="110" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="87" />
      <source>Shift (day, night, your own name; empty: all shifts)</source>
      <translation>班次（day 白班、night 夜班或自定义名称；留空：全部班次）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="226" />
      <source>Shift hours</source>
      <translation>班次时间</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="102" />
      <source>Shift hours (shift=HH:MM-HH:MM, comma separated)</source>
      <translation>班次时间（班次=HH:MM-HH:MM，以逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="127" />
      <source>Shift hours: {error}</source>
      <translation>班次时间：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="206" />
      <source>Show isochrones</source>
      <translation>显示等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="297" />
      <source>Slowest point of the zone's road, in minutes (— : some road cannot be reached)</source>
      <translation>巡区道路上最慢到达点的分钟数（—：有道路无法到达）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="69" />
      <source>Snap tolerance (m): points farther from a road are reported, not used</source>
      <translation>吸附容差（米）：距道路更远的点将被报告且不参与计算</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="245" />
      <source>Speed (km/h)</source>
      <translation>车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="54" />
      <source>Speed field (km/h)</source>
      <translation>车速字段（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="200" />
      <source>Speed on roads with neither a speed limit nor a known road class.</source>
      <translation>既无限速又无已知道路等级的道路所用车速。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="113" />
      <source>Splits the reachable area among the facilities: each piece of road, and the area around it, goes to the facility that reaches it first by road, banded by the breaks. Areas of different facilities never overlap.</source>
      <translation>在各警务点之间划分可达区域：每段道路及其周边归属于沿道路最先到达的警务点，并按时间阈值分档。不同警务点的区域互不重叠。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="237" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="152" />
      <source>Stations</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="228" />
      <source>Stations and their teams</source>
      <translation>站点及其班组</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="75" />
      <source>Stations, kiosks and platforms</source>
      <translation>派出所、警务亭及移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="187" />
      <source>Stations, kiosks and platforms — or the live units layer.</source>
      <translation>派出所、警务亭和移动警务平台，或实时警力图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Target
min</source>
      <translation>时限
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="85" />
      <source>Target field (minutes; default: by zone category)</source>
      <translation>时限字段（分钟；默认按巡区类别）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="173" />
      <source>Target missed</source>
      <translation>未达时限</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="237" />
      <source>Team</source>
      <translation>班组</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="173" />
      <source>Template folder</source>
      <translation>模板文件夹</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="42" />
      <source>The CRS is geographic (degrees). Analyses work in any CRS, but zones are easier to draw and measure in a metric one.</source>
      <translation>该坐标参考系为地理坐标（度）。分析在任何坐标系下都可进行，但在米制坐标系中更便于绘制和量测巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="465" />
      <source>The PatrolMap Processing provider is not loaded.</source>
      <translation>巡防指挥图的处理工具提供者未加载。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="504" />
      <source>The analysis failed; see the Processing log.</source>
      <translation>分析失败，请查看处理日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="512" />
      <source>The analysis returned no layer.</source>
      <translation>分析未返回图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="493" />
      <source>The atlas could not go to zone {zone}.</source>
      <translation>图集无法定位到巡区 {zone}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="208" />
      <source>The date the first team of each station starts the cycle (its first day shift). Keep it from month to month so the rotation runs on.</source>
      <translation>各站点第一个班组开始轮班周期（第一个白班）的日期。各月保持不变，轮班即可连续。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="407" />
      <source>The duty map could not be prepared: {error}</source>
      <translation>无法准备勤务图：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="437" />
      <source>The duty map could not be written: {error}</source>
      <translation>无法写入勤务图：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="237" />
      <source>The duty map is a PDF: give the output a .pdf name ({path}).</source>
      <translation>勤务图为 PDF 文件：输出文件名请以 .pdf 结尾（{path}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="204" />
      <source>The duty roster has no rows for {date} ({shift}): the roster tables are printed empty, marked “未排班”.</source>
      <translation>值班表中没有 {date}（{shift}）的记录：值班表格将打印为空，并注明“未排班”。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="152" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="112" />
      <source>The layer {layer} cannot be edited.</source>
      <translation>图层 {layer} 无法编辑。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="176" />
      <source>The layout template {path} has no item with the id “{items}”, which PatrolMap fills. Open the template in QGIS's layout designer and give that id to the item (Item Properties ▸ Item ID), or export with PatrolMap's own template.</source>
      <translation>版式模板 {path} 中没有 ID 为“{items}”的项目，PatrolMap 需要向其填充内容。请在 QGIS 版式设计器中打开模板，为该项目设置此 ID（项目属性 ▸ 项目 ID），或使用 PatrolMap 自带模板导出。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="197" />
      <source>The layout template {path} has no page.</source>
      <translation>版式模板 {path} 没有页面。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="182" />
      <source>The layout template {path}: {problems}.</source>
      <translation>版式模板 {path}：{problems}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="129" />
      <source>The old roster rows could not be removed.</source>
      <translation>无法删除原有值班记录。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="228" />
      <source>The road network layer has no field “{field}”.</source>
      <translation>道路网络图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="220" />
      <source>The road network layer is not valid.</source>
      <translation>道路网络图层无效。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="224" />
      <source>The road network layer “{layer}” has no coordinate reference system: set one in its properties.</source>
      <translation>道路网络图层“{layer}”没有坐标参考系：请在图层属性中设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="247" />
      <source>The road network layer “{layer}” has no line geometry.</source>
      <translation>道路网络图层“{layer}”没有线几何。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="222" />
      <source>The road network layer “{layer}” has no lines.</source>
      <translation>道路网络图层“{layer}”不是线图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="236" />
      <source>The road network layer “{layer}” is empty.</source>
      <translation>道路网络图层“{layer}”为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="526" />
      <source>The roster already has {count} rows for {year}-{month:02d} at these stations. Replace them with the new rows? (You can still undo it, or discard the layer edits.)</source>
      <translation>值班表中这些站点在 {year}-{month:02d} 已有 {count} 条记录。是否用新记录替换？（之后仍可撤销，或放弃图层编辑。）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="131" />
      <source>The roster rows could not be added to {layer}.</source>
      <translation>无法向 {layer} 添加值班记录。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="420" />
      <source>The roster table has no field “{field}” (a duty_roster table has station_id, zone_code, duty_date, shift, team, leader, members, callsigns, phone).</source>
      <translation>值班表缺少字段“{field}”（duty_roster 表应有 station_id、zone_code、duty_date、shift、team、leader、members、callsigns、phone）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="185" />
      <source>The shifts a team works day after day, e.g. “白,白,夜,夜,休×4” or “day, night, off, off”; any other word is a shift of its own.</source>
      <translation>一个班组逐日所上的班次，如“白,白,夜,夜,休×4”或“day, night, off, off”；其他词语视为自定义班次。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="296" />
      <source>The stations layer has no field “station_id”: stations are drawn but not named.</source>
      <translation>站点图层缺少字段“station_id”：站点会绘出，但不标注名称。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="116" />
      <source>The template folder {folder} does not exist.</source>
      <translation>模板文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="118" />
      <source>The template folder {folder} has neither {overview} nor {zone}.</source>
      <translation>模板文件夹 {folder} 中既没有 {overview} 也没有 {zone}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="733" />
      <source>The zone cannot be shown in the map's coordinate system.</source>
      <translation>该巡区无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="252" />
      <source>The zones layer has no field “zone_code”: every zone needs a code, which labels the map and names its page.</source>
      <translation>巡区图层缺少字段“zone_code”：每个巡区都需要编号，用于地图标注和分页命名。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="136" />
      <source>The zones layer has no polygons.</source>
      <translation>巡区图层没有多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="283" />
      <source>The zones layer has no zones.</source>
      <translation>巡区图层中没有巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="112" />
      <source>The {what} layer has no field “{field}”.</source>
      <translation>{what}图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="116" />
      <source>The {what} layer has no points.</source>
      <translation>{what}图层没有点。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="280" />
      <source>These zones have no geometry: {codes}. Draw them or leave them out.</source>
      <translation>以下巡区没有几何图形：{codes}。请绘制或将其排除。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="464" />
      <source>Tick at least one station with teams.</source>
      <translation>请至少勾选一个有班组的站点。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="101" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="25" />
      <source>Travel time matrix</source>
      <translation>行驶时间矩阵</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="45" />
      <source>Travel times</source>
      <translation>行驶时间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="212" />
      <source>Travel-time bands in minutes, comma separated.</source>
      <translation>行驶时间分档（分钟，逗号分隔）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="242" />
      <source>Turnout (min)</source>
      <translation>出警准备（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="42" />
      <source>Turnout field (minutes before leaving, added to each travel time)</source>
      <translation>出警准备字段（出发前的分钟数，加到每次行驶时间上）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="93" />
      <source>Turnout field (minutes)</source>
      <translation>出警准备字段（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="492" />
      <source>Unexpected error: {error}</source>
      <translation>意外错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="45" />
      <source>Unit id field (default: unit_id, else feature id)</source>
      <translation>警力编号字段（默认：unit_id，否则要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="43" />
      <source>Units</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="49" />
      <source>Units per incident</source>
      <translation>每起警情的警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="199" />
      <source>Using the road network built earlier (unchanged since).</source>
      <translation>使用先前构建的道路网络（之后未更改）。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="307" />
      <source>Value out of range</source>
      <translation>数值超出范围</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="103" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="486" />
      <source>Warning: {problem}</source>
      <translation>注意：{problem}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="621" />
      <source>Warnings:</source>
      <translation>警告：</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Worst
min</source>
      <translation>最慢
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="416" />
      <source>Writing {pages} pages…</source>
      <translation>正在写入 {pages} 页…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" line="472" />
      <source>Wrote {files} PDF file(s), {pages} pages.</source>
      <translation>已写入 {files} 个 PDF 文件，共 {pages} 页。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="157" />
      <source>Wrote {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Zone</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="295" />
      <source>Zone code</source>
      <translation>巡区编号</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="277" />
      <source>Zone codes must be unique; these are used more than once: {codes}.</source>
      <translation>巡区编号必须唯一；以下编号重复使用：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="597" />
      <source>Zone coverage</source>
      <translation>巡区覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="240" />
      <source>Zone target (min)</source>
      <translation>巡区时限（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="127" />
      <source>Zone {zone} has no geometry and was left out.</source>
      <translation>巡区 {zone} 没有几何，已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="105" />
      <source>Zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="188" />
      <source>a label</source>
      <translation>文本标签</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="188" />
      <source>a legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="188" />
      <source>a manual table</source>
      <translation>手动表格</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="188" />
      <source>a map</source>
      <translation>地图</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="189" />
      <source>a picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="189" />
      <source>a scale bar</source>
      <translation>比例尺</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="206" />
      <source>all shifts</source>
      <translation>全部班次</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="195" />
      <source>days between teams</source>
      <translation>班组间隔天数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="52" />
      <source>destination</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="190" />
      <source>even</source>
      <translation>均分</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="116" />
      <source>facility</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="266" />
      <source>field “{field}” in layer “{layer}”</source>
      <translation>图层“{layer}”中的字段“{field}”</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="68" />
      <source>incident</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="173" />
      <source>item “{item}” must be {wanted}, not {found}</source>
      <translation>项目“{item}”应为{wanted}，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="194" />
      <source>key site</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="198" />
      <source>km/h</source>
      <translation>公里/小时</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="264" />
      <source>layer “{layer}”</source>
      <translation>图层“{layer}”</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="268" />
      <source>layer “{layer}” must have {geometry} geometry</source>
      <translation>图层“{layer}”必须是 {geometry} 几何</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="84" />
      <source>origin</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="240" />
      <source>read-only file or folder</source>
      <translation>文件或文件夹为只读</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="60" />
      <source>road in {zone} cannot be reached at all</source>
      <translation>{zone} 内有道路完全无法到达</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="411" />
      <source>the overview</source>
      <translation>总图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="69" />
      <source>unit</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="58" />
      <source>worst {minutes:.1f} min in {zone}</source>
      <translation>最慢 {minutes:.1f} 分钟（{zone}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="76" />
      <source>{count} of {total} units are available.</source>
      <translation>{total} 个警力中 {count} 个空闲。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="244" />
      <source>{count} road features have no geometry and were left out (ids {ids}).</source>
      <translation>{count} 条道路要素没有几何，已略过（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="281" />
      <source>{count} roads are not for cars (footways, paths…) and were left out.</source>
      <translation>{count} 条道路不通行机动车（人行道、小径等），已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="277" />
      <source>{count} roads have a zero, negative or unreadable speed; the next rule was used for them (ids {ids}).</source>
      <translation>{count} 条道路的车速为零、负数或无法读取，已改用下一条规则（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="439" />
      <source>{count} roster rows have no valid duty date and were left out.</source>
      <translation>{count} 条值班记录没有有效的勤务日期，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" line="273" />
      <source>{count} zones have no zone code (feature ids {ids}). Give every zone a code: it labels the map and names the zone's page.</source>
      <translation>{count} 个巡区没有编号（要素 ID：{ids}）。请为每个巡区设置编号：用于地图标注和巡区页命名。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="339" />
      <source>{count} {what} features have no geometry and were left out (ids {ids}).</source>
      <translation>{count} 个{what}要素没有几何，已略过（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="349" />
      <source>{count} {what} points are more than {tolerance:g} m from any road and were not used: {ids}</source>
      <translation>{count} 个{what}点距最近道路超过 {tolerance:g} 米，未参与计算：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="54" />
      <source>{gaps} gaps</source>
      <translation>{gaps} 处盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="233" />
      <source>{name} already has a layer “{layer}”.</source>
      <translation>{name} 中已有图层“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="261" />
      <source>{name} is not a complete command map; nothing in it was changed. Missing:</source>
      <translation>{name} 不是完整的指挥图，文件未作任何改动。缺少：</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="509" />
      <source>{name} was made before PatrolMap kept duty rosters and has no duty_roster table. Add the table to the file now?</source>
      <translation>{name} 创建于 PatrolMap 支持值班表之前，没有 duty_roster 表。是否现在将该表添加到文件中？</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="50" />
      <source>{ok} of {total} zones compliant</source>
      <translation>{total} 个巡区中 {ok} 个达标</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" line="149" />
      <source>{pages} pages in {files} PDF file(s).</source>
      <translation>共 {pages} 页，{files} 个 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="147" />
      <source>{path} already exists. PatrolMap never overwrites a file: choose a new name, or open it as a command map.</source>
      <translation>{path} 已存在。巡防指挥图不会覆盖文件：请换一个文件名，或将其作为指挥图打开。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="239" />
      <source>{path} cannot be opened for writing: {error}</source>
      <translation>无法以写入方式打开 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="193" />
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="224" />
      <source>{path} is a file: per-station booklets go into a folder.</source>
      <translation>{path} 是一个文件：按站点分册需输出到文件夹。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="235" />
      <source>{path} is a folder, not a PDF file.</source>
      <translation>{path} 是文件夹，不是 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="199" />
      <source>{path} is not a GeoPackage or vector file GDAL can read.</source>
      <translation>{path} 不是 GDAL 可读取的 GeoPackage 或矢量文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" line="134" />
      <source>{path} is not a QGIS layout template (.qpt).</source>
      <translation>{path} 不是 QGIS 版式模板（.qpt）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="559" />
      <source>{rows} rows for {year}-{month:02d} added to {layer}. They are not saved yet: check them in the attribute table, then save the layer edits.</source>
      <translation>已向 {layer} 添加 {year}-{month:02d} 的 {rows} 条记录。尚未保存：请在属性表中核对后保存图层编辑。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" line="477" />
      <source>{rows} rows for {year}-{month:02d}: {stations} stations, cycle {cycle}.</source>
      <translation>{year}-{month:02d} 共 {rows} 条记录：{stations} 个站点，轮班周期 {cycle}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="120" />
      <source>{what} features {ids} have no value in “{field}”.</source>
      <translation>{what}要素 {ids} 的“{field}”没有值。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="124" />
      <source>{what} {ids}: no readable “{field}”, 0 minutes used.</source>
      <translation>{what} {ids}：“{field}”无法读取，按 0 分钟计。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" line="548" />
      <source>{where}: {rows} rows do not all fit in “{item}”; {shown} are printed. Make the table taller in the template.</source>
      <translation>{where}：“{item}”放不下全部 {rows} 行，仅打印 {shown} 行。请在模板中加高该表格。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="68" />
      <source>“{item}” is not of the form class=km/h</source>
      <translation>“{item}”不符合“等级=公里/小时”格式</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="75" />
      <source>“{item}”: the speed must be a number of km/h or “none”</source>
      <translation>“{item}”：车速必须是公里/小时数值或“none”</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="77" />
      <source>“{item}”: the speed must be between 0 and 300 km/h</source>
      <translation>“{item}”：车速必须在 0 到 300 公里/小时之间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="148" />
      <source>≤ {minutes} min</source>
      <translation>≤ {minutes} 分钟</translation>
    </message>
    <message>
      <source>Target
(min)</source>
      <translation type="vanished">时限
（分钟）</translation>
    </message>
    <message>
      <source>Worst
(min)</source>
      <translation type="vanished">最慢
（分钟）</translation>
    </message>
  </context>
</TS>
