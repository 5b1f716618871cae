<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PatrolMap</name>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>(and {more} more)</source>
      <translation>（另有 {more} 处）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>({count} rejected)</source>
      <translation>（{count} 条被拒）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>* {metres:.0f} m of road in its zones cannot be reached from the station (one-way streets or roads not connected); the time is for the rest.</source>
      <translation>* 其巡区内有 {metres:.0f} 米道路从该警务点无法到达（单行道或道路不连通）；用时按其余道路计算。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>0 minutes used</source>
      <translation>按 0 分钟计</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>: unit positions are aged by the server's clock (its Date header). Ask for both clocks to be set by NTP.</source>
      <translation>：警力位置的时效按服务器时钟（其 Date 响应头）计算。请让两边的时钟都通过 NTP 校时。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>A folder with your own dutymap_overview.qpt / dutymap_zone.qpt; empty for PatrolMap's templates.</source>
      <translation>存放自定义 dutymap_overview.qpt / dutymap_zone.qpt 的文件夹；留空则使用 PatrolMap 自带模板。</translation>
    </message>
    <message>
      <location filename="../../plugin/plans_layer.py" />
      <source>A plan named “{name}” exists already.</source>
      <translation>名为“{name}”的方案已存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>A poll (units, then incidents) that takes longer than this is abandoned and counts as a failure. Never longer than the poll interval, so polls keep to the interval and never overlap: now {seconds:g} s.</source>
      <translation>一次轮询（先警力、后警情）超过此时长即放弃，计为一次失败。不会长于轮询间隔，因此轮询始终按间隔进行、互不重叠：当前为 {seconds:g} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>A zone code is already in the file: someone may have saved zones there meanwhile. Give your zone another code.</source>
      <translation>文件中已有该巡区编号：可能有人在此期间保存了巡区。请为您的巡区换一个编号。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>A {size} m grid over the boundary's extent would need {count} cells; the limit is {limit}. Use a cell size of at least {min_size} m.</source>
      <translation>在边界范围内划分 {size} 米网格需要 {count} 个网格，超过上限 {limit}。请使用不小于 {min_size} 米的网格尺寸。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Add team</source>
      <translation>添加班组</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>After each edit</source>
      <translation>每次编辑后</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>All shifts</source>
      <translation>全部班次</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>All zones</source>
      <translation>全部巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>An input layer was removed: the run is cancelled.</source>
      <translation>输入图层已被移除：本次运行已取消。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>An update could not be drawn: {error}</source>
      <translation>一次更新未能绘制：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Answer {objective:.4g}, bound {bound:.4g}, gap {gap:.2g} % ({proven}).</source>
      <translation>答案 {objective:.4g}，界 {bound:.4g}，差距 {gap:.2g} %（{proven}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/plans_layer.py" />
      <source>Apply siting answer</source>
      <translation>应用选址结果</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Apply to stations</source>
      <translation>应用到站点图层</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Area width around reached roads (m)</source>
      <translation>可达道路两侧的区域宽度（米）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Areas reached by road within each break (e.g. 1, 3 and 5 minutes) from each origin: the reached road length — partial road pieces included — widened by the area width, so areas hug the roads (no convex hulls) and have holes where no road is reached. Polygons of one origin are nested. A turnout field adds minutes before the unit leaves. Dissolve gives one polygon per break for all origins together.</source>
      <translation>从每个起点出发、沿道路在各时间阈值内（如 1、3、5 分钟）可到达的区域：将可达道路（含路段的可达部分）按区域宽度向两侧扩展，因此区域紧贴道路（不是凸包），道路不可达处留有空洞。同一起点的各级区域相互嵌套。出警准备字段在出发前加上相应分钟数。“融合”为所有起点按每个阈值生成一个区域。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Assign brush</source>
      <translation>分配画笔</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Assign zones to stations</source>
      <translation>为警务点分配巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Assign zones to {station}</source>
      <translation>将巡区分配给 {station}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Assigned</source>
      <translation>已派警</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Assigned zones</source>
      <translation>已分配的巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Authentication</source>
      <translation>认证</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Available</source>
      <translation>空闲</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>BD-09 (Baidu)</source>
      <translation>BD-09（百度）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Backup
%</source>
      <translation>后备
%</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Bandwidth (m along the roads)</source>
      <translation>带宽（沿道路米数）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Base URL: units are read from {base}/units, incidents from {base}/incidents.</source>
      <translation>基础地址：警力从 {base}/units 读取，警情从 {base}/incidents 读取。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Blockade routes</source>
      <translation>封控路线</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Blockade: seal the checkpoints</source>
      <translation>封控：封堵卡口</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Bound: {value:.4g}; gap {gap:.3g} %</source>
      <translation>界：{value:.4g}；差距 {gap:.3g} %</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Boundary</source>
      <translation>边界</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Boundary (jurisdiction)</source>
      <translation>边界（辖区）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Boundary feature {fid} is invalid ({reason}); it was repaired (make_valid) before the grid was cut. Check the grid's edge there.</source>
      <translation>边界要素 {fid} 的几何无效（{reason}），已在划分网格前自动修复（make_valid）。请检查该处的网格边缘。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>Boundary moved; zones reshaped together: {codes}.</source>
      <translation>边界已移动，以下巡区随之一起调整：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/breaks.py" />
      <source>Break {value:g} must be more than 0 and at most 240 minutes.</source>
      <translation>时间阈值 {value:g} 必须大于 0 且不超过 240 分钟。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/breaks.py" />
      <source>Break “{item}” is not a number of minutes.</source>
      <translation>时间阈值“{item}”不是分钟数。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Breaks (min)</source>
      <translation>时间阈值（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Breaks (minutes, comma separated)</source>
      <translation>时间阈值（分钟，逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Building the road network and timing every zone…</source>
      <translation>正在构建道路网络并计算各巡区到场时间…</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Busy</source>
      <translation>出警中</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Call sign</source>
      <translation>呼号</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Call signs</source>
      <translation>呼号</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Cancelled. No result layers were added.</source>
      <translation>已取消，未添加结果图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Cancelled: no partial PDF was left behind.</source>
      <translation>已取消：未留下不完整的 PDF。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Candidate sites</source>
      <translation>候选点位</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Candidate spacing along roads (m, without candidates)</source>
      <translation>沿道路候选点间距（米，未给候选点时）</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Cannot create the folder {folder}: {error}</source>
      <translation>无法创建文件夹 {folder}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>Cannot read the layout template {path}: {error}</source>
      <translation>无法读取版式模板 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Cannot replace {path} ({error}). Is it open in a PDF viewer? Close it and export again.</source>
      <translation>无法替换 {path}（{error}）。是否正在 PDF 阅读器中打开？请关闭后重新导出。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>Cannot write a GeoPackage in {folder}.</source>
      <translation>无法在 {folder} 中写入 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Cannot write the duty map into {folder}: {error}</source>
      <translation>无法将勤务图写入 {folder}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Cannot write the duty map: the folder {folder} does not exist.</source>
      <translation>无法写入勤务图：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Cannot write the duty maps: the folder {folder} does not exist.</source>
      <translation>无法写入勤务图：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Cannot write {path}.</source>
      <translation>无法写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Car</source>
      <translation>警车</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Cell shape</source>
      <translation>网格形状</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Cell size (m): square side, or hexagon width across flats</source>
      <translation>网格尺寸（米）：正方形边长，或六边形对边距离</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Centre zones on target</source>
      <translation>中心区巡区达标数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Check the zones now</source>
      <translation>立即检查巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Checked at {time} in {seconds:.1f} s.</source>
      <translation>{time} 检查完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Checking coverage from {count} available units…</source>
      <translation>正在按 {count} 个空闲警力检查覆盖…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Checkpoint id field (default: feature id)</source>
      <translation>卡口编号字段（默认：要素编号）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Checkpoints</source>
      <translation>卡口</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Checks a patrol-zone layer and writes one feature per problem, where the problem is, with zone_code, error_type and message.

error_type: invalid (no geometry, self-intersection…; checked further as repaired), overlap (the shared area), gap (area inside BOUNDARY no zone covers — without a boundary, holes enclosed by the zones), outside (the part beyond BOUNDARY), sliver (a part smaller than SLIVER_AREA m², or a stretch narrower than SLIVER_WIDTH m covering at least SLIVER_AREA m²), multipart (the detached pieces), duplicate_code, missing_code, unassigned (no station_id), unknown_station (not in STATIONS), station_load (a station with fewer than MIN_ZONES or more than MAX_ZONES zones; mobile platforms — kind mobile_platform in STATIONS — at least MIN_PLATFORM_ZONES).

Overlaps and gaps under 0.01 m² are coordinate noise and ignored. In a geographic CRS the checks run in a local metric CRS. OUTPUT holds areas (for code and station problems: the zones concerned); POINTS, optional, one marker per problem.</source>
      <translation>检查巡区图层，每个问题输出一个要素，位置即问题所在，带 zone_code、error_type 和 message 字段。

error_type：invalid（无几何、自相交等；按修复后的形状继续检查）、overlap（重叠部分）、gap（BOUNDARY 内无巡区覆盖的区域；未给边界时为巡区围成的空洞）、outside（超出 BOUNDARY 的部分）、sliver（面积小于 SLIVER_AREA 平方米的部分，或宽度小于 SLIVER_WIDTH 米且面积不小于 SLIVER_AREA 平方米的狭长部分）、multipart（分离的碎块）、duplicate_code、missing_code、unassigned（无 station_id）、unknown_station（不在 STATIONS 中）、station_load（警务点的巡区数少于 MIN_ZONES 或多于 MAX_ZONES；移动警务平台——STATIONS 中 kind 为 mobile_platform——至少 MIN_PLATFORM_ZONES 个）。

小于 0.01 平方米的重叠和空隙视为坐标误差，不报告。地理坐标系下在当地米制坐标系中检查。OUTPUT 为问题区域（编号和警务点问题为相关巡区）；POINTS 可选，每个问题一个标记点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Checks every patrol zone against its response target on the road network. Target per zone: the target field, else by category (key_site 1 min, centre 3, other 5). For each zone: covered_pct — share of the zone's road length reached within the target from the nearest facility (turnout included); worst_min and mean_min over the road facilities reach; unreached_km — road no facility can reach at all; backup_pct — share also reached in time by a second facility; compliant when at least 99.5 % is covered. GAPS are the areas along roads where the target is missed. Key sites get their own minutes.

Road that cannot be driven to from the main road network (pieces drawn without a shared vertex, such as service roads and parking aisles, and one-way roads entered only from paths) is left out of the shares and reported as detached_km, with a warning naming where it is; facilities and key sites are placed on road that can be reached. The optional DETACHED output draws that road so it can be fixed. Tick “Count cut-off road” to count it as unreached instead.</source>
      <translation>按道路网络检查每个巡区是否达到到场时限。各巡区的时限取自时限字段，否则按类别（重点部位 1 分钟、中心区 3 分钟、一般区域 5 分钟）。每个巡区输出：covered_pct——由最近警务点（含出警准备时间）在时限内可达的道路长度占比；worst_min 与 mean_min——警务点可达道路的最长与平均用时；unreached_km——任何警务点都无法到达的道路；backup_pct——第二个警务点也能按时到达的占比；覆盖不低于 99.5% 即为达标。GAPS 为道路沿线未达时限的区域。重点部位单独给出到达分钟数。

从主路网无法驶达的道路（与路网没有公共节点的路段，如内部道路、停车场通道，以及只能从步行道驶入的单行道）不计入覆盖占比，单独记为 detached_km，并以警告指出所在位置；警务点与重点部位会落到可驶达的道路上。可选输出 DETACHED 绘出这些道路，便于修正数据。勾选“计入断开道路”则改为按无法到达的道路统计。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Choose a boundary (jurisdiction) layer.</source>
      <translation>请选择边界（辖区）图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Choose a demand layer.</source>
      <translation>请选择需求图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Choose a layer for {what}.</source>
      <translation>请为{what}选择图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Choose a road network layer above to find the nearest units.</source>
      <translation>请在上方选择道路网络图层，以查找最近的警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Choose a road network layer.</source>
      <translation>请选择道路网络图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Choose a station first: in the Zone assignment panel, or click a station on the map.</source>
      <translation>请先选择警务点：在“巡区分配”面板中选择，或在地图上点击警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>Choose a valid coordinate reference system.</source>
      <translation>请选择有效的坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Choose an incidents layer.</source>
      <translation>请选择警情图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Choose the facilities layer (stations or units).</source>
      <translation>请选择警务点图层（派出所或警力）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Choose the patrol zones layer (open a command map first).</source>
      <translation>请选择巡区图层（请先打开指挥图）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Choose the patrol zones layer.</source>
      <translation>请选择巡区图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Choose the plans table of the command map first.</source>
      <translation>请先选择指挥图的方案表。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Choose the road network and the patrol zones.</source>
      <translation>请选择道路网络和巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Choose the roads, incidents, stations and patrol zones layers.</source>
      <translation>请选择道路、警情、站点和巡区图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Choose the stations and patrol zones layers.</source>
      <translation>请选择站点和巡区图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Choose the stations layer.</source>
      <translation>请选择警务点图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Choose where to save the duty map.</source>
      <translation>请选择勤务图的保存位置。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>Click at least {count} points, then right-click to finish.</source>
      <translation>请至少点击 {count} 个点，然后右键结束。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>Click the corners of the new zone (it snaps to zone boundaries), right-click to finish; Backspace removes the last point, Esc cancels. Existing zones are cut out of it.</source>
      <translation>依次点击新巡区的各个拐点（自动吸附到巡区边界），右键结束；Backspace 删除上一个点，Esc 取消。与已有巡区重叠的部分会被裁掉。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Click the zones to merge (click again to leave one out), then right-click or press Enter. Only zones sharing a boundary can be merged.</source>
      <translation>点击要合并的巡区（再次点击可取消选择），然后右键或按 Enter。只有共用边界的巡区才能合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Clipped cells merged</source>
      <translation>已合并的裁切网格</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Closed</source>
      <translation>已结束</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Command map</source>
      <translation>指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>Command map {name} is open already: it is now on top.</source>
      <translation>指挥图 {name} 已经打开：已将其移到最上层。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>Command map: {name}</source>
      <translation>指挥图：{name}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Compare plans</source>
      <translation>方案对比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Comparing…</source>
      <translation>正在对比…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" />
      <source>Compliant</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Compliant zones</source>
      <translation>达标巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Compliant: at least 99.5 % of the road covered</source>
      <translation>达标：至少 99.5% 的道路按时可达</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Connecting to {url}…</source>
      <translation>正在连接 {url}…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>Coordinate reference system</source>
      <translation>坐标参考系</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" />
      <source>Coordinate reference system (metric)</source>
      <translation>坐标参考系（米制）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Coordinates</source>
      <translation>坐标系</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Coordinates of the feed</source>
      <translation>数据源坐标系</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Could not finish writing {path}.</source>
      <translation>无法完成写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Could not start a new page in {path}.</source>
      <translation>无法在 {path} 中新建页面。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Could not write to the output “{name}”.</source>
      <translation>无法写入输出“{name}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/results.py" />
      <source>Could not write {table} into {path}: {error}</source>
      <translation>无法将 {table} 写入 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Count cut-off road (road that cannot be driven to from the main network)</source>
      <translation>计入断开道路（从主路网无法驶达的道路）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Coverage</source>
      <translation>到场覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Coverage bands</source>
      <translation>到达时间圈</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Coverage bands (e.g. 1/3/5-minute isochrones)</source>
      <translation>到达时间圈（如 1/3/5 分钟等时圈）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Coverage gaps</source>
      <translation>覆盖盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Coverage gaps now</source>
      <translation>当前覆盖盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Coverage now</source>
      <translation>当前覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Coverage results</source>
      <translation>覆盖分析结果</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Covered
