<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PatrolMap</name>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="259" />
      <source>({count} rejected)</source>
      <translation>（{count} 条被拒）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="554" />
      <source>* {metres:.0f} m of road in its zones cannot be reached from the station (one-way streets or roads not connected); the time is for the rest.</source>
      <translation>* 其巡区内有 {metres:.0f} 米道路从该警务点无法到达（单行道或道路不连通）；用时按其余道路计算。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="310" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="773" />
      <source>A poll (units, then incidents) that takes longer than this is abandoned and counts as a failure. Never longer than the poll interval, so polls keep to the interval and never overlap: now {seconds:g} s.</source>
      <translation>一次轮询（先警力、后警情）超过此时长即放弃，计为一次失败。不会长于轮询间隔，因此轮询始终按间隔进行、互不重叠：当前为 {seconds:g} 秒。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="166" />
      <source>A zone code is already in the file: someone may have saved zones there meanwhile. Give your zone another code.</source>
      <translation>文件中已有该巡区编号：可能有人在此期间保存了巡区。请为您的巡区换一个编号。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="437" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="373" />
      <source>An input layer was removed: the run is cancelled.</source>
      <translation>输入图层已被移除：本次运行已取消。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="652" />
      <source>An update could not be drawn: {error}</source>
      <translation>一次更新未能绘制：{error}</translation>
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
      <location filename="../../plugin/gui/zone_tools/brush.py" line="32" />
      <source>Assign brush</source>
      <translation>分配画笔</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="79" />
      <source>Assign zones to stations</source>
      <translation>为警务点分配巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="81" />
      <source>Assign zones to {station}</source>
      <translation>将巡区分配给 {station}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="97" />
      <source>Assigned</source>
      <translation>已派警</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="120" />
      <source>Assigned zones</source>
      <translation>已分配的巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="313" />
      <source>Authentication</source>
      <translation>认证</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="69" />
      <source>Available</source>
      <translation>空闲</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="110" />
      <source>BD-09 (Baidu)</source>
      <translation>BD-09（百度）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Backup
%</source>
      <translation>后备
