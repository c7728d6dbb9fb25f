<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="21"/>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="22"/>
        <source>About Tourplanner</source>
        <translation>关于 Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="46"/>
        <source>&lt;h3&gt;Tourplanner %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tourplanner %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="48"/>
        <source>&lt;p&gt;Plan delegation tours: sites, participants and a day-by-day programme; catch clashes before they happen; send briefings and calendars to delegates and hosts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;规划代表团行程：地点、人员和逐日日程；提前发现时间冲突；向代表和接待方发送简报和日历。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="52"/>
        <source>&lt;p&gt;Tourplanner is licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tourplanner 采用 Apache License 2.0 许可。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="54"/>
        <source>&lt;p&gt;It ships the WenQuanYi Micro Hei font, redistributed under the Apache License 2.0, and uses Qt %1 through Qt for Python (PySide6), under the GNU LGPL version 3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本软件随附文泉驿微米黑字体（依据 Apache License 2.0 再分发），并通过 Qt for Python（PySide6）使用 Qt %1（依据 GNU LGPL 第 3 版授权）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/about.py" line="58"/>
        <source>&lt;p&gt;Data folder: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据文件夹：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="72"/>
        <source>&amp;New tour…</source>
        <extracomment>The workspace&apos;s views, in the order of View ▸ (Ctrl+1 …) and of the navigation.</extracomment>
        <translation>新建行程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="72"/>
        <source>Create an empty tour</source>
        <translation>创建空白行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="76"/>
        <source>&amp;Open tour file…</source>
        <translation>打开行程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="79"/>
        <source>Read a tour from a .tour.json file and open it</source>
        <translation>从 .tour.json 文件读取行程并打开</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="83"/>
        <source>&amp;Export tour file…</source>
        <translation>导出行程文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="86"/>
        <source>Save the open tour as a .tour.json file</source>
        <translation>将当前行程保存为 .tour.json 文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="90"/>
        <source>Open the sa&amp;mple tour</source>
        <translation>打开示例行程(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="93"/>
        <source>Add the 2021 Chongqing media tour to this database and show it</source>
        <translation>将 2021 年重庆媒体行程添加到此数据库并显示</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="97"/>
        <source>&amp;Close tour</source>
        <translation>关闭行程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="100"/>
        <source>Back to the list of tours</source>
        <translation>返回行程列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="105"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="108"/>
        <source>Read the data from the database again</source>
        <translation>重新从数据库读取数据</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="114"/>
        <source>Import &amp;people…</source>
        <translation>导入人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="117"/>
        <source>Add or update participants from an Excel or CSV list</source>
        <translation>从 Excel 或 CSV 名单添加或更新人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="121"/>
        <source>Import si&amp;tes…</source>
        <translation>导入地点(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="124"/>
        <source>Add or update sites from an Excel or CSV list</source>
        <translation>从 Excel 或 CSV 列表添加或更新地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="128"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="131"/>
        <source>Every participant, as a list the import reads back</source>
        <translation>全部人员名单，可再次导入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="135"/>
        <source>&amp;Sites…</source>
        <translation>地点(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="138"/>
        <source>Every site, as a list the import reads back</source>
        <translation>全部地点列表，可再次导入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="142"/>
        <source>&amp;Visitor list for a site…</source>
        <translation>某一地点的来访人员名单(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="145"/>
        <source>Who comes to one site, and when: for its security desk</source>
        <translation>到访某一地点的人员及时间：供安保登记使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="149"/>
        <source>Vehicle &amp;manifests…</source>
        <translation>车辆乘员名单(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="152"/>
        <source>Seat by seat, transfer by transfer: for drivers and the transfer desk</source>
        <translation>逐车次、逐座位列出：供司机和交通组使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="156"/>
        <source>&amp;Rooming list…</source>
        <translation>住宿分房表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="159"/>
        <source>Guests, check-in and check-out per hotel</source>
        <translation>各酒店的住客及入住、退房日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="163"/>
        <source>&amp;Dietary summary…</source>
        <translation>餐饮需求汇总(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="166"/>
        <source>Covers and dietary or accessibility needs per meal</source>
        <translation>每餐用餐人数及饮食和无障碍需求</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="178"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="181"/>
        <source>Database, geocoding, travel, outputs and language</source>
        <translation>数据库、地理编码、交通、输出和语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="190"/>
        <source>Close Tourplanner</source>
        <translation>关闭 Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="196"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="199"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="207"/>
        <source>New &amp;item…</source>
        <translation>新建日程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="210"/>
        <source>Schedule a visit, meeting, meal or transfer</source>
        <translation>安排参观、会见、用餐或交通</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="213"/>
        <source>New si&amp;te…</source>
        <translation>新建地点(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="213"/>
        <source>Add a place</source>
        <translation>添加地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="217"/>
        <source>New &amp;participant…</source>
        <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="220"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="223"/>
        <source>New &amp;group…</source>
        <translation>新建小组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="223"/>
        <source>Add a group</source>
        <translation>添加小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="227"/>
        <source>&amp;Edit selected…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="230"/>
        <source>Change the selected record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="234"/>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="237"/>
        <source>Delete the selected records</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="243"/>
        <source>Duplicate selected ite&amp;ms</source>
        <translation>复制所选日程(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="246"/>
        <source>Copy the selected items at the same times (one undoable step)</source>
        <translation>在相同时间复制所选日程（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="250"/>
        <source>&amp;Copy a day to…</source>
        <translation>将某天复制到(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="253"/>
        <source>Copy every item of the selected day to another day</source>
        <translation>将所选日期的全部日程复制到另一天</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="257"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="260"/>
        <source>Search this view</source>
        <translation>在此视图中搜索</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="266"/>
        <source>&amp;Programme</source>
        <translation>日程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="267"/>
        <source>&amp;Sites</source>
        <translation>地点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="268"/>
        <source>P&amp;articipants</source>
        <translation>人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="269"/>
        <source>Pro&amp;blems</source>
        <translation>问题(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="270"/>
        <source>&amp;Outputs</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="271"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="272"/>
        <source>&amp;Gifts</source>
        <translation>礼品(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="273"/>
        <source>S&amp;eating</source>
        <translation>座次(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="283"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="286"/>
        <source>Show more detail on the timeline</source>
        <translation>在时间线上显示更多细节</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="291"/>
        <source>Zoom o&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="294"/>
        <source>Show more of the day on the timeline</source>
        <translation>在时间线上显示更长时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="297"/>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="300"/>
        <source>Si&amp;de panel</source>
        <translation>侧栏(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="303"/>
        <source>Show or hide the day and item details beside the timeline</source>
        <translation>在时间轴旁显示或隐藏当天与日程详情</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="311"/>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="314"/>
        <source>The tour&apos;s names, dates, time zone, organiser and road-time settings</source>
        <translation>行程的名称、日期、时区、组织者及道路时间设置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="318"/>
        <source>&amp;Vehicles…</source>
        <translation>车辆(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="321"/>
        <source>The tour&apos;s coaches, vans and cars, their seats and drivers</source>
        <translation>行程的大客车、面包车和轿车，及其座位和司机</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="325"/>
        <source>Order of p&amp;recedence…</source>
        <translation>礼宾次序(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="328"/>
        <source>Put everyone on the tour in order: drag, or propose from the rules</source>
        <translation>为本行程全体人员排定礼宾次序：拖动排序，或按规则生成建议</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="332"/>
        <source>&amp;Optimise day…</source>
        <translation>优化当天路线(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="335"/>
        <source>Propose the order of the selected day&apos;s visits with the least travel</source>
        <translation>为所选日期的参观建议交通时间最短的顺序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="339"/>
        <source>Find &amp;coordinates…</source>
        <translation>查找坐标(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="342"/>
        <source>Look up the sites&apos; coordinates from their addresses</source>
        <translation>根据地址查找各地点的坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="346"/>
        <source>On the &amp;day…</source>
        <translation>当日信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="349"/>
        <source>The 24-hour line, the people on duty and notes for each day</source>
        <translation>24 小时热线、值班人员和每日备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="353"/>
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="356"/>
        <source>Stop the job shown in the status bar</source>
        <translation>停止状态栏中显示的任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="360"/>
        <source>&amp;About Tourplanner</source>
        <translation>关于 Tourplanner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="362"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AddToItemDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="71"/>
        <source>Add to item</source>
        <translation>加入日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="82"/>
        <source>Add %1 to:</source>
        <translation>将 %1 人加入：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="85"/>
        <source>The tour has no items yet</source>
        <translation>行程中还没有日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="87"/>
        <source>As:</source>
        <translation>身份：</translation>
    </message>
</context>
<context>
    <name>BriefingsPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="264"/>
        <source>Briefings</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="267"/>
        <source>A personal PDF briefing for each delegate, a host briefing per site, the booklet and the run sheet. Files that are already current are skipped.</source>
        <translation>为每位代表生成个人 PDF 简报，为每个地点生成接待方简报，还有日程手册和工作流程表。已是最新的文件将跳过。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="271"/>
        <source>About briefings</source>
        <translation>关于简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="273"/>
        <source>Kind of briefing</source>
        <translation>简报类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="275"/>
        <source>Delegate briefing</source>
        <translation>代表简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="276"/>
        <source>Booklet</source>
        <translation>日程手册</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="277"/>
        <source>Host briefing</source>
        <translation>接待方简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="278"/>
        <source>Run sheet</source>
        <translation>工作流程表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="281"/>
        <source>For whom</source>
        <translation>简报对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="283"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="284"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="285"/>
        <source>Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="286"/>
        <source>Briefing language</source>
        <translation>简报语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="288"/>
        <source>English and Chinese</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="289"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="290"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="293"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="294"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="295"/>
        <source>Make PDF briefings</source>
        <translation>生成 PDF 简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="296"/>
        <source>Briefing result</source>
        <translation>简报生成结果</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="303"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="304"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="305"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="306"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="307"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="338"/>
        <source>Every delegate</source>
        <translation>全体代表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="343"/>
        <source>Every visited site</source>
        <translation>所有到访地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="348"/>
        <source>The whole tour</source>
        <translation>整个行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="358"/>
        <source>Folder for the briefings</source>
        <translation>简报保存文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="377"/>
        <source>No folder</source>
        <translation>未选择文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="377"/>
        <source>Choose a folder for the PDFs.</source>
        <translation>请选择保存 PDF 的文件夹。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="405"/>
        <source>Making PDF briefings</source>
        <translation>正在生成 PDF 简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="408"/>
        <source>Could not make the briefings</source>
        <translation>无法生成简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="413"/>
        <source>Built %1, skipped %2 (already current).</source>
        <translation>已生成 %1 份，跳过 %2 份（已是最新）。</translation>
    </message>
</context>
<context>
    <name>BusyTimeDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="30"/>
        <source>Busy time</source>
        <translation>忙碌时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="35"/>
        <source>e.g. Embassy reception</source>
        <translation>例如：使馆招待会</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="36"/>
        <source>&amp;From:</source>
        <translation>开始时间(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="37"/>
        <source>&amp;Until:</source>
        <translation>结束时间(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="39"/>
        <source>&amp;What:</source>
        <translation>事由(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="49"/>
        <source>The end must be after the start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
</context>
<context>
    <name>BusyTimesDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="72"/>
        <source>Busy times of %1</source>
        <translation>%1 的忙碌时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="82"/>
        <source>&amp;Add…</source>
        <extracomment>The single busy time dialog opened last (tests fill it in).</extracomment>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="83"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="84"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="97"/>
        <source>&amp;Busy:</source>
        <translation>忙碌时间(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/busy_dialog.py" line="100"/>
        <source>Times when items must not need them</source>
        <translation>这些时段内不能为其安排日程</translation>
    </message>
</context>
<context>
    <name>CalendarsPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="153"/>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="154"/>
        <source>An .ics calendar per delegate and per host site, with reminders.</source>
        <translation>为每位代表和每个接待地点生成带提醒的 .ics 日历。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="155"/>
        <source>About calendars</source>
        <translation>关于日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="160"/>
        <source>Whole tour</source>
        <translation>整个行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="161"/>
        <source>One person</source>
        <translation>单个人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="162"/>
        <source>One site</source>
        <translation>单个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="163"/>
        <source>One group</source>
        <translation>单个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="166"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="168"/>
        <source>Every person&apos;s calendar into a folder…</source>
        <translation>将每个人的日历导出到文件夹…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="170"/>
        <source>Calendar export result</source>
        <translation>日历导出结果</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="173"/>
        <source>Calendar of</source>
        <translation>日历对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="206"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="206"/>
        <source>Choose whose calendar.</source>
        <translation>请选择日历对象。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="211"/>
        <source>Save the calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="213"/>
        <source>Calendars (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="221"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="224"/>
        <source>Exporting the calendar</source>
        <translation>正在导出日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="227"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="234"/>
        <source>Folder for everyone&apos;s calendars</source>
        <translation>存放所有人日历的文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="241"/>
        <source>Writing every person&apos;s calendar</source>
        <translation>正在写入每个人的日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="244"/>
        <source>Exporting calendars</source>
        <translation>正在导出日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="248"/>
        <source>Wrote %1 calendars into %2</source>
        <translation>已将 %1 份日历写入 %2</translation>
    </message>
</context>
<context>
    <name>ChangeGroupDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="33"/>
        <source>Change group</source>
        <translation>更改小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="38"/>
        <source>Add to this group (keep their other groups)</source>
        <translation>加入此小组（保留其他小组）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="39"/>
        <source>Move to this group (leave their other groups)</source>
        <translation>移入此小组（退出其他小组）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="42"/>
        <source>%1 people go to:</source>
        <translation>%1 人加入：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="44"/>
        <source>1 person goes to:</source>
        <translation>1 人加入：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="47"/>
        <source>The tour has no groups yet</source>
        <translation>行程中还没有小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="49"/>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message numerus="yes">
        <location filename="../../tourplanner/core/checks.py" line="415"/>
        <source>{names} is (are) in &apos;{first}&apos; and &apos;{second}&apos; at {when}</source>
        <translation>
            <numerusform>{names}在{when}同时被安排在“{first}”和“{second}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/checks.py" line="433"/>
        <source>No travel time for {who} from &apos;{first}&apos; ({first_site}) to &apos;{second}&apos; ({second_site}): {sites} has (have) no coordinates; geocode it (them) or enter the travel time</source>
        <translation>
            <numerusform>{who}从“{first}”（{first_site}）到“{second}”（{second_site}）的路程时间未知：{sites}没有坐标；请进行地理编码或输入路程时间</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/checks.py" line="458"/>
        <source>{who}: {gap} from &apos;{first}&apos; (ends {ends}) to &apos;{second}&apos; (starts {starts}) on {day}, but {first_site} → {second_site} needs {needs} ({how}){buffer}: {short} min missing</source>
        <translation>{who}：{day}从“{first}”（{ends}结束）到“{second}”（{starts}开始）只有{gap}，但{first_site} → {second_site}需要{needs}（{how}）{buffer}：还差{short}分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/checks.py" line="473"/>
        <source> plus {minutes} min buffer</source>
        <translation>，另加{minutes}分钟缓冲</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="79"/>
        <source>{how}, rush-hour ×{factor} at {span}</source>
        <translation>{how}，{span} 高峰时段 ×{factor}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="81"/>
        <source>{how}, ×{factor} at {span}</source>
        <translation>{how}，{span} ×{factor}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="86"/>
        <source>{how}, traffic ×{factor}</source>
        <translation>{how}，路况 ×{factor}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="91"/>
        <source>by road</source>
        <translation>按道路计算</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="92"/>
        <source>your figure</source>
        <translation>您填写的时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="93"/>
        <source>estimated from the distance</source>
        <translation>按距离估算</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="94"/>
        <source>same site</source>
        <translation>同一地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="95"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="46"/>
        <source>Mondays</source>
        <translation>每周一</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="47"/>
        <source>Tuesdays</source>
        <translation>每周二</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="48"/>
        <source>Wednesdays</source>
        <translation>每周三</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="49"/>
        <source>Thursdays</source>
        <translation>每周四</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="50"/>
        <source>Fridays</source>
        <translation>每周五</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="51"/>
        <source>Saturdays</source>
        <translation>每周六</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="52"/>
        <source>Sundays</source>
        <translation>每周日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="205"/>
        <source>&apos;{title}&apos; at {when} is outside the tour&apos;s dates ({first} – {last})</source>
        <translation>“{title}”（{when}）不在行程日期内（{first}至{last}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="230"/>
        <source>&apos;{title}&apos; at {when}: {site} is closed on {days}</source>
        <translation>“{title}”（{when}）：{site}{days}不开放</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="247"/>
        <source>&apos;{title}&apos; at {when} is outside the opening hours of {site} ({day} {hours})</source>
        <translation>“{title}”（{when}）不在{site}的开放时间内（{day} {hours}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="272"/>
        <source>&apos;{title}&apos; at {when}: {site} is closed on {day}</source>
        <translation>“{title}”（{when}）：{site}在{day}不开放</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="287"/>
        <source>&apos;{title}&apos; at {when} is outside the opening hours of {site} on {day} ({hours}, not its usual hours)</source>
        <translation>“{title}”（{when}）不在{site}于{day}的开放时间内（当天为{hours}，不同于平时）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="309"/>
        <source>&apos;{title}&apos; at {when} brings %n person(s) to {site}, which holds {capacity}</source>
        <translation>
            <numerusform>“{title}”（{when}）有%n人前往{site}，但该处仅能容纳{capacity}人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="355"/>
        <source>{owner} ({what}, {when})</source>
        <translation>{owner}（{what}，{when}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="357"/>
        <source>busy</source>
        <translation>有其他安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="364"/>
        <source>&apos;{title}&apos; at {when} overlaps outside commitments: {whose}</source>
        <translation>“{title}”（{when}）与外部安排冲突：{whose}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="392"/>
        <source> ({names} share(s) no language with the hosts)</source>
        <translation>
            <numerusform>（{names}与接待方没有共同语言）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="401"/>
        <source>&apos;{title}&apos; at {when}: hosts and visitors have no language in common and no interpreter who covers both attends{detail}</source>
        <translation>“{title}”（{when}）：接待方与来访者没有共同语言，也没有能兼顾双方语言的翻译出席{detail}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="463"/>
        <source>&apos;{title}&apos; at {when} seats %n person(s) in {vehicle}, which has {seats}</source>
        <translation>
            <numerusform>“{title}”（{when}）在{vehicle}安排了%n人，但该车只有{seats}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="470"/>
        <location filename="../../tourplanner/core/seating.py" line="480"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n个座位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="483"/>
        <source>&apos;{title}&apos; at {when}: {name} is seated more than once ({where})</source>
        <translation>“{title}”（{when}）：{name}被重复安排座位（{where}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="501"/>
        <source>&apos;{title}&apos; at {when}: {names} is (are) seated in {vehicle} but not on this transfer</source>
        <translation>
            <numerusform>“{title}”（{when}）：{names}在{vehicle}有座位，但不参加此次接送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="521"/>
        <source>&apos;{title}&apos; at {when}: {names} has (have) no seat in any vehicle</source>
        <translation>
            <numerusform>“{title}”（{when}）：{names}在所有车辆中都没有座位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="534"/>
        <source>&apos;{title}&apos; at {when} has no attendees</source>
        <translation>“{title}”（{when}）没有参加人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/item_rules.py" line="543"/>
        <source>&apos;{title}&apos; at {when} is a visit with no site</source>
        <translation>“{title}”（{when}）是参访活动，但没有地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="436"/>
        <source>&apos;{title}&apos; at {when}</source>
        <translation>“{title}”（{when}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="446"/>
        <source>{item}: {names} has (have) no seat at the tables</source>
        <translation>
            <numerusform>{item}：{names}在餐桌上没有座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="459"/>
        <source>{item}: {names} is (are) seated at a table but not attending</source>
        <translation>
            <numerusform>{item}：{names}已安排桌位但不出席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="474"/>
        <source>{item}: table {table} seats %n person(s) but has {seats}</source>
        <translation>
            <numerusform>{item}：{table}号桌安排了%n人，但只有{seats}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="498"/>
        <source>{item}: {guest} sits nearer the principals than {other}, who ranks higher</source>
        <translation>{item}：{guest}比礼宾次序更高的{other}坐得离主宾更近</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="511"/>
        <source>{item}: {name} (table {table}, seat {seat}) shares no language with either neighbour</source>
        <translation>{item}：{name}（{table}号桌，{seat}号座）与两侧邻座都没有共同语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="149"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="156"/>
        <source>The gift {what!r} from {giver} to {taker} is worth {value} {currency}, above the tour&apos;s limit of {limit} {limit_currency}.</source>
        <translation>{giver}赠予{taker}的礼品 {what!r} 价值 {value} {currency}，超过行程规定的上限 {limit} {limit_currency}。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="58"/>
        <source>tourplanner: error: {command}: {message} (see --help)</source>
        <translation>tourplanner：错误：{command}：{message}（参见 --help）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="60"/>
        <source>tourplanner: error: {message} (see --help)</source>
        <translation>tourplanner：错误：{message}（参见 --help）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="66"/>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="73"/>
        <source>TOUR</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="66"/>
        <source>the tour&apos;s slug</source>
        <translation>行程的标识</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="73"/>
        <source>default: from the file&apos;s suffix</source>
        <translation>默认：按文件扩展名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="76"/>
        <location filename="../../tourplanner/cli/__init__.py" line="114"/>
        <location filename="../../tourplanner/cli/__init__.py" line="121"/>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="62"/>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="82"/>
        <location filename="../../tourplanner/cli/send_commands.py" line="192"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="84"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="76"/>
        <source>file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="82"/>
        <source>Plan delegation tours.</source>
        <translation>规划代表团行程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="87"/>
        <source>show the program&apos;s version and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="93"/>
        <source>database URL (sqlite:///file.db or postgresql+psycopg://...); default $TOURPLANNER_DB, else a file in your data folder</source>
        <translation>数据库 URL（sqlite:///file.db 或 postgresql+psycopg://...）；默认为 $TOURPLANNER_DB，否则为数据文件夹中的一个文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="97"/>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="99"/>
        <source>load the sample tour (chongqing-2021)</source>
        <translation>载入示例行程（chongqing-2021）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="101"/>
        <source>replace an existing copy with a fresh one</source>
        <translation>用新副本替换已有的副本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="105"/>
        <source>list the tours</source>
        <translation>列出行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="106"/>
        <source>print JSON instead of a table</source>
        <translation>输出 JSON 而非表格</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="109"/>
        <source>write a tour or its outputs to a file</source>
        <translation>将行程或其输出写入文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="110"/>
        <location filename="../../tourplanner/cli/__init__.py" line="119"/>
        <source>WHAT</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="111"/>
        <source>write a tour file (JSON)</source>
        <translation>写出行程文件（JSON）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="114"/>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="62"/>
        <source>file to write (default: stdout)</source>
        <translation>要写入的文件（默认：标准输出）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="118"/>
        <source>read a tour or data into the database</source>
        <translation>将行程或数据读入数据库</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="120"/>
        <source>read a tour file (all or nothing)</source>
        <translation>读取行程文件（全部成功或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="123"/>
        <source>replace a tour with the same slug</source>
        <translation>替换标识相同的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="127"/>
        <source>database maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="128"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="129"/>
        <source>migrate the database to the newest schema</source>
        <translation>将数据库迁移到最新结构</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="183"/>
        <source>Loaded the sample tour {slug}.</source>
        <translation>已载入示例行程 {slug}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="187"/>
        <source>The sample tour {slug} is already loaded (use --reset for a fresh copy).</source>
        <translation>示例行程 {slug} 已载入（使用 --reset 可重新载入）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="209"/>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="184"/>
        <source>No tours yet. Try: tourplanner sample</source>
        <translation>还没有行程。可尝试：tourplanner sample</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="211"/>
        <source>SLUG</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="211"/>
        <source>DATES</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="211"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="88"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="99"/>
        <location filename="../../tourplanner/cli/sync_commands.py" line="133"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="225"/>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="122"/>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="131"/>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="162"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="234"/>
        <source>{problem}; use --replace to overwrite it</source>
        <translation>{problem}；使用 --replace 可覆盖</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="237"/>
        <source>Replaced tour {slug}: {counts}.</source>
        <translation>已替换行程 {slug}：{counts}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="239"/>
        <source>Imported tour {slug}: {counts}.</source>
        <translation>已导入行程 {slug}：{counts}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="241"/>
        <location filename="../../tourplanner/cli/send_commands.py" line="313"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="175"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="210"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="243"/>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="170"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 个地点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="244"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 名人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="245"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="246"/>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="169"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项日程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="247"/>
        <source>%n busy block(s)</source>
        <translation>
            <numerusform>%n 个忙碌时段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="259"/>
        <source>Database {url} is up to date ({revision}).</source>
        <translation>数据库 {url} 已是最新（{revision}）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="265"/>
        <source>Migrated {url} from {old} to {new}.</source>
        <translation>已将 {url} 从 {old} 迁移到 {new}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="266"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="270"/>
        <source>Backup of the old file: {path}</source>
        <translation>旧文件的备份：{path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="298"/>
        <location filename="../../tourplanner/cli/__init__.py" line="314"/>
        <source>tourplanner: error: {message}</source>
        <translation>tourplanner：错误：{message}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="308"/>
        <source>tourplanner: interrupted</source>
        <translation>tourplanner：已中断</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/check_commands.py" line="21"/>
        <source>list the problems in a tour (exit 1 if there are errors)</source>
        <translation>列出行程中的问题（有错误时退出码为 1）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/check_commands.py" line="23"/>
        <source>Check a tour for double bookings, short travel, closed sites and more. Exit code: 0 no errors, 1 errors found, 2 bad use.</source>
        <translation>检查行程中的时间冲突、路程时间不足、地点关闭等问题。退出码：0 无错误，1 发现错误，2 用法错误。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/check_commands.py" line="28"/>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而非文字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/check_commands.py" line="39"/>
        <source>No problems found in {tour}.</source>
        <translation>{tour} 中未发现问题。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/check_commands.py" line="44"/>
        <source>{severity} · {title}: {message}</source>
        <translation>{severity} · {title}：{message}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/check_commands.py" line="49"/>
        <source>{errors}, {warnings} in {tour}.</source>
        <translation>{tour} 中有{errors}、{warnings}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/check_commands.py" line="50"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/check_commands.py" line="51"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="31"/>
        <source>expected minutes from 0 to 10080 or &apos;off&apos;, got {text}</source>
        <translation>应为 0 到 10080 之间的分钟数或 &apos;off&apos;，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="40"/>
        <source>write a calendar (.ics): the whole tour, a person, a site or a group</source>
        <translation>写出日历（.ics）：整个行程、一名人员、一个地点或一个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="42"/>
        <source>Write an iCalendar feed. Without -o it goes to stdout. Events keep their UID and SEQUENCE, so calendars that subscribe to the file update in place.</source>
        <translation>写出 iCalendar 日历。不带 -o 时输出到标准输出。活动保留其 UID 和 SEQUENCE，因此订阅该文件的日历会就地更新。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="47"/>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="149"/>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="50"/>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="58"/>
        <location filename="../../tourplanner/cli/publish_commands.py" line="75"/>
        <location filename="../../tourplanner/cli/sync_commands.py" line="119"/>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="50"/>
        <source>only the items this participant attends</source>
        <translation>仅此人员参加的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="53"/>
        <source>only the visits to this site (for its host)</source>
        <translation>仅对此地点的访问（供其接待方使用）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="55"/>
        <source>only the items this group attends</source>
        <translation>仅此小组参加的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="58"/>
        <location filename="../../tourplanner/cli/send_commands.py" line="116"/>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="59"/>
        <source>write one file per participant into DIR (named after them)</source>
        <translation>为每名人员在该文件夹中写一个文件（以其姓名命名）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="69"/>
        <source>a reminder this many minutes before each event, or &apos;off&apos; (default 30)</source>
        <translation>在每个活动前这么多分钟提醒，或 &apos;off&apos;（默认 30）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="75"/>
        <source>read .ics files as busy times of a person or site, or as schedule items</source>
        <translation>读取 .ics 文件，作为人员或地点的忙碌时段，或作为日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="77"/>
        <source>Read calendar files into a tour, all files or none. Times outside the tour&apos;s dates are left out; recurring events are expanded within them.</source>
        <translation>将日历文件读入行程，要么全部读入，要么都不读入。行程日期之外的时间会被略去；重复活动在行程日期内展开。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="88"/>
        <source>mark this participant or site busy at the events&apos; times (person:KEY or site:KEY if both have that key)</source>
        <translation>在这些活动的时间将此人员或地点标为忙碌（若两者都用此键，写 person:键 或 site:键）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="93"/>
        <source>add the events as schedule items</source>
        <translation>将这些活动添加为日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="96"/>
        <source>show what would be added; add nothing</source>
        <translation>显示将添加的内容；不做任何添加</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/calendar_commands.py" line="106"/>
        <source>--all-people writes one file per person; it cannot take -o</source>
        <translation>--all-people 为每人写一个文件；不能与 -o 同用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/calendar_commands.py" line="110"/>
        <source>Wrote %n calendar(s) to {folder}</source>
        <translation>
            <numerusform>已将 %n 个日历写入 {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="33"/>
        <source>expected seconds, got {text}</source>
        <translation>应为秒数，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="37"/>
        <source>expected more than 0 seconds, got {text}</source>
        <translation>应为大于 0 的秒数，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="39"/>
        <source>expected at least 0 seconds, got {text}</source>
        <translation>应为不小于 0 的秒数，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="54"/>
        <source>expected 0 to {limit}, got {text}</source>
        <translation>应为 0 到 {limit}，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="65"/>
        <source>find coordinates for the sites of a tour</source>
        <translation>查找行程中各地点的坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="67"/>
        <source>Place each site: coordinates entered by hand are kept; otherwise the offline gazetteer, then answers cached in the database, then a Nominatim server. Exit code 0 when every site looked up was placed, 1 when some were not.</source>
        <translation>为每个地点定位：手动输入的坐标保持不变；否则依次使用离线地名库、数据库中缓存的结果、Nominatim 服务器。所查地点全部定位成功时退出码为 0，有未定位的为 1。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="73"/>
        <source>the tour&apos;s slug (default: every tour)</source>
        <translation>行程的标识（默认：所有行程）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="79"/>
        <source>Nominatim server (default ${variable}, else {url}, which is never asked more than once a second)</source>
        <translation>Nominatim 服务器（默认为 ${variable}，否则为 {url}，对其每秒最多请求一次）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="86"/>
        <source>how this program names itself to the server (default ${variable})</source>
        <translation>本程序向服务器报告的名称（默认 ${variable}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="102"/>
        <source>seconds between two requests (default 1 for the public server, which never gets less; 0 for other servers)</source>
        <translation>两次请求之间的秒数（公共服务器默认 1 且不会更少；其他服务器默认 0）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="111"/>
        <source>retries after a failed request, 0 to {limit} (default {default})</source>
        <translation>请求失败后的重试次数，0 到 {limit}（默认 {default}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="119"/>
        <source>also look again at sites that already have coordinates (never at those entered by hand)</source>
        <translation>也重新查找已有坐标的地点（手动输入的除外）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="128"/>
        <source>seconds to wait for each answer (default {seconds})</source>
        <translation>每次应答的等待秒数（默认 {seconds}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="144"/>
        <source>Tour {tour}</source>
        <translation>行程 {tour}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="146"/>
        <source>  (no sites)</source>
        <translation>  （没有地点）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="149"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="150"/>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="150"/>
        <source>LATITUDE</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="151"/>
        <source>LONGITUDE</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="151"/>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="163"/>
        <source> (cached answer)</source>
        <translation>（缓存结果）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="167"/>
        <source>{sites}: {found} found, {not_found} not found, {failed} failed, {skipped} skipped; {requests} to {server}</source>
        <translation>{sites}：找到 {found} 个，未找到 {not_found} 个，失败 {failed} 个，跳过 {skipped} 个；向 {server} 发出{requests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/geocode_commands.py" line="175"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="25"/>
        <source>expected a date and time such as 2021-03-27T09:00+08:00, got {text}</source>
        <translation>应为日期和时间，例如 2021-03-27T09:00+08:00，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="31"/>
        <source>give the zone too, e.g. {value}+08:00 or {value}Z, got {text}</source>
        <translation>请同时给出时区，例如 {value}+08:00 或 {value}Z，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="42"/>
        <source>who changed what in a tour, and when</source>
        <translation>谁在何时修改了行程中的什么</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="44"/>
        <source>Every change to the tour&apos;s plan, newest first: GUI edits and their undo, imports, replaces, sync decisions. JSON: a list of objects with at, who, action, record and changes.</source>
        <translation>行程安排的每一次修改，最新的在前：界面中的编辑及其撤销、导入、替换、同步决定。JSON：由包含 at、who、action、record 和 changes 的对象组成的列表。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="50"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="53"/>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="55"/>
        <source>only changes from TIME (with its zone)</source>
        <translation>仅此时间（含时区）之后的修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="57"/>
        <source>only changes of this item</source>
        <translation>仅此日程的修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="62"/>
        <source>print each change to a tour as it happens, until interrupted</source>
        <translation>实时输出行程的每次修改，直到被中断</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="64"/>
        <source>One line per change committed to the tour, by anyone, as it happens (PostgreSQL: as each commit notifies; SQLite: within a second). With --json, one object per line with at, who, action, record and changes.</source>
        <translation>任何人提交到行程的每次修改实时输出一行（PostgreSQL：每次提交通知时；SQLite：一秒之内）。使用 --json 时每行一个包含 at、who、action、record 和 changes 的对象。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="70"/>
        <source>print one JSON object per line</source>
        <translation>每行输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/history_commands.py" line="84"/>
        <source>No changes recorded.</source>
        <translation>没有修改记录。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="30"/>
        <source>invalid date {text} (use YYYY-MM-DD)</source>
        <translation>无效日期 {text}（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="38"/>
        <source>propose a shorter route for one day</source>
        <translation>为某一天建议更短的路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="40"/>
        <source>Reorder one person&apos;s visits on one day for the least travel, keeping fixed appointments (meals, meetings, pinned visits) and opening hours. Shows the current and the proposed plan side by side; --apply saves the proposal as one change.</source>
        <translation>重新排列一个人某一天的参观顺序，使路程最短，同时保留固定安排（用餐、会见、已固定的参观）和开放时间。并排显示当前安排和建议安排；--apply 将建议作为一次修改保存。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="47"/>
        <source>the day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="51"/>
        <source>whose programme to plan (default: the head of the delegation)</source>
        <translation>为谁规划日程（默认：代表团团长）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="53"/>
        <source>save the proposed times</source>
        <translation>保存建议的时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="71"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="91"/>
        <source>{person} ({key}) on {day}, tour {tour}; times in {zone}</source>
        <translation>{person}（{key}），{day}，行程 {tour}；时间按 {zone}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="94"/>
        <source>{weekday} {date}</source>
        <translation>{date} {weekday}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="109"/>
        <source>The route starts from {start} and ends at {end}.</source>
        <translation>路线从{start}出发，到{end}结束。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="112"/>
        <source>The route starts from {start}.</source>
        <translation>路线从{start}出发。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="114"/>
        <source>The route ends at {end}.</source>
        <translation>路线到{end}结束。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="117"/>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="117"/>
        <source>PROPOSED</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="123"/>
        <source>* fixed appointment (meal, meeting, ceremony, transfer or pinned visit)</source>
        <translation>* 固定安排（用餐、会见、仪式、接送或已固定的参观）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="128"/>
        <source>Travel: current {current}, proposed {proposed}.</source>
        <translation>路程：当前 {current}，建议 {proposed}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="130"/>
        <source>Travel: current {current}, proposed {proposed}, saved {saved}.</source>
        <translation>路程：当前 {current}，建议 {proposed}，节省 {saved}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="141"/>
        <source>With this many visits the search is heuristic: the proposal is good, not proven shortest.</source>
        <translation>参观这么多时采用启发式搜索：建议较好，但不保证最短。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/optimize_commands.py" line="149"/>
        <source>The current plan breaks a rule: {problem} (and %n more).</source>
        <translation>
            <numerusform>当前安排违反规则：{problem}（另有 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="153"/>
        <source>The current plan breaks a rule: {problem}.</source>
        <translation>当前安排违反规则：{problem}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="156"/>
        <source>The current plan is already the best; nothing would change.</source>
        <translation>当前安排已是最佳，无需改动。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="168"/>
        <source>Saved the proposal as one change: moved {items}.</source>
        <translation>已将建议作为一次修改保存：移动了{items}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="173"/>
        <source>Nothing to save: the times stay as they are.</source>
        <translation>没有可保存的内容：时间保持不变。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="35"/>
        <source>expected a whole number of at least 1, got {text}</source>
        <translation>应为不小于 1 的整数，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="45"/>
        <source>write PDF briefings (delegate, booklet, host, run sheet) or protocol documents (seating chart, name cards, place cards, badges)</source>
        <translation>写出 PDF 简报（代表、手册、接待方、工作流程表）或礼宾文件（座次图、姓名卡、桌签、胸牌）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="49"/>
        <source>Write PDF briefings. For --kind delegate or host without --person or --site, PATH is a folder and gets one PDF per delegate or per visited site, built on every core; files whose content has not changed are left alone.</source>
        <translation>写出 PDF 简报。--kind 为 delegate 或 host 且未给出 --person 或 --site 时，路径是一个文件夹，每位代表或每个参观地点各得一个 PDF，使用所有处理器核心生成；内容未变的文件保持不动。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="56"/>
        <source>which document</source>
        <translation>哪种文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="60"/>
        <source>one participant&apos;s briefing (delegate)</source>
        <translation>一名人员的简报（delegate）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="61"/>
        <source>one site&apos;s host briefing (host)</source>
        <translation>一个地点的接待方简报（host）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="64"/>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="39"/>
        <source>ITEM</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="65"/>
        <source>the item (UID or exact title) of a seating chart, place cards or name cards</source>
        <translation>座次图、桌签或姓名卡所属的日程（UID 或完整标题）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="70"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="72"/>
        <source>file to write, or folder for many</source>
        <translation>要写入的文件，多个文件时为文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="75"/>
        <source>paper size (default a4)</source>
        <translation>纸张大小（默认 a4）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="81"/>
        <source>labels in English, Chinese or both (default both)</source>
        <translation>标签使用英文、中文或双语（默认双语）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="85"/>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="88"/>
        <source>what a delegate&apos;s QR code holds: a URL; {stem} and {key} are filled in (default: their phone page when the tour has a base URL, else no QR code)</source>
        <translation>代表二维码的内容：一个 URL，其中 {stem} 和 {key} 会被填入（默认：行程有基础地址时为其手机页面，否则没有二维码）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="93"/>
        <source>processes to use (default: every core)</source>
        <translation>使用的进程数（默认：每个处理器核心一个）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="99"/>
        <source>draw each day&apos;s route sketch instead of a map from tiles ($TOURPLANNER_TILES, default OpenStreetMap); fetches no tiles</source>
        <translation>绘制每天的路线草图，而不是用地图瓦片（$TOURPLANNER_TILES，默认 OpenStreetMap）拼成的地图；不获取瓦片</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="121"/>
        <source>built {done}/{total} {name}</source>
        <translation>已生成 {done}/{total} {name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="133"/>
        <source>{path} is up to date.</source>
        <translation>{path} 已是最新。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="137"/>
        <source>Built {built} PDF(s), skipped {skipped} unchanged, in {folder}.</source>
        <translation>已在 {folder} 中生成 {built} 个 PDF，跳过 {skipped} 个未变的。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="148"/>
        <source>--item is only used with --kind seating, namecards or placecards</source>
        <translation>--item 只用于 --kind seating、namecards 或 placecards</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/pdf_commands.py" line="152"/>
        <source>--person and --site are not used with --kind {kind}</source>
        <translation>--kind {kind} 不使用 --person 和 --site</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="30"/>
        <source>propose (and with --apply store) a seating plan for a meal or ceremony</source>
        <translation>为用餐或仪式建议座次（使用 --apply 时保存）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="32"/>
        <source>Seat an item&apos;s attendees by precedence: the principal host and guest side by side at table 1, the guest on the host&apos;s right; hosts and guests alternating outward; interpreters beside the principals who need them. Seats are numbered clockwise from each table&apos;s host. Without --apply nothing is stored.</source>
        <translation>按礼宾次序为日程的参加者排座：主方和客方主宾在 1 号桌并排而坐，客方主宾坐在主方主宾右侧；主客双方向外交替就座；翻译坐在需要他们的主宾旁边。座位从每桌的主人起按顺时针编号。不带 --apply 时不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="39"/>
        <source>the item&apos;s UID or its exact title</source>
        <translation>日程的 UID 或完整标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="44"/>
        <source>e.g. 4x10, or 1x12long,5x10 (default: the item&apos;s tables, else round tables of 10)</source>
        <translation>例如 4x10，或 1x12long,5x10（默认：日程已有的桌子，否则为 10 人圆桌）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="48"/>
        <source>store the plan for the item</source>
        <translation>为该日程保存座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="53"/>
        <source>put the item&apos;s tables and seats back as they were before their last change (from the history; undoing twice restores the undone plan)</source>
        <translation>将日程的桌子和座位恢复到上次修改之前（依据历史记录；撤销两次会恢复被撤销的座次）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="57"/>
        <source>print the plan as JSON</source>
        <translation>以 JSON 输出座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="62"/>
        <source>write a tour&apos;s order of precedence as CSV or XLSX</source>
        <translation>以 CSV 或 XLSX 写出行程的礼宾次序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="64"/>
        <source>Everyone on the tour, from 1: the organiser&apos;s ranks, then the people the rules place (VIP, title, role, name).</source>
        <translation>行程中的每个人，从 1 开始：先是组织者排定的次序，再是按规则排定的人员（贵宾、职务、角色、姓名）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="73"/>
        <source>write a tour&apos;s gift log as CSV or XLSX</source>
        <translation>以 CSV 或 XLSX 写出行程的礼品记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="75"/>
        <source>Every gift in the order entered: what, from and to (a person or an organisation), the item and its date, the value and currency, the status, whether it is above the tour&apos;s gift limit, and notes.</source>
        <translation>按录入顺序列出每件礼品：礼品、赠送方和接受方（个人或机构）、日程及其日期、价值和币种、状态、是否超过行程的礼品限额，以及备注。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="87"/>
        <source>Wrote the order of precedence ({people}) to {path}</source>
        <translation>已将礼宾次序（{people}）写入 {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="88"/>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="117"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="237"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="98"/>
        <source>Wrote the gift log ({gifts}) to {path}</source>
        <translation>已将礼品记录（{gifts}）写入 {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="99"/>
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n 件礼品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="109"/>
        <source>seating: --undo takes no --tables or --json</source>
        <translation>seating：--undo 不接受 --tables 或 --json</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="113"/>
        <source>Put back the seating plan of {item} as it was before its last change: {people} at {tables}.</source>
        <translation>已将 {item} 的座次恢复到上次修改之前：{people}，{tables}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="118"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 桌</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="129"/>
        <source>Stored the seating plan of {item}.</source>
        <translation>已保存 {item} 的座次。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="133"/>
        <source>Undo: {command}</source>
        <translation>撤销：{command}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="143"/>
        <source>Seating for {item} ({uid}):</source>
        <translation>{item}（{uid}）的座次：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="146"/>
        <source>Table {number} ({shape}, {seats})</source>
        <translation>{number} 号桌（{shape}，{seats}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="149"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 个座位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="157"/>
        <source>  dietary: {need}: {names}</source>
        <translation>  饮食：{need}：{names}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="164"/>
        <source>warning: {name} (table {table}, seat {seat}) shares no language with either neighbour</source>
        <translation>警告：{name}（{table} 号桌，{seat} 号座）与两侧邻座都没有共同语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="22"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="22"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="25"/>
        <source>TARGET is a folder (serve it with any web server, or sync it to a static host) or a
WebDAV collection: https://USER@dav.example.org/tour/ (plain http only to this
machine). The password is never part of the URL: it is read from the variable named by
--password-env, else ${variable}, else the system keyring
(&apos;keyring set {service} USER&apos;). The tour remembers TARGET and --base-url, so a
later run needs neither. See docs/publishing.md.
</source>
        <translation>目标是一个文件夹（用任何 Web 服务器提供，或同步到静态网站主机），或一个
WebDAV 集合：https://USER@dav.example.org/tour/（仅对本机可用明文 http）。
密码从不写在 URL 中：依次从 --password-env 指定的变量、${variable}、
系统密钥环（&apos;keyring set {service} USER&apos;）读取。行程会记住目标和
--base-url，之后运行时两者都不必再给。参见 docs/publishing.md。
</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="41"/>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="45"/>
        <source>{text} is not between 0 and 3600</source>
        <translation>{text} 不在 0 到 3600 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="54"/>
        <source>publish every participant&apos;s and host site&apos;s private page</source>
        <translation>发布每名人员和每个接待地点的专属页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="56"/>
        <source>Write each participant&apos;s and host site&apos;s phone page, calendar and briefing into a folder named by their private token. Only what changed is written; folders of people who left are removed. Exit code: 0 done, 1 refused (the tour has errors), 2 bad use or the target failed.</source>
        <translation>将每名人员和每个接待地点的手机页面、日历和简报写入以其专属令牌命名的文件夹。只写入有变化的内容；已离开人员的文件夹会被删除。退出码：0 完成，1 被拒绝（行程有错误），2 用法错误或目标失败。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="67"/>
        <location filename="../../tourplanner/cli/sync_commands.py" line="97"/>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="68"/>
        <source>folder or WebDAV URL (default: the last one)</source>
        <translation>文件夹或 WebDAV URL（默认：上一次的）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="73"/>
        <source>the public address of TARGET (default: the last one, or the WebDAV URL)</source>
        <translation>目标的公开地址（默认：上一次的，或 WebDAV URL）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="77"/>
        <source>publish only this participant&apos;s page</source>
        <translation>仅发布此人员的页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="78"/>
        <source>publish only this site&apos;s page</source>
        <translation>仅发布此地点的页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="79"/>
        <source>publish even with errors</source>
        <translation>即使有错误也发布</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="81"/>
        <source>say what would be written, write nothing</source>
        <translation>说明将写入的内容，不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="87"/>
        <source>give this participant or site (site:KEY) a new link and delete the old folder</source>
        <translation>给此人员或地点（site:键）一个新链接，并删除旧文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="92"/>
        <location filename="../../tourplanner/cli/send_commands.py" line="131"/>
        <location filename="../../tourplanner/cli/sync_commands.py" line="116"/>
        <source>VAR</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="94"/>
        <source>environment variable holding the WebDAV password (default ${variable})</source>
        <translation>存放 WebDAV 密码的环境变量（默认 ${variable}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="98"/>
        <source>seconds to wait for the server (30)</source>
        <translation>等待服务器的秒数（30）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="104"/>
        <source>processes for PDFs (default: every core)</source>
        <translation>生成 PDF 的进程数（默认：每个处理器核心一个）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="106"/>
        <source>list every folder</source>
        <translation>列出每个文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="111"/>
        <source>list the private address of every participant&apos;s and host site&apos;s page</source>
        <translation>列出每名人员和每个接待地点页面的专属地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="117"/>
        <source>print a JSON list of {person|site, name, url}</source>
        <translation>输出由 {person|site, name, url} 组成的 JSON 列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="144"/>
        <source>tourplanner: {message}</source>
        <translation>tourplanner：{message}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="155"/>
        <source>Published with {errors} (--allow-errors).</source>
        <translation>已发布，尚有{errors}（--allow-errors）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/publish_commands.py" line="156"/>
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n 个未解决的错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="161"/>
        <source>Revoked the old link of {recipient}; its folder is deleted.</source>
        <translation>已撤销 {recipient} 的旧链接；其文件夹已删除。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/publish_commands.py" line="172"/>
        <source>No public address (--base-url): briefings carry no QR code, mail no link.</source>
        <translation>没有公开地址（--base-url）：简报中没有二维码，邮件中没有链接。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/roads_commands.py" line="20"/>
        <source>fetch road times between the sites of a tour from a routing server</source>
        <translation>从路径规划服务器获取行程各地点之间的道路行驶时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/roads_commands.py" line="22"/>
        <source>Ask an OSRM-compatible routing server (self-hosted osrm-routed, or a service with the same HTTP API) for the road time between the sites of each day: one table request per day, none for a day whose legs are cached. The travel check then uses, in order: your own figure for a leg, the road time x the tour&apos;s traffic factor, the straight-line estimate. Exit code 2 when the server cannot be asked; road times cached before still apply.</source>
        <translation>向兼容 OSRM 的路径规划服务器（自建的 osrm-routed，或 HTTP 接口相同的服务）查询每天各地点之间的道路行驶时间：每天一次表格请求，各段都已缓存的日子不发请求。路程检查随后依次使用：您为某段路填写的时间、道路时间 × 行程的交通系数、直线距离估算。无法询问服务器时退出码为 2；之前缓存的道路时间仍然有效。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/roads_commands.py" line="34"/>
        <source>routing server (default ${variable}, else the tour&apos;s routing server)</source>
        <translation>路径规划服务器（默认为 ${variable}，否则为行程设置的服务器）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/roads_commands.py" line="50"/>
        <source>seconds between two requests (default 1)</source>
        <translation>两次请求之间的秒数（默认 1）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="40"/>
        <source>Email every delegate their PDF briefing and their calendar (.ics), and every host the
host briefing and calendar of each site they host, with a short text in the recipient&apos;s
language (Chinese when it is their first language, English otherwise).

--to delegates, hosts, a participant&apos;s key, or a site&apos;s key (that site&apos;s hosts). Hosts
are the people the tour names as host of a site&apos;s items; a site that names none is
written to its contact email. A site&apos;s own contacts by role (the site dialog&apos;s venue
contacts) get their lists too: a host contact the host briefing, catering the dietary
list of each meal there (per table once seated), the gate the vehicles with plates and
arrival times. The report says who got what, one line each.

Each message is recorded. A run sends to everyone who has not yet received their current
version, so running a broken-off run again sends only the rest, and nobody gets the same
version twice. --changed-only sends only updates: to people whose briefing or calendar
changed since their last message (see: tourplanner dispatches TOUR); each update lists
what changed. --resend sends to everyone again.

The SMTP server comes from --smtp URL or ${url_variable}:
  smtp://USER@HOST[:587]     STARTTLS (the default port is 587)
  smtps://USER@HOST[:465]    TLS from the start
  ...?security=none          no encryption (a password only to a server on this machine)
  ...?from=ADDRESS           the sender (default: the tour&apos;s organiser email, or --from)
Leave out USER@ for a server that needs no login. The password is never part of the URL:
it is read from the variable named by --password-env, else ${password_variable}, else the
system keyring (store it with: keyring set tourplanner-smtp USER). It is never stored,
printed or logged.

--dry-run -o DIR writes each message as an .eml file in DIR instead of sending it.

Nothing is sent (nor written by --dry-run) while `tourplanner check TOUR` reports errors:
the command lists them (the first five and a count) and exits 1. --allow-errors sends
anyway, and each message&apos;s record notes how many errors were open. Warnings never block.

Exit code: 0 everything went out, 1 the tour has errors, or some message failed or was
not sent (each has one line saying why; a bad address is caught before sending), 2 nothing
could be sent (one line on stderr: the server cannot be reached, the login was refused,
...).</source>
        <translation>通过电子邮件向每位代表发送其 PDF 简报和日历（.ics），向每位接待方发送其接待的
每个地点的接待方简报和日历，并附一段使用收件人语言的简短文字（第一语言为中文时
用中文，否则用英文）。

--to 可为 delegates、hosts、一名人员的键，或一个地点的键（该地点的接待方）。接待方
是行程中被指定为某地点日程接待方的人；未指定接待方的地点发送到其联系邮箱。地点
按角色登记的联系人（地点对话框中的场馆联系人）也会收到各自的名单：接待联系人收到
接待方简报，餐饮联系人收到在该地点每餐的饮食名单（排座后按桌），门卫收到车辆的
车牌和到达时间。报告逐行说明谁收到了什么。

每封邮件都会记录。每次运行都发给尚未收到其当前版本的人，因此重新运行一次中断的
发送只会发送剩余部分，且没有人会收到同一版本两次。--changed-only 只发送更新：发给
自上次邮件后简报或日历有变化的人（参见：tourplanner dispatches TOUR）；每封更新邮件
列出变化内容。--resend 重新发给所有人。

SMTP 服务器来自 --smtp URL 或 ${url_variable}：
  smtp://USER@HOST[:587]     STARTTLS（默认端口 587）
  smtps://USER@HOST[:465]    从一开始就使用 TLS
  ...?security=none          不加密（密码只发给本机上的服务器）
  ...?from=ADDRESS           发件人（默认：行程组织者的电子邮件，或 --from）
服务器无需登录时省略 USER@。密码从不写在 URL 中：依次从 --password-env 指定的变量、
${password_variable}、系统密钥环（用以下命令保存：keyring set tourplanner-smtp USER）
读取。密码从不会被保存、打印或写入日志。

--dry-run -o DIR 将每封邮件写成 DIR 中的 .eml 文件，而不发送。

当 `tourplanner check TOUR` 报告错误时，不发送任何邮件（--dry-run 也不写出）：命令
列出这些错误（前五个及总数）并以退出码 1 退出。--allow-errors 照常发送，每封邮件的
记录中注明当时未解决的错误数。警告从不阻止发送。

退出码：0 全部发出；1 行程有错误，或有邮件发送失败或未发送（每封各有一行说明原因；
错误的地址在发送前即被发现）；2 无法发送任何邮件（标准错误输出中一行说明：无法连接
服务器、登录被拒绝等）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="86"/>
        <source>email briefings and calendars to delegates and hosts</source>
        <translation>通过电子邮件向代表和接待方发送简报和日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="93"/>
        <source>WHO</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="98"/>
        <source>delegates, hosts, a participant&apos;s key or a site&apos;s key</source>
        <translation>delegates、hosts、一名人员的键或一个地点的键</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="104"/>
        <source>only people whose briefing or calendar changed since their last message</source>
        <translation>仅自上次邮件后简报或日历有变化的人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="109"/>
        <source>send to everyone, even who has this version</source>
        <translation>发给所有人，包括已收到此版本的人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="114"/>
        <source>write .eml files to -o DIR instead of sending</source>
        <translation>将 .eml 文件写入 -o 文件夹，而不发送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="116"/>
        <source>the folder for --dry-run</source>
        <translation>--dry-run 使用的文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="121"/>
        <source>go ahead although check reports errors (each message&apos;s record notes how many)</source>
        <translation>即使检查报告错误也继续（每封邮件的记录中注明错误数）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="127"/>
        <source>the SMTP server (default ${variable})</source>
        <translation>SMTP 服务器（默认 ${variable}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="133"/>
        <source>environment variable holding the SMTP password (default ${variable}, then the system keyring)</source>
        <translation>存放 SMTP 密码的环境变量（默认 ${variable}，其次为系统密钥环）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="140"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="142"/>
        <source>the sender address (default: the URL&apos;s from=, else the tour&apos;s organiser email)</source>
        <translation>发件人地址（默认：URL 中的 from=，否则为行程组织者的电子邮件）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="146"/>
        <source>briefing paper (default a4)</source>
        <translation>简报纸张（默认 a4）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="152"/>
        <source>briefing labels in English, Chinese or both (default both)</source>
        <translation>简报标签使用英文、中文或双语（默认双语）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="158"/>
        <source>what was emailed to whom, and who needs an update</source>
        <translation>给谁发过什么邮件，以及谁需要更新</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="160"/>
        <source>List every message sent (or tried, or written by a dry run) for a tour, then who needs an update: people whose briefing or calendar changed since their last message, with what changed.</source>
        <translation>列出行程已发送（或尝试发送，或由试运行写出）的每封邮件，然后列出需要更新的人：自上次邮件后简报或日历有变化的人，以及变化内容。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="170"/>
        <source>whose status to show: all (default), delegates, hosts or a key</source>
        <translation>显示谁的状态：all（默认）、delegates、hosts 或一个键</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="172"/>
        <source>print JSON instead of tables</source>
        <translation>输出 JSON 而非表格</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="178"/>
        <source>show or change the subject and text of a tour&apos;s emails</source>
        <translation>显示或修改行程邮件的主题和正文</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="180"/>
        <source>Show the subject and body used for one kind of message in one language (the tour&apos;s own, or the built-in default), or change it. Placeholders: {known} ({{sites}} in host mail only; {{changes}} is where an update lists what changed). An unknown placeholder is refused. Write {{{{ and }}}} for literal braces.</source>
        <translation>显示某种邮件在某种语言下使用的主题和正文（本行程自定义的或内置默认的），或修改它。占位符：{known}（{{sites}} 仅用于接待方邮件；{{changes}} 是更新邮件列出变化的位置）。未知占位符会被拒绝。要写花括号本身，请写 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="188"/>
        <source>which mail</source>
        <translation>哪种邮件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="189"/>
        <source>which language</source>
        <translation>哪种语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="190"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="190"/>
        <source>the new subject</source>
        <translation>新主题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="192"/>
        <source>the new body, from a UTF-8 file</source>
        <translation>新正文，取自 UTF-8 文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="194"/>
        <source>go back to the built-in default</source>
        <translation>恢复为内置默认</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="207"/>
        <source>--dry-run needs -o DIR, the folder for the .eml files</source>
        <translation>--dry-run 需要 -o 文件夹，用于存放 .eml 文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="209"/>
        <source>-o DIR is only for --dry-run</source>
        <translation>-o 文件夹 只用于 --dry-run</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="218"/>
        <source>Sending through {server}</source>
        <translation>正在通过 {server} 发送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="277"/>
        <source>Nothing has been sent for {tour} yet.</source>
        <translation>{tour} 尚未发送任何邮件。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="280"/>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="280"/>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="280"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="280"/>
        <source>RECIPIENT</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="287"/>
        <source>{name} (no address)</source>
        <translation>{name}（无地址）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/send_commands.py" line="292"/>
        <source> (%n error(s) open)</source>
        <translation>
            <numerusform>（%n 个错误未解决）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="300"/>
        <source>Needs an update ({count}): changed since their last message</source>
        <translation>需要更新（{count}）：自上次邮件后有变化</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="309"/>
        <source>Needs an update: nobody.</source>
        <translation>需要更新：无人。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="312"/>
        <source>Never sent ({count}): {names}</source>
        <translation>从未发送（{count}）：{names}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="316"/>
        <source>Up to date: {count}.</source>
        <translation>已是最新：{count}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="322"/>
        <source># {kind} mail, {language} (this tour&apos;s own)</source>
        <translation># {kind} 邮件，{language}（本行程自定义）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="324"/>
        <source># {kind} mail, {language} (built-in default)</source>
        <translation># {kind} 邮件，{language}（内置默认）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="327"/>
        <source>Subject: {subject}</source>
        <translation>主题：{subject}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="334"/>
        <source>--reset cannot be combined with --subject or --body-file</source>
        <translation>--reset 不能与 --subject 或 --body-file 同用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/send_commands.py" line="349"/>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}：不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="28"/>
        <source>read people from a spreadsheet (.xlsx, .ods, .xls, .csv, .tsv; all or nothing)</source>
        <translation>从电子表格读取人员（.xlsx、.ods、.xls、.csv、.tsv；全部成功或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="31"/>
        <source>read sites from a spreadsheet (.xlsx, .ods, .xls, .csv, .tsv; all or nothing)</source>
        <translation>从电子表格读取地点（.xlsx、.ods、.xls、.csv、.tsv；全部成功或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="36"/>
        <source>Add people to a tour from a spreadsheet, or update the ones already there. Headers in English or Chinese are recognised; --map names the others. Any row with an error stops the whole import unless --skip-bad-rows.</source>
        <translation>从电子表格向行程添加人员，或更新已有的人员。可识别英文或中文表头；其他表头用 --map 指定。任何一行有错误都会中止整个导入，除非使用 --skip-bad-rows。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="42"/>
        <source>Add sites to a tour from a spreadsheet, or update the ones already there. Headers in English or Chinese are recognised; --map names the others. Any row with an error stops the whole import unless --skip-bad-rows.</source>
        <translation>从电子表格向行程添加地点，或更新已有的地点。可识别英文或中文表头；其他表头用 --map 指定。任何一行有错误都会中止整个导入，除非使用 --skip-bad-rows。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="50"/>
        <source>Imported people into {tour}: {created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已向 {tour} 导入人员：新增 {created}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="55"/>
        <source>Would import people into {tour}: {created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>将向 {tour} 导入人员：新增 {created}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="60"/>
        <source>Imported sites into {tour}: {created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已向 {tour} 导入地点：新增 {created}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="65"/>
        <source>Would import sites into {tour}: {created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>将向 {tour} 导入地点：新增 {created}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="85"/>
        <source>.xlsx, .xlsm, .xlsb, .ods, .xls, .csv or .tsv file</source>
        <translation>.xlsx、.xlsm、.xlsb、.ods、.xls、.csv 或 .tsv 文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="88"/>
        <source>the worksheet to read (workbooks)</source>
        <translation>要读取的工作表（工作簿）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="95"/>
        <source>read COLUMN (header text or letter) as field, or &apos;ignore&apos; it; repeatable</source>
        <translation>将列（表头文字或列字母）读作某字段，或 &apos;ignore&apos; 忽略它；可重复</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="100"/>
        <source>text encoding of a CSV (default: guess)</source>
        <translation>CSV 的文字编码（默认：自动判断）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="103"/>
        <source>show what would change, write nothing</source>
        <translation>显示将有的变化，不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="108"/>
        <source>import the good rows; write the bad ones to FILE.rejected.csv</source>
        <translation>导入正确的行；将有误的行写入 文件.rejected.csv</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="112"/>
        <source>write a tour&apos;s people as CSV or XLSX</source>
        <translation>以 CSV 或 XLSX 写出行程的人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="118"/>
        <source>write a visitor list, vehicle manifests, rooming list or dietary summary</source>
        <translation>写出访客名单、车辆乘员名单、住宿名单或饮食汇总</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="120"/>
        <source>visitors: who arrives at a site and when, for its security desk; vehicles: who rides which vehicle on each transfer; rooming: who sleeps where; dietary: needs at each meal.</source>
        <translation>visitors：谁在何时到达某地点，供其安保台使用；vehicles：每次接送中谁乘哪辆车；rooming：谁住在哪里；dietary：每餐的饮食需求。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="128"/>
        <source>SITE</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="128"/>
        <source>site key (required for visitors)</source>
        <translation>地点的键（visitors 必需）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="131"/>
        <source>only items starting that day</source>
        <translation>仅当天开始的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="141"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="168"/>
        <source>  create     row {row}: {label} ({key})</source>
        <translation>  新建  第 {row} 行：{label}（{key}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="170"/>
        <source>  update     row {row}: {label} ({key}): {changes}</source>
        <translation>  更新  第 {row} 行：{label}（{key}）：{changes}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="172"/>
        <source>  unchanged  row {row}: {label} ({key})</source>
        <translation>  未变  第 {row} 行：{label}（{key}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="189"/>
        <source>Rejected rows written to {path}</source>
        <translation>被拒绝的行已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="193"/>
        <source>Nothing would be imported while rows have errors (see --skip-bad-rows).</source>
        <translation>有行存在错误时不会导入任何内容（参见 --skip-bad-rows）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="201"/>
        <source>sheet {name}</source>
        <translation>工作表 {name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="205"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="207"/>
        <source>{delimiter}-separated</source>
        <translation>{delimiter} 分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="209"/>
        <source>{file}: {how}; header on row {row}</source>
        <translation>{file}：{how}；表头在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="210"/>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="214"/>
        <source>  columns: {columns}</source>
        <translation>  列：{columns}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="217"/>
        <source>  ignored: {columns}</source>
        <translation>  已忽略：{columns}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="236"/>
        <source>Wrote {people} to {path}</source>
        <translation>已将{people}写入 {path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="249"/>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="251"/>
        <source>Wrote {kind} manifest ({lines}) to {path}</source>
        <translation>已将 {kind} 名单（{lines}）写入 {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/sheet_commands.py" line="252"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="22"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="23"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="24"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="25"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="29"/>
        <source>Put the tour&apos;s events (or one person&apos;s, site&apos;s or group&apos;s) in a CalDAV calendar, one
resource per event, creating the calendar if it is missing. Only what changed is sent:
a second run with no changes sends no writes. The report counts the events created,
updated, deleted and left unchanged, and the conflicts. --all-sites syncs every host&apos;s
calendar (one per site with visits, named as --site names it) in one go.

The password is read from the environment variable named by --password-env, or else from
the system keyring (store it with: keyring set tourplanner-caldav USER). It is never
stored by tourplanner, printed or logged.

Changes made in the calendar by someone else (a host who moves or deletes an event in
their own calendar) are never overwritten. Each becomes a proposal with a number:
  --pull            list the proposals (what changed: the new time, a cancellation or a
                    deletion) and change nothing;
  --accept ID ...   take the host&apos;s change into the tour: a moved event moves the item,
                    a cancelled or deleted one cancels it (its SEQUENCE goes up, so every
                    other calendar hears of it); a deleted event is not put back;
  --reject ID ...   put the tour&apos;s version back over the host&apos;s change.
Use &apos;all&apos; for every open proposal. After the decisions the calendar is synced as usual.
Proposals left undecided stay open, and the next sync lists them again.

Nothing is synced (not even a --dry-run) while `tourplanner check TOUR` reports errors:
the command lists them (the first five and a count) and exits 1; --allow-errors syncs
anyway. Warnings never block. --pull alone only reads, and is always allowed.

Exit code: 0 in sync, 1 proposals wait for a decision or the tour has errors, 2 failure
(one line on stderr; a sync broken off half-way records what it finished, and running it
again completes it).</source>
        <translation>将行程的活动（或一个人、一个地点、一个小组的活动）放入一个 CalDAV 日历，每个活动
一个资源，日历不存在时会创建。只发送有变化的内容：没有变化时第二次运行不会发送任何
写入。报告统计新建、更新、删除和未变的活动，以及冲突。--all-sites 一次同步每个接待方
的日历（每个有访问的地点一个，名称与 --site 所用的相同）。

密码从 --password-env 指定的环境变量读取，否则从系统密钥环读取（用以下命令保存：
keyring set tourplanner-caldav USER）。tourplanner 从不保存、打印或记录密码。

他人在日历中所做的修改（接待方在自己的日历中移动或删除活动）从不会被覆盖。每处修改
成为一个带编号的提议：
  --pull            列出提议（变化内容：新时间、取消或删除），不做任何修改；
  --accept ID ...   将接待方的修改写入行程：被移动的活动使日程随之移动，被取消或删除
                    的活动使日程取消（其 SEQUENCE 增加，其他日历都会得知）；被删除的
                    活动不会放回；
  --reject ID ...   用行程中的版本覆盖接待方的修改。
用 &apos;all&apos; 表示所有未决提议。作出决定后，日历照常同步。未决定的提议保持未决，下次同步
时会再次列出。

当 `tourplanner check TOUR` 报告错误时，不同步任何内容（--dry-run 也不例外）：命令
列出这些错误（前五个及总数）并以退出码 1 退出；--allow-errors 照常同步。警告从不阻止
同步。单独使用 --pull 只读取，始终允许。

退出码：0 已同步；1 有提议等待决定或行程有错误；2 失败（标准错误输出中一行说明；中途
中断的同步会记录已完成的部分，再次运行即可完成）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="71"/>
        <source>expected a proposal number or &apos;all&apos;, got {text}</source>
        <translation>应为提议编号或 &apos;all&apos;，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="83"/>
        <source>expected more than 0 and at most 600 s, got {text}</source>
        <translation>应大于 0 且不超过 600 秒，收到的是 {text}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="92"/>
        <source>keep an outside calendar in step with a tour</source>
        <translation>使外部日历与行程保持同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="94"/>
        <source>Keep an outside calendar in step with a tour. See: tourplanner sync caldav --help</source>
        <translation>使外部日历与行程保持同步。参见：tourplanner sync caldav --help</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="100"/>
        <source>sync a CalDAV calendar (Nextcloud, Radicale, iCloud, ...)</source>
        <translation>同步 CalDAV 日历（Nextcloud、Radicale、iCloud 等）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="109"/>
        <source>the CalDAV server, your calendar home, or the calendar itself</source>
        <translation>CalDAV 服务器、您的日历主目录或日历本身</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="112"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="112"/>
        <source>the CalDAV user name</source>
        <translation>CalDAV 用户名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="117"/>
        <source>environment variable holding the password (default: the system keyring)</source>
        <translation>存放密码的环境变量（默认：系统密钥环）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="121"/>
        <source>only this participant&apos;s events</source>
        <translation>仅此人员的活动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="123"/>
        <source>only the visits to this site (its host)</source>
        <translation>仅对此地点的访问（其接待方）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="125"/>
        <source>only this group&apos;s events</source>
        <translation>仅此小组的活动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="129"/>
        <source>every host&apos;s calendar: one calendar per site with visits (in one session)</source>
        <translation>每个接待方的日历：每个有访问的地点一个日历（在一次会话中完成）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="135"/>
        <source>the calendar&apos;s name (default: the tour&apos;s slug, plus the person, site or group)</source>
        <translation>日历名称（默认：行程的标识，加上人员、地点或小组）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="141"/>
        <source>show what would change; send and record nothing</source>
        <translation>显示将有的变化；不发送也不记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="146"/>
        <source>go ahead although check reports errors (nothing is synced otherwise)</source>
        <translation>即使检查报告错误也继续（否则不同步任何内容）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="151"/>
        <source>list the changes others made in the calendar (proposals); change nothing</source>
        <translation>列出他人在日历中所做的修改（提议）；不做任何修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="159"/>
        <source>accept these proposals (or &apos;all&apos;): the host&apos;s change goes into the tour</source>
        <translation>接受这些提议（或 &apos;all&apos;）：接待方的修改写入行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="167"/>
        <source>reject these proposals (or &apos;all&apos;): the tour&apos;s version goes back</source>
        <translation>拒绝这些提议（或 &apos;all&apos;）：恢复行程中的版本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="185"/>
        <source>no time</source>
        <translation>无时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="194"/>
        <source>moved in the calendar to {theirs} (tour: {ours})</source>
        <translation>在日历中移到了 {theirs}（行程：{ours}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="196"/>
        <source>marked cancelled in the calendar (tour: {ours})</source>
        <translation>在日历中被标为已取消（行程：{ours}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="198"/>
        <source>deleted from the calendar (tour: {ours})</source>
        <translation>已从日历中删除（行程：{ours}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="201"/>
        <source>edited in the calendar, same time and status, now titled {title} (tour: {ours})</source>
        <translation>在日历中被编辑，时间和状态不变，标题现为 {title}（行程：{ours}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="204"/>
        <source>edited in the calendar, same time and status (tour: {ours})</source>
        <translation>在日历中被编辑，时间和状态不变（行程：{ours}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="206"/>
        <source>{change}; no longer in this calendar here</source>
        <translation>{change}；已不在此日历中</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="208"/>
        <source>{item}: {change}</source>
        <translation>{item}：{change}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="214"/>
        <source>Calendar {name} at {url} (created)</source>
        <translation>日历 {name}，位于 {url}（已创建）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="216"/>
        <source>Calendar {name} at {url} (missing: would be created)</source>
        <translation>日历 {name}，位于 {url}（不存在：将会创建）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="218"/>
        <source>Calendar {name} at {url}</source>
        <translation>日历 {name}，位于 {url}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="221"/>
        <source>  accepted #{id}  {change}</source>
        <translation>  已接受 #{id}  {change}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="223"/>
        <source>  rejected #{id}  {change}</source>
        <translation>  已拒绝 #{id}  {change}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="226"/>
        <source>{created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflicts</source>
        <translation>新建 {created}，更新 {updated}，删除 {deleted}，未变 {unchanged}，冲突 {conflicts}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="236"/>
        <source>{counts}; {writes} writes sent.</source>
        <translation>{counts}；已发送 {writes} 次写入。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="238"/>
        <source>Nothing sent (review). Would be: {counts}.</source>
        <translation>未发送（审阅）。将会：{counts}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="240"/>
        <source>Nothing sent (dry run). Would be: {counts}.</source>
        <translation>未发送（试运行）。将会：{counts}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/sync_commands.py" line="244"/>
        <source>%n event(s) changed on the server while syncing, or hold another event: left alone (the next sync looks again).</source>
        <translation>
            <numerusform>%n 个活动在同步期间于服务器上被修改，或被另一个活动占用：暂不处理（下次同步时再看）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/sync_commands.py" line="253"/>
        <source>%n change(s) made in the calendar wait for your decision (times in {zone}):</source>
        <translation>
            <numerusform>日历中有 %n 处修改等待您决定（时间按 {zone}）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="264"/>
        <source>Accept them with --accept ID... (the host&apos;s change goes into the tour) or reject them with --reject ID... (the tour&apos;s version goes back); &apos;all&apos; for every one.</source>
        <translation>用 --accept 编号... 接受（接待方的修改写入行程），或用 --reject 编号... 拒绝（恢复行程中的版本）；&apos;all&apos; 表示全部。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="283"/>
        <source>--all-sites syncs each site&apos;s own calendar: give --calendar, --accept and --reject with --site KEY instead</source>
        <translation>--all-sites 同步每个地点自己的日历：请改用 --site 键 并给出 --calendar、--accept 和 --reject</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/sync_commands.py" line="304"/>
        <source>No site of {tour} has any item: no calendar to sync.</source>
        <translation>{tour} 的地点都没有日程：没有要同步的日历。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../tourplanner/qt/timefmt.py" line="40"/>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timefmt.py" line="46"/>
        <source>dddd d MMMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location filename="../../tourplanner/qt/timeline/margins.py" line="27"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/timeline/margins.py" line="60"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个日程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/margins.py" line="68"/>
        <source>● %1 with problems</source>
        <translation>● %1 个有问题</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="363"/>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="366"/>
        <source>What was imported</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="368"/>
        <source>How to take it back</source>
        <translation>如何撤销</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="370"/>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>“编辑 ▸ 撤销”（Ctrl+Z）可一步撤销整个导入。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="374"/>
        <source>The rows that were not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="379"/>
        <source>Skipped rows</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="380"/>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="489"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="380"/>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="489"/>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="380"/>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="489"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="390"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="392"/>
        <source>Copy the skipped rows</source>
        <translation>复制跳过的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="394"/>
        <source>Copy the row numbers and reasons, to paste into an email or a sheet</source>
        <translation>复制行号和原因，以便粘贴到邮件或表格中</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="397"/>
        <source>&amp;Save list…</source>
        <translation>保存列表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="399"/>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="506"/>
        <source>Save the skipped rows</source>
        <translation>保存跳过的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="402"/>
        <source>Save the skipped rows as CSV, with their cells and the reason: fix them there and import that file</source>
        <translation>将跳过的行连同各单元格和原因保存为 CSV：在其中修正后再导入该文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="407"/>
        <source>Where the list was saved</source>
        <translation>列表的保存位置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="408"/>
        <source>Why the list was not saved</source>
        <translation>列表未能保存的原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="435"/>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6 skipped.</source>
        <translation>从 %2 导入%1：新增 %3 条，更新 %4 条，未变 %5 条，跳过 %6 行。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="437"/>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged.</source>
        <translation>从 %2 导入%1：新增 %3 条，更新 %4 条，未变 %5 条。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="439"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="439"/>
        <source>Sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="468"/>
        <source>1 row was skipped because of an error; it was not imported:</source>
        <translation>有 1 行因出错被跳过，未导入：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="470"/>
        <source>%1 rows were skipped because of errors; they were not imported:</source>
        <translation>有 %1 行因出错被跳过，未导入：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="496"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="508"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="529"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="122"/>
        <source>%1 changed this (%2) while you were editing it.</source>
        <extracomment>The dialog opened last (tests fill it in and press OK). The busy-times dialog opened last (over a person&apos;s or a site&apos;s dialog). The vehicles-and-seats dialog opened last (over an item dialog). Tour ▸ Vehicles and the vehicle form opened last from it. What that dialog edits (history kind, id), to tell it of others&apos; changes. Asks before a delete with consequences; tests replace it.</extracomment>
        <translation>在您编辑期间，%1修改了此内容（%2）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="123"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="295"/>
        <location filename="../../tourplanner/qt/editor.py" line="598"/>
        <source>Add site %1</source>
        <translation>添加地点 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="306"/>
        <source>Edit site %1</source>
        <translation>编辑地点 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="327"/>
        <source>Move site %1 on the map</source>
        <translation>在地图上移动地点 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="337"/>
        <source>%1 is used by %2 items.</source>
        <translation>%1 被 %2 个日程使用。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="339"/>
        <source>%1 is used by 1 item.</source>
        <translation>%1 被 1 个日程使用。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="343"/>
        <source>%1 sites are used by %2 items.</source>
        <translation>%1 个地点被 %2 个日程使用。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="348"/>
        <source>Deleting leaves these items without a site: %1. Undo brings everything back.</source>
        <translation>删除后以下日程将没有地点：%1。撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="350"/>
        <source>Delete sites</source>
        <translation>删除地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="280"/>
        <location filename="../../tourplanner/qt/editor.py" line="350"/>
        <location filename="../../tourplanner/qt/editor.py" line="414"/>
        <location filename="../../tourplanner/qt/editor.py" line="524"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="353"/>
        <source>%1 sites</source>
        <translation>%1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="282"/>
        <location filename="../../tourplanner/qt/editor.py" line="357"/>
        <location filename="../../tourplanner/qt/editor.py" line="426"/>
        <location filename="../../tourplanner/qt/editor.py" line="532"/>
        <location filename="../../tourplanner/qt/editor.py" line="570"/>
        <location filename="../../tourplanner/qt/editor.py" line="672"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="189"/>
        <source>Edit tour properties</source>
        <translation>编辑行程属性</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="218"/>
        <source>Change busy times of %1</source>
        <translation>修改 %1 的忙碌时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="253"/>
        <source>Add vehicle %1</source>
        <translation>添加车辆 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="258"/>
        <source>Edit vehicle %1</source>
        <translation>编辑车辆 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="273"/>
        <source>%1 carries people on %2 transfers.</source>
        <translation>%1 在 %2 个交通日程中载有人员。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="278"/>
        <source>Deleting leaves those people without a vehicle. Undo brings everything back.</source>
        <translation>删除后这些人员将没有车辆。撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="280"/>
        <source>Delete vehicle</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="373"/>
        <location filename="../../tourplanner/qt/editor.py" line="646"/>
        <location filename="../../tourplanner/qt/editor.py" line="753"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="385"/>
        <location filename="../../tourplanner/qt/editor.py" line="657"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="403"/>
        <location filename="../../tourplanner/qt/editor.py" line="419"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="406"/>
        <source>%1 is named in %2 items and %3 groups.</source>
        <translation>%1 出现在 %2 个日程和 %3 个小组中。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="412"/>
        <source>Deleting takes them out of those items and groups. Undo brings them back.</source>
        <translation>删除后将把他们从这些日程和小组中移除。撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="414"/>
        <source>Delete participants</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="450"/>
        <source>Change group to %1</source>
        <translation>将小组改为 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="474"/>
        <source>Add people to %1</source>
        <translation>为 %1 添加人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="491"/>
        <source>Add group %1</source>
        <translation>添加小组 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="504"/>
        <source>Edit group %1</source>
        <translation>编辑小组 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="516"/>
        <source>%1 attends %2 items.</source>
        <translation>%1 参加 %2 个日程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="521"/>
        <source>Deleting takes the group out of those items; its members stay on the tour. Undo brings it back.</source>
        <translation>删除后该小组将从这些日程中移除，成员仍保留在行程中。撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="524"/>
        <source>Delete groups</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="546"/>
        <source>Add gift %1</source>
        <translation>添加礼品 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="557"/>
        <source>Edit gift %1</source>
        <translation>编辑礼品 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="566"/>
        <source>%1 gifts</source>
        <translation>%1 件礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="583"/>
        <source>Set the gift limit</source>
        <translation>设置礼品限额</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="630"/>
        <source>Seat people on %1</source>
        <translation>为 %1 安排座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="668"/>
        <location filename="../../tourplanner/qt/editor.py" line="717"/>
        <location filename="../../tourplanner/qt/editor.py" line="768"/>
        <source>%1 items</source>
        <translation>%1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="681"/>
        <source>Resize %1</source>
        <translation>调整 %1 时长</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="681"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="704"/>
        <source>Move %1 items</source>
        <translation>移动 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="719"/>
        <source>Unschedule %1</source>
        <translation>将 %1 移至未排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="742"/>
        <source>Schedule %1</source>
        <translation>为 %1 排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="770"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="793"/>
        <source>Copy %1 to %2</source>
        <translation>将 %1 复制到 %2</translation>
    </message>
</context>
<context>
    <name>EmailPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="48"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="52"/>
        <source>Every delegate</source>
        <translation>全体代表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="53"/>
        <source>Every host</source>
        <translation>所有接待方</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="54"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="55"/>
        <source>One person</source>
        <translation>单个人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="58"/>
        <source>SMTP server address</source>
        <translation>SMTP 服务器地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="60"/>
        <source>SMTP password</source>
        <translation>SMTP 密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="62"/>
        <source>Empty: use the system keyring</source>
        <translation>留空则使用系统密钥环</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="64"/>
        <source>Dry run: write the messages to a folder</source>
        <translation>试运行：将邮件写入文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="66"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="69"/>
        <source>Folder for the messages</source>
        <translation>邮件保存文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="71"/>
        <source>Only people whose briefing or calendar changed</source>
        <translation>仅发给简报或日历有变化的人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="73"/>
        <source>Changed only</source>
        <translation>仅限有变化者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="75"/>
        <source>Send emails</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="76"/>
        <source>Email result</source>
        <translation>邮件发送结果</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="77"/>
        <source>Dispatches</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="79"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="79"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="79"/>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="86"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="79"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="88"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="89"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="90"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="131"/>
        <source>1 error was open</source>
        <translation>发送时有 1 个未解决的错误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="133"/>
        <source>%1 errors were open</source>
        <translation>发送时有 %1 个未解决的错误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="146"/>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="155"/>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="158"/>
        <source>Cannot send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="146"/>
        <source>Choose whom to write to.</source>
        <translation>请选择收件人。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="158"/>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="164"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="188"/>
        <source>Sending emails</source>
        <translation>正在发送邮件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_email.py" line="188"/>
        <source>Could not send</source>
        <translation>发送失败</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tourplanner/store/snapshot_reader.py" line="27"/>
        <source>no tour with slug {slug}</source>
        <translation>没有标识为 {slug} 的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="58"/>
        <source>{field}: expected an on-duty contact</source>
        <translation>{field}：应为值班联系人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="63"/>
        <source>{field} languages: {error}</source>
        <translation>{field} 语言：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="68"/>
        <source>{field} mobile: a mobile number is required</source>
        <translation>{field} 手机：必须填写手机号码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="83"/>
        <source>{field}: expected a list of on-duty contacts</source>
        <translation>{field}：应为值班联系人列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="87"/>
        <source>{field}: more than {max_duty_contacts} contacts</source>
        <translation>{field}：联系人超过 {max_duty_contacts} 位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="98"/>
        <source>{field}: expected a list of day notes</source>
        <translation>{field}：应为当日备注列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="103"/>
        <source>{field}: expected a day note</source>
        <translation>{field}：应为当日备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="108"/>
        <source>{where}: a second note for the same day</source>
        <translation>{where}：同一天已有备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="139"/>
        <source>{field}: expected travel settings</source>
        <translation>{field}：应为路程设置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="143"/>
        <source>{field}: speed must be above 0 and at most 200 km/h</source>
        <translation>{field}：速度必须大于 0 且不超过 200 公里/小时</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="147"/>
        <source>{field}: detour factor must be from 1 to 5</source>
        <translation>{field}：绕行系数必须在 1 到 5 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="151"/>
        <source>{field}: traffic factor must be from 0.5 to 5</source>
        <translation>{field}：交通系数必须在 0.5 到 5 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="164"/>
        <source>{field}: routing server: {error}</source>
        <translation>{field}：路线服务器：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="170"/>
        <source>{field}: {setting} must be 0 to 240</source>
        <translation>{field}：{setting} 必须在 0 到 240 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="191"/>
        <source>tour end date {end_date} is before its start date {start_date}</source>
        <translation>行程结束日期 {end_date} 早于开始日期 {start_date}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="241"/>
        <source>tour: {field} is required</source>
        <translation>行程：{field} 为必填项</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="246"/>
        <source>a tour with slug {slug} already exists</source>
        <translation>标识为 {slug} 的行程已存在</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/tours.py" line="338"/>
        <source>not {action}: the tour has %n error(s); fix it (them) or give --allow-errors</source>
        <translation>
            <numerusform>未{action}：行程中有%n个错误；请先修正，或使用 --allow-errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/tours.py" line="352"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有%n项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="385"/>
        <source>travel override: minutes must be a whole number from 1 to 1440</source>
        <translation>路程时间设定：分钟数必须是 1 到 1440 之间的整数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="388"/>
        <source>travel override: choose two different sites</source>
        <translation>路程时间设定：请选择两个不同的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tours.py" line="427"/>
        <source>no travel override with id {override_id}</source>
        <translation>没有编号为 {override_id} 的路程时间设定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="63"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what}：未知字段 {field}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="104"/>
        <source>no {what} with id {id}</source>
        <translation>没有编号为 {id} 的{what}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="120"/>
        <source>{what} {name}</source>
        <translation>{what} {name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="122"/>
        <source>this {what}</source>
        <translation>此{what}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="126"/>
        <source>{what} was changed by someone else (version {theirs}, you edited version {yours}); reload to see their change</source>
        <translation>{what}已被他人修改（版本 {theirs}，您编辑的是版本 {yours}）；请重新载入查看其修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="134"/>
        <source>schedule item</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="135"/>
        <source>participant</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="136"/>
        <source>group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="137"/>
        <source>busy block</source>
        <translation>忙碌时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="138"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="139"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="140"/>
        <source>tour</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="141"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="142"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="143"/>
        <source>sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="157"/>
        <source>{what}: {field} is required</source>
        <translation>{what}：{field} 为必填项</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="226"/>
        <source>{what}: no such {kind} {id} in this tour</source>
        <translation>{what}：本行程中没有{kind} {id}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="248"/>
        <source>{field}: a timezone name is required</source>
        <translation>{field}：必须填写时区名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="251"/>
        <source>{field}: unknown timezone {value}</source>
        <translation>{field}：未知时区 {value}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="264"/>
        <source>{field}: {value} is not a valid key (lower-case letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>{field}：{value} 不是有效的代码（只能使用小写字母、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="276"/>
        <source>{field}: {value} is not one of: {allowed}</source>
        <translation>{field}：{value} 不在可选值之列：{allowed}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="286"/>
        <source>{field}: expected a date and time, got {value}</source>
        <translation>{field}：应为日期和时间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="292"/>
        <source>{field}: {value} has no timezone</source>
        <translation>{field}：{value} 没有时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="302"/>
        <source>{field}: expected a date, got {value}</source>
        <translation>{field}：应为日期，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="324"/>
        <location filename="../../tourplanner/services/crud.py" line="385"/>
        <location filename="../../tourplanner/services/crud.py" line="401"/>
        <location filename="../../tourplanner/services/crud.py" line="418"/>
        <location filename="../../tourplanner/services/tours.py" line="45"/>
        <source>{field}: expected text, got {type}</source>
        <translation>{field}：应为文本，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="329"/>
        <source>{field}: must not be empty</source>
        <translation>{field}：不能为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="332"/>
        <source>{field}: longer than {max_length} characters</source>
        <translation>{field}：超过 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="339"/>
        <source>{field}: {value}: {problem}</source>
        <translation>{field}：{value}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="363"/>
        <source>{field}: expected a number from {low} to {high}</source>
        <translation>{field}：应为 {low} 到 {high} 之间的数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="374"/>
        <source>{field}: expected a list of non-empty texts</source>
        <translation>{field}：应为非空文本的列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="392"/>
        <location filename="../../tourplanner/services/crud.py" line="408"/>
        <location filename="../../tourplanner/services/crud.py" line="425"/>
        <location filename="../../tourplanner/services/gifts.py" line="65"/>
        <location filename="../../tourplanner/services/gifts.py" line="88"/>
        <location filename="../../tourplanner/services/participants.py" line="38"/>
        <location filename="../../tourplanner/services/participants.py" line="48"/>
        <location filename="../../tourplanner/services/sites.py" line="59"/>
        <location filename="../../tourplanner/services/tours.py" line="52"/>
        <location filename="../../tourplanner/services/tours.py" line="157"/>
        <source>{field}: {error}</source>
        <translation>{field}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="436"/>
        <source>{field}: expected a whole number from {minimum} to {maximum}</source>
        <translation>{field}：应为 {minimum} 到 {maximum} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="445"/>
        <source>{field}: expected true or false</source>
        <translation>{field}：应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="452"/>
        <source>{what} {end} must be after start {start}</source>
        <translation>{what} {end} 必须晚于开始时间 {start}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="128"/>
        <location filename="../../tourplanner/services/protocol.py" line="395"/>
        <source>kind must be one of {kinds}, not {kind}</source>
        <translation>类型必须是 {kinds} 之一，而不是 {kind}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="133"/>
        <source>a person can only be given for --kind delegate</source>
        <translation>只有 --kind delegate 才能指定人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="135"/>
        <source>a site can only be given for --kind host</source>
        <translation>只有 --kind host 才能指定地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="140"/>
        <source>calendar value {calendar}: only {{stem}} and {{key}} can be filled in</source>
        <translation>日历值 {calendar}：只能填入 {{stem}} 和 {{key}}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="175"/>
        <source>no participant {person} in {slug}</source>
        <translation>{slug} 中没有人员 {person}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="188"/>
        <source>no delegate of {slug} attends any item</source>
        <translation>{slug} 的代表团成员均未参加任何日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="203"/>
        <source>no site {site} in {slug}</source>
        <translation>{slug} 中没有地点 {site}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/briefings.py" line="243"/>
        <source>{output} is a file; give a folder for one PDF per person or site</source>
        <translation>{output} 是一个文件；请指定文件夹，以便每人或每个地点生成一个 PDF</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/calendars.py" line="49"/>
        <source>choose one of person, site or group, not several</source>
        <translation>请在人员、地点或小组中只选一项，不能多选</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/calendars.py" line="137"/>
        <source>{target}: is a file, not a folder</source>
        <translation>{target}：是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/calendars.py" line="146"/>
        <source>unsafe calendar file name {names}</source>
        <translation>不安全的日历文件名 {names}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="76"/>
        <source>unsupported database URL {url}: no driver for it</source>
        <translation>不支持的数据库地址 {url}：没有对应的驱动程序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="80"/>
        <source>invalid database URL {url}: {error}</source>
        <translation>无效的数据库地址 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="86"/>
        <source>database driver missing for {url}: {name}</source>
        <translation>缺少 {url} 的数据库驱动程序：{name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="92"/>
        <location filename="../../tourplanner/services/database.py" line="113"/>
        <location filename="../../tourplanner/services/database.py" line="118"/>
        <source>cannot open database {url}: {error}</source>
        <translation>无法打开数据库 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="108"/>
        <source>cannot open database {path}: {problem}</source>
        <translation>无法打开数据库 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="164"/>
        <source>the file is damaged or is not a Tourplanner database ({detail})</source>
        <translation>文件已损坏，或不是 Tourplanner 数据库（{detail}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="169"/>
        <source>another program is using it ({detail}); close that program and try again</source>
        <translation>另一个程序正在使用它（{detail}）；请关闭该程序后重试</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="172"/>
        <source>it is on a read-only file system ({detail})</source>
        <translation>它位于只读文件系统上（{detail}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="175"/>
        <source>the file or its folder is read-only ({detail}); check their permissions</source>
        <translation>文件或其所在文件夹为只读（{detail}）；请检查权限</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="179"/>
        <source>the disk holding it is full ({detail}); free some space and try again</source>
        <translation>所在磁盘已满（{detail}）；请释放空间后重试</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="183"/>
        <source>{detail}; check that its folder exists and that you may write to it</source>
        <translation>{detail}；请检查其文件夹是否存在以及您是否有写入权限</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="204"/>
        <source>someone else changed or deleted this record since you opened it; reload to see their version</source>
        <translation>版本冲突：您打开此记录后，他人已修改或删除了它；请重新载入查看其版本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="213"/>
        <source>the database refused the change: {reason}</source>
        <translation>数据库拒绝了此修改：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="219"/>
        <source>a number is too large to store</source>
        <translation>数字太大，无法保存</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="240"/>
        <source>could not save to {path}: {problem}</source>
        <translation>无法保存到 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="245"/>
        <source>database error: {error}</source>
        <translation>数据库错误：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/database.py" line="269"/>
        <source>migration failed: {error}</source>
        <translation>迁移失败：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/dispatches.py" line="130"/>
        <source>mail kind must be one of {known}, not {kind}</source>
        <translation>邮件类型必须是 {known} 之一，而不是 {kind}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/files.py" line="34"/>
        <location filename="../../tourplanner/services/files.py" line="48"/>
        <source>cannot write {target}: {error}</source>
        <translation>无法写入 {target}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/geocoding.py" line="176"/>
        <source>cannot read the gazetteer {path}: {error}</source>
        <translation>无法读取地名表 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/geocoding.py" line="182"/>
        <source>the gazetteer {path} is malformed: {error}</source>
        <translation>地名表 {path} 格式错误：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/geocoding.py" line="187"/>
        <source>the gazetteer {path} has a bad entry: {names}</source>
        <translation>地名表 {path} 中有错误条目：{names}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/gifts.py" line="58"/>
        <source>{field}: expected a currency code, got {type}</source>
        <translation>{field}：应为货币代码，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/gifts.py" line="76"/>
        <source>{field}: expected an amount as text, got {type}</source>
        <translation>{field}：金额应为文本，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/gifts.py" line="83"/>
        <source>{field}: an amount needs its currency</source>
        <translation>{field}：金额须注明货币</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/gifts.py" line="121"/>
        <source>gift {side}: a person or an organisation, not both (clear one of them)</source>
        <translation>礼品 {side}：只能是人员或机构之一，不能两者都填（请清除其中一项）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/gifts.py" line="197"/>
        <source>no gift with id {gift_id} in tour {tour}</source>
        <translation>行程 {tour} 中没有编号为 {gift_id} 的礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="95"/>
        <source>history: give --since with its zone, e.g. 2021-03-27T09:00+08:00</source>
        <translation>历史记录：--since 须带时区，例如 2021-03-27T09:00+08:00</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="175"/>
        <source>busy for {spec}: expected KEY, person:KEY or site:KEY</source>
        <translation>忙碌对象 {spec}：应为 KEY、person:KEY 或 site:KEY</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="182"/>
        <source>{key} is both a participant and a site: say person:{bare} or site:{bare}</source>
        <translation>{key} 既是人员也是地点：请写 person:{bare} 或 site:{bare}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="188"/>
        <source>no participant or site with key {key} in tour {slug}</source>
        <translation>行程 {slug} 中没有代码为 {key} 的人员或地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="224"/>
        <source>import ics: give either a person or site to mark busy, or as-items</source>
        <translation>导入 ics：请指定要标记为忙碌的人员或地点，或使用 as-items</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="227"/>
        <source>import ics: no files given</source>
        <translation>导入 ics：未指定文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="283"/>
        <source>{label}: it is cancelled</source>
        <translation>{label}：已取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="285"/>
        <source>{label}: it is marked as free time</source>
        <translation>{label}：标记为空闲时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="292"/>
        <source>{label}: the same busy block is already there</source>
        <translation>{label}：已有相同的忙碌时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="395"/>
        <source>{title} [{what}] at {site}</source>
        <translation>{title} [{what}]，地点：{site}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="397"/>
        <source>{title} [{what}] (location {location} matches no site)</source>
        <translation>{title} [{what}]（位置 {location} 与任何地点都不匹配）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="399"/>
        <source>{title} [{what}]</source>
        <translation>{title} [{what}]</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="401"/>
        <source>{line}; new UID (the file&apos;s is taken)</source>
        <translation>{line}；使用新 UID（文件中的 UID 已被占用）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="417"/>
        <source>Would add {count} item(s) to {tour}:</source>
        <translation>将向 {tour} 添加 {count} 项日程：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="419"/>
        <source>Added {count} item(s) to {tour}:</source>
        <translation>已向 {tour} 添加 {count} 项日程：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="425"/>
        <source>Would add {count} busy block(s) for {owner}:</source>
        <translation>将为 {owner} 添加 {count} 个忙碌时段：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="427"/>
        <source>Added {count} busy block(s) for {owner}:</source>
        <translation>已为 {owner} 添加 {count} 个忙碌时段：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/ics_import.py" line="434"/>
        <source>Left out {reason}</source>
        <translation>略过 {reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/import_changes.py" line="132"/>
        <location filename="../../tourplanner/services/sheet_import.py" line="133"/>
        <source>the tour&apos;s {kind} changed since this import was previewed; preview it again</source>
        <translation>预览此次导入后，行程的{kind}已有变化；请重新预览</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/import_changes.py" line="217"/>
        <source>a {what} of this import was deleted elsewhere; reload to see the tour as it is</source>
        <translation>此次导入的一个{what}已在别处被删除；请重新载入查看行程现状</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/import_changes.py" line="303"/>
        <source>cannot undo the import: a {what} it added is now used in {where}; take it out of there first</source>
        <translation>无法撤销导入：它添加的一个{what}现已用于 {where}；请先从那里移除</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/import_changes.py" line="354"/>
        <source>cannot import again: the key {key} is now used by {name}</source>
        <translation>无法再次导入：代码 {key} 现已被 {name} 使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/items.py" line="37"/>
        <source>{field}: expected a site id or nothing</source>
        <translation>{field}：应为地点编号或留空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/items.py" line="47"/>
        <source>{field}: expected attendance entries</source>
        <translation>{field}：应为出席安排条目</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/items.py" line="58"/>
        <source>{field}: a {scope} entry names the wrong kind of target</source>
        <translation>{field}：{scope} 条目指向的对象类型有误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/items.py" line="65"/>
        <source>{field}: the same attendee is listed twice</source>
        <translation>{field}：同一出席者列出了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mail_plan.py" line="78"/>
        <source>{name} (no address)</source>
        <translation>{name}（无地址）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mail_plan.py" line="235"/>
        <source>{full_name} ({key}) attends no items and hosts no site: there is nothing to send them</source>
        <translation>{full_name}（{key}）未参加任何日程，也未接待任何地点：没有可发送的内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="489"/>
        <source>no participant with id {pid}</source>
        <translation>没有编号为 {pid} 的参与者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="493"/>
        <source>{name} ({key}) attends no items: no briefing</source>
        <translation>{name}（{key}）没有参加任何日程：无简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="550"/>
        <source>no site with id {site_id}</source>
        <translation>没有编号为 {site_id} 的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="554"/>
        <location filename="../../tourplanner/services/mail_plan.py" line="244"/>
        <source>no items take place at {name} ({key})</source>
        <translation>没有在 {name}（{key}）举行的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mail_plan.py" line="251"/>
        <source>--to {to}: not delegates, hosts, nor a participant or site key of {slug}</source>
        <translation>--to {to}：既不是 delegates、hosts，也不是 {slug} 的人员或地点代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="129"/>
        <source>no SMTP server: give --smtp URL or set {variable} (or use --dry-run -o DIR)</source>
        <translation>没有 SMTP 服务器：请使用 --smtp URL 或设置 {variable}（或使用 --dry-run -o DIR）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="207"/>
        <source>Wrote {count} message(s) to {folder} (dry run: nothing was sent)</source>
        <translation>已将 {count} 封邮件写入 {folder}（演练：未发送任何邮件）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="211"/>
        <source>Sent {count} message(s)</source>
        <translation>已发送 {count} 封邮件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="214"/>
        <source>{count} failed</source>
        <translation>{count} 封发送失败</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="215"/>
        <source>{count} not sent</source>
        <translation>{count} 封未发送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="216"/>
        <source>{count} already up to date</source>
        <translation>{count} 封已是最新</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="217"/>
        <source>{count} never sent, left out by --changed-only</source>
        <translation>{count} 封从未发送过，因 --changed-only 而略过</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="222"/>
        <source>{clauses}.</source>
        <translation>{clauses}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="222"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="225"/>
        <source>{text} Stopped: {why}. Run the same command again to send the rest.</source>
        <translation>{text}已停止：{why}。再次运行同一命令即可发送其余邮件。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="267"/>
        <source>give either SMTP settings or a dry-run folder</source>
        <translation>请指定 SMTP 设置或演练（dry-run）文件夹之一</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="269"/>
        <source>--changed-only and --resend cannot be combined</source>
        <translation>--changed-only 和 --resend 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="270"/>
        <source>sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="282"/>
        <source>{folder} is a file; give a folder for the .eml files</source>
        <translation>{folder} 是一个文件；请为 .eml 文件指定文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="341"/>
        <source>no sender address: give --from ADDRESS (or ?from= in the SMTP URL), or set the tour&apos;s organiser email</source>
        <translation>没有发件人地址：请使用 --from ADDRESS（或在 SMTP 地址中加 ?from=），或设置行程组织者的电子邮箱</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="348"/>
        <source>sender: {error}</source>
        <translation>发件人：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/manifests.py" line="55"/>
        <source>unknown format {fmt} (expected csv or xlsx)</source>
        <translation>未知格式 {fmt}（应为 csv 或 xlsx）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/manifests.py" line="76"/>
        <source>tour {slug} has no site {text} (sites: {keys})</source>
        <translation>行程 {slug} 中没有地点 {text}（地点：{keys}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/manifests.py" line="122"/>
        <source>unknown manifest {kind} (expected one of: {allowed})</source>
        <translation>未知名单 {kind}（应为以下之一：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/manifests.py" line="131"/>
        <source>a visitor list is for one site: give --site KEY</source>
        <translation>访客名单针对单个地点：请使用 --site KEY</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/manifests.py" line="137"/>
        <source>{title} ({when}): {problem}</source>
        <translation>{title}（{when}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/manifests.py" line="146"/>
        <source>tour {tour} has no vehicles yet</source>
        <translation>行程 {tour} 还没有车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="98"/>
        <source>map tiles: {error}</source>
        <translation>地图瓦片：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="101"/>
        <source>map tiles: datum must be wgs84 or gcj02, not {datum}</source>
        <translation>地图瓦片：坐标系必须是 wgs84 或 gcj02，而不是 {datum}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="323"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="325"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="327"/>
        <source>%n route request(s)</source>
        <translation>
            <numerusform>%n 次路线请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="328"/>
        <source>%n road line(s)</source>
        <translation>
            <numerusform>%n 条道路线</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="332"/>
        <source>{known} of {wanted} legs known by road ({requests} to {server} for {days}; {stored} road times stored; {routes}, {lines} stored)</source>
        <translation>{wanted} 段路程中已知 {known} 段的道路时间（向 {server} 发送了 {requests}，共 {days}；保存了 {stored} 个道路时间；{routes}，保存了 {lines}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="337"/>
        <source>{known} of {wanted} legs known by road ({requests} to {server} for {days}; {stored} road times stored)</source>
        <translation>{wanted} 段路程中已知 {known} 段的道路时间（向 {server} 发送了 {requests}，共 {days}；保存了 {stored} 个道路时间）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="342"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="343"/>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="348"/>
        <source>{summary}; no road found for {pairs} and {more} more</source>
        <translation>{summary}；未找到道路：{pairs}，另有 {more} 段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="350"/>
        <source>{summary}; no road found for {pairs}</source>
        <translation>{summary}；未找到道路：{pairs}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="371"/>
        <source>no routing server: pass --server URL, set $TOURPLANNER_ROUTING_URL, or set the tour&apos;s routing server</source>
        <translation>没有路线服务器：请使用 --server URL、设置 $TOURPLANNER_ROUTING_URL，或设置行程的路线服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="378"/>
        <source>routing server: {error}</source>
        <translation>路线服务器：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="419"/>
        <source>road times for {day}</source>
        <translation>{day} 的道路时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/maps.py" line="440"/>
        <source>road times stored</source>
        <translation>道路时间已保存</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="102"/>
        <source>no participant {key} in tour {slug}</source>
        <translation>行程 {slug} 中没有人员 {key}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="109"/>
        <source>tour {slug} has no delegates; name a person with --person</source>
        <translation>行程 {slug} 没有代表团成员；请用 --person 指定人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="125"/>
        <source>{day} is not a day of tour {slug} ({start_date} to {end_date})</source>
        <translation>{day} 不在行程 {slug} 的日期内（{start_date} 至 {end_date}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="147"/>
        <source>{full_name} has no visit or appointment at a site on {day}; there is nothing to plan</source>
        <translation>{full_name} 在 {day} 没有在任何地点的参观或会见；没有可规划的内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="214"/>
        <source>this proposal is for tour {proposed}, not {tour}</source>
        <translation>此方案属于行程 {proposed}，而不是 {tour}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="228"/>
        <source>the programme of {day} changed since the proposal was made; propose again</source>
        <translation>提出方案后，{day} 的日程已有变化；请重新生成方案</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="252"/>
        <source>no expected version given for item {item}</source>
        <translation>日程 {item} 未给出预期版本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="262"/>
        <source>schedule item {item_id} was deleted since the proposal was made; propose again</source>
        <translation>提出方案后，日程 {item_id} 已被删除；请重新生成方案</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/optimize.py" line="269"/>
        <source>&apos;{title}&apos; was changed by someone else (version {version_id}, the proposal saw version {expected}); propose again</source>
        <translation>版本冲突：“{title}”已被他人修改（版本 {version_id}，方案基于版本 {expected}）；请重新生成方案</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="33"/>
        <source>{field}: expected a list of languages</source>
        <translation>{field}：应为语言列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="44"/>
        <source>{field}: expected named texts</source>
        <translation>{field}：应为带名称的文本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="191"/>
        <source>no participant with id {pid} in tour {tour}</source>
        <translation>行程 {tour} 中没有编号为 {pid} 的人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="276"/>
        <source>{field}: expected participant ids</source>
        <translation>{field}：应为人员编号</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="279"/>
        <source>{field}: a participant is listed twice</source>
        <translation>{field}：有人员列出了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="370"/>
        <source>no group with id {group_id} in tour {tour}</source>
        <translation>行程 {tour} 中没有编号为 {group_id} 的小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="443"/>
        <source>{field}: expected an id or nothing</source>
        <translation>{field}：应为编号或留空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/participants.py" line="449"/>
        <source>busy block: give exactly one of a participant or a site</source>
        <translation>忙碌时段：请在人员和地点中只指定一项</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/pdf_batch.py" line="87"/>
        <source>unknown kind of PDF {kind}</source>
        <extracomment>What ``_init_worker`` is given: the snapshot or its index, the options, the parent pid.</extracomment>
        <translation>未知的 PDF 类型 {kind}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/pdf_batch.py" line="215"/>
        <source>{variable}={method}: not one of {available}</source>
        <extracomment>Names the start method for every batch: for checks of the installed app (what the GUI takes with its threads running, ``forkserver``, from a one-threaded command). What the fork server loads before it forks any worker (see ``_context``).</extracomment>
        <translation>{variable}={method}：不是 {available} 之一</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/pdf_batch.py" line="335"/>
        <source>building {name} failed: {type}: {error}</source>
        <translation>生成 {name} 失败：{type}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="72"/>
        <source>{count} items are titled {text}; name one by UID ({uids})</source>
        <translation>有 {count} 项日程的标题为 {text}；请用 UID 指定其中一项（{uids}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="77"/>
        <source>tour {slug} has no item with UID or title {text}</source>
        <translation>行程 {slug} 中没有 UID 或标题为 {text} 的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="88"/>
        <source>--tables: {error}</source>
        <translation>--tables：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="125"/>
        <source>tour {tour} has no item {item_id}</source>
        <translation>行程 {tour} 中没有日程 {item_id}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="212"/>
        <source>order of precedence: {error}</source>
        <translation>礼宾次序：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="298"/>
        <source>the change log&apos;s seating entry is not one this version reads</source>
        <translation>更改记录中的座位条目无法被此版本读取</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="327"/>
        <source>{title} has no seating change in its history to undo</source>
        <translation>{title} 的历史记录中没有可撤销的座位更改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="349"/>
        <source>the seating of {title} no longer matches its last logged change; nothing was changed</source>
        <translation>{title} 的座位已与最近记录的更改不符；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="359"/>
        <source>{count} person(s) seated before that change have left the tour; the plan cannot be put back</source>
        <translation>该更改之前入座的 {count} 人已离开行程；无法恢复原座位安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="401"/>
        <source>--kind {kind} needs --item ITEM (a seated item&apos;s UID or title)</source>
        <translation>--kind {kind} 需要 --item ITEM（有座位安排的日程的 UID 或标题）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="407"/>
        <source>--item is not used with --kind badges (everyone gets one)</source>
        <translation>--kind badges 不需要 --item（每人都有一个胸牌）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/protocol.py" line="420"/>
        <source>{title} has no seating plan; propose one with &apos;tourplanner seating {slug} {uid} --apply&apos;</source>
        <translation>{title} 没有座位安排；请用 &apos;tourplanner seating {slug} {uid} --apply&apos; 生成</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="152"/>
        <source>Would publish {folders} to {target}: {new} new, {changed} changed, {unchanged} unchanged; {files} written</source>
        <translation>将发布 {folders}到 {target}：新增 {new} 个，更改 {changed} 个，未变 {unchanged} 个；写入 {files}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="155"/>
        <source>Published {folders} to {target}: {new} new, {changed} changed, {unchanged} unchanged; {files} written</source>
        <translation>已发布 {folders}到 {target}：新增 {new} 个，更改 {changed} 个，未变 {unchanged} 个；写入了 {files}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/publish.py" line="159"/>
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 个文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/publish.py" line="164"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="167"/>
        <source>{text}, {removed} removed</source>
        <translation>{text}，删除了 {removed}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/publish.py" line="168"/>
        <source>%n old folder(s)</source>
        <translation>
            <numerusform>%n 个旧文件夹</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="171"/>
        <source>{text} (cancelled: the folders not reached are as before)</source>
        <translation>{text}（已取消：尚未处理的文件夹保持原样）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="174"/>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="219"/>
        <source>give --person or --site, not both</source>
        <translation>请指定 --person 或 --site，不能同时指定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="221"/>
        <source>--revoke changes a link for good: it cannot be a dry run</source>
        <translation>--revoke 会永久更改链接：不能演练（dry run）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="226"/>
        <source>tour {tour} has never been published: give --to TARGET</source>
        <translation>行程 {tour} 从未发布过：请使用 --to TARGET</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="238"/>
        <source>publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="318"/>
        <source>no participant {person} in {tour}</source>
        <translation>{tour} 中没有人员 {person}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="326"/>
        <source>no site {site} with items in {tour}</source>
        <translation>{tour} 中没有安排了日程的地点 {site}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish.py" line="663"/>
        <source>tour {tour} has no public address yet: publish it with --base-url URL (or to a WebDAV URL)</source>
        <translation>行程 {tour} 还没有公开地址：请使用 --base-url URL 发布（或发布到 WebDAV 地址）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="71"/>
        <source>refusing to write outside {root}: {path}</source>
        <translation>拒绝写入 {root} 之外的位置：{path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="90"/>
        <source>cannot read {path} in {root}: {error}</source>
        <translation>无法读取 {root} 中的 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="107"/>
        <source>cannot copy {path} in {root}: {error}</source>
        <translation>无法复制 {root} 中的 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="116"/>
        <source>cannot make the folder {path} in {root}: {error}</source>
        <translation>无法在 {root} 中创建文件夹 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="125"/>
        <source>cannot rename {source}: {destination} exists</source>
        <translation>无法重命名 {source}：{destination} 已存在</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="132"/>
        <source>cannot rename {path} in {root}: {error}</source>
        <translation>无法重命名 {root} 中的 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="147"/>
        <source>cannot delete {path} in {root}: {error}</source>
        <translation>无法删除 {root} 中的 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="156"/>
        <source>cannot list the folder in {root}: {error}</source>
        <translation>无法列出 {root} 中的文件夹：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="298"/>
        <source>--revoke: {key}: give a participant or site key</source>
        <translation>--revoke：{key}：请指定人员或地点代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/publish_target.py" line="317"/>
        <source>no participant or site {bare} in tour {tour}</source>
        <translation>行程 {tour} 中没有人员或地点 {bare}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/sheet_import.py" line="69"/>
        <source>{source}: %n row(s) with errors, nothing was imported (fix them, or use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>{source}：有 %n 行存在错误，未导入任何内容（请修正这些行，或使用 --skip-bad-rows 导入其余各行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sheet_import.py" line="108"/>
        <source>the workbook has no visible sheet</source>
        <translation>工作簿中没有可见的工作表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sheet_import.py" line="169"/>
        <source>a {label} in this import was changed by someone else meanwhile; nothing was imported, preview it again</source>
        <translation>版本冲突：此次导入中的一个{label}在此期间已被他人修改；未导入任何内容，请重新预览</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="41"/>
        <source>{field}: expected opening intervals with weekday 0-6</source>
        <translation>{field}：应为星期 0-6 的开放时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="44"/>
        <source>{field}: closes {closes} must be after opens {opens}</source>
        <translation>{field}：关闭时间 {closes} 必须晚于开放时间 {opens}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="54"/>
        <source>{field}: expected opening-hours exceptions</source>
        <translation>{field}：应为开放时间的例外情况</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="75"/>
        <source>{field}: expected site contacts</source>
        <translation>{field}：应为地点联系人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="81"/>
        <source>{here}: {name} needs an email or a phone number</source>
        <translation>{here}：{name} 需要电子邮箱或电话号码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="85"/>
        <source>{field}: at most {max_contacts} contacts per site</source>
        <translation>{field}：每个地点最多 {max_contacts} 位联系人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="103"/>
        <source>site: latitude and longitude must be given together</source>
        <translation>地点：纬度和经度必须同时填写</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="165"/>
        <source>no site with id {id}</source>
        <translation>没有编号为 {id} 的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="170"/>
        <source>site {site_id} is used by {used} schedule item(s); move or delete them first</source>
        <translation>地点 {site_id} 被 {used} 项日程使用；请先移动或删除这些日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="208"/>
        <source>no site with id {site_id} in tour {tour}</source>
        <translation>行程 {tour} 中没有编号为 {site_id} 的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="303"/>
        <source>{field}: expected a participant id or nothing</source>
        <translation>{field}：应为人员编号或留空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="326"/>
        <source>vehicle driver: this person rides the vehicle as a passenger on a transfer; take them off it first</source>
        <translation>车辆司机：此人在某次接送中是该车的乘客；请先将其移出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="355"/>
        <location filename="../../tourplanner/services/sites.py" line="371"/>
        <source>vehicle seats: a number of seats is required</source>
        <translation>车辆座位：必须填写座位数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="441"/>
        <source>vehicle assignment: {title} is a {kind}, not a transfer</source>
        <translation>车辆安排：{title} 是 {kind}，不是接送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="457"/>
        <source>vehicle assignment: no such participant {participant} in this tour</source>
        <translation>车辆安排：本行程中没有人员 {participant}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="480"/>
        <source>vehicle seat: participant {pid} is not among the passengers being seated</source>
        <translation>车辆座位：人员 {pid} 不在正在安排座位的乘客之列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="503"/>
        <source>vehicle seat: seat {seat} of {vehicle} would be both {first}&apos;s and {second}&apos;s on this transfer</source>
        <translation>车辆座位：本次接送中，{vehicle} 的座位 {seat} 会同时分给 {first} 和 {second}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="525"/>
        <source>vehicle assignment: participant {driver_id} drives {name} and cannot also ride it</source>
        <translation>车辆安排：人员 {driver_id} 驾驶 {name}，不能同时作为乘客</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="621"/>
        <source>vehicle assignment: no such vehicle {vehicle} in this tour</source>
        <translation>车辆安排：本行程中没有车辆 {vehicle}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sites.py" line="648"/>
        <source>vehicle seat: participant {participant_id} rides no vehicle on this transfer</source>
        <translation>车辆座位：人员 {participant_id} 在本次接送中没有乘坐任何车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="157"/>
        <source>give at most one of person, site and group</source>
        <translation>人员、地点和小组最多只能指定一项</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="174"/>
        <source>--calendar: the calendar name is empty</source>
        <translation>--calendar：日历名称为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="210"/>
        <source>a dry run cannot accept or reject proposals</source>
        <translation>演练（dry run）不能接受或拒绝提议</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="212"/>
        <location filename="../../tourplanner/services/sync.py" line="241"/>
        <source>syncing</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="219"/>
        <source>--url names a calendar already; leave out --calendar</source>
        <translation>--url 已指定日历；请去掉 --calendar</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="249"/>
        <source>every site&apos;s calendar needs the server&apos;s or the calendar home&apos;s URL, not one calendar&apos;s</source>
        <translation>为每个地点建日历需要服务器或日历主目录的地址，而不是某一个日历的地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="320"/>
        <source>expected proposal ids or {all_word}, got {given}</source>
        <translation>应为提议编号或 {all_word}，实际为 {given}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="373"/>
        <source>the calendar {url} disappeared during the sync</source>
        <translation>同步期间日历 {url} 消失了</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="424"/>
        <source>cannot accept and reject all proposals at once</source>
        <translation>不能同时接受和拒绝所有提议</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="431"/>
        <source>proposal {proposal} is both accepted and rejected</source>
        <translation>提议 {proposal} 既被接受又被拒绝</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="440"/>
        <source>no proposal {proposal} for this calendar (open proposals: {listed}); run with --pull to list them</source>
        <translation>此日历没有提议 {proposal}（待处理的提议：{listed}）；请使用 --pull 运行以列出提议</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="474"/>
        <source>proposal {id} ({title}): {error}</source>
        <translation>提议 {id}（{title}）：{error}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/sync.py" line="503"/>
        <source>{error} after {done} of {total} changes; the finished ones are recorded, so running the sync again completes it</source>
        <translation>{error}（已完成 {total} 项更改中的 {done} 项）；已完成的更改已记录，再次运行同步即可完成</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/tourfile.py" line="82"/>
        <source>uid {uid} belongs to tour {tour}</source>
        <translation>uid {uid} 属于行程 {tour}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/store/migrations.py" line="194"/>
        <source>migration broke foreign keys: {keys}</source>
        <translation>迁移破坏了外键：{keys}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="120"/>
        <source>unknown form of address {name!r} (known: {known})</source>
        <translation>未知的称呼形式 {name!r}（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="125"/>
        <source>{name}: expected text</source>
        <translation>{name}：应为文本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="131"/>
        <source>{name}: longer than 200 characters</source>
        <translation>{name}：超过 200 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="134"/>
        <source>name_order: {text!r} is not one of: {known}</source>
        <translation>name_order：{text!r} 不在以下选项中：{known}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="88"/>
        <source>unknown role {text!r} (expected one of: {allowed})</source>
        <translation>未知角色 {text!r}（应为以下之一：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="100"/>
        <source>unknown category {text!r} (expected one of: {allowed})</source>
        <translation>未知类别 {text!r}（应为以下之一：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="113"/>
        <source>{text!r} is not yes or no</source>
        <translation>{text!r} 不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="128"/>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="156"/>
        <source>a number with {digits} digits</source>
        <translation>一个 {digits} 位的数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="130"/>
        <source>{written} is not a whole number from {minimum} to {maximum}</source>
        <translation>{written} 不是 {minimum} 到 {maximum} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="135"/>
        <source>{value} is not a whole number from {minimum} to {maximum}</source>
        <translation>{value} 不是 {minimum} 到 {maximum} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="148"/>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="152"/>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="156"/>
        <source>{value} is out of range ({minimum} to {maximum})</source>
        <translation>{value} 超出范围（{minimum} 到 {maximum}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/cell_values.py" line="173"/>
        <source>{value!r} is not a valid key (lower-case letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>{value!r} 不是有效的标识（只能用小写字母、数字、“-”、“_”、“.”）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="85"/>
        <location filename="../../tourplanner/integrations/mailer.py" line="219"/>
        <source>no email address</source>
        <translation>没有电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="89"/>
        <source>it contains a space or line break (U+{code:04X})</source>
        <translation>其中含有空格或换行（U+{code:04X}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="92"/>
        <source>it contains the control character U+{code:04X}</source>
        <translation>其中含有控制字符 U+{code:04X}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="94"/>
        <source>it contains a space</source>
        <translation>其中含有空格</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="96"/>
        <source>it is longer than 254 characters</source>
        <translation>超过 254 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="98"/>
        <source>it needs exactly one @</source>
        <translation>必须恰好含有一个 @</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="101"/>
        <source>something is missing around @</source>
        <translation>@ 前后缺少内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="103"/>
        <source>the part before @ is not valid</source>
        <translation>@ 之前的部分无效</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="107"/>
        <location filename="../../tourplanner/core/contacts.py" line="110"/>
        <source>the domain is not valid</source>
        <translation>域名无效</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="112"/>
        <source>it is not a plain address</source>
        <translation>不是单纯的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="130"/>
        <source>{value} is not a valid email address: {problem}</source>
        <translation>{value} 不是有效的电子邮件地址：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="149"/>
        <source>{text} is not a phone number: {problem}</source>
        <translation>{text} 不是电话号码：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="156"/>
        <source>{typed} is not a phone number: longer than 64 characters</source>
        <translation>{typed} 不是电话号码：超过 64 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="165"/>
        <source>{typed} is not a phone number</source>
        <translation>{typed} 不是电话号码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="170"/>
        <source>{typed} is not a valid phone number</source>
        <translation>{typed} 不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="173"/>
        <source>{typed} is not a valid phone number (read as a number in {region})</source>
        <translation>{typed} 不是有效的电话号码（按 {region} 的号码解读）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="195"/>
        <source>{typed} is not a mobile number (an office line will not do)</source>
        <translation>{typed} 不是手机号码（不能用办公座机）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="220"/>
        <source>no web address</source>
        <translation>没有网址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="226"/>
        <source>{value} is not a web address: {problem}</source>
        <translation>{value} 不是网址：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="236"/>
        <source>{value} is not a web address</source>
        <translation>{value} 不是网址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/contacts.py" line="240"/>
        <source>{value} is not a full web address: give the full address, https://…</source>
        <translation>{value} 不是完整的网址：请填写完整地址，https://…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="64"/>
        <source>{text!r} is not an ISO 4217 currency code (e.g. CNY, EUR, USD)</source>
        <translation>{text!r} 不是 ISO 4217 货币代码（例如 CNY、EUR、USD）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="85"/>
        <source>{text!r}… is not an amount of money</source>
        <translation>{text!r}… 不是金额</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="90"/>
        <location filename="../../tourplanner/core/gifts.py" line="94"/>
        <source>{text!r} is not an amount of money (e.g. 1200.50)</source>
        <translation>{text!r} 不是金额（例如 1200.50）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="97"/>
        <source>{text!r}: an amount may not be negative</source>
        <translation>{text!r}：金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="106"/>
        <source>{text!r}: {currency} amounts have {places} decimals at most</source>
        <translation>{text!r}：{currency} 金额最多 {places} 位小数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/gifts.py" line="112"/>
        <source>{text!r}: more than {limit} digits</source>
        <translation>{text!r}：超过 {limit} 位数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/languages.py" line="49"/>
        <source>no language given</source>
        <translation>未给出语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/languages.py" line="74"/>
        <source>{name}: unknown language; did you mean {guess}?</source>
        <translation>{name}：未知语言；您是指 {guess} 吗？</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/languages.py" line="80"/>
        <source>{name}: unknown language (write its name, e.g. English or 中文, or a tag such as en)</source>
        <translation>{name}：未知语言（请写语言名称，例如 English 或 中文，或写代码，例如 en）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/languages.py" line="144"/>
        <source>{part}: expected a language name or tag</source>
        <translation>{part}：应为语言名称或代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="28"/>
        <location filename="../../tourplanner/core/links.py" line="80"/>
        <source>{field}: {value!r} is not a valid URL</source>
        <translation>{field}：{value!r} 不是有效的 URL</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="32"/>
        <location filename="../../tourplanner/core/links.py" line="84"/>
        <source>{field}: {value!r} is not an http:// or https:// address</source>
        <translation>{field}：{value!r} 不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="38"/>
        <source>{field}: the public address must not hold a user name</source>
        <translation>{field}：公开地址中不能含有用户名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="42"/>
        <source>{field}: the public address must not have &apos;?&apos; or &apos;#&apos;</source>
        <translation>{field}：公开地址中不能有“?”或“#”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="46"/>
        <source>{field}: {value!r} holds a space</source>
        <translation>{field}：{value!r} 中含有空格</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="71"/>
        <source>{field}: give a folder or an http(s):// WebDAV address</source>
        <translation>{field}：请给出文件夹或 http(s):// WebDAV 地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="91"/>
        <source>{field}: the URL must not hold a password: give --password-env VAR, set $TOURPLANNER_PUBLISH_PASSWORD or store it in the system keyring</source>
        <translation>{field}：URL 中不能含有密码：请使用 --password-env VAR、设置 $TOURPLANNER_PUBLISH_PASSWORD，或存入系统密钥环</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="98"/>
        <source>{field}: a WebDAV target needs https:// (plain http only to this machine)</source>
        <translation>{field}：WebDAV 目标需要 https://（仅本机可用普通 http）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/links.py" line="103"/>
        <source>{field}: a WebDAV address must not have &apos;?&apos; or &apos;#&apos;</source>
        <translation>{field}：WebDAV 地址中不能有“?”或“#”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/precedence.py" line="114"/>
        <source>{key!r} is not a person of this tour</source>
        <translation>{key!r} 不是本行程的人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/precedence.py" line="117"/>
        <source>{key!r} is listed twice; the order has no ties</source>
        <translation>{key!r} 列出了两次；礼宾次序不能并列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/precedence.py" line="123"/>
        <source>{missing!r} is missing; the order must name everyone</source>
        <translation>缺少 {missing!r}；礼宾次序必须列出所有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="79"/>
        <source>between 1 and {tables} tables of 2 to {seats} seats</source>
        <translation>桌数须在 1 到 {tables} 之间，每桌 2 到 {seats} 个座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="97"/>
        <source>{text!r} is not tables as NxSEATS (e.g. 4x10 or 1x12long)</source>
        <translation>{text!r} 不是“桌数x座位数”格式（例如 4x10 或 1x12long）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="267"/>
        <source>{title!r} has no attendees to seat</source>
        <translation>{title!r} 没有需要安排座位的出席者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="272"/>
        <source>{people} attendees of {title!r} but only {seats} seats at 1 table</source>
        <translation>{title!r} 有 {people} 位出席者，但 1 张桌子只有 {seats} 个座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="275"/>
        <source>{people} attendees of {title!r} but only {seats} seats at {tables} tables</source>
        <translation>{title!r} 有 {people} 位出席者，但 {tables} 张桌子只有 {seats} 个座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="107"/>
        <source>mail language must be one of {known}, not {language!r}</source>
        <translation>邮件语言必须是 {known} 之一，而不是 {language!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="122"/>
        <source>{where}: {reason}; write {{{{ or }}}} for a literal brace</source>
        <translation>{where}：{reason}；要写花括号本身，请写 {{{{ 或 }}}}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="140"/>
        <source>{where}: empty placeholder {{}}; write {{{{ and }}}} for literal braces</source>
        <translation>{where}：空的占位符 {{}}；要写花括号本身，请写 {{{{ 和 }}}}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="146"/>
        <source>{where}: placeholder {shown} cannot carry a format; write {{{name}}}</source>
        <translation>{where}：占位符 {shown} 不能带格式；请写 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="160"/>
        <source>{label}: the subject is empty</source>
        <translation>{label}：主题为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="163"/>
        <source>{label}: the subject is longer than {limit} characters</source>
        <translation>{label}：主题超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="169"/>
        <source>{label}: the subject must be one line</source>
        <translation>{label}：主题必须只有一行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="173"/>
        <source>{label}: the body is longer than {limit} characters</source>
        <translation>{label}：正文超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="184"/>
        <source>{label} {part}: unknown placeholder {{{name}}}; known placeholders: {listed}</source>
        <translation>{label} {part}：未知占位符 {{{name}}}；可用的占位符：{listed}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/templates.py" line="190"/>
        <source>{label} subject: {{changes}} can only be used in the body</source>
        <translation>{label} 主题：{{changes}} 只能用于正文</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/text_checks.py" line="45"/>
        <source>it holds an unpaired surrogate character, which is not valid text</source>
        <translation>其中含有不成对的代理字符，不是有效文本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/text_checks.py" line="48"/>
        <source>it holds a line break or tab (U+{code:04X}), and must be one line</source>
        <translation>其中含有换行或制表符（U+{code:04X}），必须只有一行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/text_checks.py" line="50"/>
        <source>it holds the control character U+{code:04X}</source>
        <translation>其中含有控制字符 U+{code:04X}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/text_checks.py" line="79"/>
        <source>{label}: longer than {limit} characters</source>
        <translation>{label}：超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/tilemap.py" line="76"/>
        <source>{value!r} is not a tile address: it needs {{z}}, {{x}} and {{y}}</source>
        <translation>{value!r} 不是瓦片地址：需要含有 {{z}}、{{x}} 和 {{y}}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/tilemap.py" line="85"/>
        <source>{value!r} is not a tile address: only {{z}}, {{x}} and {{y}} may be in braces</source>
        <translation>{value!r} 不是瓦片地址：花括号中只能是 {{z}}、{{x}} 和 {{y}}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/tilemap.py" line="132"/>
        <source>a map needs at least one point</source>
        <translation>地图至少需要一个点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/timeutil.py" line="36"/>
        <source>{text!r} has no UTC offset</source>
        <translation>{text!r} 没有 UTC 时差</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/timeutil.py" line="60"/>
        <source>{span!r} is not a valid time range</source>
        <translation>{span!r} 不是有效的时间段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/timeutil.py" line="64"/>
        <source>closing time is not after opening time in {span!r}</source>
        <translation>{span!r} 中的关门时间不晚于开门时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/timeutil.py" line="80"/>
        <source>{day!r} is not a date (YYYY-MM-DD)</source>
        <translation>{day!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/timeutil.py" line="87"/>
        <source>the hours on {day} overlap</source>
        <translation>{day} 的开放时间互相重叠</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/timeutil.py" line="115"/>
        <source>{day} is given twice</source>
        <translation>{day} 出现了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/tokens.py" line="37"/>
        <source>{field}: not a link token (expected {low} to {high} letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>{field}：不是链接令牌（应为 {low} 到 {high} 个字母、数字、“-”或“_”）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="107"/>
        <source>at most {limit} traffic bands, not {count}</source>
        <translation>最多 {limit} 个高峰时段，而不是 {count} 个</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="114"/>
        <source>a traffic band needs a start and an end time</source>
        <translation>高峰时段需要开始和结束时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="118"/>
        <source>traffic band {span}: local times, without a zone</source>
        <translation>高峰时段 {span}：请用当地时间，不带时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="123"/>
        <source>traffic band {span} ends before it starts (split one over midnight in two)</source>
        <translation>高峰时段 {span} 的结束早于开始（跨午夜的时段请拆成两段）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="129"/>
        <source>traffic band {span}: the factor must be a number</source>
        <translation>高峰时段 {span}：系数必须是数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="134"/>
        <source>traffic band {span}: the factor must be from {low:g} to {high:g}</source>
        <translation>高峰时段 {span}：系数必须在 {low:g} 到 {high:g} 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="140"/>
        <source>traffic bands {first} and {second} overlap</source>
        <translation>高峰时段 {first} 与 {second} 重叠</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="164"/>
        <source>traffic band {part!r}: write it as 07:30–09:30 ×1.5</source>
        <translation>高峰时段 {part!r}：请写成 07:30–09:30 ×1.5</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/travel.py" line="175"/>
        <source>traffic band {part!r}: not a time of day</source>
        <translation>高峰时段 {part!r}：不是一天中的时刻</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/ics.py" line="142"/>
        <source>reminder: expected 0 to 10080 minutes, or off</source>
        <translation>提醒：应为 0 到 10080 分钟，或关闭</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/ics.py" line="145"/>
        <source>refresh interval: expected more than 0 and at most 720 hours</source>
        <translation>刷新间隔：应大于 0 且不超过 720 小时</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/ics.py" line="149"/>
        <source>max attendees: expected 0 or more, or None for no limit</source>
        <translation>最多出席人数：应为 0 或更多，或 None 表示不限</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/ics_selection.py" line="75"/>
        <source>no participant with key {key!r} in tour {slug!r}</source>
        <translation>行程 {slug!r} 中没有标识为 {key!r} 的参与者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/ics_selection.py" line="79"/>
        <source>no site with key {key!r} in tour {slug!r}</source>
        <translation>行程 {slug!r} 中没有标识为 {key!r} 的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/ics_selection.py" line="81"/>
        <source>no group with key {key!r} in tour {slug!r}</source>
        <translation>行程 {slug!r} 中没有标识为 {key!r} 的小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/facts.py" line="403"/>
        <source>tour {slug!r} has no schedule items yet: there is nothing to put in a briefing</source>
        <translation>行程 {slug!r} 还没有日程安排：简报中没有内容可写</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/fonts.py" line="313"/>
        <location filename="../../tourplanner/export/pdf/fonts.py" line="326"/>
        <source>the bundled font {file} is missing; reinstall Tourplanner</source>
        <translation>缺少自带字体 {file}；请重新安装 Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/options.py" line="38"/>
        <source>paper must be one of {known}, not {paper!r}</source>
        <translation>纸张必须是 {known} 之一，而不是 {paper!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/options.py" line="44"/>
        <source>language must be one of {known}, not {lang!r}</source>
        <translation>语言必须是 {known} 之一，而不是 {lang!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/phone/facts.py" line="184"/>
        <source>no participant with key {key!r} in this tour</source>
        <translation>本行程中没有标识为 {key!r} 的参与者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/phone/facts.py" line="342"/>
        <source>no site with key {key!r} in this tour</source>
        <translation>本行程中没有标识为 {key!r} 的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/files.py" line="19"/>
        <source>{path}: no such file</source>
        <translation>{path}：没有这个文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/files.py" line="22"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}：是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/files.py" line="26"/>
        <source>{path}: cannot read it: {reason}</source>
        <translation>{path}：无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/header_mapping.py" line="118"/>
        <source>column {letter}</source>
        <translation>第 {letter} 列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/header_mapping.py" line="159"/>
        <source>--map {spec}={target}: no such column (the columns are: {columns})</source>
        <translation>--map {spec}={target}：没有这一列（现有的列：{columns}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/header_mapping.py" line="182"/>
        <source>--map {item}: expected COLUMN=field, e.g. &apos;Mobile=phone&apos;</source>
        <translation>--map {item}：应为“列=字段”，例如 &apos;Mobile=phone&apos;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/header_mapping.py" line="205"/>
        <source>--map {spec}={target}: unknown field (fields: {known})</source>
        <translation>--map {spec}={target}：未知字段（可用字段：{known}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_limits.py" line="45"/>
        <source>more than {limit:,} events in the file; export only the weeks of the tour and import that</source>
        <translation>文件中的事件超过 {limit:,} 个；请只导出行程那几周的日历再导入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_limits.py" line="50"/>
        <source>more than {limit:,} components (events, alarms, time zones) in the file</source>
        <translation>文件中的组件（事件、提醒、时区）超过 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_limits.py" line="55"/>
        <source>{lines:,} lines (at most {limit:,}): a calendar this long is no tour&apos;s</source>
        <translation>共 {lines:,} 行（最多 {limit:,} 行）：这么长的日历不可能属于一个行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_limits.py" line="90"/>
        <source>RRULE: INTERVAL must be a whole number &gt;= 1</source>
        <translation>RRULE：INTERVAL 必须是大于等于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_limits.py" line="97"/>
        <source>RRULE repeats about {times} times a day, more than {limit} events within the tour&apos;s dates (a runaway rule?)</source>
        <translation>RRULE 每天重复约 {times} 次，行程日期内超过 {limit} 个事件（规则失控？）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="71"/>
        <source>larger than {size} MB</source>
        <translation>大于 {size} MB</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="81"/>
        <source>line {line}: not UTF-8 text (byte 0x{byte:02x})</source>
        <translation>第 {line} 行：不是 UTF-8 文本（字节 0x{byte:02x}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="101"/>
        <source>line {number}: content outside BEGIN:VCALENDAR</source>
        <translation>第 {number} 行：内容在 BEGIN:VCALENDAR 之外</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="109"/>
        <source>a second VCALENDAR</source>
        <translation>第二个 VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="112"/>
        <source>line {number}: expected BEGIN:VCALENDAR, found {what}</source>
        <translation>第 {number} 行：应为 BEGIN:VCALENDAR，实为 {what}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="121"/>
        <source>line {number}: END:{name} without a BEGIN</source>
        <translation>第 {number} 行：END:{name} 没有对应的 BEGIN</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="130"/>
        <source>line {number}: END:{name} does not close BEGIN:{open_name} (line {open_line})</source>
        <translation>第 {number} 行：END:{name} 与 BEGIN:{open_name}（第 {open_line} 行）不对应</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="136"/>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>不是 iCalendar 文件（没有 BEGIN:VCALENDAR）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="141"/>
        <source>BEGIN:{name} on line {line} is never closed (file cut short?)</source>
        <translation>第 {line} 行的 BEGIN:{name} 没有结束（文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="151"/>
        <source>event {summary!r} (UID {uid})</source>
        <translation>事件 {summary!r}（UID {uid}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="153"/>
        <source>event {summary!r}</source>
        <translation>事件 {summary!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="154"/>
        <source>an event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="169"/>
        <source>{event}: {name} appears more than once</source>
        <translation>{event}：{name} 出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="175"/>
        <source>{event}: no DTSTART</source>
        <translation>{event}：没有 DTSTART</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="185"/>
        <source>{event}: {name}: unknown timezone {tzid!r}</source>
        <translation>{event}：{name}：未知时区 {tzid!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="196"/>
        <location filename="../../tourplanner/imports/ics_reader.py" line="294"/>
        <source>{event}: a date is out of range</source>
        <translation>{event}：日期超出范围</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="200"/>
        <source>{event}: DTEND is before DTSTART</source>
        <translation>{event}：DTEND 早于 DTSTART</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="271"/>
        <source>not an iCalendar file (no VCALENDAR)</source>
        <translation>不是 iCalendar 文件（没有 VCALENDAR）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="278"/>
        <source>X-WR-TIMEZONE: unknown timezone {name!r}</source>
        <translation>X-WR-TIMEZONE：未知时区 {name!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="298"/>
        <source>{source}: {event}: it has no duration</source>
        <translation>{source}：{event}：没有时长</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="325"/>
        <source>more than {limit} events within the tour&apos;s dates (a runaway rule?)</source>
        <translation>行程日期内超过 {limit} 个事件（规则失控？）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="334"/>
        <source>cannot expand recurring events: {reason}</source>
        <translation>无法展开重复事件：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/ics_reader.py" line="385"/>
        <source>{event}: ends before it starts</source>
        <translation>{event}：结束早于开始</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="60"/>
        <source>row {row}, {column}: {reason}</source>
        <translation>第 {row} 行，{column}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="63"/>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="193"/>
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="207"/>
        <source>{source} (sheet {sheet!r}): no header row found: no row near the top names a column such as {labels}; name the columns with --map COLUMN=field</source>
        <translation>{source}（工作表 {sheet!r}）：找不到表头行：开头几行中没有一行含有 {labels} 之类的列名；请用 --map 列=字段 指定列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="212"/>
        <source>{source}: no header row found: no row near the top names a column such as {labels}; name the columns with --map COLUMN=field</source>
        <translation>{source}：找不到表头行：开头几行中没有一行含有 {labels} 之类的列名；请用 --map 列=字段 指定列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="222"/>
        <source>{source}: no column for {label} (the columns are: {shown}); use --map COLUMN={name}</source>
        <translation>{source}：没有“{label}”列（现有的列：{shown}）；请使用 --map 列={name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="267"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="269"/>
        <source>unknown group {part!r} (groups of this tour: {known})</source>
        <translation>未知小组 {part!r}（本行程的小组：{known}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="310"/>
        <location filename="../../tourplanner/imports/row_import.py" line="481"/>
        <source>required, but empty</source>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="329"/>
        <source>same email as row {first}</source>
        <translation>电子邮件与第 {first} 行相同</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="335"/>
        <source>same name and organisation as row {first}</source>
        <translation>姓名和单位与第 {first} 行相同</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="342"/>
        <source>matches the same person ({name}) as row {first}</source>
        <translation>与第 {first} 行对应同一个人（{name}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="353"/>
        <source>key {key!r} is already used by {name}</source>
        <translation>标识 {key!r} 已被 {name} 使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="358"/>
        <location filename="../../tourplanner/imports/row_import.py" line="493"/>
        <source>same key as row {first}</source>
        <translation>标识与第 {first} 行相同</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="489"/>
        <source>same name as row {first}</source>
        <translation>名称与第 {first} 行相同</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="499"/>
        <source>matches the same site ({name}) as row {first}</source>
        <translation>与第 {first} 行对应同一个地点（{name}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="514"/>
        <source>unknown time zone {text} (write e.g. Asia/Shanghai)</source>
        <translation>未知时区 {text}（请写例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/row_import.py" line="550"/>
        <source>latitude and longitude go together</source>
        <translation>纬度和经度必须同时填写</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="52"/>
        <source>{name}: file is larger than {size} MiB</source>
        <translation>{name}：文件大于 {size} MiB</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="63"/>
        <source>{name}: --sheet applies to workbooks only (.xlsx, .ods, .xls)</source>
        <translation>{name}：--sheet 只适用于工作簿（.xlsx、.ods、.xls）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="80"/>
        <source>{name}: unknown encoding {encoding!r}</source>
        <translation>{name}：未知编码 {encoding!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="86"/>
        <source>{name}: not {encoding} text (byte {start})</source>
        <translation>{name}：不是 {encoding} 文本（第 {start} 个字节）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="127"/>
        <source>{name}: the file starts like {encoding} text but byte {start} is not; save it again as CSV UTF-8</source>
        <translation>{name}：文件开头像 {encoding} 文本，但第 {start} 个字节不是；请重新另存为 CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="196"/>
        <source>{name}: cannot tell how the text is encoded; save it as CSV UTF-8 or .xlsx, or give --encoding</source>
        <translation>{name}：无法判断文本编码；请另存为 CSV UTF-8 或 .xlsx，或使用 --encoding</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="205"/>
        <source>{name}: cannot tell how the text is encoded (it is not {encoding}); save it as CSV UTF-8 or .xlsx, or give --encoding</source>
        <translation>{name}：无法判断文本编码（不是 {encoding}）；请另存为 CSV UTF-8 或 .xlsx，或使用 --encoding</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="256"/>
        <source>{name}: contains NUL characters; is it really a text file?</source>
        <translation>{name}：含有 NUL 字符；这真的是文本文件吗？</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/spreadsheets.py" line="274"/>
        <source>{name}: not a readable CSV file: {reason}</source>
        <translation>{name}：不是可读的 CSV 文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="57"/>
        <source>missing required field {missing!r}</source>
        <translation>缺少必填字段 {missing!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="61"/>
        <source>unknown field {extra!r}</source>
        <translation>未知字段 {extra!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="63"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="66"/>
        <source>unknown name {name}</source>
        <translation>未知名称 {name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="68"/>
        <source>{value} is not one of: {options}</source>
        <translation>{value} 不在以下选项中：{options}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="72"/>
        <source>expected {expected}, got {value}</source>
        <translation>应为 {expected}，实为 {value}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="77"/>
        <source>expected {wanted}, got {kind} {value}</source>
        <translation>应为 {wanted}，实为 {kind} {value}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="82"/>
        <source>{value} is not valid: expected {what}</source>
        <translation>{value} 无效：应为{what}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="87"/>
        <source>needs exactly one of: {options}</source>
        <translation>必须恰好有以下之一：{options}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="89"/>
        <source>{value} is out of range ({kind} {expected})</source>
        <translation>{value} 超出范围（{kind} {expected}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="93"/>
        <source>{value} breaks {kind} {expected}</source>
        <translation>{value} 不符合 {kind} {expected}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="97"/>
        <source>lists the same entry twice</source>
        <translation>同一项列出了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="158"/>
        <source>{written} is far larger than any value a tour file may hold</source>
        <translation>{written} 远大于行程文件允许的任何数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="210"/>
        <source>field {repeated!r} appears twice in this object</source>
        <translation>字段 {repeated!r} 在此对象中出现了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="217"/>
        <source>{name} is not a number a tour file may hold</source>
        <translation>{name} 不是行程文件允许的数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="229"/>
        <source>a field name {name}: {problem}</source>
        <translation>字段名 {name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="242"/>
        <source>file is larger than {size} MiB</source>
        <translation>文件大于 {size} MiB</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="245"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="254"/>
        <source>not UTF-8 text (bad byte at line {line} column {column})</source>
        <translation>不是 UTF-8 文本（第 {line} 行第 {column} 列有错误字节）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="270"/>
        <source>invalid JSON at line {line} column {column}: {reason}</source>
        <translation>JSON 无效，位于第 {line} 行第 {column} 列：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="275"/>
        <source>invalid JSON: nested too deeply</source>
        <translation>JSON 无效：嵌套层数过多</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="280"/>
        <source>expected a JSON object at the top level, got {kind}</source>
        <translation>顶层应为 JSON 对象，实为 {kind}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_document.py" line="292"/>
        <source>not a Tourplanner tour file (format is {value}, expected &quot;tourplanner.tour&quot;)</source>
        <translation>不是 Tourplanner 行程文件（format 为 {value}，应为 &quot;tourplanner.tour&quot;）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_gifts.py" line="33"/>
        <source>an amount needs its currency</source>
        <translation>金额需要注明货币</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_gifts.py" line="85"/>
        <source>unknown participant {person!r}</source>
        <translation>未知参与者 {person!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_gifts.py" line="92"/>
        <source>unknown item uid {item!r}</source>
        <translation>未知的日程 UID {item!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_onday.py" line="34"/>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="70"/>
        <source>{text!r} is not a real date</source>
        <translation>{text!r} 不是真实存在的日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_onday.py" line="38"/>
        <source>{day} is not a day of the tour ({first} to {last})</source>
        <translation>{day} 不在行程日期内（{first} 至 {last}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_onday.py" line="66"/>
        <source>a second note for {day}</source>
        <translation>{day} 的第二条备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="62"/>
        <source>unknown timezone {name}</source>
        <translation>未知时区 {name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="78"/>
        <source>{text!r} is not a real date and time</source>
        <translation>{text!r} 不是真实存在的日期和时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="106"/>
        <source>{tag!r} is {standard!r}, which is listed already</source>
        <translation>{tag!r} 即 {standard!r}，已经列出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="119"/>
        <source>end {end} is not after start {start}</source>
        <translation>结束 {end} 不晚于开始 {start}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="131"/>
        <source>duplicate {field} {value!r}</source>
        <translation>重复的 {field} {value!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="140"/>
        <source>unknown {what} {key!r}</source>
        <translation>未知的 {what} {key!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="150"/>
        <source>end date {end} is before start date {start}</source>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="198"/>
        <source>this link token is used twice</source>
        <translation>此链接令牌被使用了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="345"/>
        <source>rank {rank} is already {holder}&apos;s; the order has no ties</source>
        <translation>第 {rank} 位已属于 {holder}；礼宾次序不能并列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="436"/>
        <source>a second seating plan for {item!r}</source>
        <translation>{item!r} 的第二个座位安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="445"/>
        <source>table {number} twice</source>
        <translation>第 {number} 桌出现了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="459"/>
        <source>table {table} seat {seat} is already {holder}&apos;s</source>
        <translation>第 {table} 桌第 {seat} 座已属于 {holder}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="466"/>
        <source>{person!r} already has a seat</source>
        <translation>{person!r} 已有座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="511"/>
        <source>item {item!r} is a {kind}, not a transfer</source>
        <translation>日程 {item!r} 是 {kind}，不是交通接送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="518"/>
        <source>{person!r} drives {vehicle!r} and cannot also ride it</source>
        <translation>{person!r} 驾驶 {vehicle!r}，不能同时乘坐</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="525"/>
        <source>{person!r} already rides {riding!r} on this transfer</source>
        <translation>{person!r} 在此次接送中已乘坐 {riding!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="537"/>
        <source>seat {seat!r} of {vehicle!r} is already {holder}&apos;s on this transfer</source>
        <translation>此次接送中 {vehicle!r} 的座位 {seat!r} 已属于 {holder}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="562"/>
        <source>a travel override needs two different sites</source>
        <translation>指定路程时间需要两个不同的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="567"/>
        <source>a second override for {start} -&gt; {end}</source>
        <translation>{start} -&gt; {end} 的第二个指定路程时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="611"/>
        <source>the same attendee is listed twice</source>
        <translation>同一位出席者列出了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/workbooks.py" line="71"/>
        <source>{name}: an .xls file may be at most {size} MiB</source>
        <translation>{name}：.xls 文件最大为 {size} MiB</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/workbooks.py" line="88"/>
        <source>{name}: no sheet {wanted!r} (sheets: {shown})</source>
        <translation>{name}：没有工作表 {wanted!r}（现有工作表：{shown}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/workbooks.py" line="106"/>
        <source>{name}: not a readable {kind} file ({reason})</source>
        <translation>{name}：不是可读的 {kind} 文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/workbooks.py" line="157"/>
        <source>{name}: not a readable {kind} file (member {member!r} is damaged)</source>
        <translation>{name}：不是可读的 {kind} 文件（成员 {member!r} 已损坏）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/workbooks.py" line="163"/>
        <source>{name}: a sheet spans {cells:,} cells (at most {limit:,}); refused as a possible spreadsheet bomb</source>
        <translation>{name}：一个工作表跨越 {cells:,} 个单元格（最多 {limit:,}）；疑似表格炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/workbooks.py" line="187"/>
        <location filename="../../tourplanner/imports/workbooks.py" line="194"/>
        <source>a cell reference past the last cell of a worksheet</source>
        <translation>单元格引用超出了工作表的最后一个单元格</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="80"/>
        <source>{name}: {reason}; refused as a possible zip bomb</source>
        <translation>{name}：{reason}；疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="102"/>
        <source>{entries:,} members (at most {limit:,})</source>
        <translation>{entries:,} 个成员（最多 {limit:,} 个）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="109"/>
        <source>a zip directory of {size} (at most {limit})</source>
        <translation>zip 目录大小为 {size}（最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="119"/>
        <source>{count:,} members (at most {limit:,})</source>
        <translation>{count:,} 个成员（最多 {limit:,} 个）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="128"/>
        <source>member {member} appears twice</source>
        <translation>成员 {member} 出现了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="133"/>
        <source>{name}: member {member} uses compression method {method}, which spreadsheet programs do not write</source>
        <translation>{name}：成员 {member} 使用压缩方法 {method}，电子表格程序不会写出这种格式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="140"/>
        <source>member {member} inflates to {size} (at most {limit})</source>
        <translation>成员 {member} 解压后为 {size}（最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="149"/>
        <source>member {member} inflates {ratio:,.0f} times (at most {limit} for a member over {size})</source>
        <translation>成员 {member} 解压后膨胀 {ratio:,.0f} 倍（超过 {size} 的成员最多 {limit} 倍）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="159"/>
        <source>its members inflate to more than {size} in all</source>
        <translation>其成员解压后总计超过 {size}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="178"/>
        <source>members {member} and {other} share their data</source>
        <translation>成员 {member} 和 {other} 共用数据</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/zip_guard.py" line="219"/>
        <source>member {member} inflates to more than the {allowed:,} bytes its header declares</source>
        <translation>成员 {member} 解压后超过其头部声明的 {allowed:,} 字节</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="139"/>
        <source>CalDAV URL: {reason}</source>
        <translation>CalDAV URL：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="143"/>
        <source>CalDAV URL: put the user in --user and the password elsewhere</source>
        <translation>CalDAV URL：用户名请放在 --user 中，密码放在别处</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="218"/>
        <source>the CalDAV server at {origin} does not let user {username!r} {method} {path} (403 Forbidden)</source>
        <translation>CalDAV 服务器 {origin} 不允许用户 {username!r} 对 {path} 执行 {method}（403 禁止访问）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="229"/>
        <source>the CalDAV server at {origin} refused user {username!r}: wrong user name or password (401)</source>
        <translation>CalDAV 服务器 {origin} 拒绝了用户 {username!r}：用户名或密码错误，密码被拒绝（401）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="236"/>
        <source>the CalDAV server at {origin} is busy (rate limited); try again later</source>
        <translation>CalDAV 服务器 {origin} 繁忙（请求受限）；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="242"/>
        <source>lost the connection to the CalDAV server at {origin}: {reason}</source>
        <translation>与 CalDAV 服务器 {origin} 的连接中断：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="245"/>
        <source>cannot reach the CalDAV server at {origin}: {reason}</source>
        <translation>无法连接 CalDAV 服务器 {origin}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="261"/>
        <source>the CalDAV server at {origin} refused to {what}: {status}</source>
        <translation>CalDAV 服务器 {origin} 拒绝{what}：{status}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="276"/>
        <source>list {path}</source>
        <translation>列出 {path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="288"/>
        <source>nothing at {base_url} on the CalDAV server (404)</source>
        <translation>CalDAV 服务器上 {base_url} 处没有内容（404）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="368"/>
        <source>create the calendar {display_name!r}</source>
        <translation>创建日历 {display_name!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="407"/>
        <source>read events of {path}</source>
        <translation>读取 {path} 的事件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="438"/>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="455"/>
        <source>{path} changed on the server</source>
        <translation>{path} 在服务器上已被修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="442"/>
        <source>store {path}</source>
        <translation>保存 {path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/caldav_client.py" line="459"/>
        <source>delete {path}</source>
        <translation>删除 {path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/connection.py" line="27"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/connection.py" line="29"/>
        <source>name not resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/connection.py" line="31"/>
        <location filename="../../tourplanner/integrations/connection.py" line="45"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/connection.py" line="33"/>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/connection.py" line="35"/>
        <location filename="../../tourplanner/integrations/connection.py" line="48"/>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/connection.py" line="37"/>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="36"/>
        <source>--password-env: {variable!r} is not a variable name</source>
        <translation>--password-env：{variable!r} 不是变量名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="43"/>
        <source>environment variable {variable} is not set (it should hold {what})</source>
        <translation>环境变量 {variable} 未设置（应存放{what}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="49"/>
        <source>environment variable {variable} is empty</source>
        <translation>环境变量 {variable} 为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="66"/>
        <source>no {what}: give --password-env VAR (the &apos;keyring&apos; package that reads the system keyring is not installed)</source>
        <translation>没有{what}：请使用 --password-env VAR（未安装读取系统密钥环的 &apos;keyring&apos; 软件包）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="74"/>
        <source>no {what}: give --password-env VAR (no system keyring is available here: the keyring backend is {backend})</source>
        <translation>没有{what}：请使用 --password-env VAR（此处没有可用的系统密钥环：密钥环后端为 {backend}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="82"/>
        <source>the system keyring could not be read: {reason}</source>
        <translation>无法读取系统密钥环：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/credentials.py" line="87"/>
        <source>no {what} for {user!r} in the system keyring; store one with &apos;keyring set {service} {user}&apos; or give --password-env VAR</source>
        <translation>系统密钥环中没有 {user!r} 的{what}；请用 &apos;keyring set {service} {user}&apos; 存入，或使用 --password-env VAR</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="116"/>
        <source>geocoder URL: {reason}</source>
        <translation>地理编码 URL：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="122"/>
        <source>geocoder URL {shown!r} must not carry a query or credentials</source>
        <translation>地理编码 URL {shown!r} 中不能含有查询参数或登录信息</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="134"/>
        <source>geocoder URL is longer than {limit} characters</source>
        <translation>地理编码 URL 超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="155"/>
        <source>the delay between geocoder requests cannot be negative</source>
        <translation>地理编码请求之间的间隔不能为负数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="187"/>
        <source>found: {name}</source>
        <translation>已找到：{name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="187"/>
        <source>found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="191"/>
        <source>address too long to look up (over {limit} characters)</source>
        <translation>地址太长，无法查询（超过 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="206"/>
        <source>the geocoder needs a user agent naming this application</source>
        <translation>地理编码服务需要注明本应用的用户代理（User-Agent）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="209"/>
        <source>the geocoder timeout must be more than 0 seconds</source>
        <translation>地理编码超时必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="212"/>
        <source>geocoder retries must be from 0 to {limit}</source>
        <translation>地理编码重试次数必须在 0 到 {limit} 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="217"/>
        <source>the wait before a geocoder retry cannot be negative</source>
        <translation>地理编码重试前的等待时间不能为负数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="236"/>
        <source>geocoder: {reason}</source>
        <translation>地理编码：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="263"/>
        <source>nothing to look up (empty address)</source>
        <translation>没有可查询的内容（地址为空）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="267"/>
        <source>no match for {query!r}</source>
        <translation>找不到 {query!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="273"/>
        <source>not a point on Earth: {latitude}, {longitude}</source>
        <translation>不是地球上的点：{latitude}, {longitude}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="280"/>
        <source>no address near {latitude}, {longitude}</source>
        <translation>{latitude}, {longitude} 附近没有地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="295"/>
        <source>the geocoder at {server} sent an answer that is not a list of places</source>
        <translation>地理编码服务 {server} 返回的不是地点列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="306"/>
        <source>the geocoder at {server} sent a place without coordinates</source>
        <translation>地理编码服务 {server} 返回的地点没有坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="328"/>
        <source>the geocoder at {server} refused: too many requests (HTTP 429); try again later</source>
        <translation>地理编码服务 {server} 拒绝：请求过多（HTTP 429）；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="336"/>
        <source>the geocoder at {server} failed with HTTP {code}; try again later</source>
        <translation>地理编码服务 {server} 出错（HTTP {code}）；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="342"/>
        <source>the geocoder at {server} refused the request with HTTP {code} (check the URL and user agent)</source>
        <translation>地理编码服务 {server} 以 HTTP {code} 拒绝了请求（请检查 URL 和用户代理）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="350"/>
        <source>the geocoder at {server} refused: too many requests; try again later</source>
        <translation>地理编码服务 {server} 拒绝：请求过多；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="356"/>
        <source>the geocoder at {server} sent an answer that is not valid JSON</source>
        <translation>地理编码服务 {server} 返回的不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="363"/>
        <location filename="../../tourplanner/integrations/geocoder.py" line="377"/>
        <source>the geocoder at {server} did not answer within {timeout:g} s</source>
        <translation>地理编码服务 {server} 在 {timeout:g} 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="370"/>
        <source>cannot reach the geocoder at {server}</source>
        <translation>无法连接地理编码服务 {server}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="383"/>
        <source>cannot reach the geocoder at {server}: {reason}</source>
        <translation>无法连接地理编码服务 {server}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="390"/>
        <source>the geocoder at {server} answered with an error: {reason}</source>
        <translation>地理编码服务 {server} 返回错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/geocoder.py" line="396"/>
        <source>the geocoder at {server}: {reason}</source>
        <translation>地理编码服务 {server}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="140"/>
        <source>invalid SMTP URL: {reason}</source>
        <translation>无效的 SMTP URL：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="145"/>
        <source>unsupported SMTP URL scheme {scheme!r}: use smtp://user@host:port (STARTTLS) or smtps://user@host:port (TLS)</source>
        <translation>不支持的 SMTP URL 协议 {scheme!r}：请使用 smtp://user@host:port（STARTTLS）或 smtps://user@host:port（TLS）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="152"/>
        <source>the SMTP URL must not hold a password: put it in an environment variable (--password-env VAR) or the system keyring</source>
        <translation>SMTP URL 中不能含有密码：请放在环境变量（--password-env VAR）或系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="157"/>
        <source>the SMTP URL names no host: use smtp://user@host:port</source>
        <translation>SMTP URL 中没有主机：请使用 smtp://user@host:port</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="160"/>
        <source>the SMTP URL must not have a path: use smtp://user@host:port</source>
        <translation>SMTP URL 中不能有路径：请使用 smtp://user@host:port</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="172"/>
        <source>SMTP URL: security must be none, starttls or ssl, not {value!r}</source>
        <translation>SMTP URL：security 必须是 none、starttls 或 ssl，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="182"/>
        <source>SMTP URL: unknown setting {key!r} (known: security, from, timeout)</source>
        <translation>SMTP URL：未知设置 {key!r}（可用：security、from、timeout）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="187"/>
        <source>SMTP URL: smtps:// always uses TLS; use smtp:// with ?security=</source>
        <translation>SMTP URL：smtps:// 总是使用 TLS；请用 smtp:// 加 ?security=</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="201"/>
        <source>SMTP URL: timeout must be more than 0 and at most 600 s: {text!r}</source>
        <translation>SMTP URL：超时必须大于 0 且不超过 600 秒：{text!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="221"/>
        <source>invalid email address {address!r}: {problem}</source>
        <translation>无效的电子邮件地址 {address!r}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="368"/>
        <source>no password for SMTP user {user!r}</source>
        <translation>SMTP 用户 {user!r} 没有密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="372"/>
        <source>refusing to send the SMTP password unencrypted to {host}: use smtps:// or smtp:// (STARTTLS), or security=none only for a server on this machine</source>
        <translation>拒绝以明文向 {host} 发送 SMTP 密码：请使用 smtps:// 或 smtp://（STARTTLS），security=none 仅限本机服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="388"/>
        <source>the SMTP server {where} does not offer STARTTLS; use smtps:// or, for a server on this machine, ?security=none</source>
        <translation>SMTP 服务器 {where} 不提供 STARTTLS；请使用 smtps://，本机服务器可用 ?security=none</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="401"/>
        <source>cannot find the SMTP server {host!r}</source>
        <translation>找不到 SMTP 服务器 {host!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="405"/>
        <source>the SMTP server {where} refused the connection</source>
        <translation>SMTP 服务器 {where} 拒绝连接</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="410"/>
        <location filename="../../tourplanner/integrations/mailer.py" line="431"/>
        <source>no answer from the SMTP server {where} within {timeout:g} s</source>
        <translation>SMTP 服务器 {where} 在 {timeout:g} 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="417"/>
        <source>TLS with the SMTP server {where} failed: {reason}</source>
        <translation>与 SMTP 服务器 {where} 的 TLS 连接失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="423"/>
        <source>the SMTP server {where} turned the connection away: {reply}</source>
        <translation>SMTP 服务器 {where} 拒绝了连接：{reply}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="436"/>
        <source>the SMTP server {where} closed the connection</source>
        <translation>SMTP 服务器 {where} 关闭了连接</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="441"/>
        <source>the SMTP server {where} answered {reply}</source>
        <translation>SMTP 服务器 {where} 应答：{reply}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="448"/>
        <source>cannot use the SMTP server {where}: {reason}</source>
        <translation>无法使用 SMTP 服务器 {where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="458"/>
        <source>the SMTP server {where} offers no login (AUTH); remove the user from the URL if it needs none</source>
        <translation>SMTP 服务器 {where} 不提供登录（AUTH）；如无需登录，请从 URL 中去掉用户名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="466"/>
        <source>the SMTP server {where} refused the login of {user!r}: {reply}</source>
        <translation>SMTP 服务器 {where} 拒绝了 {user!r} 的登录，密码被拒绝：{reply}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="472"/>
        <source>the SMTP server {where} offers no login we can use</source>
        <translation>SMTP 服务器 {where} 没有我们可用的登录方式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="476"/>
        <source>logging in to the SMTP server {where} failed: {reason}</source>
        <translation>登录 SMTP 服务器 {where} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="494"/>
        <location filename="../../tourplanner/integrations/mailer.py" line="543"/>
        <source>the server refused {address}: {reason}</source>
        <translation>服务器拒绝了 {address}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="503"/>
        <source>the server refused the sender {sender}: {reply}</source>
        <translation>服务器拒绝了发件人 {sender}：{reply}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="510"/>
        <location filename="../../tourplanner/integrations/mailer.py" line="528"/>
        <source>the server refused the message: {reason}</source>
        <translation>服务器拒绝了邮件：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="518"/>
        <source>the SMTP server closed the connection ({detail})</source>
        <translation>SMTP 服务器关闭了连接（{detail}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="525"/>
        <source>the SMTP server closed the session: {reason}</source>
        <translation>SMTP 服务器结束了会话：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/mailer.py" line="535"/>
        <source>the connection to the SMTP server broke: {reason}</source>
        <translation>与 SMTP 服务器的连接中断：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="143"/>
        <source>a route needs at least two points</source>
        <translation>路线至少需要两个点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="166"/>
        <source>the routing server at {host}: the route answer is not OSRM&apos;s</source>
        <translation>路线服务器 {host}：路线应答不是 OSRM 格式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="185"/>
        <source>the routing server at {host} did not answer within {timeout:g} s</source>
        <translation>路线服务器 {host} 在 {timeout:g} 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="190"/>
        <source>cannot reach the routing server at {host}: {reason}</source>
        <translation>无法连接路线服务器 {host}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="205"/>
        <source>the routing server at {host} asks us to slow down (429 Too Many Requests)</source>
        <translation>路线服务器 {host} 要求降低请求频率（429 请求过多）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="210"/>
        <source>the routing server at {host} failed ({status})</source>
        <translation>路线服务器 {host} 出错（{status}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="217"/>
        <source>the routing server at {host} did not answer with OSRM&apos;s JSON ({status})</source>
        <translation>路线服务器 {host} 的应答不是 OSRM 的 JSON（{status}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="224"/>
        <source>the routing server at {host} refused the question: {code} ({message})</source>
        <translation>路线服务器 {host} 拒绝了请求：{code}（{message}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="227"/>
        <source>the routing server at {host} refused the question: {code}</source>
        <translation>路线服务器 {host} 拒绝了请求：{code}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="269"/>
        <location filename="../../tourplanner/integrations/routing.py" line="277"/>
        <source>the routing server at {host}: the answer has no {rows}x{cols} {name} matrix</source>
        <translation>路线服务器 {host}：应答中没有 {rows}x{cols} 的 {name} 矩阵</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/routing.py" line="294"/>
        <source>the routing server at {host}: the {name} hold {cell!r}, not a time</source>
        <translation>路线服务器 {host}：{name} 中含有 {cell!r}，不是时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="121"/>
        <source>the WebDAV server at {host} sent an unreadable listing</source>
        <translation>WebDAV 服务器 {host} 返回的列表无法读取</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="165"/>
        <source>the WebDAV server at {host} did not answer within {timeout:g} s ({method} {path})</source>
        <translation>WebDAV 服务器 {host} 在 {timeout:g} 秒内没有应答（{method} {path}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="171"/>
        <source>cannot reach the WebDAV server at {host}: {reason}</source>
        <translation>无法连接 WebDAV 服务器 {host}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="183"/>
        <source>the WebDAV server at {host} refused the user name or password (401)</source>
        <translation>WebDAV 服务器 {host} 拒绝了用户名或密码，密码被拒绝（401）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="186"/>
        <source>the WebDAV server at {host} does not allow {method} on {path} (403 Forbidden)</source>
        <translation>WebDAV 服务器 {host} 不允许对 {path} 执行 {method}（403 禁止访问）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="190"/>
        <source>the WebDAV server at {host} has no room left (507 Insufficient Storage) while writing {path}</source>
        <translation>写入 {path} 时 WebDAV 服务器 {host} 空间不足（507 存储空间不足）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="194"/>
        <source>the WebDAV server at {host} has no collection (404): check the address</source>
        <translation>WebDAV 服务器 {host} 上没有该集合（404）：请检查地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="196"/>
        <source>the WebDAV server at {host} has no {path} (404): check the address</source>
        <translation>WebDAV 服务器 {host} 上没有 {path}（404）：请检查地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/integrations/webdav.py" line="198"/>
        <source>the WebDAV server at {host} answered {method} {path} with {status}</source>
        <translation>WebDAV 服务器 {host} 对 {method} {path} 的应答为 {status}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="43"/>
        <source>Choose the spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="46"/>
        <source>Workbooks (.xlsx, .xlsb, .xls, .ods) and text files (.csv, .tsv, .txt) saved by Excel, LibreOffice, WPS or any other program; headers in English or Chinese.</source>
        <translation>Excel、LibreOffice、WPS 或其他任何程序保存的工作簿（.xlsx、.xlsb、.xls、.ods）和文本文件（.csv、.tsv、.txt）；表头可为英文或中文。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="53"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="54"/>
        <source>Choose a file, or paste its path</source>
        <translation>选择文件，或粘贴文件路径</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="57"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="59"/>
        <source>Browse for the file</source>
        <translation>浏览查找文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="63"/>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="65"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="66"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="67"/>
        <source>UTF-16 (Excel&apos;s &quot;Unicode text&quot;)</source>
        <translation>UTF-16（Excel 的“Unicode 文本”）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="68"/>
        <source>GB18030 / GBK (Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="69"/>
        <source>Windows-1252 (Western European Windows)</source>
        <translation>Windows-1252（西欧语言 Windows）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="73"/>
        <source>Why the file cannot be read</source>
        <translation>文件无法读取的原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="75"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="77"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="79"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="81"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="83"/>
        <source>About encodings</source>
        <translation>关于编码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="86"/>
        <source>Only for text files, and only when names come out garbled: the encoding is recognised by itself for UTF-8, UTF-16, GB18030 and Windows-1252.</source>
        <translation>仅适用于文本文件，且仅在姓名显示为乱码时才需设置：UTF-8、UTF-16、GB18030 和 Windows-1252 编码会自动识别。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="113"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="116"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="84"/>
        <source>Why the change was not saved</source>
        <extracomment>Saves the form; returns None on success or the service&apos;s one-line refusal.</extracomment>
        <translation>修改未保存的原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="95"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="102"/>
        <source>What someone else changed</source>
        <translation>他人修改的内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="104"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="106"/>
        <source>Reload: show their version</source>
        <translation>重新载入：显示对方的版本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="107"/>
        <source>&amp;Keep mine</source>
        <translation>保留我的修改(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="109"/>
        <source>Keep mine: my values win on OK</source>
        <translation>保留我的修改：点击“确定”时以我的内容为准</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="128"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="131"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="186"/>
        <source>Problem with %1</source>
        <translation>%1 有误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="364"/>
        <source>A timezone is required</source>
        <translation>请填写时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="369"/>
        <source>Unknown timezone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="383"/>
        <source>A key is required</source>
        <translation>请填写代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="385"/>
        <source>Use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>请使用小写字母、数字、“-”、“_”或“.”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/form.py" line="389"/>
        <source>This key is already used</source>
        <translation>该代码已被使用</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="55"/>
        <source>New gift</source>
        <translation>新建礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="55"/>
        <source>Edit gift</source>
        <translation>编辑礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="60"/>
        <source>Porcelain vase</source>
        <translation>瓷花瓶</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="66"/>
        <source>(no item)</source>
        <translation>（无日程）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="83"/>
        <source>or an organisation</source>
        <translation>或填写单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="90"/>
        <source>&amp;Gift:</source>
        <translation>礼品(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="93"/>
        <source>Say what the gift is</source>
        <translation>请填写礼品名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="95"/>
        <source>&amp;From:</source>
        <translation>赠送方(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="96"/>
        <source>From organisation:</source>
        <translation>赠送单位：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="97"/>
        <source>&amp;To:</source>
        <translation>受赠方(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="98"/>
        <source>To organisation:</source>
        <translation>受赠单位：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="99"/>
        <source>&amp;At:</source>
        <translation>场合(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="100"/>
        <source>&amp;Value:</source>
        <translation>价值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="102"/>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="106"/>
        <source>An ISO 4217 code: CNY, EUR, USD, JPY …</source>
        <translation>ISO 4217 代码：CNY、EUR、USD、JPY …</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="108"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="109"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="115"/>
        <source>(an organisation)</source>
        <translation>（单位）</translation>
    </message>
</context>
<context>
    <name>GiftLimitDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="149"/>
        <source>Gift value limit</source>
        <translation>礼品价值限额</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="156"/>
        <source>&amp;Limit:</source>
        <translation>限额(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="160"/>
        <source>Gifts worth more are flagged; leave empty for no limit</source>
        <translation>价值超过限额的礼品将被标出；留空表示不设限额</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="163"/>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>GiftTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="41"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="42"/>
        <source>From</source>
        <translation>赠送方</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="43"/>
        <source>To</source>
        <translation>受赠方</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="44"/>
        <source>At</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="45"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="47"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="52"/>
        <source>What the gift is</source>
        <translation>礼品名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="53"/>
        <source>Who gives it: a person of the tour or an organisation</source>
        <translation>赠送方：行程中的人员或单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="54"/>
        <source>Who receives it: a person of the tour or an organisation</source>
        <translation>受赠方：行程中的人员或单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="55"/>
        <source>The item where it is given</source>
        <translation>赠送礼品的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="56"/>
        <source>Its value and currency; red when above the tour&apos;s gift limit</source>
        <translation>价值及币种；超过行程礼品限额时显示为红色</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="57"/>
        <source>Planned, given or received</source>
        <translation>计划中、已赠送或已收到</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="58"/>
        <source>Anything else to remember</source>
        <translation>其他需要注意的事项</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/gifts.py" line="96"/>
        <source>Above the tour&apos;s gift limit of %1</source>
        <translation>超过行程礼品限额 %1</translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="20"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="21"/>
        <source>Search gifts, people, organisations, items, notes</source>
        <translation>搜索礼品、人员、单位、日程、备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="28"/>
        <source>&amp;New gift…</source>
        <translation>新建礼品(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="28"/>
        <source>Add a gift to the log</source>
        <translation>在礼品登记中添加礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="31"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="31"/>
        <source>Change the selected gift</source>
        <translation>编辑所选礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="34"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="34"/>
        <source>Delete the selected gifts</source>
        <translation>删除所选礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="37"/>
        <source>Value &amp;limit…</source>
        <translation>价值限额(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="39"/>
        <source>Flag gifts worth more than this (the check&apos;s gift-over-limit warning)</source>
        <translation>标出价值超过此限额的礼品（即检查中的“礼品超出限额”警告）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="42"/>
        <source>No gifts yet. Press New gift… to log one.</source>
        <translation>尚无礼品。按“新建礼品…”登记一件。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="53"/>
        <source>Limit: %1</source>
        <translation>限额：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="55"/>
        <source>No value limit</source>
        <translation>无价值限额</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="508"/>
        <source>New group</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="508"/>
        <source>Edit group</source>
        <translation>编辑小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="512"/>
        <source>e.g. Coach 1</source>
        <translation>例如：1 号车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="514"/>
        <source>The name in the local language</source>
        <translation>当地语言的名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="534"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="537"/>
        <source>A name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="539"/>
        <source>&amp;Local name:</source>
        <translation>本地名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="541"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="543"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="544"/>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="187"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="188"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="189"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="190"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="191"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="73"/>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="74"/>
        <source>Search groups</source>
        <translation>搜索小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="80"/>
        <source>New gro&amp;up…</source>
        <translation>新建小组(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="80"/>
        <source>Add a group</source>
        <translation>添加小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="83"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="83"/>
        <source>Change the selected group</source>
        <translation>编辑所选小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="86"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="88"/>
        <source>Delete the selected groups</source>
        <translation>删除所选小组</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../tourplanner/services/history.py" line="119"/>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="120"/>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="121"/>
        <location filename="../../tourplanner/services/history.py" line="145"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="122"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="123"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="124"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="125"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="126"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="127"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="130"/>
        <source>tour</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="131"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="132"/>
        <source>participant</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="133"/>
        <source>group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="134"/>
        <source>item</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="135"/>
        <source>busy block</source>
        <translation>忙碌时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="136"/>
        <source>travel override</source>
        <translation>路程时间设定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="137"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="138"/>
        <source>duty contact</source>
        <translation>值班联系人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="139"/>
        <source>day note</source>
        <translation>当日备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="140"/>
        <source>attendance</source>
        <translation>出席安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="141"/>
        <source>group member</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="142"/>
        <source>opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="143"/>
        <source>seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="144"/>
        <source>table</source>
        <translation>餐桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="166"/>
        <source>Added {kind} {what}</source>
        <translation>添加了{kind}“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="168"/>
        <source>Added {what}</source>
        <translation>添加了“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="172"/>
        <source>Removed {kind} {what}</source>
        <translation>删除了{kind}“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="174"/>
        <source>Removed {what}</source>
        <translation>删除了“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="180"/>
        <source>Moved {what} to Unscheduled</source>
        <translation>将“{what}”移至未排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="183"/>
        <source>Scheduled {what} at {new}</source>
        <translation>将“{what}”排在 {new}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="187"/>
        <source>Scheduled {what}</source>
        <translation>为“{what}”排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="189"/>
        <source>Moved {what} {old} → {new}</source>
        <translation>将“{what}”从 {old} 移到 {new}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="193"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="194"/>
        <source>Changed {fields} of {what}</source>
        <translation>修改了“{what}”的{fields}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="195"/>
        <source>{change} by {who}, {ago}</source>
        <translation>{who} {change}，{ago}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="196"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="210"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="212"/>
        <source>{minutes} min ago</source>
        <translation>{minutes}分钟前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="214"/>
        <source>{hours} h ago</source>
        <translation>{hours}小时前</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="37"/>
        <location filename="../../tourplanner/qt/views/history_page.py" line="43"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="46"/>
        <source>Changes by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="49"/>
        <source>Changes made on</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="52"/>
        <source>Only one item: show all</source>
        <translation>仅显示一个日程：点击显示全部</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="53"/>
        <source>Show the changes of every record again</source>
        <translation>重新显示所有记录的修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="56"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="58"/>
        <source>Refresh the history</source>
        <translation>刷新历史记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="62"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="62"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="62"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="62"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="66"/>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="78"/>
        <source>Search the changes</source>
        <translation>搜索更改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="79"/>
        <source>Search changes</source>
        <translation>搜索更改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="85"/>
        <source>Number of changes shown</source>
        <translation>显示的修改条数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="91"/>
        <source>&amp;By:</source>
        <translation>操作人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="91"/>
        <source>O&amp;n:</source>
        <translation>日期(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="119"/>
        <source>Only %1 ✕</source>
        <translation>仅显示“%1” ✕</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="135"/>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="137"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/history_page.py" line="138"/>
        <source>Any day</source>
        <translation>所有日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/views/history_page.py" line="188"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="59"/>
        <source>Key</source>
        <extracomment>(background, text) per outcome of a row. A cell an update changes, and a cell with an error.</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="60"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="61"/>
        <source>Illustrative (example data)</source>
        <translation>示例数据（仅作演示）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="65"/>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="66"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="67"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="68"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="69"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="70"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="71"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="73"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="74"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="75"/>
        <source>Accessibility needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="76"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="77"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="78"/>
        <source>Precedence</source>
        <translation>礼宾次序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="79"/>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="83"/>
        <source>Name</source>
        <comment>a place&apos;s</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="84"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="85"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="86"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="87"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="88"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="89"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="90"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="91"/>
        <source>Contact email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="92"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="93"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="94"/>
        <source>Key facts</source>
        <translation>要点</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="246"/>
        <source>New</source>
        <extracomment>Whether the import recognised the header row itself (else it is a guess). Whether remembered choices were applied.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="247"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="248"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="249"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="318"/>
        <source>Row</source>
        <extracomment>The stored value of a field of a matched record (for &quot;was: ...&quot; tooltips).</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="320"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="322"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="327"/>
        <source>%1, imported as %2</source>
        <translation>%1，导入为%2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="344"/>
        <source>Changes %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="346"/>
        <source>New, key %1</source>
        <translation>新增，代码 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="349"/>
        <source>Already in the tour as in the file</source>
        <translation>行程中已有，与文件一致</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="403"/>
        <source>Now empty</source>
        <translation>当前为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="406"/>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/import_preview.py" line="429"/>
        <source>Stored as: %1</source>
        <translation>保存为：%1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="92"/>
        <source>Import people</source>
        <extracomment>The import was written (its ImportOutcome). Import the rows without errors and leave the others out (the CLI&apos;s --skip-bad-rows).</extracomment>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="92"/>
        <source>Import sites</source>
        <translation>导入地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="99"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="128"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="128"/>
        <source>sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="157"/>
        <source>%1: the workbook has no visible sheet</source>
        <translation>%1：工作簿中没有可见的工作表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="159"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="182"/>
        <source>Sheet &apos;%1&apos; is empty</source>
        <translation>工作表“%1”为空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="249"/>
        <source>Importing %1</source>
        <translation>正在导入%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="263"/>
        <source>Another job is running; wait for it to finish, then import.</source>
        <translation>另一项任务正在运行，请等其完成后再导入。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="282"/>
        <source>Import people from %1</source>
        <translation>从 %1 导入人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="284"/>
        <source>Import sites from %1</source>
        <translation>从 %1 导入地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="321"/>
        <source>UTF-8 with BOM</source>
        <translation>带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="330"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="331"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="332"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="333"/>
        <source>separated by |</source>
        <translation>以 | 分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_wizard.py" line="339"/>
        <source>%1 rows below the header</source>
        <translation>表头下共 %1 行</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="55"/>
        <source>New item</source>
        <extracomment>The site list&apos;s last entry: make a new site.</extracomment>
        <translation>新建日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="55"/>
        <source>Edit item</source>
        <translation>编辑日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="69"/>
        <source>Visit to the museum</source>
        <translation>参观博物馆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="86"/>
        <source>(no site)</source>
        <extracomment>Opens the site dialog for &quot;New site…&quot; (the editor sets it; None: no entry). The site dialog &quot;New site…&quot; opened last (tests fill it in).</extracomment>
        <translation>（无地点）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="90"/>
        <source>New site…</source>
        <translation>新建地点…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="100"/>
        <source>Role of the selected entry</source>
        <translation>所选条目的身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="101"/>
        <source>The role the selected entry has at this item</source>
        <translation>所选条目在此日程中的身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="106"/>
        <source>Fixed appointment (the optimiser must not move it)</source>
        <translation>固定安排（优化时不得移动）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="113"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="116"/>
        <source>A title is required</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="118"/>
        <source>&amp;Local title:</source>
        <translation>本地标题(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="119"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="120"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="122"/>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="125"/>
        <source>In the tour&apos;s time zone (%1)</source>
        <translation>采用行程所在时区（%1）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="128"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="130"/>
        <source>S&amp;ite:</source>
        <translation>地点(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="133"/>
        <source>&amp;Who:</source>
        <translation>参加者(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="136"/>
        <source>The delegation, groups and people this item brings together</source>
        <translation>参加此日程的代表团、小组和人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="138"/>
        <source>&amp;As:</source>
        <translation>身份(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="140"/>
        <source>Fixed:</source>
        <translation>固定：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="141"/>
        <source>&amp;Dress code:</source>
        <translation>着装要求(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="142"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="153"/>
        <source>Whole delegation</source>
        <translation>整个代表团</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="156"/>
        <source>Group: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="187"/>
        <source>Transfer starts from</source>
        <translation>接送出发地</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="188"/>
        <source>(where they were before)</source>
        <translation>（上一个地点）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="193"/>
        <source>&amp;From:</source>
        <translation>出发地(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="205"/>
        <source>&amp;Vehicles and seats…</source>
        <translation>车辆与座位(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="207"/>
        <source>Who rides which vehicle in which seat; saved on its own, at once</source>
        <translation>谁乘坐哪辆车、坐哪个座位；单独保存，立即生效</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="210"/>
        <source>Transfer:</source>
        <translation>交通：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/item_dialog.py" line="295"/>
        <source>End must be after start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="70"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="71"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="72"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="73"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="75"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="76"/>
        <source>Who</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="77"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="78"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="124"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/agenda.py" line="134"/>
        <source>%1 more</source>
        <translation>另 %1 人</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="19"/>
        <source>Running job</source>
        <translation>正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="23"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="26"/>
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="31"/>
        <source>Cancel the job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="58"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="20"/>
        <source>Attendee</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="21"/>
        <location filename="../../tourplanner/qt/labels.py" line="91"/>
        <location filename="../../tourplanner/qt/labels.py" line="115"/>
        <source>Host</source>
        <translation>接待方</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="22"/>
        <location filename="../../tourplanner/qt/labels.py" line="92"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/bulk.py" line="23"/>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="30"/>
        <source>Visit</source>
        <translation>参观</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="31"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="32"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="33"/>
        <source>Transfer</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="34"/>
        <source>Ceremony</source>
        <translation>仪式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="35"/>
        <source>Free time</source>
        <translation>自由活动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="36"/>
        <source>Accommodation</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="42"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="43"/>
        <source>Tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="44"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="50"/>
        <source>Park</source>
        <translation>公园</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="51"/>
        <source>Innovation zone</source>
        <translation>创新区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="52"/>
        <source>Exhibition centre</source>
        <translation>展览中心</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="53"/>
        <source>Research institute</source>
        <translation>研究院</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="54"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="55"/>
        <source>Restaurant</source>
        <translation>餐厅</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="56"/>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="57"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="90"/>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="93"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="94"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="95"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="96"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="97"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="107"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="108"/>
        <source>Given</source>
        <translation>已赠送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="109"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="116"/>
        <source>Catering</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="117"/>
        <source>Gate / security</source>
        <translation>门岗/安保</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/labels.py" line="129"/>
        <source>{errors}, {warnings}</source>
        <translation>{errors}，{warnings}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/labels.py" line="130"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/labels.py" line="131"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="83"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="84"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="62"/>
        <source>Double-booked</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="63"/>
        <source>Travel too short</source>
        <translation>交通时间不足</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="64"/>
        <source>Travel time unknown</source>
        <translation>交通时间未知</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="65"/>
        <source>Site closed</source>
        <translation>地点未开放</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="66"/>
        <source>Outside the tour</source>
        <translation>超出行程日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="67"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="68"/>
        <source>No interpreter</source>
        <translation>缺少翻译</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="69"/>
        <source>Busy elsewhere</source>
        <translation>另有安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="70"/>
        <source>Incomplete item</source>
        <translation>日程不完整</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="71"/>
        <source>Vehicle over-full</source>
        <translation>车辆超载</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="72"/>
        <source>Seated twice</source>
        <translation>重复安排座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="73"/>
        <source>Seated, not attending</source>
        <translation>已排座位但不参加</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="74"/>
        <source>No vehicle seat</source>
        <translation>未安排车辆座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="75"/>
        <source>No seat at table</source>
        <translation>未安排座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="76"/>
        <source>Table over-full</source>
        <translation>桌位超员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="77"/>
        <source>Precedence inverted</source>
        <translation>礼宾次序颠倒</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="78"/>
        <source>No common language</source>
        <translation>无共同语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/problems.py" line="79"/>
        <source>Gift over the limit</source>
        <translation>礼品超出限额</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="77"/>
        <location filename="../../tourplanner/qt/main_window.py" line="78"/>
        <location filename="../../tourplanner/qt/main_window.py" line="691"/>
        <source>Tourplanner</source>
        <extracomment>How many tours File ▸ Recent tours offers.</extracomment>
        <translation>Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="89"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="161"/>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="163"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="168"/>
        <source>Recent to&amp;urs</source>
        <translation>最近的行程(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="194"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="214"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="219"/>
        <source>&amp;Tour</source>
        <translation>行程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="237"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="239"/>
        <source>Problems panel</source>
        <translation>问题面板</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="247"/>
        <location filename="../../tourplanner/qt/main_window.py" line="249"/>
        <location filename="../../tourplanner/qt/main_window.py" line="251"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="248"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="273"/>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="128"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="123"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="258"/>
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="260"/>
        <source>Unscheduled items panel</source>
        <translation>未排期日程面板</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="277"/>
        <source>Open database</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="284"/>
        <source>Tour count</source>
        <translation>行程数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="336"/>
        <location filename="../../tourplanner/qt/main_window.py" line="380"/>
        <source>Could not read the tours</source>
        <translation>无法读取行程列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="352"/>
        <source>Load the sample tour</source>
        <translation>载入示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="357"/>
        <source>Could not open the sample tour</source>
        <translation>无法打开示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="367"/>
        <source>Added the sample tour.</source>
        <translation>已添加示例行程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="369"/>
        <source>The sample tour was already in this database.</source>
        <translation>示例行程已在此数据库中。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="403"/>
        <source>Import a tour file</source>
        <translation>导入行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="405"/>
        <source>Tour files (*.tour.json *.json);;All files (*)</source>
        <translation>行程文件 (*.tour.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="433"/>
        <source>Could not import the tour file</source>
        <translation>无法导入行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="440"/>
        <source>Imported %1: %2 sites, %3 people, %4 items.</source>
        <translation>已导入 %1：%2 个地点、%3 人、%4 个日程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="453"/>
        <source>Replace the tour?</source>
        <translation>替换该行程？</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="455"/>
        <source>The database already has a tour &apos;%1&apos;. Replace it with the one in the file? The current one and all its changes are lost.</source>
        <translation>数据库中已有行程“%1”。要用文件中的行程替换它吗？当前行程及其所有修改都将丢失。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="495"/>
        <source>Could not open the tour</source>
        <translation>无法打开行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="548"/>
        <source>Opening {tour}…</source>
        <translation>正在打开 {tour}…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="580"/>
        <source>No recent tours</source>
        <translation>没有最近的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="587"/>
        <source>Export tour file</source>
        <translation>导出行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="589"/>
        <source>Tour files (*.tour.json)</source>
        <translation>行程文件 (*.tour.json)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="606"/>
        <source>Could not export the tour file</source>
        <translation>无法导出行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="608"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="667"/>
        <source>%1 – Tourplanner</source>
        <translation>%1 – Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="773"/>
        <source>Tours: %1</source>
        <translation>行程：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="776"/>
        <source>Tours: %1 of %2 shown</source>
        <translation>行程：显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="100"/>
        <source>No better route</source>
        <extracomment>The dialogs last opened (tests reach them here).</extracomment>
        <translation>没有更好的路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="109"/>
        <source>Optimise %1</source>
        <translation>优化 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="142"/>
        <source>Coordinates: %1 found, %2 not found, %3 failed, %4 already known.</source>
        <translation>坐标：找到 %1 个，未找到 %2 个，失败 %3 个，已有 %4 个。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="157"/>
        <source>Could not find coordinates</source>
        <translation>无法查找坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="164"/>
        <source>Finding coordinates was cancelled.</source>
        <translation>已取消查找坐标。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="168"/>
        <source>Finding coordinates…</source>
        <translation>正在查找坐标…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="176"/>
        <source>Wait for the running job to finish.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="206"/>
        <source>Change travel settings</source>
        <translation>更改交通设置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="209"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="235"/>
        <source>Change who is on duty</source>
        <translation>更改值班人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="271"/>
        <source>Change the order of precedence</source>
        <translation>更改礼宾次序</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="39"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="41"/>
        <source>Check what each column of the file is imported as; change any guess.</source>
        <translation>检查文件中每一列将导入为哪个字段；自动识别有误时可以修改。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="43"/>
        <source>The file being imported</source>
        <translation>正在导入的文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="46"/>
        <source>Which row holds the headers</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="49"/>
        <source>Columns as you matched them last time for a file with these headers.</source>
        <translation>已按上次导入相同表头的文件时的匹配方式设置各列。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="52"/>
        <source>Remembered columns</source>
        <translation>已记住的列匹配</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="54"/>
        <source>&amp;Guess again</source>
        <translation>重新识别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="56"/>
        <source>Guess the columns again</source>
        <translation>重新识别各列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="57"/>
        <source>Forget the choices and take the headers&apos; meaning</source>
        <translation>忽略已记住的选择，按表头含义重新匹配</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="62"/>
        <source>Columns of the file</source>
        <translation>文件的列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="65"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="66"/>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="169"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="67"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="68"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="87"/>
        <source>Column summary</source>
        <translation>列匹配概况</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="89"/>
        <source>Why the file cannot be read</source>
        <translation>文件无法读取的原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="113"/>
        <source>The headers are on row %1.</source>
        <translation>表头位于第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="117"/>
        <source>No row names a column Tourplanner knows, so row %1 is taken as the header: choose what each column holds.</source>
        <translation>没有哪一行含有 Tourplanner 能识别的列名，因此将第 %1 行作为表头：请选择每一列的内容。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="135"/>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="146"/>
        <source>Column %1 imported as</source>
        <translation>列“%1”导入为</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="147"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="151"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="217"/>
        <source>Choose the column that holds: %1.</source>
        <translation>请选择包含以下内容的列：%1。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_mapping_page.py" line="222"/>
        <source>%1 of %2 columns are imported; the others are left out.</source>
        <translation>共 %2 列，导入其中 %1 列；其余列不导入。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/messages.py" line="28"/>
        <location filename="../../tourplanner/qt/dialogs/messages.py" line="29"/>
        <source>Changed elsewhere</source>
        <translation>已在别处修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/messages.py" line="31"/>
        <source>Someone else changed this since you opened it.</source>
        <translation>在您打开后，其他人修改了此内容。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/messages.py" line="36"/>
        <source>Reload shows their version and drops your change. Keep mine saves your change over theirs.</source>
        <translation>“重新载入”显示对方的版本并放弃您的修改；“保留我的修改”用您的修改覆盖对方的修改。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/messages.py" line="43"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/messages.py" line="47"/>
        <source>Keep mine</source>
        <translation>保留我的修改</translation>
    </message>
</context>
<context>
    <name>OnTheDayDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="50"/>
        <source>On the day</source>
        <translation>当日信息</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="59"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="60"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="61"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="62"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="70"/>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="71"/>
        <source>&amp;Remove person</source>
        <translation>移除人员(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="91"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="91"/>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="91"/>
        <source>Bring</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="91"/>
        <source>Dress</source>
        <translation>着装</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="102"/>
        <source>24-hour &amp;line:</source>
        <translation>24 小时热线(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="106"/>
        <source>A mobile number delegates can call day and night</source>
        <translation>代表可全天候拨打的手机号码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="109"/>
        <source>On &amp;duty:</source>
        <translation>值班人员(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="113"/>
        <source>In the order delegates should call them; a mobile for each</source>
        <translation>按代表应拨打的先后顺序排列；每人须填写手机号码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/on_the_day_dialog.py" line="116"/>
        <source>Day &amp;notes:</source>
        <translation>每日备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>OpenErrorsQuestion</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_gate.py" line="19"/>
        <source>The tour has errors</source>
        <translation>行程有错误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_gate.py" line="21"/>
        <source>The tour has 1 error.</source>
        <translation>行程有 1 个错误。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_gate.py" line="23"/>
        <source>The tour has %1 errors.</source>
        <translation>行程有 %1 个错误。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_gate.py" line="25"/>
        <source>Fix them first, or go ahead anyway?</source>
        <translation>先修正错误，还是仍然继续？</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="47"/>
        <source>Could not open the tour file</source>
        <extracomment>The answers of ``ask_open_or_replace``.</extracomment>
        <translation>无法打开行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="56"/>
        <source>The file holds the same tour as the database.</source>
        <translation>文件中的行程与数据库中的相同。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="73"/>
        <source>1 item moved</source>
        <translation>移动 1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="74"/>
        <source>%1 items moved</source>
        <translation>移动 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="77"/>
        <source>1 item added</source>
        <translation>新增 1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="78"/>
        <source>%1 items added</source>
        <translation>新增 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="81"/>
        <source>1 item removed</source>
        <translation>删除 1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="82"/>
        <source>%1 items removed</source>
        <translation>删除 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="85"/>
        <source>1 item changed</source>
        <translation>修改 1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="86"/>
        <source>%1 items changed</source>
        <translation>修改 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="89"/>
        <source>1 person added</source>
        <translation>新增 1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="90"/>
        <source>%1 people added</source>
        <translation>新增 %1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="93"/>
        <source>1 person removed</source>
        <translation>删除 1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="94"/>
        <source>%1 people removed</source>
        <translation>删除 %1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="97"/>
        <source>1 person changed</source>
        <translation>修改 1 人的信息</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="98"/>
        <source>%1 people changed</source>
        <translation>修改 %1 人的信息</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="101"/>
        <source>1 site added</source>
        <translation>新增 1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="102"/>
        <source>%1 sites added</source>
        <translation>新增 %1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="105"/>
        <source>1 site removed</source>
        <translation>删除 1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="106"/>
        <source>%1 sites removed</source>
        <translation>删除 %1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="109"/>
        <source>1 site changed</source>
        <translation>修改 1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="110"/>
        <source>%1 sites changed</source>
        <translation>修改 %1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="113"/>
        <source>1 group added</source>
        <translation>新增 1 个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="114"/>
        <source>%1 groups added</source>
        <translation>新增 %1 个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="117"/>
        <source>1 group removed</source>
        <translation>删除 1 个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="118"/>
        <source>%1 groups removed</source>
        <translation>删除 %1 个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="121"/>
        <source>1 group changed</source>
        <translation>修改 1 个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="122"/>
        <source>%1 groups changed</source>
        <translation>修改 %1 个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="125"/>
        <source>1 vehicle added</source>
        <translation>新增 1 辆车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="126"/>
        <source>%1 vehicles added</source>
        <translation>新增 %1 辆车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="129"/>
        <source>1 vehicle removed</source>
        <translation>删除 1 辆车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="130"/>
        <source>%1 vehicles removed</source>
        <translation>删除 %1 辆车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="133"/>
        <source>1 vehicle changed</source>
        <translation>修改 1 辆车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="134"/>
        <source>%1 vehicles changed</source>
        <translation>修改 %1 辆车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="147"/>
        <source>other details changed</source>
        <translation>其他信息有改动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="148"/>
        <source>no visible change</source>
        <translation>无可见改动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="157"/>
        <source>Tour already in the database</source>
        <translation>行程已在数据库中</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="159"/>
        <source>The database already holds the tour &apos;%1&apos;.</source>
        <translation>数据库中已有行程“%1”。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="164"/>
        <source>Replacing it from the file would change: %1.</source>
        <translation>用文件中的行程替换将带来以下改动：%1。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="169"/>
        <source>Open the stored tour</source>
        <translation>打开数据库中的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/opening.py" line="173"/>
        <source>Replace from the file</source>
        <translation>用文件替换</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="29"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="30"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="31"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="32"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="33"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="34"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="35"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="43"/>
        <source>&amp;Monday:</source>
        <translation>周一(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="44"/>
        <source>&amp;Tuesday:</source>
        <translation>周二(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="45"/>
        <source>&amp;Wednesday:</source>
        <translation>周三(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="46"/>
        <source>T&amp;hursday:</source>
        <translation>周四(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="47"/>
        <source>&amp;Friday:</source>
        <translation>周五(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="48"/>
        <source>&amp;Saturday:</source>
        <translation>周六(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="49"/>
        <source>S&amp;unday:</source>
        <translation>周日(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="67"/>
        <source>Not restricted</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>OpeningHoursDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="85"/>
        <source>Opening hours of %1</source>
        <translation>%1 的开放时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="85"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="90"/>
        <source>Times in the site&apos;s local time, several intervals separated by commas. Leave a day empty when the site is closed; leave every day empty when the site keeps no opening hours.</source>
        <translation>按地点当地时间填写，多个时段用逗号分隔。地点不开放的日子请留空；地点不设开放时间则每天都留空。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="98"/>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="105"/>
        <source>e.g. 09:00-12:00, 14:00-17:30</source>
        <translation>例如：09:00-12:00, 14:00-17:30</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="107"/>
        <source>&amp;Copy Monday to Tuesday–Friday</source>
        <translation>将周一复制到周二至周五(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="117"/>
        <source>E&amp;xceptions:</source>
        <translation>例外日期(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="122"/>
        <source>One date per line: the date (YYYY-MM-DD), then &apos;closed&apos; or the hours that day, e.g. 2027-01-07 10:00-12:00. They replace the weekly hours that day.</source>
        <translation>每行一个日期：日期（YYYY-MM-DD），然后写 closed 或当天的开放时间，例如 2027-01-07 10:00-12:00。当天以此代替每周的开放时间。</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="213"/>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="217"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="31"/>
        <source>Optimise %1</source>
        <translation>优化 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="39"/>
        <source>The route of %1 on %2 with the least travel, keeping fixed appointments in place.</source>
        <translation>%1 在 %2 的路线：路程最短，固定安排保持不变。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="46"/>
        <source>What the optimiser did</source>
        <translation>优化说明</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="51"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="52"/>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="60"/>
        <source>Travel saved</source>
        <translation>节省的交通时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="68"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="71"/>
        <source>Apply the proposal</source>
        <translation>应用建议方案</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="84"/>
        <source>The current plan breaks the rules:</source>
        <translation>当前安排不符合规则：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="89"/>
        <source>Problems of the current plan</source>
        <translation>当前安排的问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="129"/>
        <source>Travel: %1</source>
        <translation>交通：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="131"/>
        <source>Travel: unknown</source>
        <translation>交通：未知</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="136"/>
        <source>Current plan</source>
        <translation>当前安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="136"/>
        <source>Proposed plan</source>
        <translation>建议安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="146"/>
        <source>The current order is already the best: nothing to change.</source>
        <translation>当前顺序已是最优，无需调整。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="148"/>
        <source>The proposal avoids a journey of unknown length.</source>
        <translation>建议方案避开了一段时长未知的行程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/optimise_dialog.py" line="149"/>
        <source>Saves %1 of travel.</source>
        <translation>可节省交通时间 %1。</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="35"/>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="40"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="43"/>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="44"/>
        <source>Find an output</source>
        <translation>查找输出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="50"/>
        <source>Everything the tour sends out is made here from the programme as it stands: calendars, PDF briefings, the hosts&apos; CalDAV calendars and the emails.</source>
        <translation>行程对外发送的所有内容都在这里根据当前日程生成：日历、PDF 简报、接待方的 CalDAV 日历以及电子邮件。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="55"/>
        <source>About outputs</source>
        <translation>关于输出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="66"/>
        <source>Kinds of output</source>
        <translation>输出类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="67"/>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="71"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="76"/>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="90"/>
        <source>Output job</source>
        <translation>输出任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="79"/>
        <source>Output progress</source>
        <translation>输出进度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="82"/>
        <source>Cancel the output job</source>
        <translation>取消输出任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="186"/>
        <source>Another job is still running; wait or cancel it.</source>
        <extracomment>The last line an output job reported (also in the result labels).</extracomment>
        <translation>另一项任务仍在运行，请等待或取消它。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="194"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="230"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="68"/>
        <source>Briefings</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="69"/>
        <source>Calendar sync</source>
        <translation>日历同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_page.py" line="70"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="345"/>
        <source>New participant</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="345"/>
        <source>Edit participant</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="355"/>
        <source>Ms, Dr, Prof.</source>
        <translation>女士、博士、教授</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="361"/>
        <source>Very important person</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="364"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="372"/>
        <source>Chinese, English</source>
        <translation>中文, 英语</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="374"/>
        <source>e.g. vegetarian, no pork</source>
        <translation>例如：素食、不吃猪肉</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="381"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="384"/>
        <source>A name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="386"/>
        <source>&amp;Local name:</source>
        <translation>本地名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="388"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="350"/>
        <source>Given name and family name</source>
        <translation>名和姓</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="352"/>
        <source>The name in the local script</source>
        <translation>当地文字的姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="390"/>
        <source>Honor&amp;ific:</source>
        <translation>称谓(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="391"/>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="392"/>
        <source>VIP:</source>
        <translation>贵宾：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="394"/>
        <source>&amp;Precedence:</source>
        <translation>礼宾次序(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="397"/>
        <source>1 = first in line at ceremonies and in seating plans</source>
        <translation>1 = 仪式和座次中排在首位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="399"/>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="400"/>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="401"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="403"/>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="409"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="416"/>
        <source>Lan&amp;guages:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="421"/>
        <source>Languages by name or code (Deutsch, 中文, pt-BR), most fluent first, separated by commas</source>
        <translation>按名称或代码填写语言（Deutsch, 中文, pt-BR），最流利的在前，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="425"/>
        <source>&amp;Dietary needs:</source>
        <translation>饮食要求(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="426"/>
        <source>&amp;Accessibility:</source>
        <translation>无障碍需求(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="437"/>
        <source>Family name:</source>
        <translation>姓氏：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="438"/>
        <source>Title in Chinese:</source>
        <translation>中文职务：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="439"/>
        <source>Salutation (English):</source>
        <translation>称呼（英文）：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="440"/>
        <source>Salutation (Chinese):</source>
        <translation>称呼（中文）：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="441"/>
        <source>Name card (English):</source>
        <translation>姓名牌（英文）：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="442"/>
        <source>Name card (Chinese):</source>
        <translation>姓名牌（中文）：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="455"/>
        <source>Automatic (from the first language)</source>
        <translation>自动（根据第一语言）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="456"/>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="457"/>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="459"/>
        <source>Name order:</source>
        <translation>姓名顺序：</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="65"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="66"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="67"/>
        <location filename="../../tourplanner/qt/models/people.py" line="165"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="68"/>
        <source>Precedence</source>
        <translation>礼宾次序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="69"/>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="70"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="71"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="72"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="73"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="74"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="79"/>
        <source>The person&apos;s name as it appears on badges and briefings</source>
        <translation>胸牌和简报上显示的姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="80"/>
        <source>The name in Chinese characters (or their own script)</source>
        <translation>中文姓名（或其本国文字）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="81"/>
        <source>Why they are on the tour</source>
        <translation>参加行程的身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="82"/>
        <source>Very important person: precedence at ceremonies and seating</source>
        <translation>贵宾：仪式和座次中享有优先</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="83"/>
        <source>Their place in the order of precedence (Tour ▸ Order of precedence)</source>
        <translation>在礼宾次序中的位次（行程 ▸ 礼宾次序）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="84"/>
        <source>The groups they belong to</source>
        <translation>所属小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="85"/>
        <source>Languages they speak, most fluent first</source>
        <translation>所说语言，最流利的在前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="86"/>
        <source>What they cannot or will not eat</source>
        <translation>不能或不愿食用的食物</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="87"/>
        <source>Whom they work for</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="88"/>
        <source>Where they come from</source>
        <translation>来自哪里</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="89"/>
        <source>The person&apos;s short name in tour files</source>
        <translation>人员在行程文件中的代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="160"/>
        <source>Placed by the rules (VIP, role, title, name)</source>
        <translation>按规则排定（贵宾、角色、职务、姓名）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="161"/>
        <source>Ranked by the organiser</source>
        <translation>由组织者排定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="164"/>
        <source>VIP, precedence %1</source>
        <translation>贵宾，礼宾次序 %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="21"/>
        <source>Participants</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="22"/>
        <source>Search names, organisations, groups, languages, diets</source>
        <translation>搜索姓名、单位、小组、语言、饮食</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="30"/>
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="30"/>
        <source>Add someone to the tour</source>
        <translation>为行程添加人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="33"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="33"/>
        <source>Change the selected person</source>
        <translation>编辑所选人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="36"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="38"/>
        <source>Delete the selected people</source>
        <translation>删除所选人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="42"/>
        <source>Change &amp;group…</source>
        <translation>更改小组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="44"/>
        <source>Put the selected people in a group</source>
        <translation>将所选人员编入小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="48"/>
        <source>Add to &amp;item…</source>
        <translation>加入日程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="50"/>
        <source>Add the selected people to a schedule item</source>
        <translation>将所选人员加入日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="55"/>
        <source>Imp&amp;ort…</source>
        <translation>导入(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="57"/>
        <source>Add or update people from an Excel or CSV list (Ctrl+I)</source>
        <translation>从 Excel 或 CSV 名单添加或更新人员 (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../tourplanner/qt/views/people_page.py" line="106"/>
        <location filename="../../tourplanner/qt/views/people_page.py" line="115"/>
        <source>Participants and groups</source>
        <translation>人员与小组</translation>
    </message>
</context>
<context>
    <name>PrecedenceDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="91"/>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="129"/>
        <source>Order of precedence</source>
        <extracomment>What the filter searches, beside the shown text (the key, the languages). The line without its rank number (the number follows the row).</extracomment>
        <translation>礼宾次序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="97"/>
        <source>Everyone on the tour, the highest-ranked first. Drag people into place, or select one and move it with the buttons or Alt+Up, Alt+Down, Alt+Home and Alt+End. Briefings, manifests, seating, cards and badges all follow this order.</source>
        <translation>本行程全体人员，位次最高者在前。拖动人员调整位置，或选中一人后用按钮或 Alt+↑、Alt+↓、Alt+Home、Alt+End 移动。简报、名单、座次、桌卡和胸卡均按此次序排列。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="107"/>
        <source>Propose from rules: VIPs first; guests and hosts before the people working on the tour; then the seniority of the title (head of state or government, minister, mayor, chair, director, manager; a deputy half a step below); guests before hosts of the same standing; then the name.</source>
        <translation>按规则建议：贵宾在前；宾客和东道主排在工作人员之前；其次按职务高低（国家元首或政府首脑、部长、市长、主席、主任、经理；副职低半级）；同级者宾客在东道主之前；最后按姓名。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="114"/>
        <source>The rules of the proposal</source>
        <translation>建议所依据的规则</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="120"/>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="121"/>
        <source>Name, role, title or organisation</source>
        <translation>姓名、角色、职务或单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="124"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="141"/>
        <source>Move to &amp;top</source>
        <translation>移至最前(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="142"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="143"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="145"/>
        <source>Move to &amp;bottom</source>
        <translation>移至最后(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="148"/>
        <source>&amp;Propose from rules</source>
        <translation>按规则建议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="151"/>
        <source>Put everyone in the rules&apos; order (stored only when you press OK)</source>
        <translation>按规则排列全体人员（点击“确定”后才保存）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="217"/>
        <source>{names} (VIP)</source>
        <translation>{names}（贵宾）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/precedence_dialog.py" line="287"/>
        <source>Cannot propose an order</source>
        <translation>无法生成建议次序</translation>
    </message>
</context>
<context>
    <name>PresenceLabel</name>
    <message>
        <location filename="../../tourplanner/qt/presence.py" line="59"/>
        <source>Others working on this tour</source>
        <extracomment>Milliseconds between two announcements (well within services.history.PRESENCE_SECONDS, 45 s; the history service, and the ORM behind it, load when a tour opens, not at start).</extracomment>
        <translation>正在处理此行程的其他人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/presence.py" line="124"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/presence.py" line="126"/>
        <source>Also here: %1</source>
        <translation>同时在线：%1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="54"/>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="57"/>
        <source>What importing each row does. Nothing is imported while any row has an error, unless you choose to skip those rows.</source>
        <translation>每一行导入后的结果。只要有任何一行出错，就不会导入任何内容，除非您选择跳过这些行。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="62"/>
        <source>The file being imported</source>
        <translation>正在导入的文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="64"/>
        <source>New rows</source>
        <translation>新增的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="65"/>
        <source>Rows that update</source>
        <translation>将更新的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="66"/>
        <source>Unchanged rows</source>
        <translation>未变的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="67"/>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="69"/>
        <source>Show only rows with &amp;errors</source>
        <translation>只显示有错误的行(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="71"/>
        <source>Show only rows with errors</source>
        <translation>只显示有错误的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="73"/>
        <source>&amp;Read the file again</source>
        <translation>重新读取文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="75"/>
        <source>Read the file again</source>
        <translation>重新读取文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="77"/>
        <source>After fixing the rows in Excel: read the file again with these columns</source>
        <translation>在 Excel 中改正后：按当前列匹配重新读取文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="83"/>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>导入有效的行，跳过有错误的行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="87"/>
        <source>The rows with errors are left out; the last page lists them so that you can fix them and import them again</source>
        <translation>有错误的行不导入；最后一页会列出这些行，以便您修正后再次导入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="96"/>
        <source>What the import will do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="105"/>
        <source>Rows of the file</source>
        <translation>文件各行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="124"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="129"/>
        <source>Why the import stopped</source>
        <translation>导入中止的原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="132"/>
        <source>The chosen row</source>
        <translation>所选行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="172"/>
        <source>%1 new</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="173"/>
        <source>%1 to update</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="174"/>
        <source>%1 unchanged</source>
        <translation>未变 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="175"/>
        <source>%1 with errors</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="192"/>
        <source>Every row without an error is in the tour already: nothing to import.</source>
        <translation>没有错误的行都已在行程中：没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="198"/>
        <source>Importing adds %1 and updates %2, in one step: Undo takes it all back. The %3 rows with errors are left out.</source>
        <translation>导入将新增 %1 条、更新 %2 条，一步完成：撤销可全部恢复。有错误的 %3 行不导入。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="203"/>
        <source>Importing adds %1, in one step: Undo takes it all back. The %3 rows with errors are left out.</source>
        <translation>导入将新增 %1 条，一步完成：撤销可全部恢复。有错误的 %3 行不导入。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="208"/>
        <source>Importing updates %2, in one step: Undo takes it all back. The %3 rows with errors are left out.</source>
        <translation>导入将更新 %2 条，一步完成：撤销可全部恢复。有错误的 %3 行不导入。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="218"/>
        <source>Fix the red cells in the file and read it again, or change the columns (Back): nothing is imported while any row has an error.</source>
        <translation>请在文件中改正标红的单元格后重新读取，或返回上一步修改列匹配：只要有任何一行出错，就不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="224"/>
        <source>Everything in the file is in the tour already.</source>
        <translation>文件中的内容已全部在行程中。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="229"/>
        <source>Importing adds %1 and updates %2, in one step: Undo takes it all back.</source>
        <translation>导入将新增 %1 条、更新 %2 条，一步完成：撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="232"/>
        <source>Importing adds %1, in one step: Undo takes it all back.</source>
        <translation>导入将新增 %1 条，一步完成：撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="234"/>
        <source>Importing updates %2, in one step: Undo takes it all back.</source>
        <translation>导入将更新 %2 条，一步完成：撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="263"/>
        <source>Import the valid rows and &amp;skip the row with errors</source>
        <translation>导入有效的行，跳过有错误的那一行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="265"/>
        <source>Import the valid rows and &amp;skip the %1 rows with errors</source>
        <translation>导入有效的行，跳过有错误的 %1 行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_result_pages.py" line="288"/>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ProblemCount</name>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="74"/>
        <source>Problem count</source>
        <extracomment>errors, warnings</extracomment>
        <translation>问题数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/status.py" line="75"/>
        <source>Show the problems</source>
        <translation>显示问题</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/problems.py" line="52"/>
        <source>Severity</source>
        <extracomment>errors, warnings, after every change of the list</extracomment>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/problems.py" line="52"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/problems.py" line="52"/>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="28"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="29"/>
        <source>Search problems, people, sites</source>
        <translation>搜索问题、人员、地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="36"/>
        <source>Problem count</source>
        <translation>问题数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="41"/>
        <source>&amp;Show what it concerns</source>
        <translation>显示相关内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="43"/>
        <source>Select the items, people or sites of the chosen problem</source>
        <translation>选中所选问题涉及的日程、人员或地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="55"/>
        <source>What the problem concerns</source>
        <extracomment>Rich text naming what a problem concerns (the workspace knows the tour).</extracomment>
        <translation>问题涉及的内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="88"/>
        <source>Choose a problem to see the items, people and sites it concerns.</source>
        <translation>选择一个问题以查看其涉及的日程、人员和地点。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="97"/>
        <source>No problems found: every check passes.</source>
        <translation>未发现问题：全部检查通过。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="100"/>
        <source>%1. Double-click a problem to see what it concerns.</source>
        <translation>%1。双击问题可查看相关内容。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="115"/>
        <source>Problems panel</source>
        <extracomment>A problem was double-clicked or chosen with Enter.</extracomment>
        <translation>问题面板</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="121"/>
        <source>Problem count</source>
        <translation>问题数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/problems_page.py" line="123"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditing</name>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="56"/>
        <source>D&amp;uplicate</source>
        <extracomment>Which day to copy a day to; tests replace it. The menu shown last (tests trigger its actions).</extracomment>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="137"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="141"/>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="175"/>
        <source>Copy %1 to…</source>
        <translation>将 %1 复制到…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="145"/>
        <source>Mo&amp;ve to Unscheduled</source>
        <translation>移至未排期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="150"/>
        <source>Delete %1 items</source>
        <translation>删除 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="172"/>
        <source>&amp;New item here…</source>
        <translation>在此新建日程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="188"/>
        <source>&amp;New item…</source>
        <translation>新建日程(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="119"/>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="122"/>
        <source>Programme</source>
        <extracomment>The person/group filter changed (person id or None, group id or None). The user asked for the history of an item (the ScheduleItem). The day of the route sketch and the optimiser changed (a date).</extracomment>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="125"/>
        <source>Show the programme of</source>
        <translation>显示此人的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="126"/>
        <source>Show one person&apos;s programme and their journeys</source>
        <translation>显示一个人的日程和行程路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="130"/>
        <source>Show the programme of group</source>
        <translation>显示此小组的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="131"/>
        <source>Show the items that bring a whole group</source>
        <translation>显示整个小组参加的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="135"/>
        <source>Day of the route and the optimiser</source>
        <translation>路线与优化所用的日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="136"/>
        <source>The day whose route is sketched and which Optimise day works on</source>
        <translation>绘制路线草图和优化所用的日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="142"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="143"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="144"/>
        <source>New item…</source>
        <translation>新建日程…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="146"/>
        <source>New item</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="147"/>
        <source>Optimise day…</source>
        <translation>优化当天路线…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="149"/>
        <source>Optimise day</source>
        <translation>优化当天路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="151"/>
        <source>Propose the order of the day&apos;s visits with the least travel</source>
        <translation>为当天的参观建议交通时间最短的顺序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="163"/>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="177"/>
        <source>Agenda</source>
        <translation>议程表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="164"/>
        <source>Search titles, sites, people</source>
        <translation>搜索标题、地点、人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="174"/>
        <source>Programme views</source>
        <translation>日程视图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="176"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="181"/>
        <source>Route of the day</source>
        <translation>当天路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="192"/>
        <source>Route views</source>
        <translation>路线视图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="194"/>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="202"/>
        <source>Stops of the day</source>
        <translation>当天各站</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="209"/>
        <source>Selected item</source>
        <translation>所选日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="215"/>
        <source>Item &amp;history…</source>
        <translation>日程历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="217"/>
        <source>History of the selected item</source>
        <translation>所选日程的历史记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="218"/>
        <source>Who changed this item, and when</source>
        <translation>谁在何时修改了此日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="235"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="236"/>
        <source>&amp;Group:</source>
        <translation>小组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="237"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="267"/>
        <source>Drag a block to move it; drag its bottom edge to change its end.</source>
        <translation>拖动方块可移动日程；拖动下边缘可调整结束时间。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="270"/>
        <source>Ctrl- or Shift-click, or drag over empty space, to select several blocks. Tab and the arrows pick a block; Alt+arrows move it (5 minutes, or a day), Alt+Shift+Up/Down change its end; Enter opens it, Delete deletes it; right-click for more.</source>
        <translation>按住 Ctrl 或 Shift 单击，或在空白处拖动，可选择多个日程块。用 Tab 键和方向键选择日程块；Alt+方向键移动（5 分钟或一天），Alt+Shift+上/下调整结束时间；Enter 打开，Delete 删除；右键单击可进行更多操作。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="285"/>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="303"/>
        <source>Day and item details</source>
        <translation>当天与日程详情</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="294"/>
        <source>Separator</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="313"/>
        <source>Programme and side panel</source>
        <translation>日程与侧栏</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="338"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="341"/>
        <source>All groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="418"/>
        <source>Map of the day&apos;s route</source>
        <translation>当天路线地图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="419"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="460"/>
        <source>the delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="464"/>
        <source>Route of %1 on %2</source>
        <translation>%1的路线（%2）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="466"/>
        <source>No visits at a site on this day.</source>
        <translation>当天没有地点参观。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="483"/>
        <source>↓ travel time unknown (no coordinates)</source>
        <translation>↓ 交通时间未知（缺少坐标）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="487"/>
        <source>↓ %1 min by road, ×%2 at %3</source>
        <translation>↓ 道路时间 %1 分钟，%3 ×%2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="492"/>
        <source>↓ %1 min by road</source>
        <translation>↓ 道路时间 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="494"/>
        <source>↓ %1 min (your figure)</source>
        <translation>↓ %1 分钟（您填写的时间）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="496"/>
        <source>↓ ≈ %1 min, no road time yet</source>
        <translation>↓ ≈ %1 分钟，尚无道路时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="549"/>
        <source>Click a block to see its details; double-click to edit it.</source>
        <translation>单击方块查看详情；双击进行编辑。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="574"/>
        <source>Drag one to move them all; Alt+arrows move them; Delete deletes them.</source>
        <translation>拖动其中一个即可全部移动；Alt+方向键移动；Delete 删除。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="592"/>
        <source>No site</source>
        <translation>无地点</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="50"/>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="72"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="51"/>
        <source>Where to publish</source>
        <translation>发布位置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="52"/>
        <source>A folder, or https://user@dav.example.org/tour/</source>
        <translation>文件夹，或 https://user@dav.example.org/tour/</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="53"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="54"/>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="86"/>
        <source>Public address</source>
        <translation>公开网址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="56"/>
        <source>https://tour.example.org/ (empty: the WebDAV address)</source>
        <translation>https://tour.example.org/（留空则使用 WebDAV 地址）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="58"/>
        <source>WebDAV password</source>
        <translation>WebDAV 密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="60"/>
        <source>Empty: environment variable or system keyring</source>
        <translation>留空则使用环境变量或系统密钥环</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="64"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="65"/>
        <source>One person</source>
        <translation>单个人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="66"/>
        <source>One site</source>
        <translation>单个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="70"/>
        <source>Dry run (write nothing)</source>
        <translation>试运行（不写入任何内容）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="70"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="73"/>
        <source>Publication report</source>
        <translation>发布报告</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="74"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="75"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="75"/>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="75"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="85"/>
        <source>Publish to</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="87"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="88"/>
        <source>Pages of</source>
        <translation>页面对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="113"/>
        <source>Folder to publish into</source>
        <translation>发布目标文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="123"/>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="127"/>
        <source>Cannot publish</source>
        <translation>无法发布</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="123"/>
        <source>Choose where to publish.</source>
        <translation>请选择发布位置。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="127"/>
        <source>Choose whose page.</source>
        <translation>请选择页面对象。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="130"/>
        <source>Publish anyway</source>
        <translation>仍然发布</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="153"/>
        <source>Publishing the pages</source>
        <translation>正在发布页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="156"/>
        <source>Could not publish</source>
        <translation>发布失败</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="175"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/publish_panel.py" line="175"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <location filename="../../tourplanner/qt/resume.py" line="66"/>
        <source>Tourplanner was not closed</source>
        <translation>Tourplanner 未正常关闭</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/resume.py" line="68"/>
        <source>Tourplanner did not close properly last time.</source>
        <translation>Tourplanner 上次未正常关闭。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/resume.py" line="73"/>
        <source>Nothing was lost: every change is saved in the database the moment you make it. The database is on a server, which recovers from a crash on its own; restoring it from a backup is the server&apos;s job.</source>
        <translation>没有丢失任何内容：每项修改都会在您做出时立即保存到数据库。数据库位于服务器上，服务器会自行从崩溃中恢复；从备份还原数据库由服务器负责。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/resume.py" line="80"/>
        <source>Nothing was lost: every change is saved in the database the moment you make it, and the database was checked and is intact.</source>
        <translation>没有丢失任何内容：每项修改都会在您做出时立即保存到数据库，且数据库已经检查，完好无损。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/resume.py" line="89"/>
        <source>The database file %2 was damaged: %1. Tourplanner restored the copy it took on %3, when it last opened or closed cleanly; changes made after that are not in it. The damaged file was kept as %4.</source>
        <translation>数据库文件 %2 已损坏：%1。Tourplanner 已还原它在 %3（上次正常打开或关闭时）保存的副本；此后所做的修改不在其中。损坏的文件已另存为 %4。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/resume.py" line="103"/>
        <source>The database file %2 is damaged: %1. Nothing was restored automatically: there was no intact copy to restore. The copies Tourplanner makes before each upgrade (*.bak) are in the same folder; close Tourplanner and put the newest one in place of the damaged file.</source>
        <translation>数据库文件 %2 已损坏：%1。未自动还原任何内容：没有可供还原的完好副本。Tourplanner 每次升级前制作的副本（*.bak）位于同一文件夹中；请关闭 Tourplanner，然后用最新的副本替换损坏的文件。</translation>
    </message>
</context>
<context>
    <name>RouteSketch</name>
    <message>
        <location filename="../../tourplanner/qt/timeline/route.py" line="37"/>
        <source>Route sketch of the day</source>
        <translation>当天路线草图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/route.py" line="41"/>
        <source>Select a day to see its route.</source>
        <translation>选择日期以查看路线。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/route.py" line="55"/>
        <source>The sites of this day have no coordinates yet. Use Tour ▸ Find coordinates.</source>
        <translation>当天的地点还没有坐标。请使用“行程 ▸ 查找坐标”。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="78"/>
        <source>Schedule %1</source>
        <translation>为 %1 排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="92"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="94"/>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="97"/>
        <source>In the tour&apos;s time zone (%1)</source>
        <translation>采用行程所在时区（%1）</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="223"/>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="228"/>
        <source>Seating</source>
        <extracomment>(table, seat index) of the source, then of the target.</extracomment>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="227"/>
        <source>Seated item</source>
        <translation>排座日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="231"/>
        <source>Propose seating</source>
        <translation>建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="233"/>
        <source>Fill the plan by precedence: principal host and guest at table 1</source>
        <translation>按礼宾次序排座：主宾与主人同坐 1 号桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="235"/>
        <source>&amp;Tables…</source>
        <translation>餐桌(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="237"/>
        <source>Edit tables</source>
        <translation>编辑餐桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="239"/>
        <source>Set the number of tables and each one&apos;s shape and seats</source>
        <translation>设置餐桌数量及每张桌的形状和座位数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="245"/>
        <source>Seating problems</source>
        <translation>座次问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="229"/>
        <source>&amp;Propose</source>
        <translation>建议座次(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="250"/>
        <source>&amp;Item:</source>
        <translation>日程(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="260"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="328"/>
        <source>Cannot propose a seating plan</source>
        <translation>无法建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="330"/>
        <source>Propose seating for %1</source>
        <translation>为 %1 建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="373"/>
        <source>Change the tables of %1</source>
        <translation>更改 %1 的餐桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="388"/>
        <source>Seat %1 at table %2, seat %3</source>
        <translation>将 %1 安排在 %2 号桌 %3 号座</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="404"/>
        <source>No meal, ceremony or meeting to seat.</source>
        <translation>没有需要排座的宴请、仪式或会见。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="406"/>
        <source>No seating plan yet: set the tables, or press Propose.</source>
        <translation>尚无座次：请设置餐桌，或点击“建议座次”。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="410"/>
        <source>%1 people at %2 tables</source>
        <translation>%2 桌共 %1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="448"/>
        <source>Table %1</source>
        <translation>%1 号桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="504"/>
        <source>No seating problems</source>
        <translation>座次没有问题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="56"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="63"/>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="64"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="65"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="67"/>
        <source>Travel (this tour)</source>
        <translation>交通（本行程）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="68"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="73"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="76"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="124"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="125"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="141"/>
        <source>Reminder minutes</source>
        <translation>提前提醒分钟数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="142"/>
        <source>How long before each event calendars remind delegates</source>
        <translation>日历在每项活动前多久提醒代表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="145"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="302"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="312"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="146"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="148"/>
        <source>Calendar &amp;reminders:</source>
        <translation>日历提醒(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="66"/>
        <source>Maps and geocoding</source>
        <translation>地图与地理编码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="132"/>
        <source>The window changes to the new language when you press OK.</source>
        <translation>按“确定”后，窗口即切换为新的语言。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="153"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="154"/>
        <source>How the change history names you; empty for your system account&apos;s name</source>
        <translation>修改历史记录中显示的您的姓名；留空则使用系统账户名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="157"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="158"/>
        <source>Re&amp;open the last tour and view at start</source>
        <translation>启动时重新打开上次的行程和视图(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="159"/>
        <source>Reopen the last tour at start</source>
        <translation>启动时重新打开上次的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="170"/>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="171"/>
        <source>sqlite:///path/to/file.db or postgresql+psycopg://user@host/db</source>
        <translation>sqlite:///路径/文件.db 或 postgresql+psycopg://用户@主机/数据库</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="173"/>
        <source>Default: a file in your data folder</source>
        <translation>默认：数据文件夹中的文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="174"/>
        <source>Database &amp;URL:</source>
        <translation>数据库 &amp;URL：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="175"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="176"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="438"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="179"/>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="185"/>
        <source>Tourplanner opens this database when it next starts.</source>
        <translation>Tourplanner 将在下次启动时打开此数据库。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="195"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="204"/>
        <source>Geocoder server</source>
        <translation>地理编码服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="197"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="204"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="233"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="339"/>
        <source>Problem with %1</source>
        <translation>%1 有误</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="215"/>
        <source>Geocoder user agent</source>
        <translation>地理编码用户代理</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="216"/>
        <source>Nominatim asks every application to name itself and give a contact</source>
        <translation>Nominatim 要求每个应用注明名称和联系方式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="218"/>
        <source>Tourplanner&apos;s own</source>
        <translation>Tourplanner 默认值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="219"/>
        <source>&amp;User agent:</source>
        <translation>用户代理(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="224"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="233"/>
        <source>Map tiles</source>
        <translation>地图瓦片</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="225"/>
        <source>An XYZ tile address with {z}, {x} and {y}; empty for OpenStreetMap</source>
        <translation>含 {z}、{x} 和 {y} 的 XYZ 瓦片地址；留空则使用 OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="228"/>
        <source>&amp;Map tiles:</source>
        <translation>地图瓦片(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="244"/>
        <source>Map attribution</source>
        <translation>地图版权信息</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="245"/>
        <source>Printed on every map drawn from these tiles, as their provider asks</source>
        <translation>按瓦片提供方的要求，印在用这些瓦片绘制的每张地图上</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="248"/>
        <source>A&amp;ttribution:</source>
        <translation>版权信息(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="253"/>
        <source>Map datum</source>
        <translation>地图坐标系</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="254"/>
        <source>Maps of mainland China (Amap, Tencent) are drawn in GCJ-02</source>
        <translation>中国大陆地图（高德、腾讯）采用 GCJ-02 坐标系</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="256"/>
        <source>WGS-84 (GPS, OpenStreetMap)</source>
        <translation>WGS-84（GPS、OpenStreetMap）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="257"/>
        <source>GCJ-02 (maps of mainland China)</source>
        <translation>GCJ-02（中国大陆地图）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="261"/>
        <source>&amp;Datum:</source>
        <translation>坐标系(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="268"/>
        <source>Travel mode</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="270"/>
        <source>Car</source>
        <translation>轿车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="271"/>
        <source>Coach</source>
        <translation>大巴</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="272"/>
        <source>Walking</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="281"/>
        <source>Average speed</source>
        <translation>平均速度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="282"/>
        <source>Door-to-door average in town; 0 uses the mode&apos;s usual speed</source>
        <translation>市内门到门平均速度；0 表示使用该方式的默认速度</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="287"/>
        <source>Usual for the mode</source>
        <translation>该方式的默认值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="293"/>
        <source>Detour factor</source>
        <translation>绕行系数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="294"/>
        <source>Road distance divided by straight-line distance</source>
        <translation>道路距离与直线距离之比</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="300"/>
        <source>Boarding minutes</source>
        <translation>上下车时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="308"/>
        <source>Buffer minutes</source>
        <translation>缓冲时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="309"/>
        <source>Spare time every gap between two sites must leave</source>
        <translation>两个地点之间每段间隔必须预留的时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="318"/>
        <source>Traffic factor</source>
        <translation>路况系数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="319"/>
        <source>Road times from the routing server are multiplied by this (1 = free flow)</source>
        <translation>路线服务器给出的道路时间乘以此系数（1 = 道路畅通）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="328"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="339"/>
        <source>Rush hours</source>
        <translation>高峰时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="330"/>
        <source>Times of day with their own traffic factor, by a leg&apos;s departure time, e.g. 07:30–09:30 ×1.5, 17:00–19:30 ×1.5</source>
        <translation>一天中使用单独路况系数的时段，按各段行程的出发时间计，例如 07:30–09:30 ×1.5, 17:00–19:30 ×1.5</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="349"/>
        <source>Routing server</source>
        <translation>路线服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="350"/>
        <source>An OSRM-compatible server for road times (Tour ▸ Fetch road times)</source>
        <translation>用于获取道路时间的 OSRM 兼容服务器（行程 ▸ 获取道路时间）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="353"/>
        <source>&amp;Mode:</source>
        <translation>交通方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="354"/>
        <source>Average &amp;speed:</source>
        <translation>平均速度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="355"/>
        <source>&amp;Detour factor:</source>
        <translation>绕行系数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="356"/>
        <source>&amp;Boarding:</source>
        <translation>上下车(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="357"/>
        <source>B&amp;uffer:</source>
        <translation>缓冲时间(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="358"/>
        <source>Tra&amp;ffic factor:</source>
        <translation>路况系数(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="359"/>
        <source>&amp;Rush hours:</source>
        <translation>高峰时段(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="361"/>
        <source>Routin&amp;g server:</source>
        <translation>路线服务器(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="374"/>
        <source>Open a tour to change its travel settings.</source>
        <translation>请先打开行程再修改交通设置。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="386"/>
        <source>Usual (%1 km/h)</source>
        <translation>默认（%1 公里/小时）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="392"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="401"/>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="419"/>
        <source>Default output folder</source>
        <translation>默认输出文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="393"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="394"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="404"/>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="406"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="412"/>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="431"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="448"/>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="58"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <extracomment>What File ▸ Export offers, in the order of ``Actions.exports``: the two lists, then the manifests by their kind (``services.manifests.ManifestKind``). What was opened last (tests reach them here).</extracomment>
        <translation>已导入：新增 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="145"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="146"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="161"/>
        <source>Visitor list</source>
        <translation>来访人员名单</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="162"/>
        <source>The visitor list of which site?</source>
        <translation>要导出哪个地点的来访人员名单？</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="182"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="192"/>
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="193"/>
        <source>Export sites</source>
        <translation>导出地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="194"/>
        <source>Export a visitor list</source>
        <translation>导出来访人员名单</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="195"/>
        <source>Export vehicle manifests</source>
        <translation>导出车辆乘员名单</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="196"/>
        <source>Export the rooming list</source>
        <translation>导出住宿分房表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="197"/>
        <source>Export the dietary summary</source>
        <translation>导出餐饮需求汇总</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="92"/>
        <source>The tour has no sites yet.</source>
        <translation>行程中还没有地点。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="116"/>
        <source>Wrote %1 rows to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="128"/>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/sheet_actions.py" line="134"/>
        <source>Wait for the running job to finish.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="149"/>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="150"/>
        <source>The workbook has several sheets; which one holds the list?</source>
        <translation>工作簿中有多个工作表，名单在哪一个里？</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="153"/>
        <source>Sheets of the workbook</source>
        <translation>工作簿中的工作表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="157"/>
        <source>Why the sheet cannot be used</source>
        <translation>该工作表无法使用的原因</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="169"/>
        <source>%1 (empty)</source>
        <translation>%1（空）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="178"/>
        <source>%1 — %2 rows</source>
        <translation>%1 — %2 行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/import_source_pages.py" line="185"/>
        <source>no recognised headers</source>
        <translation>没有可识别的表头</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="95"/>
        <source>New site</source>
        <translation>新建地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="95"/>
        <source>Edit site</source>
        <translation>编辑地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="99"/>
        <source>e.g. City museum</source>
        <translation>例如：市博物馆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="101"/>
        <source>The name in the local language</source>
        <translation>当地语言的名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="109"/>
        <source>The address in the local language</source>
        <translation>当地语言的地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="112"/>
        <source>Main gate, coach drop-off</source>
        <translation>正门，大巴落客区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="115"/>
        <source>The meeting point in the local language</source>
        <translation>当地语言的集合地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="120"/>
        <source>Same as the tour</source>
        <translation>与行程相同</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="123"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="136"/>
        <source>A name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="138"/>
        <source>&amp;Local name:</source>
        <translation>本地名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="140"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="144"/>
        <source>The short name used in tour files and file names</source>
        <translation>用于行程文件和文件名的简称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="146"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="148"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="151"/>
        <source>Used to find the site&apos;s coordinates</source>
        <translation>用于查找地点坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="154"/>
        <source>Local a&amp;ddress:</source>
        <translation>本地地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="158"/>
        <source>In the local script and order, for a taxi driver</source>
        <translation>按当地文字和地址顺序填写，供出租车司机使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="161"/>
        <source>&amp;Meeting point:</source>
        <translation>集合地点(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="165"/>
        <source>Where the delegation gets off or goes in</source>
        <translation>代表团下车或入场的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="168"/>
        <source>Local meeting p&amp;oint:</source>
        <translation>本地集合地点(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="174"/>
        <source>La&amp;titude:</source>
        <translation>纬度(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="178"/>
        <source>Decimal degrees, north positive, e.g. 29.6521</source>
        <translation>十进制度数，北纬为正，例如 29.6521</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="181"/>
        <source>Lon&amp;gitude:</source>
        <translation>经度(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="189"/>
        <source>Time&amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="196"/>
        <source>Contact per&amp;son:</source>
        <translation>联系人(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="185"/>
        <source>Decimal degrees, east positive, e.g. 106.5402</source>
        <translation>十进制度数，东经为正，例如 106.5402</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="193"/>
        <source>Only if it differs from the tour&apos;s, e.g. Asia/Tokyo</source>
        <translation>仅在与行程时区不同时填写，例如 Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="195"/>
        <source>Ca&amp;pacity:</source>
        <translation>容量(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="198"/>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="204"/>
        <source>Contact &amp;email:</source>
        <translation>联系人邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="215"/>
        <source>name, email and/or phone (one contact a line)</source>
        <translation>姓名、邮箱和/或电话（每行一位联系人）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="219"/>
        <source>&amp;Venue contacts:</source>
        <translation>场地联系人(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="224"/>
        <source>One per line: host:, catering: or gate:, then the name, an email and/or a phone. send --to hosts sends the host the briefing, catering the dietary list, the gate the vehicles.</source>
        <translation>每行一位：以 host:、catering: 或 gate: 开头，后接姓名、邮箱和/或电话。send --to hosts 会将简报发给接待方联系人，将饮食需求名单发给餐饮联系人，将车辆信息发给门岗。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="249"/>
        <source>Opening ho&amp;urs…</source>
        <extracomment>The opening-hours dialog opened last (tests fill it in).</extracomment>
        <translation>开放时间(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="256"/>
        <source>Opening hours:</source>
        <translation>开放时间：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="287"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="289"/>
        <source>Must be between -%1 and %1</source>
        <translation>必须在 -%1 到 %1 之间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="296"/>
        <source>Give both latitude and longitude, or neither</source>
        <translation>请同时填写纬度和经度，或都不填</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="58"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="59"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="60"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="61"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="62"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="63"/>
        <source>Items</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="64"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="69"/>
        <source>The site&apos;s name</source>
        <translation>地点名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="70"/>
        <source>The name in the host country&apos;s language</source>
        <translation>东道国语言的名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="71"/>
        <source>What kind of place it is</source>
        <translation>地点类型</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="72"/>
        <source>The street address, used to find coordinates</source>
        <translation>街道地址，用于查找坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="73"/>
        <source>Latitude and longitude; needed to estimate travel times</source>
        <translation>纬度和经度；用于估算交通时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="74"/>
        <source>How many people the site can take at once</source>
        <translation>地点可同时容纳的人数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="75"/>
        <source>How many schedule items take place here</source>
        <translation>在此进行的日程数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="76"/>
        <source>The site&apos;s short name in tour files</source>
        <translation>地点在行程文件中的代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="92"/>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/sites.py" line="93"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="25"/>
        <source>Sites</source>
        <extracomment>a site&apos;s marker was dropped on the map: its id, new latitude and longitude (WGS-84)</extracomment>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="26"/>
        <source>Search by name, address, category or key</source>
        <translation>按名称、地址、类别或代码搜索</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="33"/>
        <source>&amp;New site…</source>
        <translation>新建地点(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="33"/>
        <source>Add a place to the tour</source>
        <translation>为行程添加地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="36"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="36"/>
        <source>Change the selected site</source>
        <translation>编辑所选地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="39"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="39"/>
        <source>Delete the selected sites</source>
        <translation>删除所选地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="42"/>
        <source>Find &amp;coordinates</source>
        <translation>查找坐标(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="44"/>
        <source>Look up missing coordinates from the sites&apos; addresses</source>
        <translation>根据地址查找缺失的坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="50"/>
        <source>Imp&amp;ort…</source>
        <translation>导入(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="52"/>
        <source>Add or update sites from an Excel or CSV list (Ctrl+Alt+I)</source>
        <translation>从 Excel 或 CSV 列表添加或更新地点 (Ctrl+Alt+I)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="60"/>
        <source>Map of the sites</source>
        <translation>地点地图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="81"/>
        <source>No site the search shows has coordinates.</source>
        <translation>搜索结果中的地点都没有坐标。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/sites_page.py" line="83"/>
        <source>No site has coordinates yet. Use Find coordinates.</source>
        <translation>尚无地点有坐标。请使用“查找坐标”。</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="430"/>
        <source>Calendar sync</source>
        <translation>日历同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="431"/>
        <source>CalDAV server address</source>
        <translation>CalDAV 服务器地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="433"/>
        <source>CalDAV user name</source>
        <translation>CalDAV 用户名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="434"/>
        <source>CalDAV password</source>
        <translation>CalDAV 密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="436"/>
        <source>Empty: use the system keyring</source>
        <translation>留空则使用系统密钥环</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="438"/>
        <source>Used for this session only; never saved. Leave empty to use the keyring.</source>
        <translation>仅在本次会话中使用，不会保存。留空则使用密钥环。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="443"/>
        <source>Whole tour</source>
        <translation>整个行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="444"/>
        <source>Every site&apos;s calendar</source>
        <translation>所有地点的日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="445"/>
        <source>One person</source>
        <translation>单个人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="446"/>
        <source>One site</source>
        <translation>单个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="447"/>
        <source>One group</source>
        <translation>单个小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="451"/>
        <source>Dry run (change nothing)</source>
        <translation>试运行（不做任何更改）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="451"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="453"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="454"/>
        <source>Sync report</source>
        <translation>同步报告</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="455"/>
        <source>Hosts&apos; changes</source>
        <translation>接待方的修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="457"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="457"/>
        <source>Item</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="457"/>
        <source>Ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="457"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="463"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="464"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="470"/>
        <source>Server</source>
        <extracomment>(proposal, the sync arguments that found it) per row of the table</extracomment>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="471"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="472"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="473"/>
        <source>Calendar of</source>
        <translation>日历对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="501"/>
        <source>Give the CalDAV server&apos;s address.</source>
        <translation>请填写 CalDAV 服务器地址。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="514"/>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="519"/>
        <source>Cannot sync</source>
        <translation>无法同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="519"/>
        <source>Choose whose calendar.</source>
        <translation>请选择日历对象。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="525"/>
        <source>Sync anyway</source>
        <translation>仍然同步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="567"/>
        <source>Syncing calendars</source>
        <translation>正在同步日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="570"/>
        <source>Could not sync the calendar</source>
        <translation>无法同步日历</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="581"/>
        <source>Cannot decide</source>
        <translation>无法处理</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="581"/>
        <source>Choose changes of one calendar at a time.</source>
        <translation>每次只能选择同一个日历的修改。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="599"/>
        <source>Created %1, updated %2, deleted %3, unchanged %4; %5 conflicts.</source>
        <translation>新建 %1，更新 %2，删除 %3，未变 %4；冲突 %5 处。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="607"/>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../tourplanner/qt/views/table_page.py" line="102"/>
        <source>How many are shown</source>
        <extracomment>A row was double-clicked or chosen with Enter (the record). The selection changed.</extracomment>
        <translation>显示数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/table_page.py" line="107"/>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/table_page.py" line="140"/>
        <source>What to do first</source>
        <translation>第一步</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/table_page.py" line="271"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TablesDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="85"/>
        <source>Tables of %1</source>
        <translation>%1 的餐桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="95"/>
        <source>Table</source>
        <translation>桌号</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="95"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="95"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="95"/>
        <source>Seated now</source>
        <translation>现有人数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="104"/>
        <source>&amp;Add table</source>
        <translation>添加餐桌(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="105"/>
        <source>&amp;Remove table</source>
        <translation>删除餐桌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="106"/>
        <source>Remove the selected table (else the last)</source>
        <translation>删除所选餐桌（未选择时删除最后一张）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="109"/>
        <source>Who loses their seat</source>
        <translation>失去座位的人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="116"/>
        <source>&amp;Number of tables:</source>
        <translation>餐桌数量(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="120"/>
        <source>Tables are added or removed at the end</source>
        <translation>在末尾添加或删除餐桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="123"/>
        <source>&amp;Tables:</source>
        <translation>餐桌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="127"/>
        <source>Table 1 is the top table; seats are numbered clockwise from its host</source>
        <translation>1 号桌为主桌；座位从主人起按顺时针编号</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="149"/>
        <source>round</source>
        <translation>圆桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="150"/>
        <source>long</source>
        <translation>长桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="152"/>
        <source>Shape of table %1</source>
        <translation>%1 号桌的形状</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="156"/>
        <source>Seats at table %1</source>
        <translation>%1 号桌的座位数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="233"/>
        <source>Tables: %1</source>
        <translation>餐桌：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="241"/>
        <source>Table %1: %2</source>
        <translation>%1 号桌：%2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tables_dialog.py" line="252"/>
        <source>Unseated by this change: %1</source>
        <translation>此更改将使以下人员失去座位：%1</translation>
    </message>
</context>
<context>
    <name>TileMapView</name>
    <message>
        <location filename="../../tourplanner/qt/map_view.py" line="142"/>
        <source>Map</source>
        <extracomment>a marker was clicked: the site&apos;s id a movable marker was dropped: the site&apos;s id and its new WGS-84 latitude, longitude</extracomment>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/map_view.py" line="174"/>
        <source>Map attribution</source>
        <translation>地图版权信息</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/map_view.py" line="180"/>
        <source>Map note</source>
        <translation>地图说明</translation>
    </message>
</context>
<context>
    <name>TimeRuler</name>
    <message>
        <location filename="../../tourplanner/qt/timeline/margins.py" line="88"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="106"/>
        <source>Programme timeline</source>
        <extracomment>item id, new start, new end (aware datetimes): one finished drag item id: a block was double-clicked (or Enter pressed on it) item id or -1: the selected block changed aware datetime: a double click on an empty slot the day (date) the user last clicked in pixels per minute {item id: (new start, new end)}: several blocks moved together (one undo step) item ids (a list): Delete pressed on the selected blocks global point, selected item ids (a list), the day (a date) under the point item ids (a list): the set of selected blocks changed item id, aware start: an Unscheduled entry was dropped on the timeline</extracomment>
        <translation>日程时间线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="108"/>
        <source>Days side by side, time running down; drag a block to move it</source>
        <translation>各天并排，时间自上而下；拖动方块可移动日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="125"/>
        <source>Time zone of the times shown</source>
        <translation>所示时间的时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="187"/>
        <source>Times in %1</source>
        <extracomment>The current block&apos;s item (the keyboard&apos;s and the side panel&apos;s), or -1. Every selected item (Ctrl/Shift-click, rubber band); holds selected_id. A plain click on a block of a multi-selection: it alone stays selected unless the press turns into a drag of them all. A keyboard move was asked for: scroll to the moved block once it arrives.</extracomment>
        <translation>时间为 %1 时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="532"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="534"/>
        <source>Travel time unknown: a site has no coordinates</source>
        <translation>交通时间未知：有地点缺少坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="537"/>
        <source>Travel %1 min + buffer; %2 min available</source>
        <translation>交通 %1 分钟 + 缓冲；可用 %2 分钟</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="55"/>
        <source>New tour</source>
        <extracomment>The tour fields Tour ▸ Properties edits (``update_tour`` arguments).</extracomment>
        <translation>新建行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="58"/>
        <source>Berlin study visit 2026</source>
        <translation>2026 柏林考察</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="78"/>
        <source>A name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="80"/>
        <source>&amp;Local name:</source>
        <translation>本地名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="82"/>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="86"/>
        <source>Used in file names and on the command line</source>
        <translation>用于文件名和命令行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="88"/>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="89"/>
        <source>L&amp;ast day:</source>
        <translation>最后一天(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="91"/>
        <source>&amp;Timezone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="95"/>
        <source>Where the tour takes place; all times are shown in it</source>
        <translation>行程所在地；所有时间均按此时区显示</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="97"/>
        <source>&amp;Organiser:</source>
        <translation>组织者(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="99"/>
        <source>Organiser &amp;email:</source>
        <translation>组织者邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="107"/>
        <source>The last day must not be before the first</source>
        <translation>最后一天不能早于第一天</translation>
    </message>
</context>
<context>
    <name>TourPropertiesDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="135"/>
        <source>Tour properties</source>
        <translation>行程属性</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="158"/>
        <source>Organiser &amp;phone:</source>
        <translation>组织者电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="164"/>
        <source>Routin&amp;g server:</source>
        <translation>路线服务器(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="168"/>
        <source>An OSRM-compatible server for road times</source>
        <translation>用于获取道路时间的 OSRM 兼容服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="171"/>
        <source>Traffi&amp;c factor:</source>
        <translation>路况系数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="175"/>
        <source>Road times from the routing server are multiplied by this (1 = free flow)</source>
        <translation>路线服务器给出的道路时间乘以此系数（1 = 道路畅通）</translation>
    </message>
</context>
<context>
    <name>TourSession</name>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="213"/>
        <source>%1: %2</source>
        <extracomment>What the user chose when an edit met someone else&apos;s change. A step of a command: ``step(force)`` calls services and says what changed. With ``force`` it expects the versions now in the database (&quot;keep mine&quot;). The whole snapshot was replaced (after a non-item edit, a reload or an undo of one). Items were added or changed (list of ScheduleItem) and/or removed (list of ids). An item moved to the Unscheduled list counts as removed here. The Unscheduled list changed (``snapshot.unscheduled``). The list of problems may differ. A message for the status bar. Changes committed elsewhere (a list of HistoryEntry), from the follower thread. Someone else&apos;s changes, once applied (a list of HistoryEntry). The items of the Unscheduled list, by id (not in ``items_by_id``). Build the checker after the views have been painted (True) or at once. Asked when an edit meets someone else&apos;s change; returns RELOAD or KEEP_MINE. Shows an error the user can act on (title, one line).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="214"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="223"/>
        <source>Could not read the tour</source>
        <translation>无法读取行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="337"/>
        <source>Reloaded: the tour was changed elsewhere.</source>
        <translation>已重新载入：行程在别处被修改。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="358"/>
        <location filename="../../tourplanner/qt/session.py" line="360"/>
        <source>The change was not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="385"/>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="392"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>TourTableModel</name>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="32"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="33"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="34"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="35"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="36"/>
        <source>Slug</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="41"/>
        <source>The tour&apos;s name</source>
        <translation>行程名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="42"/>
        <source>The name in the host country&apos;s language</source>
        <translation>东道国语言的名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="43"/>
        <source>The first day of the tour</source>
        <translation>行程第一天</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="44"/>
        <source>The last day of the tour</source>
        <translation>行程最后一天</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="45"/>
        <source>How many days the tour lasts, first and last included</source>
        <translation>行程天数（含首尾两天）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/tours.py" line="46"/>
        <source>The tour&apos;s short name, used in file names and on the command line</source>
        <translation>行程简称，用于文件名和命令行</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="62"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="68"/>
        <source>Tours</source>
        <extracomment>A tour was double-clicked or chosen with Enter. How many tours the search leaves shown, and how many there are. The user wants to create a tour / import a tour file.</extracomment>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="70"/>
        <source>Tours heading</source>
        <translation>行程标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="78"/>
        <source>Search tours</source>
        <translation>搜索行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="79"/>
        <source>Search by name, date or slug</source>
        <translation>按名称、日期或简称搜索</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="80"/>
        <source>Show only the tours whose columns contain this text</source>
        <translation>只显示包含此文字的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="87"/>
        <source>Tour list</source>
        <translation>行程列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="103"/>
        <source>Tour list columns</source>
        <translation>行程列表列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="126"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="242"/>
        <source>&amp;Open</source>
        <extracomment>The right-click menu shown last (tests trigger its entries).</extracomment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="128"/>
        <source>Open the selected tour</source>
        <translation>打开所选行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="129"/>
        <source>Open the selected tour (or double-click it)</source>
        <translation>打开所选行程（或双击）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="132"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="244"/>
        <source>&amp;New tour…</source>
        <translation>新建行程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="134"/>
        <source>New tour</source>
        <translation>新建行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="136"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="247"/>
        <source>&amp;Import a tour file…</source>
        <translation>导入行程文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="138"/>
        <source>Import a tour file</source>
        <translation>导入行程文件</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="48"/>
        <source>Vehicles and seats: %1</source>
        <extracomment>participant id -&gt; (vehicle id, seat label)</extracomment>
        <translation>车辆与座位：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="65"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="65"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="65"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="83"/>
        <source>Vehicle of %1</source>
        <translation>%1 的车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="84"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="89"/>
        <source>Seat of %1</source>
        <translation>%1 的座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="105"/>
        <source>&amp;Riders:</source>
        <translation>乘车人员(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="108"/>
        <source>A vehicle&apos;s driver drives it and is not listed as a rider</source>
        <translation>司机负责驾驶车辆，不列为乘车人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="111"/>
        <source>Vehicles:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="113"/>
        <source>The tour has no vehicles yet (Tour ▸ Vehicles…).</source>
        <translation>行程中还没有车辆（行程 ▸ 车辆…）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="126"/>
        <source>%1 has a seat but no vehicle</source>
        <translation>%1 有座位但没有车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="133"/>
        <source>Seat %1 of %2 is given twice</source>
        <translation>%2 的 %1 号座位被重复分配</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="148"/>
        <source>%1: %2 of %3 seats</source>
        <translation>%1：已用 %2 个座位，共 %3 个</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/transfer_dialog.py" line="151"/>
        <source>, driver %1</source>
        <translation>，司机 %1</translation>
    </message>
</context>
<context>
    <name>UnscheduledItemDialog</name>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="36"/>
        <source>New unscheduled item</source>
        <translation>新建未排期日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="38"/>
        <source>What happens</source>
        <translation>日程内容</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="41"/>
        <source>(no site)</source>
        <translation>（无地点）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="45"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="47"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="50"/>
        <source>A title is required</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="52"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="53"/>
        <source>S&amp;ite:</source>
        <translation>地点(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="55"/>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_dialog.py" line="58"/>
        <source>How long it lasts once it is on the programme</source>
        <translation>排入日程后持续的时长</translation>
    </message>
</context>
<context>
    <name>UnscheduledList</name>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="44"/>
        <source>Unscheduled items</source>
        <translation>未排期日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="46"/>
        <source>Drag an item onto the timeline, or press Enter to schedule it</source>
        <translation>将日程拖到时间轴上，或按 Enter 键为其排期</translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="81"/>
        <source>Unscheduled</source>
        <extracomment>Enter on an entry (the panel schedules it). Delete is the window&apos;s Edit ▸ Delete selected, which deletes the entry while this list has the focus.</extracomment>
        <translation>未排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="87"/>
        <source>Drag an item onto the timeline to give it a time, or press Enter.</source>
        <extracomment>The Schedule dialog shown last (tests fill it in).</extracomment>
        <translation>将日程拖到时间轴上即可安排时间，也可按 Enter 键。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="90"/>
        <source>How to schedule an item</source>
        <translation>如何为日程排期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="95"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="96"/>
        <source>Add an item without a time</source>
        <translation>添加一个暂不定时间的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="97"/>
        <source>Schedule…</source>
        <translation>排期…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="98"/>
        <source>Give the selected item a day and a time</source>
        <translation>为所选日程指定日期和时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="99"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="100"/>
        <source>Delete the selected item</source>
        <translation>删除所选日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/unscheduled_panel.py" line="131"/>
        <source>Drag onto the timeline to schedule it</source>
        <translation>拖到时间轴上即可排期</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="52"/>
        <source>New vehicle</source>
        <translation>新建车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="52"/>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="56"/>
        <source>Coach 1</source>
        <translation>1 号大客车</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="63"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="77"/>
        <source>A name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="80"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="83"/>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="89"/>
        <source>&amp;Seats:</source>
        <translation>座位数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="92"/>
        <source>Passenger seats; the driver&apos;s seat is not counted</source>
        <translation>乘客座位数，不含司机座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="94"/>
        <source>&amp;Driver:</source>
        <translation>司机(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="96"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="107"/>
        <source>At most 40 characters</source>
        <translation>最多 40 个字符</translation>
    </message>
</context>
<context>
    <name>VehiclesDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="139"/>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="140"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="145"/>
        <source>Vehicles of the tour</source>
        <translation>行程车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="146"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="146"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="146"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="146"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="147"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="153"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="154"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/vehicles_dialog.py" line="155"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VenueLists</name>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="96"/>
        <source>covers: {covers}, standard: {standard}</source>
        <translation>用餐人数：{covers}，标准餐：{standard}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="104"/>
        <source>Table {number}</source>
        <translation>{number}号桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="115"/>
        <source>Dietary list for {site}</source>
        <translation>{site}饮食清单</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="157"/>
        <source>{time}  arriving for {item}</source>
        <translation>{time} 抵达，参加{item}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="166"/>
        <source>no vehicles assigned yet ({transfer})</source>
        <translation>尚未安排车辆（{transfer}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="173"/>
        <source>(none given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="178"/>
        <source>{vehicle}: plate {plate}, driver {driver}, passengers: {count}</source>
        <translation>{vehicle}：车牌{plate}，司机{driver}，乘客{count}人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="189"/>
        <source>{vehicle}: plate {plate}, passengers: {count}</source>
        <translation>{vehicle}：车牌{plate}，乘客{count}人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/venue_lists.py" line="199"/>
        <source>Vehicles arriving at {site}</source>
        <translation>抵达{site}的车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="526"/>
        <source>(nothing yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="530"/>
        <source>Dear {name},</source>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/mailing.py" line="531"/>
        <source>With thanks,</source>
        <translation>谢谢！</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="52"/>
        <source>Welcome</source>
        <extracomment>The user asked for the sample tour. The user wants to create a tour. The user wants to import a tour file.</extracomment>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="54"/>
        <source>Welcome to Tourplanner</source>
        <translation>欢迎使用 Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="56"/>
        <source>Welcome heading</source>
        <translation>欢迎标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="65"/>
        <source>Tourplanner helps you organise delegation tours. Build a programme of site visits, meetings, meals and transfers day by day, see clashes and impossible journeys before they happen, then send every delegate a personal briefing and calendar and keep each host&apos;s calendar in step with the visits to their site.</source>
        <translation>Tourplanner 帮助您组织代表团行程。逐日安排参观、会见、用餐和交通，提前发现时间冲突和来不及的行程，然后向每位代表发送个人简报和日历，并使各接待方的日历与到访安排保持同步。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="73"/>
        <source>What Tourplanner does</source>
        <translation>Tourplanner 的用途</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="79"/>
        <source>Your database has no tours yet. To look around first, open the sample: the 2021 Overseas Chinese media tour of Liangjiang New Area (两江新区), Chongqing.</source>
        <translation>您的数据库中还没有行程。可先打开示例行程了解功能：2021 年海外华文媒体重庆两江新区行。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="85"/>
        <source>About the sample tour</source>
        <translation>关于示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="89"/>
        <location filename="../../tourplanner/qt/welcome_page.py" line="91"/>
        <source>Open the sample tour</source>
        <translation>打开示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="93"/>
        <source>Add the 2021 Chongqing media tour to your database and show it</source>
        <translation>将 2021 年重庆媒体行程添加到数据库并显示</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="102"/>
        <source>New tour…</source>
        <translation>新建行程…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="104"/>
        <source>Start an empty tour: name, dates and time zone</source>
        <translation>新建空白行程：名称、日期和时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="108"/>
        <source>Open tour file…</source>
        <translation>打开行程文件…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="115"/>
        <source>Or start your own: create an empty tour, or open a tour file (.tour.json), for example one a colleague saved with “tourplanner export tour”.</source>
        <translation>或者自己开始：新建空白行程，或打开行程文件（.tour.json），例如同事用“tourplanner export tour”保存的文件。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="110"/>
        <source>Read a tour from a .tour.json file, all or nothing</source>
        <translation>从 .tour.json 文件读取行程（全部导入或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="120"/>
        <source>Other ways to start</source>
        <translation>其他开始方式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="152"/>
        <source>Separator</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="160"/>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
</context>
<context>
    <name>WhoPicker</name>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="69"/>
        <source>Whose</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="70"/>
        <source>Kind of selection</source>
        <translation>选择范围</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/outputs_panels.py" line="73"/>
        <source>Person, site or group</source>
        <translation>人员、地点或小组</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="34"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="35"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="36"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="37"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="38"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="39"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="40"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="43"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="44"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="45"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="46"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="47"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="48"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="49"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="50"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="51"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="52"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="53"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="54"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="68"/>
        <source>{weekday} {day} {month}</source>
        <translation>{month}{day}日 {weekday}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="79"/>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="82"/>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="94"/>
        <source>{start}–{end} on {day}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="97"/>
        <source>{first_day} {start} – {last_day} {end}</source>
        <translation>{first_day} {start} – {last_day} {end}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="107"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="109"/>
        <source>{names} and {last}</source>
        <translation>{names}和{last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/wording.py" line="113"/>
        <source>{names} and %n other(s)</source>
        <translation>
            <numerusform>{names}及其他%n人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="122"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours}小时{minutes:02d}分</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="125"/>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="54"/>
        <source>Tour workspace</source>
        <extracomment>The views in navigation order (also their Ctrl+1..5 order). The name of the view now shown.</extracomment>
        <translation>行程工作区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="84"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="98"/>
        <source>Workspace pages</source>
        <translation>工作区页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="100"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="101"/>
        <location filename="../../tourplanner/qt/views/workspace.py" line="305"/>
        <source>Sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="102"/>
        <source>Participants</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="103"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="104"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="105"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="106"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="107"/>
        <source>Seating</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="305"/>
        <source>Items</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="305"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tourplanner/qt/app.py" line="95"/>
        <source>Tourplanner cannot start.</source>
        <extracomment>The environment variable naming the database (services.database.ENV_VAR; repeated so start-up need not import SQLAlchemy before the first paint). Exit status when the app cannot start (bad database URL, unreachable server, ...).</extracomment>
        <translation>Tourplanner 无法启动。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/app.py" line="226"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="23"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="24"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="25"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="26"/>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="28"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="30"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="31"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="32"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="33"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="34"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="36"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="37"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="38"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="39"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="40"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="41"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="42"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="43"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="44"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/argparse_words.py" line="45"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/gift_dialog.py" line="28"/>
        <source>A currency is needed with a value</source>
        <translation>填写价值时须同时填写币种</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="68"/>
        <source>&amp;Busy times…</source>
        <translation>忙碌时间(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/records.py" line="70"/>
        <source>Outside commitments items must avoid; saved on their own, at once</source>
        <translation>日程须避开的外部安排；单独保存，立即生效</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="30"/>
        <source>Copy day</source>
        <translation>复制日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="31"/>
        <source>Copy every item of %1 to:</source>
        <translation>将 %1 的全部日程复制到：</translation>
    </message>
</context>
</TS>
