<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PatrolMap</name>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="182" />
      <source>A {size} m grid over the boundary's extent would need {count} cells; the limit is {limit}. Use a cell size of at least {min_size} m.</source>
      <translation>在边界范围内划分 {size} 米网格需要 {count} 个网格，超过上限 {limit}。请使用不小于 {min_size} 米的网格尺寸。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="246" />
      <source>After each edit</source>
      <translation>每次编辑后</translation>
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
      <location filename="../../plugin/gui/zones_dock.py" line="207" />
      <source>Boundary</source>
      <translation>边界</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="64" />
      <source>Boundary (jurisdiction)</source>
      <translation>边界（辖区）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="127" />
      <source>Boundary feature {fid} is invalid ({reason}); it was repaired (make_valid) before the grid was cut. Check the grid's edge there.</source>
      <translation>边界要素 {fid} 的几何无效（{reason}），已在划分网格前自动修复（make_valid）。请检查该处的网格边缘。</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="523" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="164" />
      <source>Cannot write a GeoPackage in {folder}.</source>
      <translation>无法在 {folder} 中写入 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="66" />
      <source>Cell shape</source>
      <translation>网格形状</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="69" />
      <source>Cell size (m): square side, or hexagon width across flats</source>
      <translation>网格尺寸（米）：正方形边长，或六边形对边距离</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="242" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="244" />
      <source>Check the zones now</source>
      <translation>立即检查巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="606" />
      <source>Checked at {time} in {seconds:.1f} s.</source>
      <translation>{time} 检查完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="494" />
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="57" />
      <source>Checks a patrol-zone layer and writes one feature per problem, where the problem is, with zone_code, error_type and message.

error_type: invalid (no geometry, self-intersection…; checked further as repaired), overlap (the shared area), gap (area inside BOUNDARY no zone covers — without a boundary, holes enclosed by the zones), outside (the part beyond BOUNDARY), sliver (a part smaller than SLIVER_AREA m², or a stretch narrower than SLIVER_WIDTH m covering at least SLIVER_AREA m²), multipart (the detached pieces), duplicate_code, missing_code, unassigned (no station_id), unknown_station (not in STATIONS), station_load (a station with fewer than MIN_ZONES or more than MAX_ZONES zones; mobile platforms — kind mobile_platform in STATIONS — at least MIN_PLATFORM_ZONES).

Overlaps and gaps under 0.01 m² are coordinate noise and ignored. In a geographic CRS the checks run in a local metric CRS. OUTPUT holds areas (for code and station problems: the zones concerned); POINTS, optional, one marker per problem.</source>
      <translation>检查巡区图层，每个问题输出一个要素，位置即问题所在，带 zone_code、error_type 和 message 字段。

error_type：invalid（无几何、自相交等；按修复后的形状继续检查）、overlap（重叠部分）、gap（BOUNDARY 内无巡区覆盖的区域；未给边界时为巡区围成的空洞）、outside（超出 BOUNDARY 的部分）、sliver（面积小于 SLIVER_AREA 平方米的部分，或宽度小于 SLIVER_WIDTH 米且面积不小于 SLIVER_AREA 平方米的狭长部分）、multipart（分离的碎块）、duplicate_code、missing_code、unassigned（无 station_id）、unknown_station（不在 STATIONS 中）、station_load（警务点的巡区数少于 MIN_ZONES 或多于 MAX_ZONES；移动警务平台——STATIONS 中 kind 为 mobile_platform——至少 MIN_PLATFORM_ZONES 个）。