%</source>
      <translation>覆盖
%</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" />
      <source>Create command map</source>
      <translation>新建指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Create patrol grid</source>
      <translation>生成巡区网格</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>Creates a GeoPackage with the command-map layers (jurisdiction, patrol zones, stations, key sites, roads, units, incidents) and opens them styled.</source>
      <translation>新建一个包含指挥图各图层（辖区、巡区、警务点、重点部位、道路、警力、警情）的 GeoPackage，并按样式打开。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" />
      <source>Creates an empty command-map GeoPackage: jurisdiction, patrol zones, stations, key sites, roads, and the live units and incidents layers, with field constraints and allowed values stored in the file. An existing file is never overwritten.</source>
      <translation>新建空白指挥图 GeoPackage：辖区、巡区、警务点、重点部位、道路，以及实时警力和警情图层；字段约束和取值范围保存在文件中。不会覆盖已有文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Custom cycle…</source>
      <translation>自定义轮班…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Cut off
km</source>
      <translation>断开
公里</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Cut-off road</source>
      <translation>断开道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Cut-off road (km)</source>
      <translation>断开道路（公里）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
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
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Cycle</source>
      <translation>轮班周期</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Cycle starts on</source>
      <translation>周期起始日</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Day</source>
      <translation>白班</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Days between one team and the next in the cycle; “even” spreads the teams evenly over it.</source>
      <translation>相邻两个班组在周期中相差的天数；“均分”表示将各班组均匀分布在周期内。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Default speed</source>
      <translation>默认车速</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Default speed (km/h)</source>
      <translation>默认车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Delay before the alarm (minutes)</source>
      <translation>报警前延误（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand</source>
      <translation>需求</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand (points or zones)</source>
      <translation>需求（点或巡区）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Demand covered twice: {value:.4g} ({proven})</source>
      <translation>双重覆盖的需求：{value:.4g}（{proven}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Demand features {ids} cannot be reached from any site on the roads.</source>
      <translation>需求要素 {ids} 从道路上任何点位都无法到达。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand features {ids} have no geometry and were left out.</source>
      <translation>需求要素 {ids} 没有几何，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand features {ids} have no readable time; periods need a time on every item.</source>
      <translation>需求要素 {ids} 没有可读的时间；分时段需要每条需求都有时间。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand features {ids} have no usable weight in “{field}” and were left out.</source>
      <translation>需求要素 {ids} 的“{field}”没有可用的权重，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand features {ids}: no site can reach them within their target; they count as not covered.</source>
      <translation>需求要素 {ids}：没有点位能在目标时间内到达，计为未覆盖。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand features {ids}: unreadable target, {minutes:g} min used.</source>
      <translation>需求要素 {ids}：目标无法读取，按 {minutes:g} 分钟计。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand points {ids} are not within the snap tolerance of a road that can be driven to; they were left out.</source>
      <translation>需求点 {ids} 不在可驶入道路的吸附容差内，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand time field (for periods)</source>
      <translation>需求时间字段（用于分时段）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand weight field (default: 1 per point, road km per zone)</source>
      <translation>需求权重字段（默认：每点 1，巡区按道路公里数）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Demand zones {ids} have no road that can be driven to; they count for nothing.</source>
      <translation>需求巡区 {ids} 没有可驶入的道路，不计入。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Deployment</source>
      <translation>勤务部署</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Destination id field (default: feature id)</source>
      <translation>终点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Destinations</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Disconnect</source>
      <translation>断开</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Disconnected.</source>
      <translation>已断开。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Disconnected. Nothing on the map is live: the last positions received ({time}) are hidden and marked “not live”; the command map's own units and incidents are shown again.</source>
      <translation>已断开。地图上已没有实时数据：最后收到的位置（{time}）已隐藏并标为“非实时”；重新显示指挥图自身的警力和警情。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Dispatch feed</source>
      <translation>调度数据源</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Dissolve: one area per break for all origins</source>
      <translation>融合：所有起点每个时间阈值合成一个区域</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Done in {seconds:.1f} s.</source>
      <translation>完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Done: {pages} pages.</source>
      <translation>完成：共 {pages} 页。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/unit_list.py" />
      <source>Double-click a unit to zoom to it.</source>
      <translation>双击警力可缩放到其位置。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>Drag a boundary corner, or any point of a boundary to bend it there; the neighbouring zones move with it. Esc cancels a drag.</source>
      <translation>拖动边界拐点，或拖动边界上任意一点使边界在该处弯折；相邻巡区随之一起移动。Esc 取消拖动。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Drag across zones to give them to the station chosen in the Zone assignment panel (click a station on the map to choose it, Ctrl+click a zone to take its station). Right-click or Esc during a stroke takes it back.</source>
      <translation>在巡区上拖过，即可把它们分配给“巡区分配”面板中选定的警务点（在地图上点击警务点可选中它，Ctrl+点击巡区可取用该巡区的警务点）。拖动过程中右键或按 Esc 可撤回本次涂抹。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>Draw a line across the zone, from one side to the other (it snaps to boundaries), and right-click. The old code keeps the larger part; the other part gets the next free code. With zones selected, only those are split.</source>
      <translation>从巡区一侧到另一侧画一条穿过巡区的线（自动吸附到边界），然后右键。原编号保留较大的部分，另一部分取下一个可用编号。若已选中巡区，则只拆分选中的巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Draw each unit's last positions as a line (0: no trails).</source>
      <translation>将每个警力最近的若干位置连成轨迹线（0：不显示轨迹）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>Draw zone</source>
      <translation>绘制巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>Draw zone {code}</source>
      <translation>绘制巡区 {code}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Drawing isochrones…</source>
      <translation>正在绘制等时圈…</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Drawing page {page} of {path} failed: {error}</source>
      <translation>绘制 {path} 第 {page} 页失败：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Duplicate code</source>
      <translation>编号重复</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Duty</source>
      <translation>勤务</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Duty date</source>
      <translation>勤务日期</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Duty map</source>
      <translation>勤务图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Duty map (PDF)</source>
      <translation>勤务图（PDF）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Duty map PDF (or folder, per station)</source>
      <translation>勤务图 PDF（按站点分册时为文件夹）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Duty map: {pages} pages</source>
      <translation>勤务图：{pages} 页</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" />
      <source>Duty map…</source>
      <translation>勤务图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Duty roster</source>
      <translation>值班表</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Duty roster table</source>
      <translation>值班表</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>Editing of “{layer}” started. Changes stay in the edit buffer until you save them (Save zone edits); Ctrl+Z undoes each step.</source>
      <translation>已开始编辑“{layer}”。修改保存在编辑缓冲区中，直到您保存（保存巡区编辑）；Ctrl+Z 逐步撤销。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Emergency driving: one-way streets may be driven both ways.</source>
      <translation>紧急出警：单行道可双向通行。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Emergency speed factor</source>
      <translation>紧急出警车速系数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Escape speed (km/h)</source>
      <translation>逃逸速度（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Every station within its zone range and its response targets; every zone assigned.</source>
      <translation>所有警务点的巡区数量和到场时限均符合要求；所有巡区均已分配。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Every station within its zone range; every zone assigned.</source>
      <translation>所有警务点的巡区数量均在范围内；所有巡区均已分配。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Existing posts</source>
      <translation>现有岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Existing posts (stay)</source>
      <translation>现有岗点（保留）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Facilities</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Facilities (stations, kiosks, platforms)</source>
      <translation>警务点（派出所、警务亭、移动警务平台）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Facilities (stations, platforms or units)</source>
      <translation>警务点（派出所、平台或警力）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Facility id</source>
      <translation>警务点编号</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Facility id field (default: feature id)</source>
      <translation>警务点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/key_site_misses.py" />
      <source>Fastest response from any facility, in minutes (— : none reaches it)</source>
      <translation>任一警务点最快到达用时（分钟；—：无法到达）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/inputs.py" />
      <source>Features of the {what} layer cannot be transformed to {crs} and were left out: {ids}.</source>
      <translation>{what}图层中以下要素无法转换到 {crs}，已略去：{ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/inputs.py" />
      <source>Features of the {what} layer with invalid geometry were left out: {list}.</source>
      <translation>{what}图层中以下几何无效的要素已略去：{list}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/inputs.py" />
      <source>Features of the {what} layer with invalid geometry were used as repaired (make_valid): {list}.</source>
      <translation>{what}图层中以下几何无效的要素已按修复后（make_valid）的几何参与计算：{list}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Feed format</source>
      <translation>数据格式</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Feed kind</source>
      <translation>数据源类型</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Fetch units from a dispatch feed</source>
      <translation>从调度数据源获取警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Fewest</source>
      <translation>最少</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Fewest for a mobile platform</source>
      <translation>移动警务平台最少</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Fewest posts to cover all (lscp)</source>
      <translation>用最少岗点覆盖全部（lscp）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/unit_list.py" />
      <source>Filter: call sign, id, status or kind</source>
      <translation>筛选：呼号、编号、状态或类型</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Finding the nearest of {count} available units by road…</source>
      <translation>正在按道路从 {count} 个空闲警力中查找最近的…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Folder with your own layout templates</source>
      <translation>自定义版式模板所在文件夹</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Foot patrol</source>
      <translation>步巡</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>For each incident, the units that reach it soonest by road (travel from the unit to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only units whose status is “available” count unless “Only available units” is off. Each row is drawn as the route: a line along the roads from the unit to the incident, in the road network's coordinate system.</source>
      <translation>对每起警情，按道路找出最快到达的警力（从警力行驶到警情），按 1、2、3… 排名。警力图层有“status”字段时，除非关闭“仅空闲警力”，只计入状态为“available”（空闲）的警力。每一行都绘制为路线：沿道路从警力到警情的线，采用道路网络的坐标系。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Forbidden areas</source>
      <translation>禁设区域</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Found from the roster already in the command map.</source>
      <translation>根据指挥图中已有的值班表推算。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Further units</source>
      <translation>其他警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>GCJ-02 (Amap, Tencent)</source>
      <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>GCJ-02 (Chinese map services)</source>
      <translation>GCJ-02（国内地图服务）</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>GDAL could not add layer “{layer}” to {path}: {error}</source>
      <translation>GDAL 无法向 {path} 添加图层“{layer}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>GDAL could not create field “{field}” in layer “{layer}”: {error}</source>
      <translation>GDAL 无法在图层“{layer}”中创建字段“{field}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>GDAL could not create layer “{layer}”: {error}</source>
      <translation>GDAL 无法创建图层“{layer}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>GDAL could not write the allowed values of field “{field}”: {error}</source>
      <translation>GDAL 无法写入字段“{field}”的取值范围：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>GDAL could not write the command map: {error}</source>
      <translation>GDAL 无法写入指挥图：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>GDAL does not understand the coordinate reference system {crs}.</source>
      <translation>GDAL 无法识别坐标参考系 {crs}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Gap</source>
      <translation>空隙</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Gap of {area} enclosed by {zones}.</source>
      <translation>{zones} 围成的空隙，面积 {area}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Gap of {area} inside the boundary that no zone touches.</source>
      <translation>边界内面积 {area} 的空隙，没有巡区与之相邻。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Gap of {area} inside the boundary, next to {zones}.</source>
      <translation>边界内面积 {area} 的空隙，相邻巡区：{zones}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Gaps and overlaps</source>
      <translation>空隙和重叠</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Generate</source>
      <translation>生成</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Generate duty roster</source>
      <translation>生成值班表</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" />
      <source>Generate roster…</source>
      <translation>生成值班表…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>GeoPackage</source>
      <translation>GeoPackage 文件</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage（*.gpkg）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/breaks.py" />
      <source>Give at least one break in minutes, e.g. 1,3,5.</source>
      <translation>请至少给出一个时间阈值（分钟），例如 1,3,5。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Give the duty date (e.g. 2024-05-20).</source>
      <translation>请填写勤务日期（如 2024-05-20）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Give up after</source>
      <translation>超时放弃</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Given to {station}: {codes}.</source>
      <translation>已分配给 {station}：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Gives every patrol zone a station (station_id) by travel time on the road network. travel_min is the station's mean travel time (turnout included) to the road inside the zone, weighted by road length: the expected response time to an incident on the zone's streets; worst_min is its slowest point. Road no station can reach at all is left out. Each zone first goes to the station with the lowest travel_min (fastest_id, fastest_min); a station always keeps the zone it stands in. Then zones move between neighbouring stations until every station has between the minimum and maximum number of zones (mobile platforms — stations of kind mobile_platform — their own minimum), adding as little travel time as possible and keeping each station's zones in one piece (zones sharing a stretch of boundary). When the zone count cannot meet every bound, the bounds are relaxed evenly and the report says so. REPORT lists each station and every rule not met; UNMET holds just those, one per line.</source>
      <translation>按道路网络上的行驶时间为每个巡区分配警务点（station_id）。travel_min 为该警务点到巡区内道路的平均用时（含出警准备时间，按道路长度加权），即巡区街道上任一警情的预期到场时间；worst_min 为其中最慢的一点。任何警务点都无法到达的道路不计入。每个巡区先分给 travel_min 最小的警务点（fastest_id、fastest_min）；警务点所在的巡区始终归它自己。随后巡区在相邻警务点之间调整，直到每个警务点的巡区数都在最小值与最大值之间（移动警务平台，即 kind 为 mobile_platform 的警务点，使用各自的最小值），同时尽量少增加行驶时间，并保持每个警务点的巡区连成一片（以共享一段边界为相邻）。若巡区总数无法满足全部上下限，则均衡地放宽上下限，并在报告中说明。REPORT 列出各警务点情况及所有未满足的规则；UNMET 只列未满足的规则，每行一条。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Greedy start: {value:.4g}</source>
      <translation>贪心初始解：{value:.4g}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>HTTP 401 {reason}: the feed needs credentials; choose a valid auth config</source>
      <translation>HTTP 401 {reason}：数据源需要凭据，请选择有效的认证配置</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>HTTP 403 {reason}: the feed refuses these credentials; check the auth config</source>
      <translation>HTTP 403 {reason}：数据源拒绝了这些凭据，请检查认证配置</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>HTTP {status} {reason} from {url}</source>
      <translation>HTTP {status} {reason}（{url}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>HTTP {status} {reason}, retry after {seconds} s</source>
      <translation>HTTP {status} {reason}，{seconds} 秒后重试</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Handling marking</source>
      <translation>密级标注</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Handling marking in the footer</source>
      <translation>页脚密级标注</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Heading (°)</source>
      <translation>航向（度）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Hexagon</source>
      <translation>六边形</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>HiGHS found nothing better than the greedy start before the time limit.</source>
      <translation>在时间上限内 HiGHS 未找到优于贪心初始解的答案。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Hot spots</source>
      <translation>警情热点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Hot spots: top share of pieces (%)</source>
      <translation>热点：密度最高的路段比例（%）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Hot spots…</source>
      <translation>正在计算热点…</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Hours (e.g. 20-8; empty: all)</source>
      <translation>时段（如 20-8；留空：全天）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Hours or weekdays: {error}</source>
      <translation>时段或星期：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Ignore one-way streets</source>
      <translation>忽略单行道</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Ignore one-way streets (emergency driving)</source>
      <translation>忽略单行道（紧急出警）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>In the last update</source>
      <translation>在最近一次更新中</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Incident</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>Incident date field (default: reported_at)</source>
      <translation>警情日期字段（默认：reported_at）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Incident hot spots on the streets</source>
      <translation>街道上的警情热点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>Incident id field (default: incident_id, else feature id)</source>
      <translation>警情编号字段（默认：incident_id，否则要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>Incident period</source>
      <translation>警情统计时段</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Incidents</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>Incidents in the period, in zones</source>
      <translation>时段内落在巡区中的警情数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Incidents {ids} are farther than the snap tolerance from any road and were left out.</source>
      <translation>警情 {ids} 离道路超过吸附容差，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Incidents {ids} have no readable time in “{field}” and were left out.</source>
      <translation>警情 {ids} 的“{field}”没有可读的时间，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Incidents {ids} have no usable weight in “{field}” and were left out.</source>
      <translation>警情 {ids} 的“{field}”没有可用的权重，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Incidents:</source>
      <translation>警情：</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Invalid geometry</source>
      <translation>几何无效</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/inputs.py" />
      <source>Invalid geometry in the {what} layer: {list}. Fix it (“Validate patrol zones” shows where), or change the Processing setting “Invalid features filtering” to skip or repair such features.</source>
      <translation>{what}图层中有无效几何：{list}。请修复（“校验巡区”可显示位置），或在处理工具设置“无效要素过滤”中改为跳过或不检查此类要素。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Isochrones</source>
      <translation>等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Isochrones (response areas)</source>
      <translation>等时圈（到场范围）</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>Item “{item}” of {path} reaches {beyond:.0f} mm past the edge of page {page} ({width:.0f} × {height:.0f} mm): the layout is too large for the page. Move or shrink it in the layout designer.</source>
      <translation>{path} 中的项目“{item}”超出第 {page} 页（{width:.0f} × {height:.0f} 毫米）边缘 {beyond:.0f} 毫米：版式超出页面。请在版式设计器中移动或缩小该项目。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Jurisdiction</source>
      <translation>辖区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Jurisdiction outline</source>
      <translation>辖区边界</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Keep as plan</source>
      <translation>保存为方案</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Keep coverage current from the available units</source>
      <translation>按空闲警力实时更新覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Kernel density of incidents along the roads (distance on the roads, not straight-line; at a junction the kernel's mass is split equally over the roads going on, so every incident adds exactly its weight). The roads are cut into pieces of about LIXEL_M metres; density is weighted incidents per km of road per day of the period (the period given, or from the first to the last incident). HOURS (e.g. 20-8 for nights) and WEEKDAYS (1 = Monday … 7 = Sunday, e.g. 1-5) keep only incidents at those times. rank 1 is the densest piece; hotspot marks the top TOP_PCT % of pieces. Only pieces with some density are written.</source>
      <translation>沿道路计算警情核密度（按道路距离，不是直线距离；在路口，核的质量平均分到继续延伸的各条道路，因此每起警情正好贡献其权重）。道路切成约 LIXEL_M 米的小段；密度为每公里道路每天的加权警情数（按给定时期，或从第一起到最后一起警情）。HOURS（如夜间 20-8）和 WEEKDAYS（1 = 星期一 … 7 = 星期日，如 1-5）只保留这些时间的警情。rank 为 1 的小段密度最高；hotspot 标出密度最高的 TOP_PCT % 小段。只输出有密度的小段。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/key_site_misses.py" />
      <source>Key site</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Key site response</source>
      <translation>重点部位到场时间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Key sites</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Key sites met</source>
      <translation>重点部位达标数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/key_site_misses.py" />
      <source>Key sites missing their response target: click one to select it and zoom to it.</source>
      <translation>未达到场时限的重点部位：点击一行可选中并缩放到该部位。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Key sites missing their target: {names}</source>
      <translation>未达时限的重点部位：{names}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Key-site zones on target</source>
      <translation>重点部位巡区达标数</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Largest answer accepted (MB)</source>
      <translation>可接受的最大响应（MB）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Last fix</source>
      <translation>最后定位</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Last seen</source>
      <translation>最后上报</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Last update: {age}</source>
      <translation>最近更新：{age}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>Layer “{layer}” cannot be edited (it is read-only or its data source does not allow changes). Nothing was changed.</source>
      <translation>图层“{layer}”不可编辑（只读，或其数据源不允许修改）。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Layer “{layer}” has no station_id field to assign.</source>
      <translation>图层“{layer}”没有可供分配的 station_id 字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Layers and template</source>
      <translation>图层与模板</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" />
      <source>Layers created</source>
      <translation>已创建图层</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Leader</source>
      <translation>带班民警</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Least mean time (pmedian)</source>
      <translation>平均时间最短（pmedian）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Least worst time (pcenter)</source>
      <translation>最长时间最短（pcenter）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_layers.py" />
      <source>Live</source>
      <translation>实时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_layers.py" />
      <source>Live (not live: last known at {time})</source>
      <translation>实时（非实时：最后位置 {time}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>Live feed answers again after {count} failed polls.</source>
      <translation>实时数据在 {count} 次请求失败后恢复响应。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>Live feed stopped: {error}</source>
      <translation>实时数据已停止：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>Live feed: {error}</source>
      <translation>实时数据：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>Location encoding {value} is not GeoJSON</source>
      <translation>位置编码 {value} 不是 GeoJSON</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>MIN_CELL_PCT must be between 0 and 100.</source>
      <translation>MIN_CELL_PCT 必须在 0 到 100 之间。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Make a patrol zones layer the active layer and choose the Assign brush.</source>
      <translation>请将巡区图层设为当前图层，并选择“分配画笔”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Maximum time (minutes; slower pairs are left NULL; empty: no limit)</source>
      <translation>最长时间（分钟；超过的起终点对留空；不填则不限）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Maximum zones per station</source>
      <translation>每个警务点最多巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Mean minutes</source>
      <translation>平均分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Members</source>
      <translation>队员</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Merge cancelled; nothing changed.</source>
      <translation>已取消合并，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Merge clipped cells smaller than (% of a full cell)</source>
      <translation>合并小于此比例的裁切网格（占完整网格的 %）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Merge zones</source>
      <translation>合并巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Merge zones into {code}</source>
      <translation>合并巡区为 {code}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Merge {count} zones into one. Keep which code? The merged zone takes that zone's station, category and other attributes; the other codes are retired.</source>
      <translation>将 {count} 个巡区合并为一个。保留哪个编号？合并后的巡区沿用该巡区的警务点、类别及其他属性；其余编号停用。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Minimum zones per mobile platform</source>
      <translation>每个移动警务平台最少巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Minimum zones per station</source>
      <translation>每个警务点最少巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL. A maximum time leaves slower pairs NULL too, and makes big matrices much faster: the search from each origin stops there.</source>
      <translation>按道路网络计算每个起点到每个终点的行驶分钟数。点位吸附到最近道路上的最近点（可位于路段中间）；超出吸附容差的点按编号报告，不计算时间。无法到达的起终点对分钟数为空。设置最长时间后，超过该时间的起终点对也留空，且大矩阵的计算快得多：每个起点的搜索到该时间即停止。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Missing code</source>
      <translation>缺少编号</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Mobile platform {station} has {count} zones; at least {min} wanted.</source>
      <translation>移动警务平台 {station} 有 {count} 个巡区，应至少 {min} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Mobile platform {station} has {count} zones; at most {max} wanted.</source>
      <translation>移动警务平台 {station} 有 {count} 个巡区，应至多 {max} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Most</source>
      <translation>最多</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Most demand covered twice</source>
      <translation>尽量多的需求双重覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Most demand within target (mclp)</source>
      <translation>目标时间内覆盖需求最多（mclp）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Motorcycle</source>
      <translation>摩托车</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>Move boundary</source>
      <translation>移动边界</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>Move boundary of {codes}</source>
      <translation>移动 {codes} 的边界</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Multipart</source>
      <translation>多块</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Nearest available units</source>
      <translation>最近的空闲警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>Nearest units</source>
      <translation>最近警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>New command map</source>
      <translation>新建指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" />
      <source>New command map…</source>
      <translation>新建指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>New posts</source>
      <translation>新增岗点数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>New posts added to plan B (a siteposts answer)</source>
      <translation>加入方案 B 的新岗点（选址结果）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>New posts need the site_id and kind fields of a siteposts answer.</source>
      <translation>新岗点需要选址结果的 site_id 和 kind 字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Night</source>
      <translation>夜班</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>No Chinese font is installed, so Chinese text would print as empty boxes. Install Noto Sans CJK SC (Debian/Ubuntu: fonts-noto-cjk; Windows and macOS: Noto Sans SC from Google Fonts) and export again.</source>
      <translation>未安装中文字体，中文将打印为空白方框。请安装 Noto Sans CJK SC（Debian/Ubuntu：fonts-noto-cjk；Windows 和 macOS：从 Google Fonts 下载 Noto Sans SC）后重新导出。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>No answer meets all the rules (post count, zones per post, moves); relax one of them.</source>
      <translation>没有答案能满足全部规则（岗点数、每岗巡区数、调动数）；请放宽其中一项。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>No available unit can reach {incident} by road.</source>
      <translation>没有空闲警力能沿道路到达 {incident}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>No checkpoint lies within the snap tolerance of a road.</source>
      <translation>没有卡口在道路的吸附容差内。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>No demand point lies within the snap tolerance of a road.</source>
      <translation>没有需求点在道路的吸附容差内。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>No duty roster was given: the roster tables are printed empty.</source>
      <translation>未提供值班表：值班表格将打印为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>No facility lies within the snap tolerance of a road.</source>
      <translation>没有警务点位于道路吸附容差范围内。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>No incident falls in the period, hours and weekdays asked for.</source>
      <translation>没有警情落在所要求的时期、时段和星期内。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>No incident has a readable time in “{field}” (features {ids}).</source>
      <translation>没有警情在“{field}”中有可读的时间（要素 {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>No preview: {error}</source>
      <translation>无法预览：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>No problems in {zones} zones.</source>
      <translation>{zones} 个巡区，未发现问题。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>No site reaches demand features {ids} within their target; lscp cannot cover them.</source>
      <translation>没有点位能在目标时间内到达需求要素 {ids}；lscp 无法覆盖它们。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>No station</source>
      <translation>未分配警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>No unit can reach incidents {ids} by road.</source>
      <translation>没有警力能沿道路到达警情 {ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>No unit has status “available”.</source>
      <translation>没有状态为“空闲”的警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>No unit is available now.</source>
      <translation>当前没有空闲警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>No unit is available now: nothing covers any zone.</source>
      <translation>当前没有空闲警力：所有巡区均无覆盖。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>No unit lies within the snap tolerance of a road.</source>
      <translation>没有警力在道路的吸附容差内。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>No update yet.</source>
      <translation>尚未收到更新。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>No zone belongs to station {station}.</source>
      <translation>没有巡区属于站点 {station}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>No “roads” layer: road km and travel times are not shown.</source>
      <translation>没有“roads”图层：不显示道路公里数和到场用时。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>None of the chosen zones is in the zones layer.</source>
      <translation>所选巡区均不在巡区图层中。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" />
      <source>Not compliant</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Not connected.</source>
      <translation>未连接。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Not in the last update</source>
      <translation>最近一次更新中缺失</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Not live: the feed is disconnected. Connect to find the nearest available units.</source>
      <translation>非实时：数据源已断开。请连接后再查找最近的可用警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Not live: the feed is disconnected; coverage is not kept current.</source>
      <translation>非实时：数据源已断开；覆盖情况不再随时更新。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>Not moved: a zone would fold over itself there.</source>
      <translation>未移动：移到该处会使巡区自相交叠。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>Not moved: the boundary would cross into another zone. Move the point less far, or move the other zone's boundary first.</source>
      <translation>未移动：边界会越入另一个巡区。请少移一些，或先移动那个巡区的边界。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Not on the road network (no time): {ids}.</source>
      <translation>不在道路网络上（无用时）：{ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Not reporting</source>
      <translation>未上报</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>Nothing is left of the area you drew once the existing zones are cut out of it: draw over ground no zone covers yet.</source>
      <translation>裁掉已有巡区后，所画区域已无剩余：请在尚无巡区覆盖的地方绘制。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>Nothing to run.</source>
      <translation>没有要运行的内容。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>Noto Sans CJK SC is not installed; printing Chinese in {family} instead.</source>
      <translation>未安装 Noto Sans CJK SC，改用 {family} 打印中文。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Now</source>
      <translation>现状</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>OGC SensorThings API v1.1</source>
      <translation>OGC SensorThings API v1.1</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Objective ({units}): {value:.4g}</source>
      <translation>目标值（{units}）：{value:.4g}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Off.</source>
      <translation>已关闭。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>One PDF booklet per station (OUTPUT is then a folder)</source>
      <translation>每个站点一册 PDF（此时输出为文件夹）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>One booklet per station (into a folder)</source>
      <translation>每个站点一册（存入文件夹）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>One page per zone after the overview</source>
      <translation>总图之后每个巡区一页</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>One station</source>
      <translation>单个站点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>One-way</source>
      <translation>单行道</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>One-way field (yes / 1 / -1 / no)</source>
      <translation>单行道字段（yes / 1 / -1 / no）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>Only available units</source>
      <translation>仅空闲警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Only this station's zones (station id)</source>
      <translation>仅打印该站点的巡区（站点编号）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Open</source>
      <translation>待处置</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Open a command map first (PatrolMap ▸ Open command map…).</source>
      <translation>请先打开指挥图（PatrolMap ▸ 打开指挥图…）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Open a command map first.</source>
      <translation>请先打开指挥图。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>Open a command map first: the zone tools work on its patrol zones (or on a zones layer of your own, made the active layer, when no command map is open).</source>
      <translation>请先打开指挥图：巡区工具作用于其巡区图层（未打开指挥图时，也可将自己的巡区图层设为当前图层）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Open attribute table</source>
      <translation>打开属性表</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>Open command map</source>
      <translation>打开指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" />
      <source>Open command map…</source>
      <translation>打开指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>Opened command map {name}.</source>
      <translation>已打开指挥图 {name}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Optional: gaps are then any area of it no zone covers.</source>
      <translation>可选：给定后，边界内任何未被巡区覆盖的区域都算空隙。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Optional: points with their own response target.</source>
      <translation>可选：带有各自到场时限的点。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Optional: zone counts per station, mobile platforms by their kind.</source>
      <translation>可选：检查每个警务点的巡区数，按类型识别移动警务平台。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Origin id field (default: feature id)</source>
      <translation>起点编号字段（默认：要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Origins</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Origins (stations, units)</source>
      <translation>起点（警务点、警力）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Other zones on target</source>
      <translation>其他巡区达标数</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Outside</source>
      <translation>超出边界</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Overlap</source>
      <translation>重叠</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>PDF files written</source>
      <translation>已写入的 PDF 文件</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>Page {page} of {path} is {width:.0f} × {height:.0f} mm: a PDF page can be at most {limit:.0f} mm on a side.</source>
      <translation>{path} 第 {page} 页为 {width:.0f} × {height:.0f} 毫米：PDF 页面每边最长 {limit:.0f} 毫米。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Painting with station {station}.</source>
      <translation>当前涂抹警务点：{station}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Patrol zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Patrol zones (current)</source>
      <translation>巡区（当前）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>PatrolMap</source>
      <translation>巡防指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>PatrolMap GeoJSON feed</source>
      <translation>巡防指挥图 GeoJSON 数据源</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>PatrolMap live feed</source>
      <translation>PatrolMap 实时数据</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/provider.py" />
      <source>PatrolMap — police grid-patrol command maps</source>
      <translation>巡防指挥图——网格化巡防指挥地图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Period end</source>
      <translation>时期结束</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>Period end (default: now)</source>
      <translation>时段结束（默认：当前时间）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Period start</source>
      <translation>时期开始</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>Period start (default: 30 days before the end)</source>
      <translation>时段开始（默认：结束前 30 天）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Periods (e.g. day=08:00-20:00;night=20:00-08:00)</source>
      <translation>时段（如 day=08:00-20:00;night=20:00-08:00）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Periods need demand points with times (incidents), not zones.</source>
      <translation>分时段需要带时间的需求点（警情），不能用巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Periods need the demand time field (when each incident happened).</source>
      <translation>分时段需要需求时间字段（每起警情发生的时间）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Periods need the mclp or pmedian problem (the same number of posts in every period).</source>
      <translation>分时段只适用于 mclp 或 pmedian（每个时段岗点数相同）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Periods: {error}</source>
      <translation>时段：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>Pick at least two neighbouring zones to merge (click them), then right-click.</source>
      <translation>请至少点选两个相邻巡区再右键合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>Pieces beyond existing zones left out (a zone is one piece): {count}.</source>
      <translation>已有巡区另一侧未纳入的部分（一个巡区只能是一整块）：{count} 块。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Plan A</source>
      <translation>方案 A</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Plan B</source>
      <translation>方案 B</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Plan comparison</source>
      <translation>方案对比表</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Plan name</source>
      <translation>方案名称</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Plan “{name}” cannot be read: {error}</source>
      <translation>方案“{name}”无法读取：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/plans_layer.py" />
      <source>Plan “{name}” saved: {stations} stations, {zones} zones.</source>
      <translation>方案“{name}”已保存：{stations} 个站点，{zones} 个巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Plan “{name}”: choose the plans table.</source>
      <translation>方案“{name}”：请选择方案表。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Plan “{plan}”: station {id} has no readable geometry.</source>
      <translation>方案“{plan}”：站点 {id} 没有可读的几何。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Plans table</source>
      <translation>方案表</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Platform</source>
      <translation>移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Poll every</source>
      <translation>轮询间隔</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Posts</source>
      <translation>岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Posts added</source>
      <translation>新增岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Posts moved</source>
      <translation>调动岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Posts moved between periods: {moves}</source>
      <translation>时段之间调动的岗点：{moves}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Posts removed</source>
      <translation>撤除岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Posts that may move between periods</source>
      <translation>相邻时段之间最多调动的岗点数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Preview of the first page</source>
      <translation>第一页预览</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Print</source>
      <translation>打印范围</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Printed in the footer of every page; empty for none.</source>
      <translation>打印在每页页脚；留空则不打印。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Prints the duty map officers take on shift, as a PDF: an overview of the jurisdiction (zones coloured by station and labelled with their codes, stations, key sites, optional coverage bands, legend, scale bar, north arrow, who is on duty) and, with ATLAS, one page per zone (the zone with its neighbours greyed, its facts, the roster rows of its zone or station for the shift, its key sites). Page count: 1 + zones.

SHIFT: day (白班), night (夜班), your own shift name, or empty for every shift of the date. PER_STATION writes one booklet per station (overview of its zones + their pages) into the folder OUTPUT (a name ending in .pdf is used without the extension). TEMPLATE_DIR: a folder with your own dutymap_overview.qpt and/or dutymap_zone.qpt, edited in QGIS's layout designer; PatrolMap fills the items by id (see resources/layouts/README.md).

Text is written in Noto Sans CJK SC and embedded in the PDF; without any Chinese font the export warns. The PDF is written under a temporary name and renamed when complete.</source>
      <translation>将民警上岗携带的勤务图打印为 PDF：辖区总图（巡区按责任站点着色并标注编号，站点、重点部位、可选的到达时间圈、图例、比例尺、指北针及当班力量），开启 ATLAS 时每个巡区再各占一页（本巡区突出显示、相邻巡区置灰，巡区信息，本巡区或其站点当班的值班安排，区内重点部位）。页数：1 + 巡区数。

SHIFT：day（白班）、night（夜班）、自定义班次名称，留空则打印当日全部班次。PER_STATION 为每个站点输出一册（其巡区总图及各巡区页），存入文件夹 OUTPUT（以 .pdf 结尾的名称去掉扩展名作为文件夹）。TEMPLATE_DIR：存放在 QGIS 版式设计器中修改过的 dutymap_overview.qpt 和/或 dutymap_zone.qpt 的文件夹；PatrolMap 按项目 ID 填充内容（见 resources/layouts/README.md）。

文字使用 Noto Sans CJK SC 并嵌入 PDF；如无任何中文字体，导出时会给出警告。PDF 先以临时文件名写入，完成后再改名。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Priority</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Problems ({count})</source>
      <translation>问题（{count}）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Proposed posts</source>
      <translation>建议岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Proven optimal: no — stopped at the time limit</source>
      <translation>已证明最优：否——在时间上限处停止</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Proven optimal: yes</source>
      <translation>已证明最优：是</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>QGIS could not delete the merged zones {codes}.</source>
      <translation>QGIS 无法删除被合并的巡区 {codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>QGIS could not load the layout template {path}.</source>
      <translation>QGIS 无法加载版式模板 {path}。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>QGIS could not open layer “{layer}” of {path}.</source>
      <translation>QGIS 无法打开 {path} 中的图层“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/results.py" />
      <source>QGIS could not read back {table} from {path}.</source>
      <translation>QGIS 无法从 {path} 读回 {table}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>QGIS could not start editing “{layer}”: {error}</source>
      <translation>QGIS 无法开始编辑“{layer}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>QGIS did not accept the merged shape of {code}.</source>
      <translation>QGIS 未接受 {code} 合并后的形状。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" />
      <source>QGIS did not accept the new shape of {code}.</source>
      <translation>QGIS 未接受 {code} 的新形状。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>QGIS did not accept the new zone {code}.</source>
      <translation>QGIS 未接受新巡区 {code}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Rank {rank}</source>
      <translation>第 {rank} 名</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/key_site_misses.py" />
      <source>Reached
min</source>
      <translation>到达
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" />
      <source>Reached in time</source>
      <translation>按时可达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Reads the units endpoint of a dispatch (CAD/AVL) feed once and writes the units as points in WGS 84 with the command map's units fields. The feed is a GeoJSON FeatureCollection as in PatrolMap's feed contract (docs/dispatch-feed.openapi.yaml), or OGC SensorThings API v1.1 Things with their Locations. Records are checked one by one: bad ones (no id, missing, non-finite, out-of-range or swapped coordinates, unreadable times, unknown status…) are left out and each reason is logged; the rest are written. Credentials come only from a QGIS authentication configuration; a URL with user:password@ is refused. A failed request stops the algorithm with its cause, e.g. “HTTP 401 …”, “HTTP 429 …, retry after 30 s”, “invalid JSON …” or “timed out after 10 s”.</source>
      <translation>读取一次调度（CAD/AVL）数据源的警力接口，将警力写为 WGS 84 点图层，字段与指挥图的警力图层相同。数据源可以是符合 PatrolMap 数据接口约定（docs/dispatch-feed.openapi.yaml）的 GeoJSON FeatureCollection，也可以是 OGC SensorThings API v1.1 的 Things 及其 Locations。逐条检查记录：有问题的记录（无编号，坐标缺失、非有限数、超出范围或经纬度颠倒，时间无法识别，状态未知……）被剔除并逐条记录原因，其余照常写入。凭据只来自 QGIS 认证配置；URL 中带 user:password@ 的一律拒绝。请求失败时算法停止并说明原因，例如“HTTP 401 …”、“HTTP 429 …，30 秒后重试”、“JSON 无效 …”或“10 秒后超时”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Receiving updates</source>
      <translation>正在接收更新</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Receiving updates.</source>
      <translation>正在接收更新。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Records rejected</source>
      <translation>被拒记录数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Refresh preview</source>
      <translation>刷新预览</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Rejected: {record}</source>
      <translation>已剔除：{record}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Remove team</source>
      <translation>删除班组</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Request deadline (seconds)</source>
      <translation>请求时限（秒）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Response coverage of zones</source>
      <translation>巡区到场覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Response target in minutes</source>
      <translation>到场时限（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Response zones</source>
      <translation>责任到场区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Response zones (nearest post)</source>
      <translation>责任到场区（最近警务点）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Retrying</source>
      <translation>正在重试</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Road class</source>
      <translation>道路等级</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Road class field (OSM highway)</source>
      <translation>道路等级字段（OSM highway）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Road class speeds (class=km/h or none, comma separated; overrides the defaults)</source>
      <translation>各道路等级车速（等级=公里/小时或 none，逗号分隔；覆盖默认值）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Road class speeds: {error}</source>
      <translation>道路等级车速：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Road covered once (%)</source>
      <translation>单重覆盖道路（%）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Road covered twice (%)</source>
      <translation>双重覆盖道路（%）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Road in the zone no unit can get to, in km: road cut off from the main road network (left out of the shares) and road no facility reaches</source>
      <translation>巡区内警力无法到达的道路（公里）：从主路网断开的道路（不计入占比）及任何警务点都到不了的道路</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Road km</source>
      <translation>道路公里</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Road km and worst times on “{layer}” ({km:.0f} km of road).</source>
      <translation>道路公里数和最长用时基于“{layer}”（道路共 {km:.0f} 公里）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Road network</source>
      <translation>道路网络</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Road network: {error}</source>
      <translation>道路网络：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>Road network: {segments} segments, {km:.1f} km, {nodes} junctions and vertices.</source>
      <translation>道路网络：{segments} 个路段，{km:.1f} 公里，{nodes} 个路口和节点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Road no facility can reach (km)</source>
      <translation>无警务点可达的道路（公里）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Road piece length (m)</source>
      <translation>道路小段长度（米）</translation>
    </message>
    <message>
      <location filename="../../plugin/dependencies.py" />
      <source>Road-network analyses are off: PatrolMap needs {packages}. Command maps still work. On Debian/Ubuntu: sudo apt install python3-scipy python3-geographiclib, then pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"; on Windows, use the OSGeo4W Shell: python -m pip install "shapely&gt;=2" geographiclib.</source>
      <translation>道路网络分析未启用：巡防指挥图需要 {packages}。指挥图功能仍可使用。Debian/Ubuntu：sudo apt install python3-scipy python3-geographiclib，然后 pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"；Windows：在 OSGeo4W Shell 中运行 python -m pip install "shapely&gt;=2" geographiclib。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Roads (the street network drawn on the map)</source>
      <translation>道路（地图上绘制的路网）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Rotation</source>
      <translation>轮班方式</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Routes to {incident}</source>
      <translation>前往 {incident} 的路线</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Rules not met</source>
      <translation>未满足的规则数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Rules not met (one per line)</source>
      <translation>未满足的规则（每行一条）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>Runs the coverage check with the units now available as the facilities, again whenever they have moved (at most every {seconds:g} s).</source>
      <translation>以当前空闲警力作为警务点运行覆盖检查，警力移动后重新检查（最多每 {seconds:g} 秒一次）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Save to</source>
      <translation>保存到</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" />
      <source>Save zone edits</source>
      <translation>保存巡区编辑</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Saved at {time} with gaps: {gaps}, overlaps: {overlaps}.</source>
      <translation>已于 {time} 保存，存在空隙 {gaps} 处、重叠 {overlaps} 处。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Saving {layer} with gaps: {gaps}, overlaps: {overlaps}. The save is not stopped; the Zones panel lists them.</source>
      <translation>正在保存 {layer}，存在空隙 {gaps} 处、重叠 {overlaps} 处。保存不会被阻止，问题列在“巡区”面板中。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>Select an incident in the list or on the map.</source>
      <translation>请在列表或地图上选择一起警情。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Select the zones to print in the zones layer first.</source>
      <translation>请先在巡区图层中选择要打印的巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Selected zones</source>
      <translation>所选巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Selected zones ({count})</source>
      <translation>所选巡区（{count} 个）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Sends one unit to each checkpoint so that the slowest arrival is as early as possible (an exact bottleneck assignment; among equally fast answers, the least total driving). With more checkpoints than units, as many as possible are sealed and the rest are reported open. With an incident, each checkpoint gets the earliest time a suspect could reach it (the delay before the alarm plus the road distance at the escape speed), and sealed_in_time says whether the unit gets there first.</source>
      <translation>每个卡口派一支警力，使最晚到达的时间尽可能早（精确的瓶颈指派；同样快的答案中取总行驶最少的）。卡口多于警力时，尽量多封堵，其余报告为未封堵。给出案发点时，为每个卡口计算嫌疑人最早可能到达的时间（报警前延误加上按逃逸速度行驶的道路距离），sealed_in_time 表示警力是否先到。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Share of the zone's road a second facility also reaches within the target</source>
      <translation>第二个警务点也能按时到达的巡区道路占比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Share of the zone's road reached within the target</source>
      <translation>巡区道路中按时可达的占比</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Shift (day, night, your own name; empty: all shifts)</source>
      <translation>班次（day 白班、night 夜班或自定义名称；留空：全部班次）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Shift hours</source>
      <translation>班次时间</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Shift hours (shift=HH:MM-HH:MM, comma separated)</source>
      <translation>班次时间（班次=HH:MM-HH:MM，以逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Shift hours: {error}</source>
      <translation>班次时间：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Show isochrones</source>
      <translation>显示等时圈</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Show on map</source>
      <translation>在地图上标出</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Shown as</source>
      <translation>显示为</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Site id field on existing posts and candidates</source>
      <translation>现有岗点和候选点位的编号字段</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Site posts and platforms</source>
      <translation>岗亭与平台选址</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Siting…</source>
      <translation>正在选址…</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Sliver</source>
      <translation>碎片</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Sliver area (m²): smaller parts are slivers</source>
      <translation>碎片面积（平方米）：更小的部分视为碎片</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Sliver width (m): narrower stretches are slivers</source>
      <translation>碎片宽度（米）：更窄的部分视为碎片</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Slowest arrival: {minutes:.1f} min.</source>
      <translation>最晚到达：{minutes:.1f} 分钟。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Slowest point of the road a facility reaches, in minutes (— : no facility reaches any)</source>
      <translation>警务点可达道路中最慢一点的用时（分钟；—：没有警务点能到达）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Slowest response from the station to any road in its zones, turnout included (as the Coverage dock measures it).</source>
      <translation>从警务点到其巡区内任一道路的最长到场用时，含出警准备时间（与“到场覆盖”面板的计算方法一致）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Snap tolerance (m): points farther from a road are reported, not used</source>
      <translation>吸附容差（米）：距道路更远的点将被报告且不参与计算</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>Solve time: {seconds:.2f} s</source>
      <translation>求解时间：{seconds:.2f} 秒</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Speed (km/h)</source>
      <translation>车速（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>Speed field (km/h)</source>
      <translation>车速字段（公里/小时）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Speed on roads with neither a speed limit nor a known road class.</source>
      <translation>既无限速又无已知道路等级的道路所用车速。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>Split zone</source>
      <translation>拆分巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>Split zone {codes}</source>
      <translation>拆分巡区 {codes}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>Split: {report} Other attributes were copied to the new zones.</source>
      <translation>拆分：{report} 其他属性已复制到新巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Splits the reachable area among the facilities: each piece of road, and the area around it, goes to the facility that reaches it first by road, banded by the breaks. Areas of different facilities never overlap.</source>
      <translation>在各警务点之间划分可达区域：每段道路及其周边归属于沿道路最先到达的警务点，并按时间阈值分档。不同警务点的区域互不重叠。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Square</source>
      <translation>正方形</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Stale</source>
      <translation>位置过时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Stale (no fix for 90 s)</source>
      <translation>位置过时（90 秒无定位）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Station</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Station id field (default: station_id, else feature id)</source>
      <translation>警务点编号字段（默认：station_id，否则用要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Station ids must be unique; repeated: {ids}.</source>
      <translation>警务点编号必须唯一；重复的编号：{ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Station load</source>
      <translation>警务点负荷</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Station:</source>
      <translation>警务点：</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Stations</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Stations (current)</source>
      <translation>站点（当前）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Stations and their teams</source>
      <translation>站点及其班组</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Stations more than {tolerance:g} m from any road: {ids}. Move them onto the road network or raise the snap tolerance.</source>
      <translation>以下警务点距任何道路都超过 {tolerance:g} 米：{ids}。请把它们移到道路网络上，或调大吸附容差。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Stations outside their zone range ({low}–{high}; mobile platforms at least {platform}), shaded: {count}.</source>
      <translation>巡区数量超出范围的警务点（{low}–{high} 个；移动警务平台至少 {platform} 个），已加底色：{count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Stations with a zone count in bounds</source>
      <translation>巡区数符合规则的站点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Stations with zones not reached within their response target, worst time in red: {count}.</source>
      <translation>有巡区未能在到场时限内到达的警务点，最长用时以红色显示：{count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Stations, kiosks and mobile platforms</source>
      <translation>派出所、警务亭和移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Stations, kiosks and platforms — or the live units layer.</source>
      <translation>派出所、警务亭和移动警务平台，或实时警力图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>Still busy with the previous run.</source>
      <translation>上一次运行尚未完成。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Stroke taken back; the zones keep their stations.</source>
      <translation>已撤回本次涂抹，巡区保持原警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Target
min</source>
      <translation>时限
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Target (minutes)</source>
      <translation>目标（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Target field (minutes per demand item)</source>
      <translation>目标字段（每条需求的分钟数）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Target field (minutes; default: by zone category)</source>
      <translation>时限字段（分钟；默认按巡区类别）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" />
      <source>Target missed</source>
      <translation>未达时限</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Team</source>
      <translation>班组</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Template folder</source>
      <translation>模板文件夹</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" />
      <source>The CRS is geographic (degrees). Analyses work in any CRS, but zones are easier to draw and measure in a metric one.</source>
      <translation>该坐标参考系为地理坐标（度）。分析在任何坐标系下都可进行，但在米制坐标系中更便于绘制和量测巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>The PatrolMap Processing provider is not loaded.</source>
      <translation>巡防指挥图的处理工具提供者未加载。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>The analysis failed; see the Processing log.</source>
      <translation>分析失败，请查看处理日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>The analysis returned no layer.</source>
      <translation>分析未返回图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>The atlas could not go to zone {zone}.</source>
      <translation>图集无法定位到巡区 {zone}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>The bandwidth is too wide for this network: {error}</source>
      <translation>带宽对该路网过大：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>The boundary cannot be transformed to {crs}: {error}</source>
      <translation>边界无法转换到 {crs}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The boundary has invalid geometry; it was checked as repaired (make_valid).</source>
      <translation>边界几何无效，已按修复后的形状（make_valid）检查。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>The boundary layer has no coordinate reference system: set one first.</source>
      <translation>边界图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The boundary layer has no polygon with an area.</source>
      <translation>边界图层中没有有面积的多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>The boundary layer has no polygon with an area: there is nothing to cut into zones.</source>
      <translation>边界图层中没有有面积的多边形，无法划分巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>The boundary's CRS is not in metres: cells are laid out in {crs}.</source>
      <translation>边界的坐标系不以米为单位：网格在 {crs} 中布设。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>The cell size must be more than 0 m (it is {size}).</source>
      <translation>网格尺寸必须大于 0 米（当前为 {size}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>The command map's own units and incidents layers are hidden while the feed is live, so no unit is drawn twice; they are shown again when you disconnect.</source>
      <translation>数据源接通期间，指挥图自带的警力和警情图层暂时隐藏，以免同一警力在图上出现两次；断开连接后重新显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>The data source refused to save “{layer}”: {error}. Your edits are kept in the edit buffer: fix the cause and save again, or undo.</source>
      <translation>数据源拒绝保存“{layer}”：{error}。您的编辑仍保留在编辑缓冲区中：排除原因后再次保存，或撤销。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>The date the first team of each station starts the cycle (its first day shift). Keep it from month to month so the rotation runs on.</source>
      <translation>各站点第一个班组开始轮班周期（第一个白班）的日期。各月保持不变，轮班即可连续。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>The demand layer already has a field named minutes, post_id, covered, backup or period; rename it first.</source>
      <translation>需求图层已有名为 minutes、post_id、covered、backup 或 period 的字段；请先重命名。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>The demand layer has no usable features.</source>
      <translation>需求图层没有可用的要素。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>The dispatch server's clock is {offset} ahead of this computer's clock</source>
      <translation>调度服务器的时钟比本机快 {offset}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>The dispatch server's clock is {offset} behind this computer's clock</source>
      <translation>调度服务器的时钟比本机慢 {offset}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>The duty map could not be prepared: {error}</source>
      <translation>无法准备勤务图：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>The duty map could not be written: {error}</source>
      <translation>无法写入勤务图：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>The duty map is a PDF: give the output a .pdf name ({path}).</source>
      <translation>勤务图为 PDF 文件：输出文件名请以 .pdf 结尾（{path}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>The duty roster has no rows for {date} ({shift}): the roster tables are printed empty, marked “未排班”.</source>
      <translation>值班表中没有 {date}（{shift}）的记录：值班表格将打印为空，并注明“未排班”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>The feed URL cannot be used: {reason}.</source>
      <translation>无法使用该数据源地址：{reason}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>The feed could not be started: {error}</source>
      <translation>无法启动数据源：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>The feed failed.</source>
      <translation>数据源出错。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>The feed refused the credentials: {error}. Polling stopped: choose an authentication configuration and connect again.</source>
      <translation>数据源拒绝了凭据：{error}。已停止轮询：请选择认证配置后重新连接。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The fewest zones per station ({low}) and per platform ({platform}) cannot be above the most ({high}).</source>
      <translation>每个警务点最少巡区数（{low}）和每个平台最少巡区数（{platform}）不能大于最多巡区数（{high}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>The figures a commander compares between two plans: zones on target per tier, the share of road covered once and twice, worst and mean minutes, key sites met, stations whose zone count is within the rule, posts moved, added and removed; and the zones whose compliance changes. A plan is a name in the command map's plans table, or “current” for the stations and zones layers as they are. Targets as in coverage: the zone's target_min, else by category.</source>
      <translation>指挥员对比两个方案时看的数字：各级巡区达标数、道路单重和双重覆盖比例、最长和平均分钟、重点部位达标数、巡区数符合规则的站点、调动、新增和撤除的岗点；以及达标情况发生变化的巡区。方案是指挥图方案表中的名称，或“current”表示站点和巡区图层的现状。目标同覆盖分析：巡区的 target_min，否则按类别。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>The incident is not within the snap tolerance of a road.</source>
      <translation>案发点不在道路的吸附容差内。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>The incident layer must hold exactly one point; it has {count}.</source>
      <translation>案发点图层必须正好有一个点；现有 {count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>The incidents layer has no field “{field}”.</source>
      <translation>警情图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>The incidents layer has no field “{field}”; choose its time field.</source>
      <translation>警情图层没有字段“{field}”；请选择其时间字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>The incidents layer has no usable incidents.</source>
      <translation>警情图层没有可用的警情。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>The incidents layer has no “reported_at” field: choose the field with the date each incident was reported.</source>
      <translation>警情图层没有“reported_at”字段：请选择记录警情报警日期的字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The inputs cannot be transformed to {crs}: {error}</source>
      <translation>输入图层无法转换到 {crs}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>The layer {layer} cannot be edited.</source>
      <translation>图层 {layer} 无法编辑。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>The layout template {path} has no item with the id “{items}”, which PatrolMap fills. Open the template in QGIS's layout designer and give that id to the item (Item Properties ▸ Item ID), or export with PatrolMap's own template.</source>
      <translation>版式模板 {path} 中没有 ID 为“{items}”的项目，PatrolMap 需要向其填充内容。请在 QGIS 版式设计器中打开模板，为该项目设置此 ID（项目属性 ▸ 项目 ID），或使用 PatrolMap 自带模板导出。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>The layout template {path} has no page.</source>
      <translation>版式模板 {path} 没有页面。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>The layout template {path}: {problems}.</source>
      <translation>版式模板 {path}：{problems}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>The line crosses no zone: draw it across the zone you want to split.</source>
      <translation>该线未穿过任何巡区：请横穿要拆分的巡区画线。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>The line does not cut {codes} in two: draw it right across the zone, starting and ending outside it or on its boundary.</source>
      <translation>该线未把 {codes} 分成两部分：请完整横穿巡区，起点和终点都在巡区外或其边界上。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>The minimum number of zones per mobile platform ({low}) is above the maximum ({high}).</source>
      <translation>每个移动警务平台的最少巡区数（{low}）大于最多巡区数（{high}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>The minimum number of zones per station ({low}) is above the maximum ({high}).</source>
      <translation>每个警务点的最少巡区数（{low}）大于最多巡区数（{high}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>The old roster rows could not be removed.</source>
      <translation>无法删除原有值班记录。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>The part over existing zones was cut away.</source>
      <translation>与已有巡区重叠的部分已裁掉。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>The period ends before it starts.</source>
      <translation>时期的结束早于开始。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>The period starts ({start}) after it ends ({end}).</source>
      <translation>时段开始时间（{start}）晚于结束时间（{end}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>The periods do not cover the day: nothing covers {spans}.</source>
      <translation>时段没有覆盖全天：{spans} 不属于任何时段。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>The periods overlap: {spans} is in two periods.</source>
      <translation>时段重叠：{spans} 同时属于两个时段。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>The picked zones do not join into one piece; nothing was merged.</source>
      <translation>所选巡区无法合成一个整体，未合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>The plan was not saved: {error}</source>
      <translation>方案未保存：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/plans_layer.py" />
      <source>The plans table is being edited; save or discard those edits first.</source>
      <translation>方案表正在编辑；请先保存或放弃这些编辑。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>The problem cannot be shown in the map's coordinate system.</source>
      <translation>无法在地图坐标系中显示该问题。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>The result is kept in memory only.</source>
      <translation>该结果仅保存在内存中。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer has no field “{field}”.</source>
      <translation>道路网络图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer is not valid.</source>
      <translation>道路网络图层无效。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer “{layer}” has coordinates that are not in its CRS ({crs}): e.g. metres in a layer marked as longitude/latitude. Set the CRS the data was made in.</source>
      <translation>道路网络图层“{layer}”的坐标与其坐标参照系（{crs}）不符：例如以米为单位的数据被标为经纬度。请设置数据实际所用的坐标参照系。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer “{layer}” has no coordinate reference system: set one in its properties.</source>
      <translation>道路网络图层“{layer}”没有坐标参考系：请在图层属性中设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer “{layer}” has no line geometry.</source>
      <translation>道路网络图层“{layer}”没有线几何。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer “{layer}” has no lines.</source>
      <translation>道路网络图层“{layer}”不是线图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The road network layer “{layer}” is empty.</source>
      <translation>道路网络图层“{layer}”为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>The road network the routes and the coverage are computed on.</source>
      <translation>计算路线和覆盖所用的道路网络。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>The roster already has {count} rows for {year}-{month:02d} at these stations. Replace them with the new rows? (You can still undo it, or discard the layer edits.)</source>
      <translation>值班表中这些站点在 {year}-{month:02d} 已有 {count} 条记录。是否用新记录替换？（之后仍可撤销，或放弃图层编辑。）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>The roster rows could not be added to {layer}.</source>
      <translation>无法向 {layer} 添加值班记录。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>The roster table has no field “{field}” (a duty_roster table has station_id, zone_code, duty_date, shift, team, leader, members, callsigns, phone).</source>
      <translation>值班表缺少字段“{field}”（duty_roster 表应有 station_id、zone_code、duty_date、shift、team、leader、members、callsigns、phone）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>The shifts a team works day after day, e.g. “白,白,夜,夜,休×4” or “day, night, off, off”; any other word is a shift of its own.</source>
      <translation>一个班组逐日所上的班次，如“白,白,夜,夜,休×4”或“day, night, off, off”；其他词语视为自定义班次。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>The station the Assign brush gives zones to. Or click a station on the map, or Ctrl+click a zone to take its station.</source>
      <translation>“分配画笔”把巡区分配给的警务点。也可在地图上点击警务点，或 Ctrl+点击巡区取用其警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>The stations layer has no field “station_id”: stations are drawn but not named.</source>
      <translation>站点图层缺少字段“station_id”：站点会绘出，但不标注名称。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The stations layer has no kind field: no station counts as a mobile platform.</source>
      <translation>警务点图层没有 kind 字段：所有警务点都不按移动警务平台处理。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The stations layer has no station_id field.</source>
      <translation>警务点图层没有 station_id 字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>The template folder {folder} does not exist.</source>
      <translation>模板文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>The template folder {folder} has neither {overview} nor {zone}.</source>
      <translation>模板文件夹 {folder} 中既没有 {overview} 也没有 {zone}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>The time limit ran out before any answer was found; allow more time.</source>
      <translation>在找到任何答案之前已到时间上限；请放宽时间。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>The unit cannot be shown in the map's coordinate system.</source>
      <translation>该警力无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>The worst response times could not be computed ({error}): the zone pages show “—”.</source>
      <translation>无法计算最长到达时间（{error}）：巡区页显示“—”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>The zone cannot be shown in the map's coordinate system.</source>
      <translation>该巡区无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>The zone code prefix is too long (at most 24 characters).</source>
      <translation>巡区编号前缀过长（最多 24 个字符）。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>The zone pages show no worst response time: give the roads and the stations (or zones from a coverage run) to have it computed.</source>
      <translation>巡区页不显示最长到达时间：请提供道路和警务点（或到场覆盖检查输出的巡区）以便计算。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The zones cannot be transformed to {crs}: {error}</source>
      <translation>巡区无法转换到 {crs}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The zones layer has no coordinate reference system: set one first.</source>
      <translation>巡区图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>The zones layer has no field “zone_code”: every zone needs a code, which labels the map and names its page.</source>
      <translation>巡区图层缺少字段“zone_code”：每个巡区都需要编号，用于地图标注和分页命名。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>The zones layer has no field “{field}”.</source>
      <translation>巡区图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>The zones layer has no polygons.</source>
      <translation>巡区图层没有多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The zones layer has no station_id field: station checks are skipped.</source>
      <translation>巡区图层没有 station_id 字段，跳过警务点检查。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The zones layer has no zone_code field: zones are named by feature id.</source>
      <translation>巡区图层没有 zone_code 字段，按要素编号称呼巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>The zones layer has no zones.</source>
      <translation>巡区图层中没有巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>The zones layer has no “zone_code” field: choose the field that holds the zone codes.</source>
      <translation>巡区图层没有“zone_code”字段：请选择存放巡区编号的字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>The zones' CRS is not in metres: areas and widths are measured in {crs}.</source>
      <translation>巡区的坐标系不以米为单位：面积和宽度在 {crs} 中量算。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>The zones-per-post rule cannot be met: {reason}</source>
      <translation>每岗巡区数的规则无法满足：{reason}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>The {what} layer has no coordinate reference system: set one in its properties.</source>
      <translation>{what}图层没有坐标参照系：请在图层属性中设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>The {what} layer has no field “{field}”.</source>
      <translation>{what}图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>The {what} layer has no points.</source>
      <translation>{what}图层没有点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/inputs.py" />
      <source>The {what} layer “{layer}” has coordinates that are not in its CRS ({crs}): e.g. metres in a layer marked as longitude/latitude. Set the CRS the data was made in.</source>
      <translation>{what}图层“{layer}”的坐标与其坐标参照系（{crs}）不符：例如以米为单位的数据被标为经纬度。请设置数据实际所用的坐标参照系。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/inputs.py" />
      <source>The {what} layer “{layer}” has no coordinate reference system: set one in its properties.</source>
      <translation>{what}图层“{layer}”没有坐标参照系：请在图层属性中设置。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>There are no candidate sites (none given, or all forbidden or off the roads).</source>
      <translation>没有候选点位（未给出，或全部位于禁设区域或远离道路）。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>These zones have no geometry: {codes}. Draw them or leave them out.</source>
      <translation>以下巡区没有几何图形：{codes}。请绘制或将其排除。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>They are counted as road no facility can reach.</source>
      <translation>这些道路按无法到达的道路统计。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>They are left out of the coverage shares (tick “Count cut-off road” to count them).</source>
      <translation>这些道路不计入覆盖占比（勾选“计入断开道路”可计入）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Tick at least one station with teams.</source>
      <translation>请至少勾选一个有班组的站点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Time field (default: reported_at)</source>
      <translation>时间字段（默认：reported_at）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>Time limit</source>
      <translation>时间上限</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Time limit (s)</source>
      <translation>时间上限（秒）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>Trails</source>
      <translation>轨迹</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Travel time matrix</source>
      <translation>行驶时间矩阵</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>Travel times</source>
      <translation>行驶时间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Travel-time bands in minutes, comma separated.</source>
      <translation>行驶时间分档（分钟，逗号分隔）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Turnout (min)</source>
      <translation>出警准备（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Turnout (minutes)</source>
      <translation>出动准备时间（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>Turnout field (minutes before leaving, added to each travel time)</source>
      <translation>出警准备字段（出发前的分钟数，加到每次行驶时间上）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Turnout field (minutes)</source>
      <translation>出警准备字段（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>URL</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" />
      <source>Unexpected error: {error}</source>
      <translation>意外错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Unit</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>Unit id field (default: feature id)</source>
      <translation>警力编号字段（默认：要素编号）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>Unit id field (default: unit_id, else feature id)</source>
      <translation>警力编号字段（默认：unit_id，否则要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Units</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>Units (not live)</source>
      <translation>警力（非实时）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Units accepted</source>
      <translation>接收的警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>Units endpoint URL</source>
      <translation>警力接口 URL</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>Units per incident</source>
      <translation>每起警情的警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>Units:</source>
      <translation>警力：</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Unknown station</source>
      <translation>未知警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>Unknown status</source>
      <translation>状态不明</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>Using the road network built earlier (unchanged since).</source>
      <translation>使用先前构建的道路网络（之后未更改）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Validate patrol zones</source>
      <translation>检查巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>Value out of range</source>
      <translation>数值超出范围</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>WGS 84 (GPS)</source>
      <translation>WGS 84（GPS）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>Warning: {problem}</source>
      <translation>注意：{problem}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Weekdays (1 = Monday, e.g. 1-5; empty: all)</source>
      <translation>星期（1 = 星期一，如 1-5；留空：全部）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>Weight field (e.g. grade)</source>
      <translation>权重字段（如警情等级）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>What each patrol zone holds, for balancing zones between stations and for the printed duty map: road_km — length of road inside the zone in true ground kilometres (road along a boundary two zones share counts half to each); area_km2; key_sites — key sites inside the zone; incidents — incidents inside the zone reported within the period (by default the last 30 days up to now; a point on a shared boundary counts for one zone only). All the zones' own fields are kept.</source>
      <translation>统计每个巡区的工作量，用于在警务点之间均衡巡区和打印勤务图：road_km——巡区内道路的实地长度（公里；沿两个巡区共同边界的道路各计一半）；area_km2——面积；key_sites——巡区内的重点部位数；incidents——时段内（默认为截至当前的最近 30 天）发生在巡区内的警情数（位于共同边界上的点只计入一个巡区）。巡区原有字段全部保留。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>What the feed's coordinates are in; they are converted to WGS 84.</source>
      <translation>数据源坐标所用的坐标系；将转换为 WGS 84。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Where new posts or mobile platforms should stand, chosen exactly by a mixed-integer programme (HiGHS). mclp: most demand within target with COUNT new posts; lscp: fewest new posts so that all demand is within target; pmedian: least weighted mean time; pcenter: least worst time. Demand is points (incidents, key sites), short lines such as hot-spot road pieces (taken at their middle, e.g. weighted by density) or zones (sampled along their roads, weighted by road length). Existing posts stay. Without candidates, sites are proposed about every CANDIDATE_SPACING_M along roads a car can stop on. BACKUP: among the best answers, the one covering most demand twice. MIN_ZONES / MAX_ZONES: each new post answers for that many contiguous zones, its own among them. PERIODS with a demand time field: one answer per period, at most MAX_MOVES posts moving between consecutive periods (with a time field and no periods: the roster's day and night shifts). The report (log, results and the outputs' metadata) gives the objective, the proven bound and the gap; an answer is called optimal only when the bound proves it. covered and backup are the share (0–1) of the item's demand reached within target by one and by two posts.</source>
      <translation>新岗亭或移动警务平台应设在何处，由混合整数规划（HiGHS）精确求解。mclp：用 COUNT 个新岗点使目标时间内覆盖的需求最多；lscp：用最少的新岗点覆盖全部需求；pmedian：加权平均时间最短；pcenter：最长时间最短。需求可以是点（警情、重点部位）、短线（如热点路段，取其中点，可按密度加权）或巡区（沿其道路取样，按道路长度加权）。现有岗点保留。未给候选点时，沿可停车的道路约每 CANDIDATE_SPACING_M 米提出一个点位。BACKUP：在最优答案中选双重覆盖需求最多的。MIN_ZONES / MAX_ZONES：每个新岗点负责相应数量的相连巡区，包括其所在巡区。PERIODS 加需求时间字段：每个时段一个答案，相邻时段之间最多调动 MAX_MOVES 个岗点（有时间字段而未给时段时：按勤务表的白班和夜班）。报告（日志、结果和输出图层的元数据）给出目标值、已证明的界和差距；只有界能证明时才称答案为最优。covered 和 backup 是该需求在目标时间内被一个、两个岗点覆盖的比例（0–1）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>With the new posts</source>
      <translation>加上新岗点后</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Worst
min</source>
      <translation>最慢
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Worst min</source>
      <translation>最长分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Worst minutes</source>
      <translation>最长分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Writing {pages} pages…</source>
      <translation>正在写入 {pages} 页…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/dutymap_dialog.py" />
      <source>Wrote {files} PDF file(s), {pages} pages.</source>
      <translation>已写入 {files} 个 PDF 文件，共 {pages} 页。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>Wrote {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Zone</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>Zone areas and road km are not printed: they need {packages}.</source>
      <translation>巡区面积和道路里程未打印：需要 {packages}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Zone assignment</source>
      <translation>巡区分配</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Zone code</source>
      <translation>巡区编号</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/base.py" />
      <source>Zone code field (default: zone_code)</source>
      <translation>巡区编号字段（默认：zone_code）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>Zone code prefix</source>
      <translation>巡区编号前缀</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Zone codes must be unique; repeated: {codes}.</source>
      <translation>巡区编号必须唯一；重复的编号：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>Zone codes must be unique; these are used more than once: {codes}.</source>
      <translation>巡区编号必须唯一；以下编号重复使用：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Zone coverage</source>
      <translation>巡区覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>Zone edits saved to “{layer}”.</source>
      <translation>巡区编辑已保存到“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Zone problem markers</source>
      <translation>巡区问题标记</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/validate_zones.py" />
      <source>Zone problems</source>
      <translation>巡区问题</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>Zone target (min)</source>
      <translation>巡区时限（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>Zone workload</source>
      <translation>巡区工作量</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" />
      <source>Zone {code} added ({area} km², category “other”, no station yet: give it one with the Assign brush).</source>
      <translation>已添加巡区 {code}（{area} 平方公里，类别“一般区域”，尚未分配警务点：请用“分配画笔”分配）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" />
      <source>Zone {code} has no station to take.</source>
      <translation>巡区 {code} 没有可取用的警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Zone {zone} has no geometry and was left out.</source>
      <translation>巡区 {zone} 没有几何，已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Zone {zone} has no geometry: it is written without a station.</source>
      <translation>巡区 {zone} 没有几何图形：输出时不分配警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>Zone {zone} has no zone_code.</source>
      <translation>巡区 {zone} 没有 zone_code。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Zone {zone}: no station can reach its road (or it has none); travel_min is left empty.</source>
      <translation>巡区 {zone}：没有警务点能到达其道路（或区内没有道路）；travel_min 留空。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>Zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Zones (feature ids {ids}) have no code in “{field}”: give every zone a code.</source>
      <translation>巡区（要素 ID {ids}）的“{field}”中没有编号：请为每个巡区填写编号。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>Zones not with their fastest station</source>
      <translation>未分给最快警务点的巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Zones per new post, at least</source>
      <translation>每个新岗点的巡区数，至少</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Zones per new post, at most</source>
      <translation>每个新岗点的巡区数，至多</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Zones per post need zones (polygons) as demand.</source>
      <translation>每岗巡区数需要以巡区（面）作为需求。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>Zones per post: at least {lo} is more than at most {hi}.</source>
      <translation>每岗巡区数：至少 {lo} 大于至多 {hi}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zones_dock.py" />
      <source>Zones per station</source>
      <translation>每个警务点的巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>Zones whose compliance changes</source>
      <translation>达标情况变化的巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Zones whose road is not all reached within their response target (share in time): {zones}</source>
      <translation>道路未能全部在到场时限内到达的巡区（按时到达占比）：{zones}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>Zones whose “{field}” is not a positive number of minutes got the target of their category: {zones}.</source>
      <translation>以下巡区的“{field}”不是正数分钟，已按其类别取到场时限：{zones}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>Zones without a station: {count}.</source>
      <translation>未分配警务点的巡区：{count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>a label</source>
      <translation>文本标签</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>a legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>a manual table</source>
      <translation>手动表格</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>a map</source>
      <translation>地图</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>a picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>a scale bar</source>
      <translation>比例尺</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>all shifts</source>
      <translation>全部班次</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>auth config “{id}” could not be applied (is the master password set?)</source>
      <translation>无法应用认证配置“{id}”（是否已输入主密码？）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>auth config “{id}” does not exist in this QGIS profile</source>
      <translation>当前 QGIS 用户配置中没有认证配置“{id}”</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>boundary</source>
      <translation>辖区边界</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>canceled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>checkpoint</source>
      <translation>卡口</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>connecting to {url}</source>
      <translation>正在连接 {url}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>coordinates are 0, 0 (no GPS fix)</source>
      <translation>坐标为 0, 0（无 GPS 定位）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>coordinates are not finite numbers ({value})</source>
      <translation>坐标不是有限数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>coordinates are not numbers ({value})</source>
      <translation>坐标不是数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>coordinates are text, not numbers ({value})</source>
      <translation>坐标是文本而不是数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>coordinates out of range ({value})</source>
      <translation>坐标超出范围（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>days between teams</source>
      <translation>班组间隔天数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>demand covered</source>
      <translation>覆盖的需求</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" />
      <source>destination</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>duplicate of {id}: the newer report (feature {kept}) is kept</source>
      <translation>{id} 重复：保留较新的报告（要素 {kept}）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>even</source>
      <translation>均分</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>facility</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>feature {index}: {reason}</source>
      <translation>要素 {index}：{reason}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>field “{field}” in layer “{layer}”</source>
      <translation>图层“{layer}”中的字段“{field}”</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>geometry is {found}, not a Point</source>
      <translation>几何类型为 {found}，不是点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>incident</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>incident {id}</source>
      <translation>警情 {id}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>incidents</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>incidents: no change</source>
      <translation>警情：无变化</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>internal error while reading the feed: {error}</source>
      <translation>读取数据源时发生内部错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>invalid JSON at line {line}, column {column}: {error}</source>
      <translation>JSON 无效：第 {line} 行第 {column} 列：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>invalid JSON: the answer is empty</source>
      <translation>JSON 无效：响应为空</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>invalid JSON: the answer is not UTF-8 text ({error})</source>
      <translation>JSON 无效：响应不是 UTF-8 文本（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>item “{item}” must be {wanted}, not {found}</source>
      <translation>项目“{item}”应为{wanted}，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>its only road ({metres:.0f} m) cannot be driven to from the main road network</source>
      <translation>巡区内仅有的道路（{metres:.0f} 米）从主路网无法驶达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>key site</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>key sites</source>
      <translation>重点部位</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>km/h</source>
      <translation>公里/小时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_rows.py" />
      <source>last seen {hours} h ago</source>
      <translation>{hours} 小时前最后上报</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_rows.py" />
      <source>last seen {minutes} min ago</source>
      <translation>{minutes} 分钟前最后上报</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>latitude and longitude are swapped ({value})</source>
      <translation>经纬度颠倒（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>layer “{layer}”</source>
      <translation>图层“{layer}”</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>layer “{layer}” must have {geometry} geometry</source>
      <translation>图层“{layer}”必须是 {geometry} 几何</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>mean travel {mean:.1f} min, slowest zone {worst:.1f} min</source>
      <translation>平均用时 {mean:.1f} 分钟，最慢巡区 {worst:.1f} 分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>min</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>mobile platform</source>
      <translation>移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>more than {count} pages of Things: the feed is too large</source>
      <translation>Things 超过 {count} 页：数据源过大</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>more than {tolerance:g} m from any road</source>
      <translation>距最近道路超过 {tolerance:g} 米</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>network error: {error}</source>
      <translation>网络错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>new posts</source>
      <translation>新增岗点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>no answer</source>
      <translation>无响应</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>no facility can reach it</source>
      <translation>没有警务点能到达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>no facility can reach the zone's road</source>
      <translation>没有警务点能到达巡区内的道路</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>no feed URL given: enter the feed's base URL, e.g. http://cad.local/api</source>
      <translation>未填写数据源地址：请输入数据源的基础地址，例如 http://cad.local/api</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>no geometry</source>
      <translation>无几何</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>no incidents endpoint (HTTP 404); units only</source>
      <translation>没有警情接口（HTTP 404），仅获取警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>no reason given</source>
      <translation>未给出原因</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>no result</source>
      <translation>无结果</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>no road inside the zone</source>
      <translation>巡区内没有道路</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>no station</source>
      <translation>未分配警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>no {field}</source>
      <translation>缺少 {field}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>no {field} and no Feature id</source>
      <translation>缺少 {field}，也没有要素 id</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>not a GeoJSON Feature</source>
      <translation>不是 GeoJSON 要素</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>not a GeoJSON FeatureCollection: the answer begins {found}</source>
      <translation>不是 GeoJSON FeatureCollection：响应开头为 {found}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>not a SensorThings Thing</source>
      <translation>不是 SensorThings Thing</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>not a SensorThings collection (no “value” list): the answer begins {found}</source>
      <translation>不是 SensorThings 集合（没有“value”列表）：响应开头为 {found}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_rows.py" />
      <source>not in the last update</source>
      <translation>最近一次更新中缺失</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" />
      <source>not live · last known {time}</source>
      <translation>非实时 · 最后位置 {time}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>not proven best</source>
      <translation>未证明最优</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>not proven optimal</source>
      <translation>未证明最优</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>only road that cannot be driven to from the main network within {tolerance:g} m</source>
      <translation>{tolerance:g} 米内只有从主路网无法驶达的道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" />
      <source>origin</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>payload too large: more than {limit}</source>
      <translation>响应过大：超过 {limit}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>payload too large: {size} over the limit of {limit}</source>
      <translation>响应过大：{size}，超过上限 {limit}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>positions</source>
      <translation>个位置</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>proven best</source>
      <translation>已证明最优</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>proven optimal</source>
      <translation>已证明最优</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>read-only file or folder</source>
      <translation>文件或文件夹为只读</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>row {row}: {reason}</source>
      <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/feed_form.py" />
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>station</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>station {station}</source>
      <translation>警务点 {station}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>the Point has no [longitude, latitude] pair</source>
      <translation>点缺少 [经度, 纬度] 坐标对</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>the QGIS master password is needed to use auth config “{id}”</source>
      <translation>使用认证配置“{id}”需要输入 QGIS 主密码</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>the Thing has no Location</source>
      <translation>该 Thing 没有位置（Location）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>the URL carries a secret in its query (“{key}=…”): remove it and keep the credential in a QGIS auth config instead (choose it under Authentication), where it is stored encrypted and never saved with the settings, logged or shown</source>
      <translation>URL 的查询参数中带有密钥（“{key}=…”）：请删除，改把凭据存入 QGIS 认证配置（在“认证”中选择）；认证配置加密保存，不会写入设置、日志或显示出来</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>the URL contains a user name or password (user:password@…): remove them and choose a QGIS auth config instead, where credentials are stored encrypted</source>
      <translation>URL 中含有用户名或密码（user:password@…）：请删除，改为选择 QGIS 认证配置，凭据会在其中加密保存</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>the URL has no host name</source>
      <translation>URL 缺少主机名</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>the URL must start with http:// or https:// (you typed “{url}”)</source>
      <translation>URL 必须以 http:// 或 https:// 开头（您输入的是“{url}”）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>the key-site target of {minutes:g} min used</source>
      <translation>按重点部位默认时限 {minutes:g} 分钟计</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>the next-page link leads to another host ({host}); not followed</source>
      <translation>下一页链接指向其他主机（{host}），未跟随</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>the overview</source>
      <translation>总图</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>the request was dropped</source>
      <translation>请求被丢弃</translation>
    </message>
    <message>
      <location filename="../../plugin/plans_layer.py" />
      <source>the table refused the rows</source>
      <translation>表拒绝了这些行</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>the zone has no area</source>
      <translation>巡区面积为零</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>timed out (QGIS network timeout)</source>
      <translation>超时（QGIS 网络超时）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>timed out after {seconds} s</source>
      <translation>{seconds} 秒后超时</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>unit</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>unit {id}</source>
      <translation>警力 {id}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>units</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>units: no change</source>
      <translation>警力：无变化</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>unknown {field} “{value}” (expected {allowed})</source>
      <translation>未知的 {field}“{value}”（应为 {allowed}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>weighted mean minutes</source>
      <translation>加权平均分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>worst minutes</source>
      <translation>最长分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>worst {minutes:.1f} min in {zone}</source>
      <translation>最慢 {minutes:.1f} 分钟（{zone}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" />
      <source>{accepted} units accepted, {rejected} records rejected.</source>
      <translation>接收警力 {accepted} 个，剔除记录 {rejected} 条。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>{area} km²</source>
      <translation>{area} 平方公里</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>{codes} merged into {code} ({area} km²); retired: {retired}.</source>
      <translation>{codes} 已合并为 {code}（{area} 平方公里）；停用编号：{retired}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" />
      <source>{codes} share no boundary with the other picked zones (touching at a corner is not enough): only neighbouring zones can be merged.</source>
      <translation>{codes} 与其他所选巡区没有共用边界（仅角点相接不算）：只有相邻巡区才能合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>{code} ({area} km²)</source>
      <translation>{code}（{area} 平方公里）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>{code} ({pct:.0f} %)</source>
      <translation>{code}（{pct:.0f}%）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>{code} keeps the larger part ({area} km²); new: {new}.</source>
      <translation>{code} 保留较大部分（{area} 平方公里）；新巡区：{new}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" />
      <source>{code} keeps the largest part ({area} km²); new: {new}.</source>
      <translation>{code} 保留最大部分（{area} 平方公里）；新巡区：{new}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/coverage_panel.py" />
      <source>{compliant} of {total} zones reached in time · checked at {time}</source>
      <translation>{total} 个巡区中 {compliant} 个可按时到达 · 检查于 {time}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{count} available</source>
      <translation>{count} 空闲</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{count} busy</source>
      <translation>{count} 出警中</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>{count} candidate sites lie in forbidden areas and were left out.</source>
      <translation>{count} 个候选点位位于禁设区域，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>{count} checkpoints cannot be sealed before the suspect could reach them: {ids}</source>
      <translation>{count} 个卡口无法在嫌疑人可能到达之前封堵：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/blockade.py" />
      <source>{count} checkpoints stay open (not enough units, or none can reach them): {ids}</source>
      <translation>{count} 个卡口未封堵（警力不足，或无警力能到达）：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>{count} incidents</source>
      <translation>警情 {count} 起</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>{count} incidents from {period} counted in the zones.</source>
      <translation>已统计 {period} 期间落在巡区内的 {count} 起警情。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>{count} incidents have no readable date in “{field}” and were not counted.</source>
      <translation>{count} 起警情的“{field}”中没有可识别的日期，未计入。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/hotspots.py" />
      <source>{count} incidents in the period and hours asked for, over {days:.1f} days.</source>
      <translation>所要求的时期和时段内有 {count} 起警情，共 {days:.1f} 天。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>{count} incidents of the period lie in no zone.</source>
      <translation>时段内有 {count} 起警情不在任何巡区内。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>{count} key sites lie in no zone.</source>
      <translation>有 {count} 个重点部位不在任何巡区内。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/nearest_panel.py" />
      <source>{count} nearest available units for {incident}: the first arrives in {minutes:.1f} min.</source>
      <translation>{incident} 最近的 {count} 个空闲警力：最快 {minutes:.1f} 分钟到达。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/deployment_dock.py" />
      <source>{count} new posts added to the stations layer; save the layer to keep them, Undo takes them back.</source>
      <translation>已向站点图层添加 {count} 个新岗点；保存图层即可保留，撤销可将其移除。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts_outputs.py" />
      <source>{count} new posts asked for but there are only {candidates} candidate sites.</source>
      <translation>要求 {count} 个新岗点，但只有 {candidates} 个候选点位。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{count} not reporting</source>
      <translation>{count} 未上报</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" />
      <source>{count} of {total} units are available.</source>
      <translation>{total} 个警力中 {count} 个空闲。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{count} offline</source>
      <translation>{count} 离线</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{count} pieces of road ({km:.2f} km) cannot be driven to from the main road network (not connected, or one-way roads entered only from paths): road feature ids {ids}; in zones {zones}.</source>
      <translation>{count} 段道路（{km:.2f} 公里）从主路网无法驶达（未连通，或只能从步行道驶入的单行道）：道路要素编号 {ids}；所在巡区 {zones}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{count} problems in {zones} zones: {list}</source>
      <translation>{zones} 个巡区中有 {count} 个问题：{list}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} road features have no geometry and were left out (ids {ids}).</source>
      <translation>{count} 条道路要素没有几何，已略过（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} roads are not for cars (footways, paths…) and were left out.</source>
      <translation>{count} 条道路不通行机动车（人行道、小径等），已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} roads have a zero, negative or unreadable speed; the next rule was used for them (ids {ids}).</source>
      <translation>{count} 条道路的车速为零、负数或无法读取，已改用下一条规则（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>{count} roster rows have no valid duty date and were left out.</source>
      <translation>{count} 条值班记录没有有效的勤务日期，已略去。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>{count} small pieces touch no other zone (islands?) and were kept as zones of their own: {codes}</source>
      <translation>{count} 个小块不与其他巡区相邻（可能是岛屿），已保留为独立巡区：{codes}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{count} stale</source>
      <translation>{count} 位置过时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>{count} units</source>
      <translation>警力 {count} 个</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{count} unknown</source>
      <translation>{count} 状态不明</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" />
      <source>{count} values in {name} are not usable numbers; analyses fall back to defaults for them: {list}</source>
      <translation>{name} 中有 {count} 个数值不可用，分析时将改用默认值：{list}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>{count} warnings: hover here, or see the PatrolMap log.</source>
      <translation>{count} 条警告：鼠标悬停此处查看，或见 PatrolMap 日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{count} zones are not with their fastest station (balance and contiguity), adding {minutes:.1f} min of mean travel in total.</source>
      <translation>有 {count} 个巡区未分给最快到达的警务点（为均衡和连片），平均用时合计增加 {minutes:.1f} 分钟。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/compare_plans.py" />
      <source>{count} zones change compliance.</source>
      <translation>{count} 个巡区的达标情况发生变化。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/data.py" />
      <source>{count} zones have no zone code (feature ids {ids}). Give every zone a code: it labels the map and names the zone's page.</source>
      <translation>{count} 个巡区没有编号（要素 ID：{ids}）。请为每个巡区设置编号：用于地图标注和巡区页命名。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{count} zones have road no station can reach (disconnected from the network), left out of their times: {zones}</source>
      <translation>有 {count} 个巡区含有任何警务点都无法到达的道路（与路网不连通），计算用时时未计入：{zones}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} {what} features have no geometry, or none that can be transformed, and were left out (ids {ids}).</source>
      <translation>{count} 个{what}要素没有几何或几何无法转换，已略去（ID {ids}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} {what} points are more than {tolerance:g} m from any road and were not used: {ids}</source>
      <translation>{count} 个{what}点距最近道路超过 {tolerance:g} 米，未参与计算：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} {what} points are nearest to road that cannot be driven to from the main road network; they were placed on the nearest road that can: {ids}</source>
      <translation>{count} 个{what}点最近的道路从主路网无法驶达，已改放到最近的可驶达道路上：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>{count} {what} points have only road that cannot be driven to from the main road network within {tolerance:g} m and were not used: {ids}</source>
      <translation>{count} 个{what}点在 {tolerance:g} 米内只有从主路网无法驶达的道路，未参与计算：{ids}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/site_posts.py" />
      <source>{demand} demand items, {candidates} candidate sites, {existing} existing posts.</source>
      <translation>{demand} 条需求，{candidates} 个候选点位，{existing} 个现有岗点。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" />
      <source>{detached:.2f} km cut off from the main road network (left out of the shares); {unreached:.2f} km no facility reaches</source>
      <translation>{detached:.2f} 公里从主路网断开（不计入占比）；{unreached:.2f} 公里无警务点可达</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>{error} — next try in {seconds} s</source>
      <translation>{error}——{seconds} 秒后重试</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>{error} — retrying; the map keeps the last good state.</source>
      <translation>{error}——正在重试；地图保留最后一次正常的状态。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} has no time zone ({value})</source>
      <translation>{field} 缺少时区（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is before 2000, a clock that was never set ({value})</source>
      <translation>{field} 早于 2000 年，发送方时钟未设置（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is not a list ({value})</source>
      <translation>{field} 不是列表（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is not a number ({value})</source>
      <translation>{field} 不是数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is not an ISO 8601 time ({value})</source>
      <translation>{field} 不是 ISO 8601 时间（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is not text ({value})</source>
      <translation>{field} 不是文本（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is not text or a number ({value})</source>
      <translation>{field} 不是文本或数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} is {minutes} min in the future ({value})</source>
      <translation>{field} 比当前时间晚 {minutes} 分钟（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{field} out of range ({value})</source>
      <translation>{field} 超出范围（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{gaps} gaps</source>
      <translation>{gaps} 处盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{hours} h ago</source>
      <translation>{hours} 小时前</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{km:.1f} km of cut-off road left out ({zones})</source>
      <translation>{km:.1f} 公里断开道路未计入（{zones}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{km:.1f} km of road no facility can reach ({zones})</source>
      <translation>{km:.1f} 公里道路无警务点可达（{zones}）</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{layer} {record}: “{field}” is not a number ({value})</source>
      <translation>{layer} {record}：“{field}”不是数字（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{layer} {record}: “{field}” is out of range ({value})</source>
      <translation>{layer} {record}：“{field}”超出取值范围（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>{low}–{high}</source>
      <translation>{low}–{high}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{metres:.0f} m of road no facility can reach</source>
      <translation>{metres:.0f} 米道路无警务点可达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{minutes:.1f} min, target {target:g}</source>
      <translation>{minutes:.1f} 分钟，时限 {target:g}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{minutes} min ago</source>
      <translation>{minutes} 分钟前</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{name} already has a layer “{layer}”.</source>
      <translation>{name} 中已有图层“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{name} is not a complete command map; nothing in it was changed. Missing:</source>
      <translation>{name} 不是完整的指挥图，文件未作任何改动。缺少：</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>{name} was made before PatrolMap kept duty rosters and has no duty_roster table. Add the table to the file now?</source>
      <translation>{name} 创建于 PatrolMap 支持值班表之前，没有 duty_roster 表。是否现在将该表添加到文件中？</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{ok} of {total} zones compliant</source>
      <translation>{total} 个巡区中 {ok} 个达标</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{open} open · {assigned} assigned</source>
      <translation>{open} 起待处置 · {assigned} 起已派警</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/duty_map.py" />
      <source>{pages} pages in {files} PDF file(s).</source>
      <translation>共 {pages} 页，{files} 个 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{path} already exists. PatrolMap never overwrites a file: choose a new name, or open it as a command map.</source>
      <translation>{path} 已存在。巡防指挥图不会覆盖文件：请换一个文件名，或将其作为指挥图打开。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{path} cannot be opened for writing: {error}</source>
      <translation>无法以写入方式打开 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>{path} is a file: per-station booklets go into a folder.</source>
      <translation>{path} 是一个文件：按站点分册需输出到文件夹。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>{path} is a folder, not a PDF file.</source>
      <translation>{path} 是文件夹，不是 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>{path} is not a GeoPackage or vector file GDAL can read.</source>
      <translation>{path} 不是 GDAL 可读取的 GeoPackage 或矢量文件。</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/templates.py" />
      <source>{path} is not a QGIS layout template (.qpt).</source>
      <translation>{path} 不是 QGIS 版式模板（.qpt）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>{rows} rows for {year}-{month:02d} added to {layer}. They are not saved yet: check them in the attribute table, then save the layer edits.</source>
      <translation>已向 {layer} 添加 {year}-{month:02d} 的 {rows} 条记录。尚未保存：请在属性表中核对后保存图层编辑。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/roster_dialog.py" />
      <source>{rows} rows for {year}-{month:02d}: {stations} stations, cycle {cycle}.</source>
      <translation>{year}-{month:02d} 共 {rows} 条记录：{stations} 个站点，轮班周期 {cycle}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/status_panel.py" />
      <source>{seconds} s ago</source>
      <translation>{seconds} 秒前</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" />
      <source>{share:.1f} % of road beyond {target:g} min</source>
      <translation>{share:.1f}% 的道路超过 {target:g} 分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" />
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} ({kind}): {count} zones (wanted {low}–{high})</source>
      <translation>{station}（{kind}）：{count} 个巡区（要求 {low}–{high}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, fewer than {bound}: it reaches only {reach} zones by road.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：它沿道路只能到达 {reach} 个巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, fewer than {bound}: its neighbours cannot give more without breaking contiguity.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：相邻警务点再让出巡区就会破坏连片。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, fewer than {bound}: its neighbours have no zone to spare.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：相邻警务点没有多余的巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, fewer than {bound}: there are not enough zones for every station's minimum.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：巡区总数不足以满足每个警务点的最小值。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, more than {bound}: it cannot hand a zone to a neighbour without breaking contiguity.</source>
      <translation>{station} 有 {count} 个巡区，多于 {bound}：再把巡区交给相邻警务点就会破坏连片。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, more than {bound}: its neighbours are full.</source>
      <translation>{station} 有 {count} 个巡区，多于 {bound}：相邻警务点已满。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station} has {count} zones, more than {bound}: there are more zones than all stations' maximums allow.</source>
      <translation>{station} 有 {count} 个巡区，多于 {bound}：巡区总数超过了所有警务点最大值之和。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{station} has {count} zones; at least {min} wanted.</source>
      <translation>{station} 有 {count} 个巡区，应至少 {min} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{station} has {count} zones; at most {max} wanted.</source>
      <translation>{station} 有 {count} 个巡区，应至多 {max} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{station}: its zones are in {pieces} pieces; {zones} do not touch the rest of its area.</source>
      <translation>{station}：其巡区分成 {pieces} 块；{zones} 与其余辖区不相连。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" />
      <source>{station}: {count} zones; wanted {bounds}.</source>
      <translation>{station}：{count} 个巡区；要求 {bounds} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live/unit_list.py" />
      <source>{unit} · {kind}</source>
      <translation>{unit} · {kind}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" />
      <source>{what} (feature {index}): {reason}</source>
      <translation>{what}（要素 {index}）：{reason}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>{what} features {ids} have no value in “{field}”.</source>
      <translation>{what}要素 {ids} 的“{field}”没有值。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" />
      <source>{what} {ids}: “{field}” is not a number of minutes; {fallback}.</source>
      <translation>{what} {ids}：“{field}”不是分钟数；{fallback}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" />
      <source>{what}: {error}</source>
      <translation>{what}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/layout/dutymap.py" />
      <source>{where}: {rows} rows do not all fit in “{item}”; {shown} are printed. Make the table taller in the template.</source>
      <translation>{where}：“{item}”放不下全部 {rows} 行，仅打印 {shown} 行。请在模板中加高该表格。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{zones} zones are more than {stations} stations' maximums allow ({allowed}): the maximums were raised evenly, to at least {level}, and the zones shared as evenly as contiguity allows.</source>
      <translation>{zones} 个巡区超过了 {stations} 个警务点最大值之和（{allowed}）：已均衡地把最大值提高到至少 {level}，并在保持连片的前提下尽量均匀地分配巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" />
      <source>{zones} zones cannot give {stations} stations their minimums ({needed} zones needed): the minimums were lowered evenly, to at most {level}, and the zones shared as evenly as contiguity allows.</source>
      <translation>{zones} 个巡区不够满足 {stations} 个警务点的最小值（需要 {needed} 个）：已均衡地把最小值降到至多 {level}，并在保持连片的前提下尽量均匀地分配巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_grid.py" />
      <source>{zones} zones: {full} whole cells, {clipped} cut by the boundary, {merged} small pieces merged into a neighbour.</source>
      <translation>共 {zones} 个巡区：完整网格 {full} 个，被边界裁切 {clipped} 个，{merged} 个小块并入相邻巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone} and {other} overlap by {area}.</source>
      <translation>{zone} 与 {other} 重叠 {area}。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone} has no geometry.</source>
      <translation>{zone} 没有几何。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone} has no station.</source>
      <translation>{zone} 未分配警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone} is in {pieces} pieces; the detached ones ({area}) are marked.</source>
      <translation>{zone} 分为 {pieces} 块，已标出分离的部分（{area}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone} is not a polygon.</source>
      <translation>{zone} 不是多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone} is used by {count} zones.</source>
      <translation>编号 {zone} 被 {count} 个巡区使用。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone}: a part of only {area} (slivers: below {limit}).</source>
      <translation>{zone}：有一块仅 {area}（小于 {limit} 视为碎片）。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone}: invalid geometry ({reason}); checked as repaired.</source>
      <translation>{zone}：几何无效（{reason}），已按修复后的形状检查。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone}: station {station} is not in the stations layer.</source>
      <translation>{zone}：警务点 {station} 不在警务点图层中。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone}: {area} beyond the boundary.</source>
      <translation>{zone}：有 {area} 超出边界。</translation>
    </message>
    <message>
      <location filename="../../plugin/zones_layer.py" />
      <source>{zone}: {area} narrower than {width} m.</source>
      <translation>{zone}：有 {area} 宽度不足 {width} 米。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" />
      <source>“{host}” is not a host name</source>
      <translation>“{host}”不是有效的主机名</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>“{item}” is not of the form class=km/h</source>
      <translation>“{item}”不符合“等级=公里/小时”格式</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>“{item}”: the speed must be a number of km/h or “none”</source>
      <translation>“{item}”：车速必须是公里/小时数值或“none”</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" />
      <source>“{item}”: the speed must be between 0 and 300 km/h</source>
      <translation>“{item}”：车速必须在 0 到 300 公里/小时之间</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" />
      <source>“{layer}” has no unsaved changes.</source>
      <translation>“{layer}”没有未保存的修改。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" />
      <source>… and {count} more</source>
      <translation>……另有 {count} 项</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" />
      <source>… and {count} more rejected {what} records.</source>
      <translation>……另有 {count} 条{what}记录被拒收。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" />
      <source>≤ {minutes} min</source>
      <translation>≤ {minutes} 分钟</translation>
    </message>
    <message>
      <source>Checks every patrol zone against its response target on the road network. Target per zone: the target field, else by category (key_site 1 min, centre 3, other 5). For each zone: covered_pct — share of the zone's road length reached within the target from the nearest facility (turnout included); worst_min and mean_min over its road; backup_pct — share also reached in time by a second facility; compliant when at least 99.5 % is covered. GAPS are the areas along roads where the target is missed. Key sites get their own minutes.</source>
      <translation type="vanished">按道路网络检查每个巡区是否达到到场时限。各巡区的时限取自时限字段，否则按类别（重点部位 1 分钟、中心区 3 分钟、一般区域 5 分钟）。每个巡区输出：covered_pct——由最近警务点（含出警准备时间）在时限内可达的道路长度占比；worst_min 与 mean_min——巡区内道路的最长与平均用时；backup_pct——第二个警务点也能按时到达的占比；覆盖不低于 99.5% 即为达标。GAPS 为道路沿线未达时限的区域。重点部位单独给出到达分钟数。</translation>
    </message>
    <message>
      <source>Disconnected. The map keeps the last positions received.</source>
      <translation type="vanished">已断开。地图保留最后收到的位置。</translation>
    </message>
    <message>
      <source>Enter the feed's base URL, e.g. http://cad.local/api.</source>
      <translation type="vanished">请输入数据源的基础地址，例如 http://cad.local/api。</translation>
    </message>
    <message>
      <source>Fewest zones per mobile platform</source>
      <translation type="vanished">每个移动警务平台最少巡区数</translation>
    </message>
    <message>
      <source>Fewest zones per station</source>
      <translation type="vanished">每个警务点最少巡区数</translation>
    </message>
    <message>
      <source>For each incident, the units that reach it soonest by road (travel from the unit to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only units whose status is “available” count unless “Only available units” is off.</source>
      <translation type="vanished">为每起警情找出沿道路最快到达的警力（从警力位置到警情地点），按 1、2、3……排序。若警力图层有“status”字段，则只计状态为“available”（空闲）的警力，除非关闭“仅空闲警力”。</translation>
    </message>
    <message>
      <source>GeoJSON (PatrolMap feed contract)</source>
      <translation type="vanished">GeoJSON（PatrolMap 数据接口约定）</translation>
    </message>
    <message>
      <source>Incidents: {open} open · {assigned} assigned</source>
      <translation type="vanished">警情：{open} 起待处置 · {assigned} 起已派警</translation>
    </message>
    <message>
      <source>Make a patrol zones layer (a polygon layer with a zone_code field) the active layer first.</source>
      <translation type="vanished">请先将巡区图层（含 zone_code 字段的面图层）设为当前图层。</translation>
    </message>
    <message>
      <source>Maximum time (minutes; slower pairs are left NULL)</source>
      <translation type="vanished">最长时间（分钟；超过的起终点对留空）</translation>
    </message>
    <message>
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL.</source>
      <translation type="vanished">计算每个起点到每个终点沿道路网络的行驶分钟数。点位吸附到最近道路上的最近点（可落在路段中间）；超出吸附容差的点按编号报告，不计算时间。不可达的起终点对分钟数为空。</translation>
    </message>
    <message>
      <source>Most zones per station</source>
      <translation type="vanished">每个警务点最多巡区数</translation>
    </message>
    <message>
      <source>OGC SensorThings API</source>
      <translation type="vanished">OGC SensorThings API</translation>
    </message>
    <message>
      <source>OGC SensorThings API v1.1 (Things with Locations)</source>
      <translation type="vanished">OGC SensorThings API v1.1（带位置的 Things）</translation>
    </message>
    <message>
      <source>Rejected {what} record #{index} ({id}): {reason}</source>
      <translation type="vanished">已拒收{what}记录 #{index}（{id}）：{reason}</translation>
    </message>
    <message>
      <source>Road-network analyses are off: PatrolMap needs {packages}. Command maps still work. On Debian/Ubuntu: sudo apt install python3-scipy, then pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"; on Windows, use the OSGeo4W Shell: python -m pip install "shapely&gt;=2".</source>
      <translation type="vanished">道路网络分析未启用：巡防指挥图需要 {packages}。指挥图功能仍可使用。Debian/Ubuntu：sudo apt install python3-scipy，然后 pip install --user "shapely&gt;=2,&lt;2.1" "numpy&lt;2"；Windows：在 OSGeo4W Shell 中运行 python -m pip install "shapely&gt;=2"。</translation>
    </message>
    <message>
      <source>Slowest point of the zone's road, in minutes (— : some road cannot be reached)</source>
      <translation type="vanished">巡区道路上最慢到达点的分钟数（—：有道路无法到达）</translation>
    </message>
    <message>
      <source>Stations (station_id, kind)</source>
      <translation type="vanished">警务点（station_id、kind）</translation>
    </message>
    <message>
      <source>Stations outside their zone range (6–8; mobile platforms at least 4), shaded: {count}.</source>
      <translation type="vanished">巡区数量超出范围的警务点（6–8 个；移动警务平台至少 4 个），已加底色：{count} 个。</translation>
    </message>
    <message>
      <source>Stations, kiosks and platforms</source>
      <translation type="vanished">派出所、警务亭及移动警务平台</translation>
    </message>
    <message>
      <source>Target
(min)</source>
      <translation type="vanished">时限
（分钟）</translation>
    </message>
    <message>
      <source>The URL carries a user name or password. Remove it and choose a QGIS authentication configuration instead: credentials never go into URLs, settings or projects.</source>
      <translation type="vanished">该地址中含有用户名或密码。请删除，并改为选择 QGIS 认证配置：凭据绝不写入地址、设置或工程文件。</translation>
    </message>
    <message>
      <source>The boundary cannot be placed on the globe: {error}</source>
      <translation type="vanished">无法确定边界的地理位置：{error}</translation>
    </message>
    <message>
      <source>The check failed; see the Processing log.</source>
      <translation type="vanished">检查失败，请查看处理工具日志。</translation>
    </message>
    <message>
      <source>The check returned no layer.</source>
      <translation type="vanished">检查未返回图层。</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation type="vanished">警告：</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="vanished">原因</translation>
    </message>
    <message>
      <source>Worst
(min)</source>
      <translation type="vanished">最慢
（分钟）</translation>
    </message>
    <message>
      <source>at least {low}</source>
      <translation type="vanished">至少 {low}</translation>
    </message>
    <message>
      <source>no feed URL given</source>
      <translation type="vanished">未填写数据源 URL</translation>
    </message>
    <message>
      <source>no id</source>
      <translation type="vanished">无编号</translation>
    </message>
    <message>
      <source>road in {zone} cannot be reached at all</source>
      <translation type="vanished">{zone} 内有道路完全无法到达</translation>
    </message>
    <message>
      <source>the URL must start with http:// or https:// (not “{scheme}”)</source>
      <translation type="vanished">URL 必须以 http:// 或 https:// 开头（而不是“{scheme}”）</translation>
    </message>
    <message>
      <source>{count} not in the last update</source>
      <translation type="vanished">{count} 最近一次更新中缺失</translation>
    </message>
    <message>
      <source>{count} {what} features have no geometry and were left out (ids {ids}).</source>
      <translation type="vanished">{count} 个{what}要素没有几何，已略过（ID {ids}）。</translation>
    </message>
    <message>
      <source>{what} {ids}: no readable “{field}”, 0 minutes used.</source>
      <translation type="vanished">{what} {ids}：“{field}”无法读取，按 0 分钟计。</translation>
    </message>
    <message>
      <source>“{url}” is not an http(s) address.</source>
      <translation type="vanished">“{url}”不是 http(s) 地址。</translation>
    </message>
  </context>
</TS>
