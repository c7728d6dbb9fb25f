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
        <location filename="../../tourplanner/qt/actions.py" line="57"/>
        <source>&amp;New tour…</source>
        <extracomment>The workspace&apos;s views, in the order of View ▸ (Ctrl+1 …) and of the navigation.</extracomment>
        <translation>新建行程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="57"/>
        <source>Create an empty tour</source>
        <translation>创建空白行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="61"/>
        <source>&amp;Open tour file…</source>
        <translation>打开行程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="64"/>
        <source>Read a tour from a .tour.json file and open it</source>
        <translation>从 .tour.json 文件读取行程并打开</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="68"/>
        <source>&amp;Export tour file…</source>
        <translation>导出行程文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="71"/>
        <source>Save the open tour as a .tour.json file</source>
        <translation>将当前行程保存为 .tour.json 文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="75"/>
        <source>Open the sa&amp;mple tour</source>
        <translation>打开示例行程(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="78"/>
        <source>Add the 2021 Chongqing media tour to this database and show it</source>
        <translation>将 2021 年重庆媒体行程添加到此数据库并显示</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="82"/>
        <source>&amp;Close tour</source>
        <translation>关闭行程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="85"/>
        <source>Back to the list of tours</source>
        <translation>返回行程列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="90"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="93"/>
        <source>Read the data from the database again</source>
        <translation>重新从数据库读取数据</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="99"/>
        <source>Import &amp;people…</source>
        <translation>导入人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="102"/>
        <source>Add or update participants from an Excel or CSV list</source>
        <translation>从 Excel 或 CSV 名单添加或更新人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="106"/>
        <source>Import si&amp;tes…</source>
        <translation>导入地点(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="109"/>
        <source>Add or update sites from an Excel or CSV list</source>
        <translation>从 Excel 或 CSV 列表添加或更新地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="113"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="116"/>
        <source>Every participant, as a list the import reads back</source>
        <translation>全部人员名单，可再次导入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="120"/>
        <source>&amp;Sites…</source>
        <translation>地点(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="123"/>
        <source>Every site, as a list the import reads back</source>
        <translation>全部地点列表，可再次导入</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="127"/>
        <source>&amp;Visitor list for a site…</source>
        <translation>某一地点的来访人员名单(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="130"/>
        <source>Who comes to one site, and when: for its security desk</source>
        <translation>到访某一地点的人员及时间：供安保登记使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="134"/>
        <source>Vehicle &amp;manifests…</source>
        <translation>车辆乘员名单(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="137"/>
        <source>Seat by seat, transfer by transfer: for drivers and the transfer desk</source>
        <translation>逐车次、逐座位列出：供司机和交通组使用</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="141"/>
        <source>&amp;Rooming list…</source>
        <translation>住宿分房表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="144"/>
        <source>Guests, check-in and check-out per hotel</source>
        <translation>各酒店的住客及入住、退房日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="148"/>
        <source>&amp;Dietary summary…</source>
        <translation>餐饮需求汇总(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="151"/>
        <source>Covers and dietary or accessibility needs per meal</source>
        <translation>每餐用餐人数及饮食和无障碍需求</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="163"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="166"/>
        <source>Database, geocoding, travel, outputs and language</source>
        <translation>数据库、地理编码、交通、输出和语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="175"/>
        <source>Close Tourplanner</source>
        <translation>关闭 Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="181"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="184"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="192"/>
        <source>New &amp;item…</source>
        <translation>新建日程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="195"/>
        <source>Schedule a visit, meeting, meal or transfer</source>
        <translation>安排参观、会见、用餐或交通</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="198"/>
        <source>New si&amp;te…</source>
        <translation>新建地点(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="198"/>
        <source>Add a place</source>
        <translation>添加地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="202"/>
        <source>New &amp;participant…</source>
        <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="205"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="208"/>
        <source>New &amp;group…</source>
        <translation>新建小组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="208"/>
        <source>Add a group</source>
        <translation>添加小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="212"/>
        <source>&amp;Edit selected…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="215"/>
        <source>Change the selected record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="219"/>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="222"/>
        <source>Delete the selected records</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="228"/>
        <source>Duplicate selected ite&amp;ms</source>
        <translation>复制所选日程(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="231"/>
        <source>Copy the selected items at the same times (one undoable step)</source>
        <translation>在相同时间复制所选日程（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="235"/>
        <source>&amp;Copy a day to…</source>
        <translation>将某天复制到(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="238"/>
        <source>Copy every item of the selected day to another day</source>
        <translation>将所选日期的全部日程复制到另一天</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="242"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="245"/>
        <source>Search this view</source>
        <translation>在此视图中搜索</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="251"/>
        <source>&amp;Programme</source>
        <translation>日程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="252"/>
        <source>&amp;Sites</source>
        <translation>地点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="253"/>
        <source>P&amp;articipants</source>
        <translation>人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="254"/>
        <source>Pro&amp;blems</source>
        <translation>问题(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="255"/>
        <source>&amp;Outputs</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="256"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="257"/>
        <source>&amp;Gifts</source>
        <translation>礼品(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="258"/>
        <source>S&amp;eating</source>
        <translation>座次(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="268"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="271"/>
        <source>Show more detail on the timeline</source>
        <translation>在时间线上显示更多细节</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="276"/>
        <source>Zoom o&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="279"/>
        <source>Show more of the day on the timeline</source>
        <translation>在时间线上显示更长时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="282"/>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="285"/>
        <source>Si&amp;de panel</source>
        <translation>侧栏(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="288"/>
        <source>Show or hide the day and item details beside the timeline</source>
        <translation>在时间轴旁显示或隐藏当天与日程详情</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="296"/>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="299"/>
        <source>The tour&apos;s names, dates, time zone, organiser and road-time settings</source>
        <translation>行程的名称、日期、时区、组织者及道路时间设置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="303"/>
        <source>&amp;Vehicles…</source>
        <translation>车辆(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="306"/>
        <source>The tour&apos;s coaches, vans and cars, their seats and drivers</source>
        <translation>行程的大客车、面包车和轿车，及其座位和司机</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="310"/>
        <source>&amp;Optimise day…</source>
        <translation>优化当天路线(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="313"/>
        <source>Propose the order of the selected day&apos;s visits with the least travel</source>
        <translation>为所选日期的参观建议交通时间最短的顺序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="317"/>
        <source>Find &amp;coordinates…</source>
        <translation>查找坐标(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="320"/>
        <source>Look up the sites&apos; coordinates from their addresses</source>
        <translation>根据地址查找各地点的坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="324"/>
        <source>On the &amp;day…</source>
        <translation>当日信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="327"/>
        <source>The 24-hour line, the people on duty and notes for each day</source>
        <translation>24 小时热线、值班人员和每日备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="331"/>
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="334"/>
        <source>Stop the job shown in the status bar</source>
        <translation>停止状态栏中显示的任务</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="338"/>
        <source>&amp;About Tourplanner</source>
        <translation>关于 Tourplanner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/actions.py" line="340"/>
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
        <location filename="../../tourplanner/core/seating.py" line="470"/>
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
        <location filename="../../tourplanner/core/seating.py" line="426"/>
        <source>&apos;{title}&apos; at {when}</source>
        <translation>“{title}”（{when}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="436"/>
        <source>{item}: {names} has (have) no seat at the tables</source>
        <translation>
            <numerusform>{item}：{names}在餐桌上没有座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="449"/>
        <source>{item}: {names} is (are) seated at a table but not attending</source>
        <translation>
            <numerusform>{item}：{names}已安排桌位但不出席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="464"/>
        <source>{item}: table {table} seats %n person(s) but has {seats}</source>
        <translation>
            <numerusform>{item}：{table}号桌安排了%n人，但只有{seats}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="488"/>
        <source>{item}: {guest} sits nearer the principals than {other}, who ranks higher</source>
        <translation>{item}：{guest}比礼宾次序更高的{other}坐得离主宾更近</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="501"/>
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
        <location filename="../../tourplanner/cli/__init__.py" line="149"/>
        <source>Loaded the sample tour {slug}.</source>
        <translation>已载入示例行程 {slug}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="153"/>
        <source>The sample tour {slug} is already loaded (use --reset for a fresh copy).</source>
        <translation>示例行程 {slug} 已载入（使用 --reset 可重新载入）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="175"/>
        <source>No tours yet. Try: tourplanner sample</source>
        <translation>还没有行程。可尝试：tourplanner sample</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="177"/>
        <source>SLUG</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="177"/>
        <source>DATES</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="177"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="200"/>
        <source>{problem}; use --replace to overwrite it</source>
        <translation>{problem}；使用 --replace 可覆盖</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="203"/>
        <source>Replaced tour {slug}: {counts}.</source>
        <translation>已替换行程 {slug}：{counts}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="205"/>
        <source>Imported tour {slug}: {counts}.</source>
        <translation>已导入行程 {slug}：{counts}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="207"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="209"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 个地点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="210"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 名人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="211"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="212"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项日程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="213"/>
        <source>%n busy block(s)</source>
        <translation>
            <numerusform>%n 个忙碌时段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="225"/>
        <source>Database {url} is up to date ({revision}).</source>
        <translation>数据库 {url} 已是最新（{revision}）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="231"/>
        <source>Migrated {url} from {old} to {new}.</source>
        <translation>已将 {url} 从 {old} 迁移到 {new}。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="232"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="236"/>
        <source>Backup of the old file: {path}</source>
        <translation>旧文件的备份：{path}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="263"/>
        <location filename="../../tourplanner/cli/__init__.py" line="279"/>
        <source>tourplanner: error: {message}</source>
        <translation>tourplanner：错误：{message}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/cli/__init__.py" line="273"/>
        <source>tourplanner: interrupted</source>
        <translation>tourplanner：已中断</translation>
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
        <location filename="../../tourplanner/qt/editor.py" line="120"/>
        <source>%1 changed this (%2) while you were editing it.</source>
        <extracomment>The dialog opened last (tests fill it in and press OK). The busy-times dialog opened last (over a person&apos;s or a site&apos;s dialog). The vehicles-and-seats dialog opened last (over an item dialog). Tour ▸ Vehicles and the vehicle form opened last from it. What that dialog edits (history kind, id), to tell it of others&apos; changes. Asks before a delete with consequences; tests replace it.</extracomment>
        <translation>在您编辑期间，%1修改了此内容（%2）。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="121"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="293"/>
        <location filename="../../tourplanner/qt/editor.py" line="596"/>
        <source>Add site %1</source>
        <translation>添加地点 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="304"/>
        <source>Edit site %1</source>
        <translation>编辑地点 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="325"/>
        <source>Move site %1 on the map</source>
        <translation>在地图上移动地点 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="335"/>
        <source>%1 is used by %2 items.</source>
        <translation>%1 被 %2 个日程使用。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="337"/>
        <source>%1 is used by 1 item.</source>
        <translation>%1 被 1 个日程使用。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="341"/>
        <source>%1 sites are used by %2 items.</source>
        <translation>%1 个地点被 %2 个日程使用。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="346"/>
        <source>Deleting leaves these items without a site: %1. Undo brings everything back.</source>
        <translation>删除后以下日程将没有地点：%1。撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="348"/>
        <source>Delete sites</source>
        <translation>删除地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="278"/>
        <location filename="../../tourplanner/qt/editor.py" line="348"/>
        <location filename="../../tourplanner/qt/editor.py" line="412"/>
        <location filename="../../tourplanner/qt/editor.py" line="522"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="351"/>
        <source>%1 sites</source>
        <translation>%1 个地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="280"/>
        <location filename="../../tourplanner/qt/editor.py" line="355"/>
        <location filename="../../tourplanner/qt/editor.py" line="424"/>
        <location filename="../../tourplanner/qt/editor.py" line="530"/>
        <location filename="../../tourplanner/qt/editor.py" line="568"/>
        <location filename="../../tourplanner/qt/editor.py" line="670"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="187"/>
        <source>Edit tour properties</source>
        <translation>编辑行程属性</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="216"/>
        <source>Change busy times of %1</source>
        <translation>修改 %1 的忙碌时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="251"/>
        <source>Add vehicle %1</source>
        <translation>添加车辆 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="256"/>
        <source>Edit vehicle %1</source>
        <translation>编辑车辆 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="271"/>
        <source>%1 carries people on %2 transfers.</source>
        <translation>%1 在 %2 个交通日程中载有人员。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="276"/>
        <source>Deleting leaves those people without a vehicle. Undo brings everything back.</source>
        <translation>删除后这些人员将没有车辆。撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="278"/>
        <source>Delete vehicle</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="371"/>
        <location filename="../../tourplanner/qt/editor.py" line="644"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="383"/>
        <location filename="../../tourplanner/qt/editor.py" line="655"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="401"/>
        <location filename="../../tourplanner/qt/editor.py" line="417"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="404"/>
        <source>%1 is named in %2 items and %3 groups.</source>
        <translation>%1 出现在 %2 个日程和 %3 个小组中。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="410"/>
        <source>Deleting takes them out of those items and groups. Undo brings them back.</source>
        <translation>删除后将把他们从这些日程和小组中移除。撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="412"/>
        <source>Delete participants</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="448"/>
        <source>Change group to %1</source>
        <translation>将小组改为 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="472"/>
        <source>Add people to %1</source>
        <translation>为 %1 添加人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="489"/>
        <source>Add group %1</source>
        <translation>添加小组 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="502"/>
        <source>Edit group %1</source>
        <translation>编辑小组 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="514"/>
        <source>%1 attends %2 items.</source>
        <translation>%1 参加 %2 个日程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="519"/>
        <source>Deleting takes the group out of those items; its members stay on the tour. Undo brings it back.</source>
        <translation>删除后该小组将从这些日程中移除，成员仍保留在行程中。撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="522"/>
        <source>Delete groups</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="544"/>
        <source>Add gift %1</source>
        <translation>添加礼品 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="555"/>
        <source>Edit gift %1</source>
        <translation>编辑礼品 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="564"/>
        <source>%1 gifts</source>
        <translation>%1 件礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="581"/>
        <source>Set the gift limit</source>
        <translation>设置礼品限额</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="628"/>
        <source>Seat people on %1</source>
        <translation>为 %1 安排座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="666"/>
        <location filename="../../tourplanner/qt/editor.py" line="713"/>
        <source>%1 items</source>
        <translation>%1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="679"/>
        <source>Resize %1</source>
        <translation>调整 %1 时长</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="679"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="702"/>
        <source>Move %1 items</source>
        <translation>移动 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="715"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/editor.py" line="738"/>
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
        <location filename="../../tourplanner/store/repository.py" line="29"/>
        <source>no tour with slug {slug}</source>
        <translation>没有标识为 {slug} 的行程</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/tours.py" line="301"/>
        <source>not {action}: the tour has %n error(s); fix it (them) or give --allow-errors</source>
        <translation>
            <numerusform>未{action}：行程中有%n个错误；请先修正，或使用 --allow-errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/tours.py" line="315"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有%n项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="100"/>
        <source>no {what} with id {id}</source>
        <translation>没有编号为 {id} 的{what}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="116"/>
        <source>{what} {name}</source>
        <translation>{what} {name}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="118"/>
        <source>this {what}</source>
        <translation>此{what}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="122"/>
        <source>{what} was changed by someone else (version {theirs}, you edited version {yours}); reload to see their change</source>
        <translation>{what}已被他人修改（版本 {theirs}，您编辑的是版本 {yours}）；请重新载入查看其修改</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="130"/>
        <source>schedule item</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="131"/>
        <source>participant</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="132"/>
        <source>group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="133"/>
        <source>busy block</source>
        <translation>忙碌时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="134"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="135"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/crud.py" line="136"/>
        <source>tour</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="87"/>
        <source>unknown form of address {name!r} (known: {known})</source>
        <translation>未知的称呼形式 {name!r}（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="92"/>
        <source>{name}: expected text</source>
        <translation>{name}：应为文本</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="98"/>
        <source>{name}: longer than 200 characters</source>
        <translation>{name}：超过 200 个字符</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/address.py" line="101"/>
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
        <location filename="../../tourplanner/core/seating.py" line="85"/>
        <source>{text!r} is not tables as NxSEATS (e.g. 4x10 or 1x12long)</source>
        <translation>{text!r} 不是“桌数x座位数”格式（例如 4x10 或 1x12long）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="92"/>
        <source>{part!r}: between 1 and {tables} tables of 2 to {seats} seats</source>
        <translation>{part!r}：应为 1 到 {tables} 张桌子，每桌 2 到 {seats} 个座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="257"/>
        <source>{title!r} has no attendees to seat</source>
        <translation>{title!r} 没有需要安排座位的出席者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="262"/>
        <source>{people} attendees of {title!r} but only {seats} seats at 1 table</source>
        <translation>{title!r} 有 {people} 位出席者，但 1 张桌子只有 {seats} 个座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/seating.py" line="265"/>
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
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="479"/>
        <source>no participant with id {pid}</source>
        <translation>没有编号为 {pid} 的参与者</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="483"/>
        <source>{name} ({key}) attends no items: no briefing</source>
        <translation>{name}（{key}）没有参加任何日程：无简报</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="533"/>
        <source>no site with id {site_id}</source>
        <translation>没有编号为 {site_id} 的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/export/pdf/tour_index.py" line="537"/>
        <source>no items take place at {name} ({key})</source>
        <translation>{name}（{key}）没有任何日程</translation>
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
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="417"/>
        <source>a second seating plan for {item!r}</source>
        <translation>{item!r} 的第二个座位安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="426"/>
        <source>table {number} twice</source>
        <translation>第 {number} 桌出现了两次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="440"/>
        <source>table {table} seat {seat} is already {holder}&apos;s</source>
        <translation>第 {table} 桌第 {seat} 座已属于 {holder}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="447"/>
        <source>{person!r} already has a seat</source>
        <translation>{person!r} 已有座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="492"/>
        <source>item {item!r} is a {kind}, not a transfer</source>
        <translation>日程 {item!r} 是 {kind}，不是交通接送</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="499"/>
        <source>{person!r} drives {vehicle!r} and cannot also ride it</source>
        <translation>{person!r} 驾驶 {vehicle!r}，不能同时乘坐</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="506"/>
        <source>{person!r} already rides {riding!r} on this transfer</source>
        <translation>{person!r} 在此次接送中已乘坐 {riding!r}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="518"/>
        <source>seat {seat!r} of {vehicle!r} is already {holder}&apos;s on this transfer</source>
        <translation>此次接送中 {vehicle!r} 的座位 {seat!r} 已属于 {holder}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="543"/>
        <source>a travel override needs two different sites</source>
        <translation>指定路程时间需要两个不同的地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="548"/>
        <source>a second override for {start} -&gt; {end}</source>
        <translation>{start} -&gt; {end} 的第二个指定路程时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/imports/tourfile_reader.py" line="592"/>
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
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="52"/>
        <source>Limit: %1</source>
        <translation>限额：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/gifts_page.py" line="54"/>
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
        <location filename="../../tourplanner/qt/models/people.py" line="170"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="171"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="172"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="173"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="174"/>
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
        <location filename="../../tourplanner/services/history.py" line="115"/>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="116"/>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="117"/>
        <location filename="../../tourplanner/services/history.py" line="141"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="118"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="119"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="120"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="121"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="122"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="123"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="126"/>
        <source>tour</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="127"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="128"/>
        <source>participant</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="129"/>
        <source>group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="130"/>
        <source>item</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="131"/>
        <source>busy block</source>
        <translation>忙碌时段</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="132"/>
        <source>travel override</source>
        <translation>路程时间设定</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="133"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="134"/>
        <source>duty contact</source>
        <translation>值班联系人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="135"/>
        <source>day note</source>
        <translation>当日备注</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="136"/>
        <source>attendance</source>
        <translation>出席安排</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="137"/>
        <source>group member</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="138"/>
        <source>opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="139"/>
        <source>seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="140"/>
        <source>table</source>
        <translation>餐桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="162"/>
        <source>Added {kind} {what}</source>
        <translation>添加了{kind}“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="164"/>
        <source>Added {what}</source>
        <translation>添加了“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="168"/>
        <source>Removed {kind} {what}</source>
        <translation>删除了{kind}“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="170"/>
        <source>Removed {what}</source>
        <translation>删除了“{what}”</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="175"/>
        <source>Moved {what} {old} → {new}</source>
        <translation>将“{what}”从 {old} 移到 {new}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="179"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="180"/>
        <source>Changed {fields} of {what}</source>
        <translation>修改了“{what}”的{fields}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="181"/>
        <source>{change} by {who}, {ago}</source>
        <translation>{who} {change}，{ago}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="182"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="196"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="198"/>
        <source>{minutes} min ago</source>
        <translation>{minutes}分钟前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/services/history.py" line="200"/>
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
        <source>Visit to Lijia Smart Park</source>
        <translation>参观礼嘉智慧公园</translation>
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
        <location filename="../../tourplanner/qt/main_window.py" line="651"/>
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
        <location filename="../../tourplanner/qt/main_window.py" line="157"/>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="159"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="164"/>
        <source>Recent to&amp;urs</source>
        <translation>最近的行程(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="210"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="215"/>
        <source>&amp;Tour</source>
        <translation>行程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="229"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="232"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="234"/>
        <source>Problems panel</source>
        <translation>问题面板</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="242"/>
        <location filename="../../tourplanner/qt/main_window.py" line="244"/>
        <location filename="../../tourplanner/qt/main_window.py" line="246"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="243"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="259"/>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="124"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="119"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="263"/>
        <source>Open database</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="270"/>
        <source>Tour count</source>
        <translation>行程数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="322"/>
        <location filename="../../tourplanner/qt/main_window.py" line="366"/>
        <source>Could not read the tours</source>
        <translation>无法读取行程列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="338"/>
        <source>Load the sample tour</source>
        <translation>载入示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="343"/>
        <source>Could not open the sample tour</source>
        <translation>无法打开示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="353"/>
        <source>Added the sample tour.</source>
        <translation>已添加示例行程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="355"/>
        <source>The sample tour was already in this database.</source>
        <translation>示例行程已在此数据库中。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="389"/>
        <source>Import a tour file</source>
        <translation>导入行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="391"/>
        <source>Tour files (*.tour.json *.json);;All files (*)</source>
        <translation>行程文件 (*.tour.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="419"/>
        <source>Could not import the tour file</source>
        <translation>无法导入行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="426"/>
        <source>Imported %1: %2 sites, %3 people, %4 items.</source>
        <translation>已导入 %1：%2 个地点、%3 人、%4 个日程。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="439"/>
        <source>Replace the tour?</source>
        <translation>替换该行程？</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="441"/>
        <source>The database already has a tour &apos;%1&apos;. Replace it with the one in the file? The current one and all its changes are lost.</source>
        <translation>数据库中已有行程“%1”。要用文件中的行程替换它吗？当前行程及其所有修改都将丢失。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="477"/>
        <source>Could not open the tour</source>
        <translation>无法打开行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="550"/>
        <source>No recent tours</source>
        <translation>没有最近的行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="557"/>
        <source>Export tour file</source>
        <translation>导出行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="559"/>
        <source>Tour files (*.tour.json)</source>
        <translation>行程文件 (*.tour.json)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="576"/>
        <source>Could not export the tour file</source>
        <translation>无法导出行程文件</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="578"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="632"/>
        <source>%1 – Tourplanner</source>
        <translation>%1 – Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="733"/>
        <source>Tours: %1</source>
        <translation>行程：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/main_window.py" line="736"/>
        <source>Tours: %1 of %2 shown</source>
        <translation>行程：显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="97"/>
        <source>No better route</source>
        <extracomment>The dialogs last opened (tests reach them here).</extracomment>
        <translation>没有更好的路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="106"/>
        <source>Optimise %1</source>
        <translation>优化 %1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="139"/>
        <source>Coordinates: %1 found, %2 not found, %3 failed, %4 already known.</source>
        <translation>坐标：找到 %1 个，未找到 %2 个，失败 %3 个，已有 %4 个。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="154"/>
        <source>Could not find coordinates</source>
        <translation>无法查找坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="161"/>
        <source>Finding coordinates was cancelled.</source>
        <translation>已取消查找坐标。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="165"/>
        <source>Finding coordinates…</source>
        <translation>正在查找坐标…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="173"/>
        <source>Wait for the running job to finish.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="203"/>
        <source>Change travel settings</source>
        <translation>更改交通设置</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="206"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tour_actions.py" line="232"/>
        <source>Change who is on duty</source>
        <translation>更改值班人员</translation>
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
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="53"/>
        <source>Not restricted</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>OpeningHoursDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="71"/>
        <source>Opening hours of %1</source>
        <translation>%1 的开放时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="71"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="76"/>
        <source>Times in the site&apos;s local time, several intervals separated by commas. Leave a day empty when the site is closed; leave every day empty when the site keeps no opening hours.</source>
        <translation>按地点当地时间填写，多个时段用逗号分隔。地点不开放的日子请留空；地点不设开放时间则每天都留空。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="84"/>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="91"/>
        <source>e.g. 09:00-12:00, 14:00-17:30</source>
        <translation>例如：09:00-12:00, 14:00-17:30</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="93"/>
        <source>&amp;Copy Monday to Tuesday–Friday</source>
        <translation>将周一复制到周二至周五(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="103"/>
        <source>E&amp;xceptions:</source>
        <translation>例外日期(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/hours_dialog.py" line="108"/>
        <source>One date per line: the date (YYYY-MM-DD), then &apos;closed&apos; or the hours that day, e.g. 2027-01-07 10:00-12:00. They replace the weekly hours that day.</source>
        <translation>每行一个日期：日期（YYYY-MM-DD），然后写 closed 或当天的开放时间，例如 2027-01-07 10:00-12:00。当天以此代替每周的开放时间。</translation>
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
        <location filename="../../tourplanner/qt/models/people.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="59"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="60"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="61"/>
        <location filename="../../tourplanner/qt/models/people.py" line="148"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="62"/>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="63"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="64"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="65"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="66"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="67"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="72"/>
        <source>The person&apos;s name as it appears on badges and briefings</source>
        <translation>胸牌和简报上显示的姓名</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="73"/>
        <source>The name in Chinese characters (or their own script)</source>
        <translation>中文姓名（或其本国文字）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="74"/>
        <source>Why they are on the tour</source>
        <translation>参加行程的身份</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="75"/>
        <source>Very important person: precedence at ceremonies and seating</source>
        <translation>贵宾：仪式和座次中享有优先</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="76"/>
        <source>The groups they belong to</source>
        <translation>所属小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="77"/>
        <source>Languages they speak, most fluent first</source>
        <translation>所说语言，最流利的在前</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="78"/>
        <source>What they cannot or will not eat</source>
        <translation>不能或不愿食用的食物</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="79"/>
        <source>Whom they work for</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="80"/>
        <source>Where they come from</source>
        <translation>来自哪里</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="81"/>
        <source>The person&apos;s short name in tour files</source>
        <translation>人员在行程文件中的代码</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/models/people.py" line="147"/>
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
        <location filename="../../tourplanner/qt/timeline/editing.py" line="55"/>
        <source>D&amp;uplicate</source>
        <extracomment>Which day to copy a day to; tests replace it. The menu shown last (tests trigger its actions).</extracomment>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="127"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="131"/>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="162"/>
        <source>Copy %1 to…</source>
        <translation>将 %1 复制到…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="137"/>
        <source>Delete %1 items</source>
        <translation>删除 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="139"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="159"/>
        <source>&amp;New item here…</source>
        <translation>在此新建日程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/editing.py" line="175"/>
        <source>&amp;New item…</source>
        <translation>新建日程(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="109"/>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="112"/>
        <source>Programme</source>
        <extracomment>The person/group filter changed (person id or None, group id or None). The user asked for the history of an item (the ScheduleItem). The day of the route sketch and the optimiser changed (a date).</extracomment>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="115"/>
        <source>Show the programme of</source>
        <translation>显示此人的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="116"/>
        <source>Show one person&apos;s programme and their journeys</source>
        <translation>显示一个人的日程和行程路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="120"/>
        <source>Show the programme of group</source>
        <translation>显示此小组的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="121"/>
        <source>Show the items that bring a whole group</source>
        <translation>显示整个小组参加的日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="125"/>
        <source>Day of the route and the optimiser</source>
        <translation>路线与优化所用的日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="126"/>
        <source>The day whose route is sketched and which Optimise day works on</source>
        <translation>绘制路线草图和优化所用的日期</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="132"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="133"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="134"/>
        <source>New item…</source>
        <translation>新建日程…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="136"/>
        <source>New item</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="137"/>
        <source>Optimise day…</source>
        <translation>优化当天路线…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="139"/>
        <source>Optimise day</source>
        <translation>优化当天路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="141"/>
        <source>Propose the order of the day&apos;s visits with the least travel</source>
        <translation>为当天的参观建议交通时间最短的顺序</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="153"/>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="167"/>
        <source>Agenda</source>
        <translation>议程表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="154"/>
        <source>Search titles, sites, people</source>
        <translation>搜索标题、地点、人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="164"/>
        <source>Programme views</source>
        <translation>日程视图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="166"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="171"/>
        <source>Route of the day</source>
        <translation>当天路线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="182"/>
        <source>Route views</source>
        <translation>路线视图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="184"/>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="192"/>
        <source>Stops of the day</source>
        <translation>当天各站</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="199"/>
        <source>Selected item</source>
        <translation>所选日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="205"/>
        <source>Item &amp;history…</source>
        <translation>日程历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="207"/>
        <source>History of the selected item</source>
        <translation>所选日程的历史记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="208"/>
        <source>Who changed this item, and when</source>
        <translation>谁在何时修改了此日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="225"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="226"/>
        <source>&amp;Group:</source>
        <translation>小组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="227"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="254"/>
        <source>Drag a block to move it; drag its bottom edge to change its end.</source>
        <translation>拖动方块可移动日程；拖动下边缘可调整结束时间。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="257"/>
        <source>Ctrl- or Shift-click, or drag over empty space, to select several blocks. Tab and the arrows pick a block; Alt+arrows move it (5 minutes, or a day), Alt+Shift+Up/Down change its end; Enter opens it, Delete deletes it; right-click for more.</source>
        <translation>按住 Ctrl 或 Shift 单击，或在空白处拖动，可选择多个日程块。用 Tab 键和方向键选择日程块；Alt+方向键移动（5 分钟或一天），Alt+Shift+上/下调整结束时间；Enter 打开，Delete 删除；右键单击可进行更多操作。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="272"/>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="290"/>
        <source>Day and item details</source>
        <translation>当天与日程详情</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="281"/>
        <source>Separator</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="300"/>
        <source>Programme and side panel</source>
        <translation>日程与侧栏</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="325"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="328"/>
        <source>All groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="400"/>
        <source>Map of the day&apos;s route</source>
        <translation>当天路线地图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="401"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="442"/>
        <source>the delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="446"/>
        <source>Route of %1 on %2</source>
        <translation>%1的路线（%2）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="448"/>
        <source>No visits at a site on this day.</source>
        <translation>当天没有地点参观。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="465"/>
        <source>↓ travel time unknown (no coordinates)</source>
        <translation>↓ 交通时间未知（缺少坐标）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="469"/>
        <source>↓ %1 min by road, ×%2 at %3</source>
        <translation>↓ 道路时间 %1 分钟，%3 ×%2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="474"/>
        <source>↓ %1 min by road</source>
        <translation>↓ 道路时间 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="476"/>
        <source>↓ %1 min (your figure)</source>
        <translation>↓ %1 分钟（您填写的时间）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="478"/>
        <source>↓ ≈ %1 min, no road time yet</source>
        <translation>↓ ≈ %1 分钟，尚无道路时间</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="531"/>
        <source>Click a block to see its details; double-click to edit it.</source>
        <translation>单击方块查看详情；双击进行编辑。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="556"/>
        <source>Drag one to move them all; Alt+arrows move them; Delete deletes them.</source>
        <translation>拖动其中一个即可全部移动；Alt+方向键移动；Delete 删除。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/programme_page.py" line="574"/>
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
    <name>SeatingView</name>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="217"/>
        <source>Seating</source>
        <extracomment>(table, seat index) of the source, then of the target.</extracomment>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="221"/>
        <source>Seated item</source>
        <translation>排座日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="222"/>
        <source>Propose</source>
        <translation>建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="224"/>
        <source>Propose seating</source>
        <translation>建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="226"/>
        <source>Fill the plan by precedence: principal host and guest at table 1</source>
        <translation>按礼宾次序排座：主宾与主人同坐 1 号桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="231"/>
        <source>Seating problems</source>
        <translation>座次问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="237"/>
        <source>Item:</source>
        <translation>日程：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="243"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="309"/>
        <source>Cannot propose a seating plan</source>
        <translation>无法建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="311"/>
        <source>Propose seating for %1</source>
        <translation>为 %1 建议座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="326"/>
        <source>Seat %1 at table %2, seat %3</source>
        <translation>将 %1 安排在 %2 号桌 %3 号座</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="342"/>
        <source>No meal, ceremony or meeting to seat.</source>
        <translation>没有需要排座的宴请、仪式或会见。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="344"/>
        <source>No seating plan yet: press Propose.</source>
        <translation>尚无座次：请点击“建议座次”。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="348"/>
        <source>%1 people at %2 tables</source>
        <translation>%2 桌共 %1 人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="386"/>
        <source>Table %1</source>
        <translation>%1 号桌</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/seating_view.py" line="442"/>
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
        <location filename="../../tourplanner/qt/dialogs/settings_dialog.py" line="132"/>
        <source>A new language applies when Tourplanner next starts.</source>
        <translation>新语言将在下次启动 Tourplanner 时生效。</translation>
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
        <location filename="../../tourplanner/qt/views/sites_page.py" line="79"/>
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
        <location filename="../../tourplanner/qt/views/table_page.py" line="101"/>
        <source>How many are shown</source>
        <extracomment>A row was double-clicked or chosen with Enter (the record). The selection changed.</extracomment>
        <translation>显示数量</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/table_page.py" line="106"/>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/table_page.py" line="249"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
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
        <location filename="../../tourplanner/qt/timeline/view.py" line="99"/>
        <source>Programme timeline</source>
        <extracomment>item id, new start, new end (aware datetimes): one finished drag item id: a block was double-clicked (or Enter pressed on it) item id or -1: the selected block changed aware datetime: a double click on an empty slot the day (date) the user last clicked in pixels per minute {item id: (new start, new end)}: several blocks moved together (one undo step) item ids (a list): Delete pressed on the selected blocks global point, selected item ids (a list), the day (a date) under the point item ids (a list): the set of selected blocks changed</extracomment>
        <translation>日程时间线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="101"/>
        <source>Days side by side, time running down; drag a block to move it</source>
        <translation>各天并排，时间自上而下；拖动方块可移动日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="117"/>
        <source>Time zone of the times shown</source>
        <translation>所示时间的时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="179"/>
        <source>Times in %1</source>
        <extracomment>The current block&apos;s item (the keyboard&apos;s and the side panel&apos;s), or -1. Every selected item (Ctrl/Shift-click, rubber band); holds selected_id. A plain click on a block of a multi-selection: it alone stays selected unless the press turns into a drag of them all. A keyboard move was asked for: scroll to the moved block once it arrives.</extracomment>
        <translation>时间为 %1 时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="524"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="526"/>
        <source>Travel time unknown: a site has no coordinates</source>
        <translation>交通时间未知：有地点缺少坐标</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/timeline/view.py" line="529"/>
        <source>Travel %1 min + buffer; %2 min available</source>
        <translation>交通 %1 分钟 + 缓冲；可用 %2 分钟</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="61"/>
        <source>New tour</source>
        <extracomment>The tour fields Tour ▸ Properties edits (``update_tour`` arguments).</extracomment>
        <translation>新建行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="64"/>
        <source>Berlin study visit 2026</source>
        <translation>2026 柏林考察</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="81"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="84"/>
        <source>A name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="86"/>
        <source>&amp;Local name:</source>
        <translation>本地名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="88"/>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="92"/>
        <source>Used in file names and on the command line</source>
        <translation>用于文件名和命令行</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="94"/>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="95"/>
        <source>L&amp;ast day:</source>
        <translation>最后一天(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="97"/>
        <source>&amp;Timezone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="101"/>
        <source>Where the tour takes place; all times are shown in it</source>
        <translation>行程所在地；所有时间均按此时区显示</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="103"/>
        <source>&amp;Organiser:</source>
        <translation>组织者(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="105"/>
        <source>Organiser &amp;email:</source>
        <translation>组织者邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="113"/>
        <source>The last day must not be before the first</source>
        <translation>最后一天不能早于第一天</translation>
    </message>
</context>
<context>
    <name>TourPropertiesDialog</name>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="141"/>
        <source>Tour properties</source>
        <translation>行程属性</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="164"/>
        <source>Organiser &amp;phone:</source>
        <translation>组织者电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="170"/>
        <source>Routin&amp;g server:</source>
        <translation>路线服务器(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="174"/>
        <source>An OSRM-compatible server for road times</source>
        <translation>用于获取道路时间的 OSRM 兼容服务器</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="177"/>
        <source>Traffi&amp;c factor:</source>
        <translation>路况系数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/dialogs/tour_dialog.py" line="181"/>
        <source>Road times from the routing server are multiplied by this (1 = free flow)</source>
        <translation>路线服务器给出的道路时间乘以此系数（1 = 道路畅通）</translation>
    </message>
</context>
<context>
    <name>TourSession</name>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="207"/>
        <source>%1: %2</source>
        <extracomment>What the user chose when an edit met someone else&apos;s change. A step of a command: ``step(force)`` calls services and says what changed. With ``force`` it expects the versions now in the database (&quot;keep mine&quot;). The whole snapshot was replaced (after a non-item edit, a reload or an undo of one). Items were added or changed (list of ScheduleItem) and/or removed (list of ids). The list of problems may differ. A message for the status bar. Changes committed elsewhere (a list of HistoryEntry), from the follower thread. Someone else&apos;s changes, once applied (a list of HistoryEntry). Build the checker after the views have been painted (True) or at once. Asked when an edit meets someone else&apos;s change; returns RELOAD or KEEP_MINE. Shows an error the user can act on (title, one line).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="208"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="217"/>
        <source>Could not read the tour</source>
        <translation>无法读取行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="315"/>
        <source>Reloaded: the tour was changed elsewhere.</source>
        <translation>已重新载入：行程在别处被修改。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="336"/>
        <location filename="../../tourplanner/qt/session.py" line="338"/>
        <source>The change was not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="363"/>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/session.py" line="370"/>
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
        <location filename="../../tourplanner/qt/tours_page.py" line="88"/>
        <source>Tour list</source>
        <translation>行程列表</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="104"/>
        <source>Tour list columns</source>
        <translation>行程列表列</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="127"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="242"/>
        <source>&amp;Open</source>
        <extracomment>The right-click menu shown last (tests trigger its entries).</extracomment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="129"/>
        <source>Open the selected tour</source>
        <translation>打开所选行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="130"/>
        <source>Open the selected tour (or double-click it)</source>
        <translation>打开所选行程（或双击）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="133"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="244"/>
        <source>&amp;New tour…</source>
        <translation>新建行程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="135"/>
        <source>New tour</source>
        <translation>新建行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="137"/>
        <location filename="../../tourplanner/qt/tours_page.py" line="247"/>
        <source>&amp;Import a tour file…</source>
        <translation>导入行程文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/tours_page.py" line="139"/>
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
    <name>WelcomePage</name>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="51"/>
        <source>Welcome</source>
        <extracomment>The user asked for the sample tour. The user wants to create a tour. The user wants to import a tour file.</extracomment>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="53"/>
        <source>Welcome to Tourplanner</source>
        <translation>欢迎使用 Tourplanner</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="55"/>
        <source>Welcome heading</source>
        <translation>欢迎标题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="64"/>
        <source>Tourplanner helps you organise delegation tours. Build a programme of site visits, meetings, meals and transfers day by day, see clashes and impossible journeys before they happen, then send every delegate a personal briefing and calendar and keep each host&apos;s calendar in step with the visits to their site.</source>
        <translation>Tourplanner 帮助您组织代表团行程。逐日安排参观、会见、用餐和交通，提前发现时间冲突和来不及的行程，然后向每位代表发送个人简报和日历，并使各接待方的日历与到访安排保持同步。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="72"/>
        <source>What Tourplanner does</source>
        <translation>Tourplanner 的用途</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="78"/>
        <source>Your database has no tours yet. To look around first, open the sample: the 2021 Overseas Chinese media tour of Liangjiang New Area (两江新区), Chongqing.</source>
        <translation>您的数据库中还没有行程。可先打开示例行程了解功能：2021 年海外华文媒体重庆两江新区行。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="84"/>
        <source>About the sample tour</source>
        <translation>关于示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="88"/>
        <location filename="../../tourplanner/qt/welcome_page.py" line="90"/>
        <source>Open the sample tour</source>
        <translation>打开示例行程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="92"/>
        <source>Add the 2021 Chongqing media tour to your database and show it</source>
        <translation>将 2021 年重庆媒体行程添加到数据库并显示</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="101"/>
        <source>New tour…</source>
        <translation>新建行程…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="103"/>
        <source>Start an empty tour: name, dates and time zone</source>
        <translation>新建空白行程：名称、日期和时区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="107"/>
        <source>Import a tour file…</source>
        <translation>导入行程文件…</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="109"/>
        <source>Read a tour from a .tour.json file, all or nothing</source>
        <translation>从 .tour.json 文件读取行程（全部导入或全部不导入）</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="114"/>
        <source>Or start your own: create an empty tour, or import a tour file (.tour.json), for example one a colleague saved with “tourplanner export tour”.</source>
        <translation>或者自己开始：新建空白行程，或导入行程文件（.tour.json），例如同事用“tourplanner export tour”保存的文件。</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="119"/>
        <source>Other ways to start</source>
        <translation>其他开始方式</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="151"/>
        <source>Separator</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/welcome_page.py" line="159"/>
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
        <location filename="../../tourplanner/core/wording.py" line="67"/>
        <source>{weekday} {day} {month}</source>
        <translation>{month}{day}日 {weekday}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="78"/>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="81"/>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="93"/>
        <source>{start}–{end} on {day}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="96"/>
        <source>{first_day} {start} – {last_day} {end}</source>
        <translation>{first_day} {start} – {last_day} {end}</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="106"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="108"/>
        <source>{names} and {last}</source>
        <translation>{names}和{last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/wording.py" line="112"/>
        <source>{names} and %n other(s)</source>
        <translation>
            <numerusform>{names}及其他%n人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="121"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours}小时{minutes:02d}分</translation>
    </message>
    <message>
        <location filename="../../tourplanner/core/wording.py" line="124"/>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="53"/>
        <source>Tour workspace</source>
        <extracomment>The views in navigation order (also their Ctrl+1..5 order). The name of the view now shown.</extracomment>
        <translation>行程工作区</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="80"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="94"/>
        <source>Workspace pages</source>
        <translation>工作区页面</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="96"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="97"/>
        <location filename="../../tourplanner/qt/views/workspace.py" line="301"/>
        <source>Sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="98"/>
        <source>Participants</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="99"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="100"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="101"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="102"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="103"/>
        <source>Seating</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="301"/>
        <source>Items</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../tourplanner/qt/views/workspace.py" line="301"/>
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
