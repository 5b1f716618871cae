<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PatrolMap</name>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="410" />
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
      <location filename="../../plugin/gui/coverage_dock.py" line="305" />
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
      <location filename="../../plugin/gui/coverage_dock.py" line="217" />
      <source>Breaks (min)</source>
      <translation>时间阈值（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="40" />
      <source>Breaks (minutes, comma separated)</source>
      <translation>时间阈值（分钟，逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="494" />
      <source>Building the road network and timing every zone…</source>
      <translation>正在构建道路网络并计算各巡区到场时间…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="275" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="374" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="593" />
      <source>Cancelled. No result layers were added.</source>
      <translation>已取消，未添加结果图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="560" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="164" />
      <source>Cannot write a GeoPackage in {folder}.</source>
      <translation>无法在 {folder} 中写入 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="107" />
      <source>Checks every patrol zone against its response target on the road network. Target per zone: the target field, else by category (key_site 1 min, centre 3, other 5). For each zone: covered_pct — share of the zone's road length reached within the target from the nearest facility (turnout included); worst_min and mean_min over the road facilities reach; unreached_km — road no facility can reach at all; backup_pct — share also reached in time by a second facility; compliant when at least 99.5 % is covered. GAPS are the areas along roads where the target is missed. Key sites get their own minutes.

Road that cannot be driven to from the main road network (pieces drawn without a shared vertex, such as service roads and parking aisles, and one-way roads entered only from paths) is left out of the shares and reported as detached_km, with a warning naming where it is; facilities and key sites are placed on road that can be reached. The optional DETACHED output draws that road so it can be fixed. Tick “Count cut-off road” to count it as unreached instead.</source>
      <translation>按道路网络检查每个巡区是否达到到场时限。各巡区的时限取自时限字段，否则按类别（重点部位 1 分钟、中心区 3 分钟、一般区域 5 分钟）。每个巡区输出：covered_pct——由最近警务点（含出警准备时间）在时限内可达的道路长度占比；worst_min 与 mean_min——警务点可达道路的最长与平均用时；unreached_km——任何警务点都无法到达的道路；backup_pct——第二个警务点也能按时到达的占比；覆盖不低于 99.5% 即为达标。GAPS 为道路沿线未达时限的区域。重点部位单独给出到达分钟数。

从主路网无法驶达的道路（与路网没有公共节点的路段，如内部道路、停车场通道，以及只能从步行道驶入的单行道）不计入覆盖占比，单独记为 detached_km，并以警告指出所在位置；警务点与重点部位会落到可驶达的道路上。可选输出 DETACHED 绘出这些道路，便于修正数据。勾选“计入断开道路”则改为按无法到达的道路统计。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="109" />
      <source>Choose a layer for {what}.</source>
      <translation>请为{what}选择图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="421" />
      <source>Choose a road network layer.</source>
      <translation>请选择道路网络图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="150" />
      <source>Choose a valid coordinate reference system.</source>
      <translation>请选择有效的坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="425" />
      <source>Choose the facilities layer (stations or units).</source>
      <translation>请选择警务点图层（派出所或警力）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="423" />
      <source>Choose the patrol zones layer.</source>
      <translation>请选择巡区图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" line="32" />
      <source>Command map</source>
      <translation>指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="327" />
      <source>Command map: {name}</source>
      <translation>指挥图：{name}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="91" />
      <source>Compliant</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="153" />
      <source>Compliant zones</source>
      <translation>达标巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="315" />
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
      <location filename="../../plugin/processing/network_base.py" line="152" />
      <source>Could not write to the output “{name}”.</source>
      <translation>无法写入输出“{name}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="141" />
      <source>Count cut-off road (road that cannot be driven to from the main network)</source>
      <translation>计入断开道路（从主路网无法驶达的道路）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="145" />
      <source>Coverage</source>
      <translation>到场覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="634" />
      <source>Coverage gaps</source>
      <translation>覆盖盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="629" />
      <source>Coverage results</source>
      <translation>覆盖分析结果</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="304" />
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
      <location filename="../../plugin/gui/coverage_dock.py" line="304" />
      <source>Cut off