%</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="273" />
      <source>Base URL: units are read from {base}/units, incidents from {base}/incidents.</source>
      <translation>基础地址：警力从 {base}/units 读取，警情从 {base}/incidents 读取。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="182" />
      <source>Boundary moved; zones reshaped together: {codes}.</source>
      <translation>边界已移动，以下巡区随之一起调整：{codes}。</translation>
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
      <location filename="../../plugin/dispatch/live_styles.py" line="70" />
      <source>Busy</source>
      <translation>出警中</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="187" />
      <source>Call sign</source>
      <translation>呼号</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="262" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" line="101" />
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
      <location filename="../../plugin/dispatch/live_styles.py" line="92" />
      <source>Car</source>
      <translation>警车</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="1065" />
      <source>Checking coverage from {count} available units…</source>
      <translation>正在按 {count} 个空闲警力检查覆盖…</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="892" />
      <source>Choose a road network layer above to find the nearest units.</source>
      <translation>请在上方选择道路网络图层，以查找最近的警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="384" />
      <source>Choose a road network layer.</source>
      <translation>请选择道路网络图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="74" />
      <source>Choose a station first: in the Zone assignment panel, or click a station on the map.</source>
      <translation>请先选择警务点：在“巡区分配”面板中选择，或在地图上点击警务点。</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="1044" />
      <source>Choose the road network and the patrol zones.</source>
      <translation>请选择道路网络和巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="185" />
      <source>Choose the stations layer.</source>
      <translation>请选择警务点图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="515" />
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="431" />
      <source>Click at least {count} points, then right-click to finish.</source>
      <translation>请至少点击 {count} 个点，然后右键结束。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="30" />
      <source>Click the corners of the new zone (it snaps to zone boundaries), right-click to finish; Backspace removes the last point, Esc cancels. Existing zones are cut out of it.</source>
      <translation>依次点击新巡区的各个拐点（自动吸附到巡区边界），右键结束；Backspace 删除上一个点，Esc 取消。与已有巡区重叠的部分会被裁掉。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="92" />
      <source>Click the zones to merge (click again to leave one out), then right-click or press Enter. Only zones sharing a boundary can be merged.</source>
      <translation>点击要合并的巡区（再次点击可取消选择），然后右键或按 Enter。只有共用边界的巡区才能合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="97" />
      <source>Closed</source>
      <translation>已结束</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="320" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="568" />
      <source>Connecting to {url}…</source>
      <translation>正在连接 {url}…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="618" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="312" />
      <source>Coordinates</source>
      <translation>坐标系</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="96" />
      <source>Coordinates of the feed</source>
      <translation>数据源坐标系</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="145" />
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
      <location filename="../../plugin/gui/live_dock.py" line="1087" />
      <source>Coverage gaps now</source>
      <translation>当前覆盖盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="1086" />
      <source>Coverage now</source>
      <translation>当前覆盖</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="323" />
      <source>Disconnect</source>
      <translation>断开</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="588" />
      <source>Disconnected. The map keeps the last positions received.</source>
      <translation>已断开。地图保留最后收到的位置。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="266" />
      <source>Dispatch feed</source>
      <translation>调度数据源</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="426" />
      <source>Double-click a unit to zoom to it.</source>
      <translation>双击警力可缩放到其位置。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="60" />
      <source>Drag a boundary corner, or any point of a boundary to bend it there; the neighbouring zones move with it. Esc cancels a drag.</source>
      <translation>拖动边界拐点，或拖动边界上任意一点使边界在该处弯折；相邻巡区随之一起移动。Esc 取消拖动。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="35" />
      <source>Drag across zones to give them to the station chosen in the Zone assignment panel (click a station on the map to choose it, Ctrl+click a zone to take its station). Right-click or Esc during a stroke takes it back.</source>
      <translation>在巡区上拖过，即可把它们分配给“巡区分配”面板中选定的警务点（在地图上点击警务点可选中它，Ctrl+点击巡区可取用该巡区的警务点）。拖动过程中右键或按 Esc 可撤回本次涂抹。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="31" />
      <source>Draw a line across the zone, from one side to the other (it snaps to boundaries), and right-click. The old code keeps the larger part; the other part gets the next free code. With zones selected, only those are split.</source>
      <translation>从巡区一侧到另一侧画一条穿过巡区的线（自动吸附到边界），然后右键。原编号保留较大的部分，另一部分取下一个可用编号。若已选中巡区，则只拆分选中的巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="308" />
      <source>Draw each unit's last positions as a line (0: no trails).</source>
      <translation>将每个警力最近的若干位置连成轨迹线（0：不显示轨迹）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="27" />
      <source>Draw zone</source>
      <translation>绘制巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="50" />
      <source>Draw zone {code}</source>
      <translation>绘制巡区 {code}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="478" />
      <source>Drawing isochrones…</source>
      <translation>正在绘制等时圈…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="133" />
      <source>Editing of “{layer}” started. Changes stay in the edit buffer until you save them (Save zone edits); Ctrl+Z undoes each step.</source>
      <translation>已开始编辑“{layer}”。修改保存在编辑缓冲区中，直到您保存（保存巡区编辑）；Ctrl+Z 逐步撤销。</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="750" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="582" />
      <source>Every station within its zone range and its response targets; every zone assigned.</source>
      <translation>所有警务点的巡区数量和到场时限均符合要求；所有巡区均已分配。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="583" />
      <source>Every station within its zone range; every zone assigned.</source>
      <translation>所有警务点的巡区数量均在范围内；所有巡区均已分配。</translation>
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
      <location filename="../../plugin/processing/fetch_units.py" line="92" />
      <source>Feed format</source>
      <translation>数据格式</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="311" />
      <source>Feed kind</source>
      <translation>数据源类型</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="72" />
      <source>Fetch units from a dispatch feed</source>
      <translation>从调度数据源获取警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="221" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="404" />
      <source>Filter: call sign, id, status or kind</source>
      <translation>筛选：呼号、编号、状态或类型</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="920" />
      <source>Finding the nearest of {count} available units by road…</source>
      <translation>正在按道路从 {count} 个空闲警力中查找最近的…</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="92" />
      <source>Foot patrol</source>
      <translation>步巡</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="40" />
      <source>For each incident, the units that reach it soonest by road (travel from the unit to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only units whose status is “available” count unless “Only available units” is off. Each row is drawn as the route: a line along the roads from the unit to the incident, in the road network's coordinate system.</source>
      <translation>对每起警情，按道路找出最快到达的警力（从警力行驶到警情），按 1、2、3… 排名。警力图层有“status”字段时，除非关闭“仅空闲警力”，只计入状态为“available”（空闲）的警力。每一行都绘制为路线：沿道路从警力到警情的线，采用道路网络的坐标系。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="258" />
      <source>Further units</source>
      <translation>其他警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="97" />
      <source>GCJ-02 (Amap, Tencent)</source>
      <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="109" />
      <source>GCJ-02 (Chinese map services)</source>
      <translation>GCJ-02（国内地图服务）</translation>
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
      <location filename="../../plugin/processing/fetch_units.py" line="93" />
      <source>GeoJSON (PatrolMap feed contract)</source>
      <translation>GeoJSON（PatrolMap 数据接口约定）</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="315" />
      <source>Give up after</source>
      <translation>超时放弃</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="118" />
      <source>Given to {station}: {codes}.</source>
      <translation>已分配给 {station}：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="82" />
      <source>Gives every patrol zone a station (station_id) by travel time on the road network. travel_min is the station's mean travel time (turnout included) to the road inside the zone, weighted by road length: the expected response time to an incident on the zone's streets; worst_min is its slowest point. Road no station can reach at all is left out. Each zone first goes to the station with the lowest travel_min (fastest_id, fastest_min); a station always keeps the zone it stands in. Then zones move between neighbouring stations until every station has between the minimum and maximum number of zones (mobile platforms — stations of kind mobile_platform — their own minimum), adding as little travel time as possible and keeping each station's zones in one piece (zones sharing a stretch of boundary). When the zone count cannot meet every bound, the bounds are relaxed evenly and the report says so. REPORT lists each station and every rule not met; UNMET holds just those, one per line.</source>
      <translation>按道路网络上的行驶时间为每个巡区分配警务点（station_id）。travel_min 为该警务点到巡区内道路的平均用时（含出警准备时间，按道路长度加权），即巡区街道上任一警情的预期到场时间；worst_min 为其中最慢的一点。任何警务点都无法到达的道路不计入。每个巡区先分给 travel_min 最小的警务点（fastest_id、fastest_min）；警务点所在的巡区始终归它自己。随后巡区在相邻警务点之间调整，直到每个警务点的巡区数都在最小值与最大值之间（移动警务平台，即 kind 为 mobile_platform 的警务点，使用各自的最小值），同时尽量少增加行驶时间，并保持每个警务点的巡区连成一片（以共享一段边界为相邻）。若巡区总数无法满足全部上下限，则均衡地放宽上下限，并在报告中说明。REPORT 列出各警务点情况及所有未满足的规则；UNMET 只列未满足的规则，每行一条。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="100" />
      <source>HTTP 401 {reason}: the feed needs credentials; choose a valid auth config</source>
      <translation>HTTP 401 {reason}：数据源需要凭据，请选择有效的认证配置</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="103" />
      <source>HTTP 403 {reason}: the feed refuses these credentials; check the auth config</source>
      <translation>HTTP 403 {reason}：数据源拒绝了这些凭据，请检查认证配置</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="109" />
      <source>HTTP {status} {reason} from {url}</source>
      <translation>HTTP {status} {reason}（{url}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="106" />
      <source>HTTP {status} {reason}, retry after {seconds} s</source>
      <translation>HTTP {status} {reason}，{seconds} 秒后重试</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="188" />
      <source>Heading (°)</source>
      <translation>航向（度）</translation>
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
      <location filename="../../plugin/dispatch/live_styles.py" line="189" />
      <source>In the last update</source>
      <translation>在最近一次更新中</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="275" />
      <source>Incident</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="82" />
      <source>Incident date field (default: reported_at)</source>
      <translation>警情日期字段（默认：reported_at）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="52" />
      <source>Incident id field (default: incident_id, else feature id)</source>
      <translation>警情编号字段（默认：incident_id，否则要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="90" />
      <source>Incident period</source>
      <translation>警情统计时段</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="391" />
      <source>Incidents</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="91" />
      <source>Incidents in the period, in zones</source>
      <translation>时段内落在巡区中的警情数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="357" />
      <source>Incidents:</source>
      <translation>警情：</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="484" />
      <source>Keep coverage current from the available units</source>
      <translation>按空闲警力实时更新覆盖</translation>
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
      <location filename="../../plugin/dispatch/live_styles.py" line="187" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="102" />
      <source>Largest answer accepted (MB)</source>
      <translation>可接受的最大响应（MB）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="188" />
      <source>Last fix</source>
      <translation>最后定位</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="189" />
      <source>Last seen</source>
      <translation>最后上报</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="741" />
      <source>Last update: {age}</source>
      <translation>最近更新：{age}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="127" />
      <source>Layer “{layer}” cannot be edited (it is read-only or its data source does not allow changes). Nothing was changed.</source>
      <translation>图层“{layer}”不可编辑（只读，或其数据源不允许修改）。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="77" />
      <source>Layer “{layer}” has no station_id field to assign.</source>
      <translation>图层“{layer}”没有可供分配的 station_id 字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/create_command_map.py" line="37" />
      <source>Layers created</source>
      <translation>已创建图层</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_layers.py" line="299" />
      <source>Live</source>
      <translation>实时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="293" />
      <source>Live feed answers again after {count} failed polls.</source>
      <translation>实时数据在 {count} 次请求失败后恢复响应。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="280" />
      <source>Live feed stopped: {error}</source>
      <translation>实时数据已停止：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="287" />
      <source>Live feed: {error}</source>
      <translation>实时数据：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="30" />
      <source>Location encoding {value} is not GeoJSON</source>
      <translation>位置编码 {value} 不是 GeoJSON</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="214" />
      <source>Make a patrol zones layer (a polygon layer with a zone_code field) the active layer first.</source>
      <translation>请先将巡区图层（含 zone_code 字段的面图层）设为当前图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="586" />
      <source>Make a patrol zones layer the active layer and choose the Assign brush.</source>
      <translation>请将巡区图层设为当前图层，并选择“分配画笔”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="116" />
      <source>Maximum zones per station</source>
      <translation>每个警务点最多巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="62" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="169" />
      <source>Merge cancelled; nothing changed.</source>
      <translation>已取消合并，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="89" />
      <source>Merge zones</source>
      <translation>合并巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="174" />
      <source>Merge zones into {code}</source>
      <translation>合并巡区为 {code}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="46" />
      <source>Merge {count} zones into one. Keep which code? The merged zone takes that zone's station, category and other attributes; the other codes are retired.</source>
      <translation>将 {count} 个巡区合并为一个。保留哪个编号？合并后的巡区沿用该巡区的警务点、类别及其他属性；其余编号停用。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="118" />
      <source>Minimum zones per mobile platform</source>
      <translation>每个移动警务平台最少巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="114" />
      <source>Minimum zones per station</source>
      <translation>每个警务点最少巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="276" />
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="28" />
      <source>Minutes of travel on the road network from each origin to each destination. Points snap to the nearest point on the nearest road (mid-block counts); points farther than the snap tolerance are reported by id and get no times. Unreachable pairs have minutes NULL.</source>
      <translation>计算每个起点到每个终点沿道路网络的行驶分钟数。点位吸附到最近道路上的最近点（可落在路段中间）；超出吸附容差的点按编号报告，不计算时间。不可达的起终点对分钟数为空。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="92" />
      <source>Motorcycle</source>
      <translation>摩托车</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="57" />
      <source>Move boundary</source>
      <translation>移动边界</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="178" />
      <source>Move boundary of {codes}</source>
      <translation>移动 {codes} 的边界</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="449" />
      <source>Nearest available units</source>
      <translation>最近的空闲警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="37" />
      <source>Nearest units</source>
      <translation>最近警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="53" />
      <source>New command map</source>
      <translation>新建指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="53" />
      <source>New command map…</source>
      <translation>新建指挥图…</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="953" />
      <source>No available unit can reach {incident} by road.</source>
      <translation>没有空闲警力能沿道路到达 {incident}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="118" />
      <source>No facility lies within the snap tolerance of a road.</source>
      <translation>没有警务点位于道路吸附容差范围内。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="286" />
      <source>No station</source>
      <translation>未分配警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="111" />
      <source>No unit can reach incidents {ids} by road.</source>
      <translation>没有警力能沿道路到达警情 {ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="85" />
      <source>No unit has status “available”.</source>
      <translation>没有状态为“空闲”的警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="896" />
      <source>No unit is available now.</source>
      <translation>当前没有空闲警力。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="1048" />
      <source>No unit is available now: nothing covers any zone.</source>
      <translation>当前没有空闲警力：所有巡区均无覆盖。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="344" />
      <source>No update yet.</source>
      <translation>尚未收到更新。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="287" />
      <source>No “roads” layer: road km and travel times are not shown.</source>
      <translation>没有“roads”图层：不显示道路公里数和到场用时。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="92" />
      <source>Not compliant</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="254" />
      <source>Not connected.</source>
      <translation>未连接。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="73" />
      <source>Not in the last update</source>
      <translation>最近一次更新中缺失</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="175" />
      <source>Not moved: a zone would fold over itself there.</source>
      <translation>未移动：移到该处会使巡区自相交叠。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="173" />
      <source>Not moved: the boundary would cross into another zone. Move the point less far, or move the other zone's boundary first.</source>
      <translation>未移动：边界会越入另一个巡区。请少移一些，或先移动那个巡区的边界。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="590" />
      <source>Not on the road network (no time): {ids}.</source>
      <translation>不在道路网络上（无用时）：{ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="85" />
      <source>Not reporting</source>
      <translation>未上报</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="44" />
      <source>Nothing is left of the area you drew once the existing zones are cut out of it: draw over ground no zone covers yet.</source>
      <translation>裁掉已有巡区后，所画区域已无剩余：请在尚无巡区覆盖的地方绘制。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="105" />
      <source>OGC SensorThings API</source>
      <translation>OGC SensorThings API</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="93" />
      <source>OGC SensorThings API v1.1 (Things with Locations)</source>
      <translation>OGC SensorThings API v1.1（带位置的 Things）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="1014" />
      <source>Off.</source>
      <translation>已关闭。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="71" />
      <source>Offline</source>
      <translation>离线</translation>
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
      <location filename="../../plugin/processing/nearest_units.py" line="58" />
      <source>Only available units</source>
      <translation>仅空闲警力</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="97" />
      <source>Open</source>
      <translation>待处置</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/commandmap_actions.py" line="105" />
      <source>Open command map</source>
      <translation>打开指挥图</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="55" />
      <source>Open command map…</source>
      <translation>打开指挥图…</translation>
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
      <location filename="../../plugin/gui/zone_tools/brush.py" line="170" />
      <source>Painting with station {station}.</source>
      <translation>当前涂抹警务点：{station}。</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="105" />
      <source>PatrolMap GeoJSON feed</source>
      <translation>巡防指挥图 GeoJSON 数据源</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="91" />
      <source>PatrolMap live feed</source>
      <translation>PatrolMap 实时数据</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/provider.py" line="40" />
      <source>PatrolMap — police grid-patrol command maps</source>
      <translation>巡防指挥图——网格化巡防指挥地图</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="87" />
      <source>Period end (default: now)</source>
      <translation>时段结束（默认：当前时间）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="85" />
      <source>Period start (default: 30 days before the end)</source>
      <translation>时段开始（默认：结束前 30 天）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="144" />
      <source>Pick at least two neighbouring zones to merge (click them), then right-click.</source>
      <translation>请至少点选两个相邻巡区再右键合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="61" />
      <source>Pieces beyond existing zones left out (a zone is one piece): {count}.</source>
      <translation>已有巡区另一侧未纳入的部分（一个巡区只能是一整块）：{count} 块。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="92" />
      <source>Platform</source>
      <translation>移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="314" />
      <source>Poll every</source>
      <translation>轮询间隔</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="437" />
      <source>Priority</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="393" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="764" />
      <source>Problems ({count})</source>
      <translation>问题（{count}）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="178" />
      <source>QGIS could not delete the merged zones {codes}.</source>
      <translation>QGIS 无法删除被合并的巡区 {codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="319" />
      <source>QGIS could not open layer “{layer}” of {path}.</source>
      <translation>QGIS 无法打开 {path} 中的图层“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="131" />
      <source>QGIS could not start editing “{layer}”: {error}</source>
      <translation>QGIS 无法开始编辑“{layer}”：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="176" />
      <source>QGIS did not accept the merged shape of {code}.</source>
      <translation>QGIS 未接受 {code} 合并后的形状。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/move.py" line="181" />
      <source>QGIS did not accept the new shape of {code}.</source>
      <translation>QGIS 未接受 {code} 的新形状。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="52" />
      <source>QGIS did not accept the new zone {code}.</source>
      <translation>QGIS 未接受新巡区 {code}。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="275" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="257" />
      <source>Rank {rank}</source>
      <translation>第 {rank} 名</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="172" />
      <source>Reached in time</source>
      <translation>按时可达</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="75" />
      <source>Reads the units endpoint of a dispatch (CAD/AVL) feed once and writes the units as points in WGS 84 with the command map's units fields. The feed is a GeoJSON FeatureCollection as in PatrolMap's feed contract (docs/dispatch-feed.openapi.yaml), or OGC SensorThings API v1.1 Things with their Locations. Records are checked one by one: bad ones (no id, missing, non-finite, out-of-range or swapped coordinates, unreadable times, unknown status…) are left out and each reason is logged; the rest are written. Credentials come only from a QGIS authentication configuration; a URL with user:password@ is refused. A failed request stops the algorithm with its cause, e.g. “HTTP 401 …”, “HTTP 429 …, retry after 30 s”, “invalid JSON …” or “timed out after 10 s”.</source>
      <translation>读取一次调度（CAD/AVL）数据源的警力接口，将警力写为 WGS 84 点图层，字段与指挥图的警力图层相同。数据源可以是符合 PatrolMap 数据接口约定（docs/dispatch-feed.openapi.yaml）的 GeoJSON FeatureCollection，也可以是 OGC SensorThings API v1.1 的 Things 及其 Locations。逐条检查记录：有问题的记录（无编号，坐标缺失、非有限数、超出范围或经纬度颠倒，时间无法识别，状态未知……）被剔除并逐条记录原因，其余照常写入。凭据只来自 QGIS 认证配置；URL 中带 user:password@ 的一律拒绝。请求失败时算法停止并说明原因，例如“HTTP 401 …”、“HTTP 429 …，30 秒后重试”、“JSON 无效 …”或“10 秒后超时”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="749" />
      <source>Receiving updates</source>
      <translation>正在接收更新</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="615" />
      <source>Receiving updates.</source>
      <translation>正在接收更新。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="111" />
      <source>Records rejected</source>
      <translation>被拒记录数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="658" />
      <source>Rejected: {record}</source>
      <translation>已剔除：{record}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="121" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="99" />
      <source>Request deadline (seconds)</source>
      <translation>请求时限（秒）</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="749" />
      <source>Retrying</source>
      <translation>正在重试</translation>
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
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="429" />
      <source>Road km</source>
      <translation>道路公里</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="301" />
      <source>Road km and worst times on “{layer}” ({km:.0f} km of road).</source>
      <translation>道路公里数和最长用时基于“{layer}”（道路共 {km:.0f} 公里）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="189" />
      <source>Road network</source>
      <translation>道路网络</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="297" />
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
      <location filename="../../plugin/processing/zone_workload.py" line="77" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="976" />
      <source>Routes to {incident}</source>
      <translation>前往 {incident} 的路线</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="123" />
      <source>Rules not met</source>
      <translation>未满足的规则数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="122" />
      <source>Rules not met (one per line)</source>
      <translation>未满足的规则（每行一条）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="259" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="486" />
      <source>Runs the coverage check with the units now available as the facilities, again whenever they have moved (at most every {seconds:g} s).</source>
      <translation>以当前空闲警力作为警务点运行覆盖检查，警力移动后重新检查（最多每 {seconds:g} 秒一次）。</translation>
    </message>
    <message>
      <location filename="../../plugin/patrolmap_plugin.py" line="90" />
      <source>Save zone edits</source>
      <translation>保存巡区编辑</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="457" />
      <source>Select an incident in the list or on the map.</source>
      <translation>请在列表或地图上选择一起警情。</translation>
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
      <location filename="../../plugin/dispatch/live_styles.py" line="189" />
      <source>Shown as</source>
      <translation>显示为</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="297" />
      <source>Slowest point of the zone's road, in minutes (— : some road cannot be reached)</source>
      <translation>巡区道路上最慢到达点的分钟数（—：有道路无法到达）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="434" />
      <source>Slowest response from the station to any road in its zones, turnout included (as the Coverage dock measures it).</source>
      <translation>从警务点到其巡区内任一道路的最长到场用时，含出警准备时间（与“到场覆盖”面板的计算方法一致）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/network_base.py" line="69" />
      <source>Snap tolerance (m): points farther from a road are reported, not used</source>
      <translation>吸附容差（米）：距道路更远的点将被报告且不参与计算</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="188" />
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
      <location filename="../../plugin/gui/zone_tools/split.py" line="28" />
      <source>Split zone</source>
      <translation>拆分巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="60" />
      <source>Split zone {codes}</source>
      <translation>拆分巡区 {codes}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="84" />
      <source>Split: {report} Other attributes were copied to the new zones.</source>
      <translation>拆分：{report} 其他属性已复制到新巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="113" />
      <source>Splits the reachable area among the facilities: each piece of road, and the area around it, goes to the facility that reaches it first by road, banded by the breaks. Areas of different facilities never overlap.</source>
      <translation>在各警务点之间划分可达区域：每段道路及其周边归属于沿道路最先到达的警务点，并按时间阈值分档。不同警务点的区域互不重叠。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="84" />
      <source>Stale</source>
      <translation>位置过时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="72" />
      <source>Stale (no fix for 90 s)</source>
      <translation>位置过时（90 秒无定位）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="429" />
      <source>Station</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="107" />
      <source>Station id field (default: station_id, else feature id)</source>
      <translation>警务点编号字段（默认：station_id，否则用要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="193" />
      <source>Station ids must be unique; repeated: {ids}.</source>
      <translation>警务点编号必须唯一；重复的编号：{ids}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="420" />
      <source>Station:</source>
      <translation>警务点：</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="197" />
      <source>Stations more than {tolerance:g} m from any road: {ids}. Move them onto the road network or raise the snap tolerance.</source>
      <translation>以下警务点距任何道路都超过 {tolerance:g} 米：{ids}。请把它们移到道路网络上，或调大吸附容差。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="576" />
      <source>Stations outside their zone range (6–8; mobile platforms at least 4), shaded: {count}.</source>
      <translation>巡区数量超出范围的警务点（6–8 个；移动警务平台至少 4 个），已加底色：{count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="578" />
      <source>Stations with zones not reached within their response target, worst time in red: {count}.</source>
      <translation>有巡区未能在到场时限内到达的警务点，最长用时以红色显示：{count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="105" />
      <source>Stations, kiosks and mobile platforms</source>
      <translation>派出所、警务亭和移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="187" />
      <source>Stations, kiosks and platforms — or the live units layer.</source>
      <translation>派出所、警务亭和移动警务平台，或实时警力图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="187" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" line="62" />
      <source>Still busy with the previous run.</source>
      <translation>上一次运行尚未完成。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="750" />
      <source>Stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="129" />
      <source>Stroke taken back; the zones keep their stations.</source>
      <translation>已撤回本次涂抹，巡区保持原警务点。</translation>
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
      <location filename="../../plugin/gui/alg_runner.py" line="65" />
      <source>The PatrolMap Processing provider is not loaded.</source>
      <translation>巡防指挥图的处理工具提供者未加载。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/alg_runner.py" line="106" />
      <source>The analysis failed; see the Processing log.</source>
      <translation>分析失败，请查看处理日志。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="512" />
      <source>The analysis returned no layer.</source>
      <translation>分析未返回图层。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="697" />
      <source>The command map's own units and incidents layers are hidden while the feed is live, so no unit is drawn twice; they are shown again when you disconnect.</source>
      <translation>数据源接通期间，指挥图自带的警力和警情图层暂时隐藏，以免同一警力在图上出现两次；断开连接后重新显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="164" />
      <source>The data source refused to save “{layer}”: {error}. Your edits are kept in the edit buffer: fix the cause and save again, or undo.</source>
      <translation>数据源拒绝保存“{layer}”：{error}。您的编辑仍保留在编辑缓冲区中：排除原因后再次保存，或撤销。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="119" />
      <source>The feed URL cannot be used: {reason}.</source>
      <translation>无法使用该数据源地址：{reason}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="574" />
      <source>The feed could not be started: {error}</source>
      <translation>无法启动数据源：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="622" />
      <source>The feed failed.</source>
      <translation>数据源出错。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="631" />
      <source>The feed refused the credentials: {error}. Polling stopped: choose an authentication configuration and connect again.</source>
      <translation>数据源拒绝了凭据：{error}。已停止轮询：请选择认证配置后重新连接。</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="152" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="166" />
      <source>The incidents layer has no field “{field}”.</source>
      <translation>警情图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="162" />
      <source>The incidents layer has no “reported_at” field: choose the field with the date each incident was reported.</source>
      <translation>警情图层没有“reported_at”字段：请选择记录警情报警日期的字段。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="55" />
      <source>The line crosses no zone: draw it across the zone you want to split.</source>
      <translation>该线未穿过任何巡区：请横穿要拆分的巡区画线。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="54" />
      <source>The line does not cut {codes} in two: draw it right across the zone, starting and ending outside it or on its boundary.</source>
      <translation>该线未把 {codes} 分成两部分：请完整横穿巡区，起点和终点都在巡区外或其边界上。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="136" />
      <source>The minimum number of zones per mobile platform ({low}) is above the maximum ({high}).</source>
      <translation>每个移动警务平台的最少巡区数（{low}）大于最多巡区数（{high}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="132" />
      <source>The minimum number of zones per station ({low}) is above the maximum ({high}).</source>
      <translation>每个警务点的最少巡区数（{low}）大于最多巡区数（{high}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="59" />
      <source>The part over existing zones was cut away.</source>
      <translation>与已有巡区重叠的部分已裁掉。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="101" />
      <source>The period starts ({start}) after it ends ({end}).</source>
      <translation>时段开始时间（{start}）晚于结束时间（{end}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="158" />
      <source>The picked zones do not join into one piece; nothing was merged.</source>
      <translation>所选巡区无法合成一个整体，未合并。</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="384" />
      <source>The road network the routes and the coverage are computed on.</source>
      <translation>计算路线和覆盖所用的道路网络。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="423" />
      <source>The station the Assign brush gives zones to. Or click a station on the map, or Ctrl+click a zone to take its station.</source>
      <translation>“分配画笔”把巡区分配给的警务点。也可在地图上点击警务点，或 Ctrl+点击巡区取用其警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="803" />
      <source>The unit cannot be shown in the map's coordinate system.</source>
      <translation>该警力无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="733" />
      <source>The zone cannot be shown in the map's coordinate system.</source>
      <translation>该巡区无法在地图坐标系中显示。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="150" />
      <source>The zones layer has no field “{field}”.</source>
      <translation>巡区图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="179" />
      <source>The zones layer has no polygons.</source>
      <translation>巡区图层没有多边形。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="147" />
      <source>The zones layer has no “zone_code” field: choose the field that holds the zone codes.</source>
      <translation>巡区图层没有“zone_code”字段：请选择存放巡区编号的字段。</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="316" />
      <source>Trails</source>
      <translation>轨迹</translation>
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
      <location filename="../../plugin/processing/assign_zones.py" line="110" />
      <source>Turnout field (minutes)</source>
      <translation>出警准备字段（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="310" />
      <source>URL</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="492" />
      <source>Unexpected error: {error}</source>
      <translation>意外错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="187" />
      <source>Unit</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="56" />
      <source>Unit id field (default: unit_id, else feature id)</source>
      <translation>警力编号字段（默认：unit_id，否则要素 ID）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="390" />
      <source>Units</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="110" />
      <source>Units accepted</source>
      <translation>接收的警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="88" />
      <source>Units endpoint URL</source>
      <translation>警力接口 URL</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="60" />
      <source>Units per incident</source>
      <translation>每起警情的警力数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="357" />
      <source>Units:</source>
      <translation>警力：</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="86" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="74" />
      <source>Unknown status</source>
      <translation>状态不明</translation>
    </message>
    <message>
      <location filename="../../plugin/network_layer.py" line="199" />
      <source>Using the road network built earlier (unchanged since).</source>
      <translation>使用先前构建的道路网络（之后未更改）。</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="109" />
      <source>WGS 84 (GPS)</source>
      <translation>WGS 84（GPS）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="621" />
      <source>Warnings:</source>
      <translation>警告：</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="65" />
      <source>What each patrol zone holds, for balancing zones between stations and for the printed duty map: road_km — length of road inside the zone in true ground kilometres (road along a boundary two zones share counts half to each); area_km2; key_sites — key sites inside the zone; incidents — incidents inside the zone reported within the period (by default the last 30 days up to now; a point on a shared boundary counts for one zone only). All the zones' own fields are kept.</source>
      <translation>统计每个巡区的工作量，用于在警务点之间均衡巡区和打印勤务图：road_km——巡区内道路的实地长度（公里；沿两个巡区共同边界的道路各计一半）；area_km2——面积；key_sites——巡区内的重点部位数；incidents——时段内（默认为截至当前的最近 30 天）发生在巡区内的警情数（位于共同边界上的点只计入一个巡区）。巡区原有字段全部保留。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="284" />
      <source>What the feed's coordinates are in; they are converted to WGS 84.</source>
      <translation>数据源坐标所用的坐标系；将转换为 WGS 84。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Worst
min</source>
      <translation>最慢
分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="429" />
      <source>Worst min</source>
      <translation>最长分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="293" />
      <source>Zone</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="411" />
      <source>Zone assignment</source>
      <translation>巡区分配</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="295" />
      <source>Zone code</source>
      <translation>巡区编号</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="102" />
      <source>Zone code field (default: zone_code)</source>
      <translation>巡区编号字段（默认：zone_code）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="176" />
      <source>Zone codes must be unique; repeated: {codes}.</source>
      <translation>巡区编号必须唯一；重复的编号：{codes}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="597" />
      <source>Zone coverage</source>
      <translation>巡区覆盖</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="157" />
      <source>Zone edits saved to “{layer}”.</source>
      <translation>巡区编辑已保存到“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/coverage_dock.py" line="240" />
      <source>Zone target (min)</source>
      <translation>巡区时限（分钟）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="62" />
      <source>Zone workload</source>
      <translation>巡区工作量</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/draw.py" line="56" />
      <source>Zone {code} added ({area} km², category “other”, no station yet: give it one with the Assign brush).</source>
      <translation>已添加巡区 {code}（{area} 平方公里，类别“一般区域”，尚未分配警务点：请用“分配画笔”分配）。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/brush.py" line="179" />
      <source>Zone {code} has no station to take.</source>
      <translation>巡区 {code} 没有可取用的警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="127" />
      <source>Zone {zone} has no geometry and was left out.</source>
      <translation>巡区 {zone} 没有几何，已略过。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="161" />
      <source>Zone {zone} has no geometry: it is written without a station.</source>
      <translation>巡区 {zone} 没有几何图形：输出时不分配警务点。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="277" />
      <source>Zone {zone}: no station can reach its road (or it has none); travel_min is left empty.</source>
      <translation>巡区 {zone}：没有警务点能到达其道路（或区内没有道路）；travel_min 留空。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="194" />
      <source>Zones</source>
      <translation>巡区</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="172" />
      <source>Zones (feature ids {ids}) have no code in “{field}”: give every zone a code.</source>
      <translation>巡区（要素 ID {ids}）的“{field}”中没有编号：请为每个巡区填写编号。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="124" />
      <source>Zones not with their fastest station</source>
      <translation>未分给最快警务点的巡区数</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="552" />
      <source>Zones whose road is not all reached within their response target (share in time): {zones}</source>
      <translation>道路未能全部在到场时限内到达的巡区（按时到达占比）：{zones}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="580" />
      <source>Zones without a station: {count}.</source>
      <translation>未分配警务点的巡区：{count} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="401" />
      <source>at least {low}</source>
      <translation>至少 {low}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="148" />
      <source>auth config “{id}” could not be applied (is the master password set?)</source>
      <translation>无法应用认证配置“{id}”（是否已输入主密码？）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="205" />
      <source>auth config “{id}” does not exist in this QGIS profile</source>
      <translation>当前 QGIS 用户配置中没有认证配置“{id}”</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="208" />
      <source>canceled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="200" />
      <source>connecting to {url}</source>
      <translation>正在连接 {url}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="28" />
      <source>coordinates are 0, 0 (no GPS fix)</source>
      <translation>坐标为 0, 0（无 GPS 定位）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="25" />
      <source>coordinates are not finite numbers ({value})</source>
      <translation>坐标不是有限数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="24" />
      <source>coordinates are not numbers ({value})</source>
      <translation>坐标不是数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="23" />
      <source>coordinates are text, not numbers ({value})</source>
      <translation>坐标是文本而不是数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="27" />
      <source>coordinates out of range ({value})</source>
      <translation>坐标超出范围（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/travel_time_matrix.py" line="52" />
      <source>destination</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="39" />
      <source>duplicate of {id}: the newer report (feature {kept}) is kept</source>
      <translation>{id} 重复：保留较新的报告（要素 {kept}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="116" />
      <source>facility</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="77" />
      <source>feature {index}: {reason}</source>
      <translation>要素 {index}：{reason}</translation>
    </message>
    <message>
      <location filename="../../plugin/commandmap.py" line="217" />
      <source>field “{field}” in layer “{layer}”</source>
      <translation>图层“{layer}”中的字段“{field}”</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="21" />
      <source>geometry is {found}, not a Point</source>
      <translation>几何类型为 {found}，不是点</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="79" />
      <source>incident</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="74" />
      <source>incident {id}</source>
      <translation>警情 {id}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="248" />
      <source>incidents</source>
      <translation>警情</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="262" />
      <source>incidents: no change</source>
      <translation>警情：无变化</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="124" />
      <source>internal error while reading the feed: {error}</source>
      <translation>读取数据源时发生内部错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="47" />
      <source>invalid JSON at line {line}, column {column}: {error}</source>
      <translation>JSON 无效：第 {line} 行第 {column} 列：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="45" />
      <source>invalid JSON: the answer is empty</source>
      <translation>JSON 无效：响应为空</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="46" />
      <source>invalid JSON: the answer is not UTF-8 text ({error})</source>
      <translation>JSON 无效：响应不是 UTF-8 文本（{error}）</translation>
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
      <location filename="../../plugin/dispatch/live_layers.py" line="114" />
      <source>last seen {hours} h ago</source>
      <translation>{hours} 小时前最后上报</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_layers.py" line="115" />
      <source>last seen {minutes} min ago</source>
      <translation>{minutes} 分钟前最后上报</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="26" />
      <source>latitude and longitude are swapped ({value})</source>
      <translation>经纬度颠倒（{value}）</translation>
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
      <location filename="../../plugin/processing/assign_zones.py" line="269" />
      <source>mean travel {mean:.1f} min, slowest zone {worst:.1f} min</source>
      <translation>平均用时 {mean:.1f} 分钟，最慢巡区 {worst:.1f} 分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_styles.py" line="264" />
      <source>min</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="265" />
      <source>mobile platform</source>
      <translation>移动警务平台</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="267" />
      <source>more than {count} pages of Things: the feed is too large</source>
      <translation>Things 超过 {count} 页：数据源过大</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="236" />
      <source>network error: {error}</source>
      <translation>网络错误：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="237" />
      <source>no answer</source>
      <translation>无响应</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="67" />
      <source>no feed URL given: enter the feed's base URL, e.g. http://cad.local/api</source>
      <translation>未填写数据源地址：请输入数据源的基础地址，例如 http://cad.local/api</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="20" />
      <source>no geometry</source>
      <translation>无几何</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="268" />
      <source>no incidents endpoint (HTTP 404); units only</source>
      <translation>没有警情接口（HTTP 404），仅获取警力</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/base.py" line="163" />
      <source>no reason given</source>
      <translation>未给出原因</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="52" />
      <source>no station</source>
      <translation>未分配警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="31" />
      <source>no {field}</source>
      <translation>缺少 {field}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="18" />
      <source>no {field} and no Feature id</source>
      <translation>缺少 {field}，也没有要素 id</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="16" />
      <source>not a GeoJSON Feature</source>
      <translation>不是 GeoJSON 要素</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="48" />
      <source>not a GeoJSON FeatureCollection: the answer begins {found}</source>
      <translation>不是 GeoJSON FeatureCollection：响应开头为 {found}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="17" />
      <source>not a SensorThings Thing</source>
      <translation>不是 SensorThings Thing</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="49" />
      <source>not a SensorThings collection (no “value” list): the answer begins {found}</source>
      <translation>不是 SensorThings 集合（没有“value”列表）：响应开头为 {found}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/live_layers.py" line="117" />
      <source>not in the last update</source>
      <translation>最近一次更新中缺失</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="305" />
      <source>off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/isochrones.py" line="84" />
      <source>origin</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="219" />
      <source>payload too large: more than {limit}</source>
      <translation>响应过大：超过 {limit}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="240" />
      <source>payload too large: {size} over the limit of {limit}</source>
      <translation>响应过大：{size}，超过上限 {limit}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="306" />
      <source>positions</source>
      <translation>个位置</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="60" />
      <source>road in {zone} cannot be reached at all</source>
      <translation>{zone} 内有道路完全无法到达</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="292" />
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="189" />
      <source>station</source>
      <translation>警务点</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="52" />
      <source>station {station}</source>
      <translation>警务点 {station}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="215" />
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="22" />
      <source>the Point has no [longitude, latitude] pair</source>
      <translation>点缺少 [经度, 纬度] 坐标对</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="193" />
      <source>the QGIS master password is needed to use auth config “{id}”</source>
      <translation>使用认证配置“{id}”需要输入 QGIS 主密码</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="29" />
      <source>the Thing has no Location</source>
      <translation>该 Thing 没有位置（Location）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="69" />
      <source>the URL contains a user name or password (user:password@…): remove them and choose a QGIS auth config instead, where credentials are stored encrypted</source>
      <translation>URL 中含有用户名或密码（user:password@…）：请删除，改为选择 QGIS 认证配置，凭据会在其中加密保存</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="72" />
      <source>the URL has no host name</source>
      <translation>URL 缺少主机名</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="75" />
      <source>the URL must start with http:// or https:// (not “{scheme}”)</source>
      <translation>URL 必须以 http:// 或 https:// 开头（而不是“{scheme}”）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="270" />
      <source>the next-page link leads to another host ({host}); not followed</source>
      <translation>下一页链接指向其他主机（{host}），未跟随</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="226" />
      <source>timed out (QGIS network timeout)</source>
      <translation>超时（QGIS 网络超时）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="222" />
      <source>timed out after {seconds} s</source>
      <translation>{seconds} 秒后超时</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="80" />
      <source>unit</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="74" />
      <source>unit {id}</source>
      <translation>警力 {id}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="248" />
      <source>units</source>
      <translation>警力</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="262" />
      <source>units: no change</source>
      <translation>警力：无变化</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="35" />
      <source>unknown {field} “{value}” (expected {allowed})</source>
      <translation>未知的 {field}“{value}”（应为 {allowed}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="58" />
      <source>worst {minutes:.1f} min in {zone}</source>
      <translation>最慢 {minutes:.1f} 分钟（{zone}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/fetch_units.py" line="149" />
      <source>{accepted} units accepted, {rejected} records rejected.</source>
      <translation>接收警力 {accepted} 个，剔除记录 {rejected} 条。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="51" />
      <source>{area} km²</source>
      <translation>{area} 平方公里</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="181" />
      <source>{codes} merged into {code} ({area} km²); retired: {retired}.</source>
      <translation>{codes} 已合并为 {code}（{area} 平方公里）；停用编号：{retired}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/merge.py" line="155" />
      <source>{codes} share no boundary with the other picked zones (touching at a corner is not enough): only neighbouring zones can be merged.</source>
      <translation>{codes} 与其他所选巡区没有共用边界（仅角点相接不算）：只有相邻巡区才能合并。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="80" />
      <source>{code} ({area} km²)</source>
      <translation>{code}（{area} 平方公里）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="550" />
      <source>{code} ({pct:.0f} %)</source>
      <translation>{code}（{pct:.0f}%）</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="81" />
      <source>{code} keeps the larger part ({area} km²); new: {new}.</source>
      <translation>{code} 保留较大部分（{area} 平方公里）；新巡区：{new}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/split.py" line="82" />
      <source>{code} keeps the largest part ({area} km²); new: {new}.</source>
      <translation>{code} 保留最大部分（{area} 平方公里）；新巡区：{new}。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="1078" />
      <source>{compliant} of {total} zones reached in time · checked at {time}</source>
      <translation>{total} 个巡区中 {compliant} 个可按时到达 · 检查于 {time}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="717" />
      <source>{count} available</source>
      <translation>{count} 空闲</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="717" />
      <source>{count} busy</source>
      <translation>{count} 出警中</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="256" />
      <source>{count} incidents</source>
      <translation>警情 {count} 起</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="218" />
      <source>{count} incidents from {period} counted in the zones.</source>
      <translation>已统计 {period} 期间落在巡区内的 {count} 起警情。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="172" />
      <source>{count} incidents have no readable date in “{field}” and were not counted.</source>
      <translation>{count} 起警情的“{field}”中没有可识别的日期，未计入。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="182" />
      <source>{count} incidents of the period lie in no zone.</source>
      <translation>时段内有 {count} 起警情不在任何巡区内。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="180" />
      <source>{count} key sites lie in no zone.</source>
      <translation>有 {count} 个重点部位不在任何巡区内。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="950" />
      <source>{count} nearest available units for {incident}: the first arrives in {minutes:.1f} min.</source>
      <translation>{incident} 最近的 {count} 个空闲警力：最快 {minutes:.1f} 分钟到达。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="718" />
      <source>{count} not reporting</source>
      <translation>{count} 未上报</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/nearest_units.py" line="87" />
      <source>{count} of {total} units are available.</source>
      <translation>{total} 个警力中 {count} 个空闲。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="717" />
      <source>{count} offline</source>
      <translation>{count} 离线</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="718" />
      <source>{count} stale</source>
      <translation>{count} 位置过时</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/poller.py" line="256" />
      <source>{count} units</source>
      <translation>警力 {count} 个</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="719" />
      <source>{count} unknown</source>
      <translation>{count} 状态不明</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="289" />
      <source>{count} zones are not with their fastest station (balance and contiguity), adding {minutes:.1f} min of mean travel in total.</source>
      <translation>有 {count} 个巡区未分给最快到达的警务点（为均衡和连片），平均用时合计增加 {minutes:.1f} 分钟。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="284" />
      <source>{count} zones have road no station can reach (disconnected from the network), left out of their times: {zones}</source>
      <translation>有 {count} 个巡区含有任何警务点都无法到达的道路（与路网不连通），计算用时时未计入：{zones}</translation>
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
      <location filename="../../plugin/dispatch/poller.py" line="289" />
      <source>{error} — next try in {seconds} s</source>
      <translation>{error}——{seconds} 秒后重试</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="624" />
      <source>{error} — retrying; the map keeps the last good state.</source>
      <translation>{error}——正在重试；地图保留最后一次正常的状态。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="33" />
      <source>{field} has no time zone ({value})</source>
      <translation>{field} 缺少时区（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="36" />
      <source>{field} is not a number ({value})</source>
      <translation>{field} 不是数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="32" />
      <source>{field} is not an ISO 8601 time ({value})</source>
      <translation>{field} 不是 ISO 8601 时间（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="38" />
      <source>{field} is not text ({value})</source>
      <translation>{field} 不是文本（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="19" />
      <source>{field} is not text or a number ({value})</source>
      <translation>{field} 不是文本或数值（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="34" />
      <source>{field} is {minutes} min in the future ({value})</source>
      <translation>{field} 比当前时间晚 {minutes} 分钟（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="37" />
      <source>{field} out of range ({value})</source>
      <translation>{field} 超出范围（{value}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/coverage.py" line="54" />
      <source>{gaps} gaps</source>
      <translation>{gaps} 处盲区</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="128" />
      <source>{hours} h ago</source>
      <translation>{hours} 小时前</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="402" />
      <source>{low}–{high}</source>
      <translation>{low}–{high}</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="127" />
      <source>{minutes} min ago</source>
      <translation>{minutes} 分钟前</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="730" />
      <source>{open} open · {assigned} assigned</source>
      <translation>{open} 起待处置 · {assigned} 起已派警</translation>
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
      <location filename="../../plugin/gui/live_dock.py" line="125" />
      <source>{seconds} s ago</source>
      <translation>{seconds} 秒前</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/zone_workload.py" line="214" />
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="266" />
      <source>{station} ({kind}): {count} zones (wanted {low}–{high})</source>
      <translation>{station}（{kind}）：{count} 个巡区（要求 {low}–{high}）</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="52" />
      <source>{station} has {count} zones, fewer than {bound}: it reaches only {reach} zones by road.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：它沿道路只能到达 {reach} 个巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="58" />
      <source>{station} has {count} zones, fewer than {bound}: its neighbours cannot give more without breaking contiguity.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：相邻警务点再让出巡区就会破坏连片。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="60" />
      <source>{station} has {count} zones, fewer than {bound}: its neighbours have no zone to spare.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：相邻警务点没有多余的巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="55" />
      <source>{station} has {count} zones, fewer than {bound}: there are not enough zones for every station's minimum.</source>
      <translation>{station} 有 {count} 个巡区，少于 {bound}：巡区总数不足以满足每个警务点的最小值。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="66" />
      <source>{station} has {count} zones, more than {bound}: it cannot hand a zone to a neighbour without breaking contiguity.</source>
      <translation>{station} 有 {count} 个巡区，多于 {bound}：再把巡区交给相邻警务点就会破坏连片。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="68" />
      <source>{station} has {count} zones, more than {bound}: its neighbours are full.</source>
      <translation>{station} 有 {count} 个巡区，多于 {bound}：相邻警务点已满。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="63" />
      <source>{station} has {count} zones, more than {bound}: there are more zones than all stations' maximums allow.</source>
      <translation>{station} 有 {count} 个巡区，多于 {bound}：巡区总数超过了所有警务点最大值之和。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="48" />
      <source>{station}: its zones are in {pieces} pieces; {zones} do not touch the rest of its area.</source>
      <translation>{station}：其巡区分成 {pieces} 块；{zones} 与其余辖区不相连。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/zone_tools/load_panel.py" line="545" />
      <source>{station}: {count} zones; wanted {bounds}.</source>
      <translation>{station}：{count} 个巡区；要求 {bounds} 个。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="172" />
      <source>{unit} · {kind}</source>
      <translation>{unit} · {kind}</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/messages.py" line="75" />
      <source>{what} (feature {index}): {reason}</source>
      <translation>{what}（要素 {index}）：{reason}</translation>
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
      <location filename="../../plugin/dispatch/poller.py" line="274" />
      <source>{what}: {error}</source>
      <translation>{what}：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="253" />
      <source>{zones} zones are more than {stations} stations' maximums allow ({allowed}): the maximums were raised evenly, to at least {level}, and the zones shared as evenly as contiguity allows.</source>
      <translation>{zones} 个巡区超过了 {stations} 个警务点最大值之和（{allowed}）：已均衡地把最大值提高到至少 {level}，并在保持连片的前提下尽量均匀地分配巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/processing/assign_zones.py" line="247" />
      <source>{zones} zones cannot give {stations} stations their minimums ({needed} zones needed): the minimums were lowered evenly, to at most {level}, and the zones shared as evenly as contiguity allows.</source>
      <translation>{zones} 个巡区不够满足 {stations} 个警务点的最小值（需要 {needed} 个）：已均衡地把最小值降到至多 {level}，并在保持连片的前提下尽量均匀地分配巡区。</translation>
    </message>
    <message>
      <location filename="../../plugin/dispatch/client.py" line="74" />
      <source>“{host}” is not a host name</source>
      <translation>“{host}”不是有效的主机名</translation>
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
      <location filename="../../plugin/gui/zone_tools/base.py" line="154" />
      <source>“{layer}” has no unsaved changes.</source>
      <translation>“{layer}”没有未保存的修改。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/live_dock.py" line="661" />
      <source>… and {count} more rejected {what} records.</source>
      <translation>……另有 {count} 条{what}记录被拒收。</translation>
    </message>
    <message>
      <location filename="../../plugin/gui/result_styles.py" line="148" />
      <source>≤ {minutes} min</source>
      <translation>≤ {minutes} 分钟</translation>
    </message>
    <message>
      <source>Enter the feed's base URL, e.g. http://cad.local/api.</source>
      <translation type="vanished">请输入数据源的基础地址，例如 http://cad.local/api。</translation>
    </message>
    <message>
      <source>For each incident, the units that reach it soonest by road (travel from the unit to the incident), ranked 1, 2, 3… When the units layer has a “status” field, only units whose status is “available” count unless “Only available units” is off.</source>
      <translation type="vanished">为每起警情找出沿道路最快到达的警力（从警力位置到警情地点），按 1、2、3……排序。若警力图层有“status”字段，则只计状态为“available”（空闲）的警力，除非关闭“仅空闲警力”。</translation>
    </message>
    <message>
      <source>Incidents: {open} open · {assigned} assigned</source>
      <translation type="vanished">警情：{open} 起待处置 · {assigned} 起已派警</translation>
    </message>
    <message>
      <source>Rejected {what} record #{index} ({id}): {reason}</source>
      <translation type="vanished">已拒收{what}记录 #{index}（{id}）：{reason}</translation>
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
      <source>Worst
(min)</source>
      <translation type="vanished">最慢
（分钟）</translation>
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
      <source>{count} not in the last update</source>
      <translation type="vanished">{count} 最近一次更新中缺失</translation>
    </message>
    <message>
      <source>“{url}” is not an http(s) address.</source>
      <translation type="vanished">“{url}”不是 http(s) 地址。</translation>
    </message>
  </context>
</TS>