小于 0.01 平方米的重叠和空隙视为坐标误差，不报告。地理坐标系下在当地米制坐标系中检查。OUTPUT 为问题区域（编号和警务点问题为相关巡区）；POINTS 可选，每个问题一个标记点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="71" />
      <source>Checks every patrol zone against its response target on the road network. Target per zone: the target field, else by category (key_site 1 min, centre 3, other 5). For each zone: covered_pct — share of the zone's road length reached within the target from the nearest facility (turnout included); worst_min and mean_min over its road; backup_pct — share also reached in time by a second facility; compliant when at least 99.5 % is covered. GAPS are the areas along roads where the target is missed. Key sites get their own minutes.</source>
      <translation>按道路网络检查每个巡区是否达到到场时限。各巡区的时限取自时限字段，否则按类别（重点部位 1 分钟、中心区 3 分钟、一般区域 5 分钟）。每个巡区输出：covered_pct——由最近警务点（含出警准备时间）在时限内可达的道路长度占比；worst_min 与 mean_min——巡区内道路的最长与平均用时；backup_pct——第二个警务点也能按时到达的占比；覆盖不低于 99.5% 即为达标。GAPS 为道路沿线未达时限的区域。重点部位单独给出到达分钟数。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="96" />
      <source>Choose a boundary (jurisdiction) layer.</source>
      <translation>请选择边界（辖区）图层。</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="386" />
      <source>Choose the patrol zones layer.</source>
      <translation>请选择巡区图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="79" />
      <source>Clipped cells merged</source>
      <translation>已合并的裁切网格</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="168" />
      <source>Could not write to the output “{name}”.</source>
      <translation>无法写入输出“{name}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="143" />
      <source>Coverage</source>
      <translation>到场覆盖</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="39" />
      <source>Create patrol grid</source>
      <translation>生成巡区网格</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="42" />
      <source>Cuts the jurisdiction into square or hexagonal patrol zones that tile it exactly: no gap, no overlap, holes (lakes, closed areas) left out, every zone one valid polygon.

CELL_SIZE is in metres: the side of a square, or a hexagon's width between opposite edges. In a geographic CRS the cells are laid out in a local metric CRS and written in the boundary's CRS.

Cells cut by the boundary that keep less than MIN_CELL_PCT % of a full cell are merged into the neighbour they share the longest edge with (0 keeps them all).

Zones get unique codes CODE_PREFIX-001, -002… in reading order (rows from the top, left to right) and the patrol_zones fields, category 'other'.

A grid of more than {limit} cells over the boundary's extent is refused before any work is done.</source>
      <translation>将辖区划分为正方形或六边形巡区，严格铺满辖区：无空隙、无重叠，空洞（湖泊、封闭区域）除外，每个巡区为一个有效多边形。

CELL_SIZE 单位为米：正方形边长，或六边形对边距离。地理坐标系下在当地米制坐标系中布设网格，结果写回边界的坐标系。

被边界裁切后面积不足完整网格 MIN_CELL_PCT % 的网格，并入与其公共边最长的相邻巡区（0 表示全部保留）。

巡区按阅读顺序（自上而下逐行、从左到右）获得唯一编号 CODE_PREFIX-001、-002…，字段与 patrol_zones 一致，类别为 'other'。