km</source>
      <translation>断开
公里</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="149" />
      <source>Cut-off road</source>
      <translation>断开道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="156" />
      <source>Cut-off road (km)</source>
      <translation>断开道路（公里）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="203" />
      <source>Default speed</source>
      <translation>默认车速</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="52" />
      <source>Default speed (km/h)</source>
      <translation>默认车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="46" />
      <source>Destination id field (default: feature id)</source>
      <translation>终点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="44" />
      <source>Destinations</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="79" />
      <source>Dissolve: one area per break for all origins</source>
      <translation>融合：所有起点每个时间阈值合成一个区域</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="657" />
      <source>Done in {seconds:.1f} s.</source>
      <translation>完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="515" />
      <source>Drawing isochrones…</source>
      <translation>正在绘制等时圈…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="206" />
      <source>Emergency driving: one-way streets may be driven both ways.</source>
      <translation>紧急出警：单行道可双向通行。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="63" />
      <source>Emergency speed factor</source>
      <translation>紧急出警车速系数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="193" />
      <source>Facilities</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="119" />
      <source>Facilities (stations, kiosks, platforms)</source>
      <translation>警务点（派出所、警务亭、移动警务平台）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="131" />
      <source>Facilities (stations, platforms or units)</source>
      <translation>警务点（派出所、平台或警力）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="252" />
      <source>Facility id</source>
      <translation>警务点编号</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="133" />
      <source>Facility id field (default: feature id)</source>
      <translation>警务点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="229" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="31" />
      <source>For each incident, the units that reach it soonest by road (travel from the unit to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only units whose status is “available” count unless “Only available units” is off.</source>
      <translation>为每起警情找出沿道路最快到达的警力（从警力位置到警情地点），按 1、2、3……排序。若警力图层有“status”字段，则只计状态为“available”（空闲）的警力，除非关闭“仅空闲警力”。</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="204" />
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
      <location filename="../../plugin/gui/coverage_dock.py" line="636" />
      <source>Isochrones</source>
      <translation>等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="67" />
      <source>Isochrones (response areas)</source>
      <translation>等时圈（到场范围）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="633" />
      <source>Key site response</source>
      <translation>重点部位到场时间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="194" />
      <source>Key sites</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="340" />
      <source>Key sites missing their target: {names}</source>
      <translation>未达时限的重点部位：{names}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="37" />
      <source>Layers created</source>
      <translation>已创建图层</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="49" />
      <source>Maximum time (minutes; slower pairs are left NULL)</source>
      <translation>最长时间（分钟；超过的起终点对留空）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="31" />
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL. A maximum time leaves slower pairs NULL too, and makes big matrices much faster: the search from each origin stops there.</source>
      <translation>按道路网络计算每个起点到每个终点的行驶分钟数。点位吸附到最近道路上的最近点（可位于路段中间）；超出吸附容差的点按编号报告，不计算时间。无法到达的起终点对分钟数为空。设置最长时间后，超过该时间的起终点对也留空，且大矩阵的计算快得多：每个起点的搜索到该时间即停止。</translation>
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
      <location filename="../../plugin/patrolmap_plugin.py" line="49" />
      <source>New command map…</source>
      <translation>新建指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="174" />
      <source>No facility lies within the snap tolerance of a road.</source>
      <translation>没有警务点位于道路吸附容差范围内。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="286" />
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
      <location filename="../../plugin/gui/result_styles.py" line="92" />
      <source>Not compliant</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="305" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="255" />
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
      <location filename="../../plugin/gui/commandmap_actions.py" line="105" />
      <source>Open command map</source>
      <translation>打开指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="51" />
      <source>Open command map…</source>
      <translation>打开指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="129" />
      <source>Opened command map {name}.</source>
      <translation>已打开指挥图 {name}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="190" />
      <source>Optional: points with their own response target.</source>
      <translation>可选：带有各自到场时限的点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="78" />
      <source>Origin id field (default: feature id)</source>
      <translation>起点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="41" />
      <source>Origins</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="78" />
      <source>Origins (stations, units)</source>
      <translation>起点（警务点、警力）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="192" />
      <source>Patrol zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="129" />
      <source>PatrolMap</source>
      <translation>巡防指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/provider.py" line="37" />
      <source>PatrolMap — police grid-patrol command maps</source>
      <translation>巡防指挥图——网格化巡防指挥地图</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="319" />
      <source>QGIS could not open layer “{layer}” of {path}.</source>
      <translation>QGIS 无法打开 {path} 中的图层“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="172" />
      <source>Reached in time</source>
      <translation>按时可达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="104" />
      <source>Response coverage of zones</source>
      <translation>巡区到场覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="309" />
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
      <location filename="../../plugin/gui/coverage_dock.py" line="254" />
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
      <location filename="../../plugin/gui/coverage_dock.py" line="312" />
      <source>Road in the zone no unit can get to, in km: road cut off from the main road network (left out of the shares) and road no facility reaches</source>
      <translation>巡区内警力无法到达的道路（公里）：从主路网断开的道路（不计入占比）及任何警务点都到不了的道路</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="191" />
      <source>Road network</source>
      <translation>道路网络</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="98" />
      <source>Road network: {error}</source>
      <translation>道路网络：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="410" />
      <source>Road network: {segments} segments, {km:.1f} km, {nodes} junctions and vertices.</source>
      <translation>道路网络：{segments} 个路段，{km:.1f} 公里，{nodes} 个路口和节点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="155" />
      <source>Road no facility can reach (km)</source>
      <translation>无警务点可达的道路（公里）</translation>
    </message>
    <message>
      <location filename="../../plugin/dependencies.py" line="29" />
      <source>Road-network analyses are off: PatrolMap needs {packages}. Command maps still work. On Debian/Ubuntu: sudo apt install python3-scipy, then pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"; on Windows, use the OSGeo4W Shell: python -m pip install "shapely&gt;=2".</source>
      <translation>道路网络分析未启用：巡防指挥图需要 {packages}。指挥图功能仍可使用。Debian/Ubuntu：sudo apt install python3-scipy，然后 pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"；Windows：在 OSGeo4W Shell 中运行 python -m pip install "shapely&gt;=2"。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="272" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="314" />
      <source>Share of the zone's road a second facility also reaches within the target</source>
      <translation>第二个警务点也能按时到达的巡区道路占比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="310" />
      <source>Share of the zone's road reached within the target</source>
      <translation>巡区道路中按时可达的占比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="208" />
      <source>Show isochrones</source>
      <translation>显示等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="311" />
      <source>Slowest point of the road a facility reaches, in minutes (— : no facility reaches any)</source>
      <translation>警务点可达道路中最慢一点的用时（分钟；—：没有警务点能到达）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="69" />
      <source>Snap tolerance (m): points farther from a road are reported, not used</source>
      <translation>吸附容差（米）：距道路更远的点将被报告且不参与计算</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="256" />
      <source>Speed (km/h)</source>
      <translation>车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="54" />
      <source>Speed field (km/h)</source>
      <translation>车速字段（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="202" />
      <source>Speed on roads with neither a speed limit nor a known road class.</source>
      <translation>既无限速又无已知道路等级的道路所用车速。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="113" />
      <source>Splits the reachable area among the facilities: each piece of road, and the area around it, goes to the facility that reaches it first by road, banded by the breaks. Areas of different facilities never overlap.</source>
      <translation>在各警务点之间划分可达区域：每段道路及其周边归属于沿道路最先到达的警务点，并按时间阈值分档。不同警务点的区域互不重叠。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="189" />
      <source>Stations, kiosks and platforms — or the live units layer.</source>
      <translation>派出所、警务亭和移动警务平台，或实时警力图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="304" />
      <source>Target
min</source>
      <translation>时限
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="128" />
      <source>Target field (minutes; default: by zone category)</source>
      <translation>时限字段（分钟；默认按巡区类别）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="173" />
      <source>Target missed</source>
      <translation>未达时限</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="42" />
      <source>The CRS is geographic (degrees). Analyses work in any CRS, but zones are easier to draw and measure in a metric one.</source>
      <translation>该坐标参考系为地理坐标（度）。分析在任何坐标系下都可进行，但在米制坐标系中更便于绘制和量测巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="502" />
      <source>The PatrolMap Processing provider is not loaded.</source>
      <translation>巡防指挥图的处理工具提供者未加载。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="541" />
      <source>The analysis failed; see the Processing log.</source>
      <translation>分析失败，请查看处理日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="549" />
      <source>The analysis returned no layer.</source>
      <translation>分析未返回图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="152" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="358" />
      <source>The road network layer has no field “{field}”.</source>
      <translation>道路网络图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="350" />
      <source>The road network layer is not valid.</source>
      <translation>道路网络图层无效。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="354" />
      <source>The road network layer “{layer}” has no coordinate reference system: set one in its properties.</source>
      <translation>道路网络图层“{layer}”没有坐标参考系：请在图层属性中设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="380" />
      <source>The road network layer “{layer}” has no line geometry.</source>
      <translation>道路网络图层“{layer}”没有线几何。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="352" />
      <source>The road network layer “{layer}” has no lines.</source>
      <translation>道路网络图层“{layer}”不是线图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="366" />
      <source>The road network layer “{layer}” is empty.</source>
      <translation>道路网络图层“{layer}”为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="784" />
      <source>The zone cannot be shown in the map's coordinate system.</source>
      <translation>该巡区无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="192" />
      <source>The zones layer has no polygons.</source>
      <translation>巡区图层没有多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="113" />
      <source>The {what} layer has no field “{field}”.</source>
      <translation>{what}图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="117" />
      <source>The {what} layer has no points.</source>
      <translation>{what}图层没有点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="272" />
      <source>They are counted as road no facility can reach.</source>
      <translation>这些道路按无法到达的道路统计。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="274" />
      <source>They are left out of the coverage shares (tick “Count cut-off road” to count them).</source>
      <translation>这些道路不计入覆盖占比（勾选“计入断开道路”可计入）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="28" />
      <source>Travel time matrix</source>
      <translation>行驶时间矩阵</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="52" />
      <source>Travel times</source>
      <translation>行驶时间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="214" />
      <source>Travel-time bands in minutes, comma separated.</source>
      <translation>行驶时间分档（分钟，逗号分隔）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="253" />
      <source>Turnout (min)</source>
      <translation>出警准备（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="42" />
      <source>Turnout field (minutes before leaving, added to each travel time)</source>
      <translation>出警准备字段（出发前的分钟数，加到每次行驶时间上）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="136" />
      <source>Turnout field (minutes)</source>
      <translation>出警准备字段（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="529" />
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
      <location filename="../../plugin/network_layer.py" line="329" />
      <source>Using the road network built earlier (unchanged since).</source>
      <translation>使用先前构建的道路网络（之后未更改）。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="258" />
      <source>Value out of range</source>
      <translation>数值超出范围</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="152" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="304" />
      <source>Worst
min</source>
      <translation>最慢
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="304" />
      <source>Zone</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="309" />
      <source>Zone code</source>
      <translation>巡区编号</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="635" />
      <source>Zone coverage</source>
      <translation>巡区覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="251" />
      <source>Zone target (min)</source>
      <translation>巡区时限（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="183" />
      <source>Zone {zone} has no geometry and was left out.</source>
      <translation>巡区 {zone} 没有几何，已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="154" />
      <source>Zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="59" />
      <source>destination</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="172" />
      <source>facility</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="217" />
      <source>field “{field}” in layer “{layer}”</source>
      <translation>图层“{layer}”中的字段“{field}”</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="68" />
      <source>incident</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="58" />
      <source>its only road ({metres:.0f} m) cannot be driven to from the main road network</source>
      <translation>巡区内仅有的道路（{metres:.0f} 米）从主路网无法驶达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="305" />
      <source>key site</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="200" />
      <source>km/h</source>
      <translation>公里/小时</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="215" />
      <source>layer “{layer}”</source>
      <translation>图层“{layer}”</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="219" />
      <source>layer “{layer}” must have {geometry} geometry</source>
      <translation>图层“{layer}”必须是 {geometry} 几何</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="325" />
      <source>more than {tolerance:g} m from any road</source>
      <translation>距最近道路超过 {tolerance:g} 米</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="330" />
      <source>no facility can reach it</source>
      <translation>没有警务点能到达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="61" />
      <source>no facility can reach the zone's road</source>
      <translation>没有警务点能到达巡区内的道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="56" />
      <source>no road inside the zone</source>
      <translation>巡区内没有道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="327" />
      <source>only road that cannot be driven to from the main network within {tolerance:g} m</source>
      <translation>{tolerance:g} 米内只有从主路网无法驶达的道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="84" />
      <source>origin</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="54" />
      <source>the zone has no area</source>
      <translation>巡区面积为零</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="69" />
      <source>unit</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="86" />
      <source>worst {minutes:.1f} min in {zone}</source>
      <translation>最慢 {minutes:.1f} 分钟（{zone}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="76" />
      <source>{count} of {total} units are available.</source>
      <translation>{total} 个警力中 {count} 个空闲。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="267" />
      <source>{count} pieces of road ({km:.2f} km) cannot be driven to from the main road network (not connected, or one-way roads entered only from paths): road feature ids {ids}; in zones {zones}.</source>
      <translation>{count} 段道路（{km:.2f} 公里）从主路网无法驶达（未连通，或只能从步行道驶入的单行道）：道路要素编号 {ids}；所在巡区 {zones}。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="377" />
      <source>{count} road features have no geometry and were left out (ids {ids}).</source>
      <translation>{count} 条道路要素没有几何，已略过（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="401" />
      <source>{count} roads are not for cars (footways, paths…) and were left out.</source>
      <translation>{count} 条道路不通行机动车（人行道、小径等），已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="397" />
      <source>{count} roads have a zero, negative or unreadable speed; the next rule was used for them (ids {ids}).</source>
      <translation>{count} 条道路的车速为零、负数或无法读取，已改用下一条规则（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="661" />
      <source>{count} warnings: hover here, or see the PatrolMap log.</source>
      <translation>{count} 条警告：鼠标悬停此处查看，或见 PatrolMap 日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="495" />
      <source>{count} {what} features have no geometry and were left out (ids {ids}).</source>
      <translation>{count} 个{what}要素没有几何，已略过（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="512" />
      <source>{count} {what} points are more than {tolerance:g} m from any road and were not used: {ids}</source>
      <translation>{count} 个{what}点距最近道路超过 {tolerance:g} 米，未参与计算：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="519" />
      <source>{count} {what} points are nearest to road that cannot be driven to from the main road network; they were placed on the nearest road that can: {ids}</source>
      <translation>{count} 个{what}点最近的道路从主路网无法驶达，已改放到最近的可驶达道路上：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="522" />
      <source>{count} {what} points have only road that cannot be driven to from the main road network within {tolerance:g} m and were not used: {ids}</source>
      <translation>{count} 个{what}点在 {tolerance:g} 米内只有从主路网无法驶达的道路，未参与计算：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="720" />
      <source>{detached:.2f} km cut off from the main road network (left out of the shares); {unreached:.2f} km no facility reaches</source>
      <translation>{detached:.2f} 公里从主路网断开（不计入占比）；{unreached:.2f} 公里无警务点可达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="83" />
      <source>{gaps} gaps</source>
      <translation>{gaps} 处盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="95" />
      <source>{km:.1f} km of cut-off road left out ({zones})</source>
      <translation>{km:.1f} 公里断开道路未计入（{zones}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="90" />
      <source>{km:.1f} km of road no facility can reach ({zones})</source>
      <translation>{km:.1f} 公里道路无警务点可达（{zones}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="63" />
      <source>{metres:.0f} m of road no facility can reach</source>
      <translation>{metres:.0f} 米道路无警务点可达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="332" />
      <source>{minutes:.1f} min, target {target:g}</source>
      <translation>{minutes:.1f} 分钟，时限 {target:g}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="212" />
      <source>{name} is not a complete command map; nothing in it was changed. Missing:</source>
      <translation>{name} 不是完整的指挥图，文件未作任何改动。缺少：</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="79" />
      <source>{ok} of {total} zones compliant</source>
      <translation>{total} 个巡区中 {ok} 个达标</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="147" />
      <source>{path} already exists. PatrolMap never overwrites a file: choose a new name, or open it as a command map.</source>
      <translation>{path} 已存在。巡防指挥图不会覆盖文件：请换一个文件名，或将其作为指挥图打开。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="194" />
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="200" />
      <source>{path} is not a GeoPackage or vector file GDAL can read.</source>
      <translation>{path} 不是 GDAL 可读取的 GeoPackage 或矢量文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="65" />
      <source>{share:.1f} % of road beyond {target:g} min</source>
      <translation>{share:.1f}% 的道路超过 {target:g} 分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="121" />
      <source>{what} features {ids} have no value in “{field}”.</source>
      <translation>{what}要素 {ids} 的“{field}”没有值。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="125" />
      <source>{what} {ids}: no readable “{field}”, 0 minutes used.</source>
      <translation>{what} {ids}：“{field}”无法读取，按 0 分钟计。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="69" />
      <source>“{item}” is not of the form class=km/h</source>
      <translation>“{item}”不符合“等级=公里/小时”格式</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="76" />
      <source>“{item}”: the speed must be a number of km/h or “none”</source>
      <translation>“{item}”：车速必须是公里/小时数值或“none”</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="78" />
      <source>“{item}”: the speed must be between 0 and 300 km/h</source>
      <translation>“{item}”：车速必须在 0 到 300 公里/小时之间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="148" />
      <source>≤ {minutes} min</source>
      <translation>≤ {minutes} 分钟</translation>
    </message>
    <message>
      <source>Checks every patrol zone against its response target on the road network. Target per zone: the target field, else by category (key_site 1 min, centre 3, other 5). For each zone: covered_pct — share of the zone's road length reached within the target from the nearest facility (turnout included); worst_min and mean_min over its road; backup_pct — share also reached in time by a second facility; compliant when at least 99.5 % is covered. GAPS are the areas along roads where the target is missed. Key sites get their own minutes.</source>
      <translation type="vanished">按道路网络检查每个巡区是否达到到场时限。各巡区的时限取自时限字段，否则按类别（重点部位 1 分钟、中心区 3 分钟、一般区域 5 分钟）。每个巡区输出：covered_pct——由最近警务点（含出警准备时间）在时限内可达的道路长度占比；worst_min 与 mean_min——巡区内道路的最长与平均用时；backup_pct——第二个警务点也能按时到达的占比；覆盖不低于 99.5% 即为达标。GAPS 为道路沿线未达时限的区域。重点部位单独给出到达分钟数。</translation>
    </message>
    <message>
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL.</source>
      <translation type="vanished">计算每个起点到每个终点沿道路网络的行驶分钟数。点位吸附到最近道路上的最近点（可落在路段中间）；超出吸附容差的点按编号报告，不计算时间。不可达的起终点对分钟数为空。</translation>
    </message>
    <message>
      <source>Slowest point of the zone's road, in minutes (— : some road cannot be reached)</source>
      <translation type="vanished">巡区道路上最慢到达点的分钟数（—：有道路无法到达）</translation>
    </message>
    <message>
      <source>Target
(min)</source>
      <translation type="vanished">时限
（分钟）</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation type="vanished">警告：</translation>
    </message>
    <message>
      <source>Worst
(min)</source>
      <translation type="vanished">最慢
（分钟）</translation>
    </message>
    <message>
      <source>road in {zone} cannot be reached at all</source>
      <translation type="vanished">{zone} 内有道路完全无法到达</translation>
    </message>
  </context>
</TS>