若边界范围内网格数超过 {limit}，在开始计算前即拒绝执行。</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="478" />
      <source>Drawing isochrones…</source>
      <translation>正在绘制等时圈…</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="207" />
      <source>Duplicate code</source>
      <translation>编号重复</translation>
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
      <location filename="../../plugin/gui/zones_dock.py" line="235" />
      <source>Fewest</source>
      <translation>最少</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="237" />
      <source>Fewest for a mobile platform</source>
      <translation>移动警务平台最少</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="82" />
      <source>Fewest zones per mobile platform</source>
      <translation>每个移动警务平台最少巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="80" />
      <source>Fewest zones per station</source>
      <translation>每个警务点最少巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="221" />
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
      <location filename="../../plugin/zones_layer.py" line="203" />
      <source>Gap</source>
      <translation>空隙</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="242" />
      <source>Gap of {area} enclosed by {zones}.</source>
      <translation>{zones} 围成的空隙，面积 {area}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="245" />
      <source>Gap of {area} inside the boundary that no zone touches.</source>
      <translation>边界内面积 {area} 的空隙，没有巡区与之相邻。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="244" />
      <source>Gap of {area} inside the boundary, next to {zones}.</source>
      <translation>边界内面积 {area} 的空隙，相邻巡区：{zones}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="100" />
      <source>Gaps and overlaps</source>
      <translation>空隙和重叠</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="66" />
      <source>Hexagon</source>
      <translation>六边形</translation>
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
      <location filename="../../plugin/zones_layer.py" line="201" />
      <source>Invalid geometry</source>
      <translation>几何无效</translation>
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
      <location filename="../../plugin/processing/create_command_map.py" line="37" />
      <source>Layers created</source>
      <translation>已创建图层</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="190" />
      <source>MIN_CELL_PCT must be between 0 and 100.</source>
      <translation>MIN_CELL_PCT 必须在 0 到 100 之间。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="72" />
      <source>Merge clipped cells smaller than (% of a full cell)</source>
      <translation>合并小于此比例的裁切网格（占完整网格的 %）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="28" />
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL.</source>
      <translation>计算每个起点到每个终点沿道路网络的行驶分钟数。点位吸附到最近道路上的最近点（可落在路段中间）；超出吸附容差的点按编号报告，不计算时间。不可达的起终点对分钟数为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="208" />
      <source>Missing code</source>
      <translation>缺少编号</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="269" />
      <source>Mobile platform {station} has {count} zones; at least {min} wanted.</source>
      <translation>移动警务平台 {station} 有 {count} 个巡区，应至少 {min} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="272" />
      <source>Mobile platform {station} has {count} zones; at most {max} wanted.</source>
      <translation>移动警务平台 {station} 有 {count} 个巡区，应至多 {max} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="236" />
      <source>Most</source>
      <translation>最多</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="81" />
      <source>Most zones per station</source>
      <translation>每个警务点最多巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="206" />
      <source>Multipart</source>
      <translation>多块</translation>
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
      <location filename="../../plugin/patrolmap_plugin.py" line="50" />
      <source>New command map…</source>
      <translation>新建指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="118" />
      <source>No facility lies within the snap tolerance of a road.</source>
      <translation>没有警务点位于道路吸附容差范围内。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="282" />
      <source>No problems in {zones} zones.</source>
      <translation>{zones} 个巡区，未发现问题。</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>OK</source>
      <translation>确定</translation>
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
      <location filename="../../plugin/gui/commandmap_actions.py" line="105" />
      <source>Open command map</source>
      <translation>打开指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="52" />
      <source>Open command map…</source>
      <translation>打开指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="129" />
      <source>Opened command map {name}.</source>
      <translation>已打开指挥图 {name}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="204" />
      <source>Optional: gaps are then any area of it no zone covers.</source>
      <translation>可选：给定后，边界内任何未被巡区覆盖的区域都算空隙。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="188" />
      <source>Optional: points with their own response target.</source>
      <translation>可选：带有各自到场时限的点。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="205" />
      <source>Optional: zone counts per station, mobile platforms by their kind.</source>
      <translation>可选：检查每个警务点的巡区数，按类型识别移动警务平台。</translation>
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
      <location filename="../../plugin/zones_layer.py" line="204" />
      <source>Outside</source>
      <translation>超出边界</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="202" />
      <source>Overlap</source>
      <translation>重叠</translation>
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
      <location filename="../../plugin/processing/provider.py" line="43" />
      <source>PatrolMap — police grid-patrol command maps</source>
      <translation>巡防指挥图——网格化巡防指挥地图</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="277" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="99" />
      <source>Problems</source>
      <translation>问题数</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="259" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="575" />
      <source>Saved at {time} with gaps: {gaps}, overlaps: {overlaps}.</source>
      <translation>已于 {time} 保存，存在空隙 {gaps} 处、重叠 {overlaps} 处。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="588" />
      <source>Saving {layer} with gaps: {gaps}, overlaps: {overlaps}. The save is not stopped; the Zones panel lists them.</source>
      <translation>正在保存 {layer}，存在空隙 {gaps} 处、重叠 {overlaps} 处。保存不会被阻止，问题列在“巡区”面板中。</translation>
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
      <location filename="../../plugin/gui/coverage_dock.py" line="206" />
      <source>Show isochrones</source>
      <translation>显示等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="250" />
      <source>Show on map</source>
      <translation>在地图上标出</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="205" />
      <source>Sliver</source>
      <translation>碎片</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="88" />
      <source>Sliver area (m²): smaller parts are slivers</source>
      <translation>碎片面积（平方米）：更小的部分视为碎片</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="86" />
      <source>Sliver width (m): narrower stretches are slivers</source>
      <translation>碎片宽度（米）：更窄的部分视为碎片</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="66" />
      <source>Square</source>
      <translation>正方形</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="211" />
      <source>Station load</source>
      <translation>警务点负荷</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="208" />
      <source>Stations</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="79" />
      <source>Stations (station_id, kind)</source>
      <translation>警务点（station_id、kind）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="187" />
      <source>Stations, kiosks and platforms — or the live units layer.</source>
      <translation>派出所、警务亭和移动警务平台，或实时警力图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="102" />
      <source>Summary</source>
      <translation>摘要</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="104" />
      <source>The boundary cannot be placed on the globe: {error}</source>
      <translation>无法确定边界的地理位置：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="151" />
      <source>The boundary cannot be transformed to {crs}: {error}</source>
      <translation>边界无法转换到 {crs}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="171" />
      <source>The boundary has invalid geometry; it was checked as repaired (make_valid).</source>
      <translation>边界几何无效，已按修复后的形状（make_valid）检查。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="99" />
      <source>The boundary layer has no coordinate reference system: set one first.</source>
      <translation>边界图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="173" />
      <source>The boundary layer has no polygon with an area.</source>
      <translation>边界图层中没有有面积的多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="192" />
      <source>The boundary layer has no polygon with an area: there is nothing to cut into zones.</source>
      <translation>边界图层中没有有面积的多边形，无法划分巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="136" />
      <source>The boundary's CRS is not in metres: cells are laid out in {crs}.</source>
      <translation>边界的坐标系不以米为单位：网格在 {crs} 中布设。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="188" />
      <source>The cell size must be more than 0 m (it is {size}).</source>
      <translation>网格尺寸必须大于 0 米（当前为 {size}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="520" />
      <source>The check failed; see the Processing log.</source>
      <translation>检查失败，请查看处理工具日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="515" />
      <source>The check returned no layer.</source>
      <translation>检查未返回图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="162" />
      <source>The fewest zones per station ({low}) and per platform ({platform}) cannot be above the most ({high}).</source>
      <translation>每个警务点最少巡区数（{low}）和每个平台最少巡区数（{platform}）不能大于最多巡区数（{high}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="152" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="149" />
      <source>The inputs cannot be transformed to {crs}: {error}</source>
      <translation>输入图层无法转换到 {crs}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="711" />
      <source>The problem cannot be shown in the map's coordinate system.</source>
      <translation>无法在地图坐标系中显示该问题。</translation>
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
      <location filename="../../plugin/processing/validate_zones.py" line="145" />
      <source>The stations layer has no kind field: no station counts as a mobile platform.</source>
      <translation>警务点图层没有 kind 字段：所有警务点都不按移动警务平台处理。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="143" />
      <source>The stations layer has no station_id field.</source>
      <translation>警务点图层没有 station_id 字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="733" />
      <source>The zone cannot be shown in the map's coordinate system.</source>
      <translation>该巡区无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" line="122" />
      <source>The zone code prefix is too long (at most 24 characters).</source>
      <translation>巡区编号前缀过长（最多 24 个字符）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="187" />
      <source>The zones cannot be transformed to {crs}: {error}</source>
      <translation>巡区无法转换到 {crs}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="122" />
      <source>The zones layer has no coordinate reference system: set one first.</source>
      <translation>巡区图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="136" />
      <source>The zones layer has no polygons.</source>
      <translation>巡区图层没有多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="129" />
      <source>The zones layer has no station_id field: station checks are skipped.</source>
      <translation>巡区图层没有 station_id 字段，跳过警务点检查。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="126" />
      <source>The zones layer has no zone_code field: zones are named by feature id.</source>
      <translation>巡区图层没有 zone_code 字段，按要素编号称呼巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="177" />
      <source>The zones' CRS is not in metres: areas and widths are measured in {crs}.</source>
      <translation>巡区的坐标系不以米为单位：面积和宽度在 {crs} 中量算。</translation>
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
      <location filename="../../plugin/gui/zones_dock.py" line="277" />
      <source>Type</source>
      <translation>类型</translation>
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
      <location filename="../../plugin/zones_layer.py" line="210" />
      <source>Unknown station</source>
      <translation>未知警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="199" />
      <source>Using the road network built earlier (unchanged since).</source>
      <translation>使用先前构建的道路网络（之后未更改）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="54" />
      <source>Validate patrol zones</source>
      <translation>检查巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="258" />
      <source>Value out of range</source>
      <translation>数值超出范围</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="103" />
      <source>Verdict</source>
      <translation>结论</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="75" />
      <source>Zone code prefix</source>
      <translation>巡区编号前缀</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="597" />
      <source>Zone coverage</source>
      <translation>巡区覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="97" />
      <source>Zone problem markers</source>
      <translation>巡区问题标记</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" line="95" />
      <source>Zone problems</source>
      <translation>巡区问题</translation>
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
      <location filename="../../plugin/zones_layer.py" line="259" />
      <source>Zone {zone} has no zone_code.</source>
      <translation>巡区 {zone} 没有 zone_code。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="151" />
      <source>Zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" line="216" />
      <source>Zones per station</source>
      <translation>每个警务点的巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="52" />
      <source>destination</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="116" />
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
      <location filename="../../plugin/processing/isochrones.py" line="84" />
      <source>origin</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="60" />
      <source>road in {zone} cannot be reached at all</source>
      <translation>{zone} 内有道路完全无法到达</translation>
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
      <location filename="../../plugin/zones_layer.py" line="284" />
      <source>{count} problems in {zones} zones: {list}</source>
      <translation>{zones} 个巡区中有 {count} 个问题：{list}</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="170" />
      <source>{count} small pieces touch no other zone (islands?) and were kept as zones of their own: {codes}</source>
      <translation>{count} 个小块不与其他巡区相邻（可能是岛屿），已保留为独立巡区：{codes}</translation>
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
      <location filename="../../plugin/commandmap.py" line="212" />
      <source>{name} is not a complete command map; nothing in it was changed. Missing:</source>
      <translation>{name} 不是完整的指挥图，文件未作任何改动。缺少：</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="50" />
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
      <location filename="../../plugin/zones_layer.py" line="270" />
      <source>{station} has {count} zones; at least {min} wanted.</source>
      <translation>{station} 有 {count} 个巡区，应至少 {min} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="273" />
      <source>{station} has {count} zones; at most {max} wanted.</source>
      <translation>{station} 有 {count} 个巡区，应至多 {max} 个。</translation>
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
      <location filename="../../plugin/processing/create_grid.py" line="173" />
      <source>{zones} zones: {full} whole cells, {clipped} cut by the boundary, {merged} small pieces merged into a neighbour.</source>
      <translation>共 {zones} 个巡区：完整网格 {full} 个，被边界裁切 {clipped} 个，{merged} 个小块并入相邻巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="238" />
      <source>{zone} and {other} overlap by {area}.</source>
      <translation>{zone} 与 {other} 重叠 {area}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="233" />
      <source>{zone} has no geometry.</source>
      <translation>{zone} 没有几何。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="261" />
      <source>{zone} has no station.</source>
      <translation>{zone} 未分配警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="254" />
      <source>{zone} is in {pieces} pieces; the detached ones ({area}) are marked.</source>
      <translation>{zone} 分为 {pieces} 块，已标出分离的部分（{area}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="235" />
      <source>{zone} is not a polygon.</source>
      <translation>{zone} 不是多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="257" />
      <source>{zone} is used by {count} zones.</source>
      <translation>编号 {zone} 被 {count} 个巡区使用。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="250" />
      <source>{zone}: a part of only {area} (slivers: below {limit}).</source>
      <translation>{zone}：有一块仅 {area}（小于 {limit} 视为碎片）。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="236" />
      <source>{zone}: invalid geometry ({reason}); checked as repaired.</source>
      <translation>{zone}：几何无效（{reason}），已按修复后的形状检查。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="263" />
      <source>{zone}: station {station} is not in the stations layer.</source>
      <translation>{zone}：警务点 {station} 不在警务点图层中。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="247" />
      <source>{zone}: {area} beyond the boundary.</source>
      <translation>{zone}：有 {area} 超出边界。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" line="252" />
      <source>{zone}: {area} narrower than {width} m.</source>
      <translation>{zone}：有 {area} 宽度不足 {width} 米。</translation>
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
