<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementReport</name>
    <message>
        <source>Overlap needed (share of the longer span)</source>
        <translation>所需重叠（占较长片段的比例）</translation>
    </message>
    <message>
        <source>Segment F1 by overlap threshold</source>
        <translation>不同重叠阈值下的片段 F1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>一致百分比</translation>
    </message>
    <message>
        <source>Landis &amp; Koch</source>
        <translation>Landis &amp; Koch</translation>
    </message>
    <message>
        <source>AC1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <source>Characters both / A / B</source>
        <translation>字符：双方 / A / B</translation>
    </message>
    <message>
        <source>Character κ</source>
        <translation>字符 κ</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>Segments matched / A / B</source>
        <translation>片段：匹配 / A / B</translation>
    </message>
    <message>
        <source>Segment F1</source>
        <translation>片段 F1</translation>
    </message>
    <message>
        <source>Inter-rater agreement</source>
        <translation>评审员间一致性</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reviewers compared</source>
        <translation>比较的评审员</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>all codings</source>
        <translation>全部编码标注</translation>
    </message>
    <message>
        <source>Records compared</source>
        <translation>比较的记录数</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source> by </source>
        <translation> · 生成工具：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Records compared: %1.</source>
        <translation>比较的记录数：%1。</translation>
    </message>
    <message>
        <source>Record unit: whether each reviewer applied the code (or, for a theme, any code below it) anywhere in the record; a = both, b = first reviewer only, c = second only, d = neither.</source>
        <translation>记录单位：各评审员是否在记录中的任意位置应用了该编码（若为主题，则为其下的任一编码）；a = 双方均应用，b = 仅第一位评审员应用，c = 仅第二位评审员应用，d = 双方均未应用。</translation>
    </message>
    <message>
        <source>Character unit: each character (Unicode code point) of the compared texts, coded or not; figures “coded text only” leave out text nobody coded with any code.</source>
        <translation>字符单位：所比较文本中的每个字符（Unicode 码位），无论是否已编码；标为“仅已编码文本”的数值不包括任何人都未用任何编码标注的文本。</translation>
    </message>
    <message>
        <source>Word-token unit: ICU word segmentation (Chinese split into dictionary words); a token is coded when at least half of it is covered.</source>
        <translation>词元单位：采用 ICU 分词（中文按词典切分为词语）；一个词元至少有一半被覆盖时，视为已编码。</translation>
    </message>
    <message>
        <source>Segment unit: codings matched one to one when they overlap by at least %1 % of the longer span; F1 = 2·matched / (2·matched + unmatched).</source>
        <translation>片段单位：两个编码标注的重叠至少达到较长片段的 %1 % 时，按一对一进行匹配；F1 = 2·匹配数 / (2·匹配数 + 未匹配数)。</translation>
    </message>
    <message>
        <source>Themes pool every code below them: their spans are the union of their codes&apos; spans.</source>
        <translation>主题合并其下的所有编码：主题的片段是其各编码片段的并集。</translation>
    </message>
    <message>
        <source>There is nothing to compare.</source>
        <translation>没有可比较的内容。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>All codes pooled</source>
        <translation>全部编码合并</translation>
    </message>
    <message>
        <source>%1 × %2, all codes, %3: %4</source>
        <translation>%1 × %2，全部编码，%3：%4</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Records (coded records only)</source>
        <translation>记录（仅已编码的记录）</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Characters (coded text only)</source>
        <translation>字符（仅已编码文本）</translation>
    </message>
    <message>
        <source>Word tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Word tokens (coded text only)</source>
        <translation>词元（仅已编码文本）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (95 % CI)</source>
        <translation>Cohen&apos;s κ（95 % CI）</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwet&apos;s AC1</translation>
    </message>
    <message>
        <source>PABAK</source>
        <translation>PABAK</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff&apos;s α</translation>
    </message>
    <message>
        <source>Segments: %1 matched, %2 of %3&apos;s and %4 of %5&apos;s unmatched; F1 = %6. Krippendorff&apos;s α_U (unitizing) = %7.</source>
        <translation>片段：%1 个匹配，%3 的 %2 个和 %5 的 %4 个未匹配；F1 = %6。Krippendorff&apos;s α_U（单元化）= %7。</translation>
    </message>
    <message>
        <source>Pooled over codes, %1 and %2 agreed on %3 of the characters (κ = %4) and on the presence of a code in %5 of record × code decisions (κ = %6).</source>
        <translation>全部编码合并计算时，%1 与 %2 在 %3 的字符上一致（κ = %4），并在 %5 的“记录 × 编码”判断中对编码是否出现意见一致（κ = %6）。</translation>
    </message>
    <message>
        <source> By the labels of Landis and Koch (1977) — a convention for describing κ, not a statistical test — character agreement is “%1”.</source>
        <translation>按照 Landis 和 Koch（1977）的等级划分（这是描述 κ 的一种惯例，并非统计检验），字符一致性为“%1”。</translation>
    </message>
    <message>
        <source>None in the codebook.</source>
        <translation>编码本中没有此类项目。</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>%1 applied only by another reviewer, not by %2 or %3: not listed here, counted as “neither” in this pair&apos;s pooled tables.</source>
        <translation>%1仅由其他评审员应用，%2 和 %3 均未应用：此处未列出，在这对评审员的合并表中计为“双方均未应用”。</translation>
    </message>
    <message>
        <source>One code was</source>
        <translation>有 1 个编码</translation>
    </message>
    <message>
        <source>%1 codes were</source>
        <translation>有 %1 个编码</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>a, b, c, d: records where both, only %1, only %2, neither applied the code. Characters: coded by both / only %1 / only %2. Jaccard: characters both coded ÷ characters either coded. † marks a kappa paradox (see below).</source>
        <translation>a、b、c、d：双方均应用、仅 %1 应用、仅 %2 应用、双方均未应用该编码的记录数。字符：双方均编码 / 仅 %1 编码 / 仅 %2 编码的字符数。Jaccard：双方均编码的字符数 ÷ 任一方编码的字符数。† 表示出现 kappa 悖论（见下文）。</translation>
    </message>
    <message>
        <source>Segment agreement by overlap threshold</source>
        <translation>不同重叠阈值下的片段一致性</translation>
    </message>
    <message>
        <source>F1 of the segment matching when two codings must overlap by at least the given share of the longer span (this report uses %1). Blue: all codes pooled; grey: each code.</source>
        <translation>要求两个编码标注的重叠至少达到较长片段的给定比例时，片段匹配的 F1（本报告采用 %1）。蓝色：全部编码合并；灰色：各个编码。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>All reviewers together</source>
        <translation>全体评审员</translation>
    </message>
    <message>
        <source>%1 (SE %2)</source>
        <translation>%1（SE %2）</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (records)</source>
        <translation>Krippendorff&apos;s α（记录）</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (records)</source>
        <translation>Fleiss&apos; κ（记录）</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1 (records)</source>
        <translation>Gwet&apos;s AC1（记录）</translation>
    </message>
    <message>
        <source>α_U (unitizing)</source>
        <translation>α_U（单元化）</translation>
    </message>
    <message>
        <source>Kappa paradox</source>
        <translation>Kappa 悖论</translation>
    </message>
    <message>
        <source>No table shows the kappa paradox (observed agreement ≥ 85 % with κ below 0.60 or more than 0.30 below it; Feinstein &amp; Cicchetti 1990).</source>
        <translation>没有任何表格出现 kappa 悖论（观察一致性 ≥ 85 %，而 κ 低于 0.60 或比观察一致性低 0.30 以上；Feinstein &amp; Cicchetti 1990）。</translation>
    </message>
    <message>
        <source>When a code is rare (or nearly universal), κ can be low although the reviewers almost always agree (Feinstein &amp; Cicchetti 1990). These tables are flagged:</source>
        <translation>当某个编码很少出现（或几乎处处出现）时，即使评审员几乎总是意见一致，κ 也可能很低（Feinstein &amp; Cicchetti 1990）。以下表格被标记：</translation>
    </message>
    <message>
        <source>Agreement across rounds</source>
        <translation>跨轮次一致性</translation>
    </message>
    <message>
        <source>The project has fewer than two rounds with codings by these reviewers, so there is no trend to show.</source>
        <translation>该项目中含这些评审员编码标注的轮次少于两个，因此没有可显示的趋势。</translation>
    </message>
    <message>
        <source>This report covers one round; run it without a round for the trend.</source>
        <translation>本报告只涵盖一个轮次；如需查看趋势，请在不指定轮次的情况下生成报告。</translation>
    </message>
    <message>
        <source>Record κ</source>
        <translation>记录 κ</translation>
    </message>
    <message>
        <source>Character AC1</source>
        <translation>字符 AC1</translation>
    </message>
    <message>
        <source>Computed now from each round&apos;s codings, first pair of reviewers, all codes pooled.</source>
        <translation>根据各轮次的编码标注即时计算，取第一对评审员，全部编码合并。</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>No decision log is available for this project: disagreements have not been reconciled in Dyad yet.</source>
        <translation>此项目没有决定日志：尚未在 Dyad 中协调分歧。</translation>
    </message>
    <message>
        <source>Decisions standing</source>
        <translation>有效的决定</translation>
    </message>
    <message>
        <source>Decisions undone</source>
        <translation>已撤销的决定</translation>
    </message>
    <message>
        <source>Open escalations</source>
        <translation>待处理的仲裁</translation>
    </message>
    <message>
        <source>Disagreements still open</source>
        <translation>仍待处理的分歧</translation>
    </message>
    <message>
        <source>Kind of difference</source>
        <translation>差异类型</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
</context>
<context>
    <name>DecideGroup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Accept all exact agreements</source>
        <translation>接受所有完全一致项</translation>
    </message>
</context>
<context>
    <name>ImportCodebook</name>
    <message>
        <source>%1: %2 code(s) created, %3 updated, %4 unchanged.</source>
        <translation>%1：新建 %2 个编码，更新 %3 个，%4 个未变。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>%1: %2 code(s) created, %3 updated.</source>
        <translation>%1：新建 %2 个编码，更新 %3 个。</translation>
    </message>
    <message>
        <source>Adjusted:</source>
        <translation>已调整：</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>%1 is not a codebook Dyad can read: choose a REFI-QDA codebook (.qdc) or a table (.csv, .tsv, .xlsx).</source>
        <translation>%1 不是 Dyad 可读取的编码本：请选择 REFI-QDA 编码本（.qdc）或表格（.csv、.tsv、.xlsx）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart exported from Dyad</source>
        <translation>从 Dyad 导出的图表</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1.</source>
        <translation>无法写入 SVG 文件 %1。</translation>
    </message>
    <message>
        <source>Could not write the PNG file %1.</source>
        <translation>无法写入 PNG 文件 %1。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Change Code Colour</source>
        <translation>更改编码颜色</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>Change Code Definition</source>
        <translation>更改编码定义</translation>
    </message>
    <message>
        <source>Change &quot;Use When&quot;</source>
        <translation>更改“适用情形”</translation>
    </message>
    <message>
        <source>Change &quot;Do Not Use When&quot;</source>
        <translation>更改“不适用情形”</translation>
    </message>
    <message>
        <source>Change Code Example</source>
        <translation>更改编码示例</translation>
    </message>
    <message>
        <source>Change Code Memo</source>
        <translation>更改编码备忘</translation>
    </message>
    <message>
        <source>Change Coding Memo</source>
        <translation>更改编码标注备忘</translation>
    </message>
    <message>
        <source>Adjust Coding Boundaries</source>
        <translation>调整编码标注边界</translation>
    </message>
    <message>
        <source>Mark Record Done</source>
        <translation>标记记录为已完成</translation>
    </message>
    <message>
        <source>Change Record Status</source>
        <translation>更改记录状态</translation>
    </message>
    <message>
        <source>Create Code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Move Code</source>
        <translation>移动编码</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>重命名编码</translation>
    </message>
    <message>
        <source>Apply %1 to %2</source>
        <translation>将 %1 应用于 %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
    <message>
        <source>Adjust %1 on %2</source>
        <translation>调整 %2 中的 %1</translation>
    </message>
    <message>
        <source>Memo on %1 in %2</source>
        <translation>%2 中 %1 的备忘</translation>
    </message>
    <message>
        <source>Mark %1 Done</source>
        <translation>将 %1 标记为已完成</translation>
    </message>
    <message>
        <source>Create Code %1</source>
        <translation>新建编码 %1</translation>
    </message>
    <message>
        <source>Delete Code %1</source>
        <translation>删除编码 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Change Colour of %1</source>
        <translation>更改 %1 的颜色</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <source>a deleted code</source>
        <translation>已删除的编码</translation>
    </message>
    <message>
        <source>a removed record</source>
        <translation>已移除的记录</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Change Record Memo</source>
        <translation>更改记录备忘</translation>
    </message>
</context>
<context>
    <name>dyad::core::io::Exporter</name>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>电子表格 (*.xlsx);;CSV (*.csv);;Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Codebook (CSV, XLSX, Markdown, HTML, PDF)…</source>
        <translation>编码本（CSV、XLSX、Markdown、HTML、PDF）…</translation>
    </message>
    <message>
        <source>Theme Summary…</source>
        <translation>主题摘要…</translation>
    </message>
    <message>
        <source>Coded Segments…</source>
        <translation>已编码片段…</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA 项目（.qdpx）…</translation>
    </message>
    <message>
        <source>REFI-QDA Project for NVivo (.qdpx, UTF-16 offsets)…</source>
        <translation>适用于 NVivo 的 REFI-QDA 项目（.qdpx，UTF-16 偏移）…</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA 编码本 (*.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA Codebook (.qdc)…</source>
        <translation>REFI-QDA 编码本（.qdc）…</translation>
    </message>
    <message>
        <source>Dyad project (*.dyad)</source>
        <translation>Dyad 项目 (*.dyad)</translation>
    </message>
    <message>
        <source>Reviewer Copy for the Current Reviewer…</source>
        <translation>当前评审员的评审副本…</translation>
    </message>
</context>
<context>
    <name>dyad::ui::AgreementDashboard</name>
    <message>
        <source>Could not compute agreement: %1</source>
        <translation>无法计算一致性：%1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Assigned to both (round)</source>
        <translation>分配给双方（轮次）</translation>
    </message>
    <message>
        <source>Marked done by both (round)</source>
        <translation>双方均标记为已完成（轮次）</translation>
    </message>
    <message>
        <source>Coded by either</source>
        <translation>任一方已编码</translation>
    </message>
    <message>
        <source>Coded by both</source>
        <translation>双方均已编码</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Which records are compared. Automatic: the round&apos;s records assigned to both, or, without a round, the records either reviewer coded.</source>
        <translation>要比较哪些记录。自动：本轮中同时分配给双方的记录；若未选择轮次，则为任一评审员编码过的记录。</translation>
    </message>
    <message>
        <source>Segments match when they overlap by this share of the longer one</source>
        <translation>两个片段的重叠部分达到较长片段的此比例时，视为匹配</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>评审员：</translation>
    </message>
    <message>
        <source>Round, records:</source>
        <translation>轮次、记录：</translation>
    </message>
    <message>
        <source>Segment overlap:</source>
        <translation>片段重叠：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>筛选编码…</translation>
    </message>
    <message>
        <source>Codes and themes</source>
        <translation>编码和主题</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>a / b / c characters</source>
        <translation>a / b / c 字符数</translation>
    </message>
    <message>
        <source>Agreement across snapshots</source>
        <translation>各快照的一致性</translation>
    </message>
    <message>
        <source>Choose the reviewers and press Compute.</source>
        <translation>请选择评审员，然后按“计算”。</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>所有轮次</translation>
    </message>
    <message>
        <source>Computing every unit and coefficient…</source>
        <translation>正在计算所有单位和系数…</translation>
    </message>
    <message>
        <source>Splitting texts into words…</source>
        <translation>正在将文本切分为词语…</translation>
    </message>
    <message>
        <source>The figures are out of date: press Compute to update them.</source>
        <translation>数值已过时：请按“计算”进行更新。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) compared</source>
        <translation>
            <numerusform>比较了 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source> in round “%1”</source>
        <translation>，轮次“%1”</translation>
    </message>
    <message>
        <source>; %1 code(s) used by one reviewer only</source>
        <translation>；%1 个编码仅由一位评审员使用</translation>
    </message>
    <message>
        <source>. Some codes show the kappa paradox (high agreement, low κ): read AC1 and PABAK.</source>
        <translation>。部分编码出现 kappa 悖论（一致性高但 κ 低）：请参考 AC1 和 PABAK。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records behind this figure.</source>
        <translation>显示此数值对应的 %2 条记录中的前 %1 条。</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>尚无可导出的数值。</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>导出一致性</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>Label (e.g. “Pilot, before codebook revision”):</source>
        <translation>标签（例如“预试验，编码本修订前”）：</translation>
    </message>
    <message>
        <source>Saved snapshot “%1”.</source>
        <translation>已保存快照“%1”。</translation>
    </message>
    <message>
        <source>All codes pooled</source>
        <translation>全部编码合并</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>αU</source>
        <translation>αU</translation>
    </message>
    <message>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <source>The records behind the selected figure: the passages each reviewer coded. Double-click to compare the codings.</source>
        <translation>所选数值对应的记录：各评审员编码的段落。双击可比较编码标注。</translation>
    </message>
    <message>
        <source>Segment score (F1) by overlap threshold</source>
        <translation>不同重叠阈值下的片段得分（F1）</translation>
    </message>
    <message>
        <source>How the segment score depends on the overlap two codings need to match (share of the longer span): all codes pooled and the selected code or theme.</source>
        <translation>片段得分如何随两个编码标注匹配所需的重叠（占较长片段的比例）而变化：全部编码合并，以及所选编码或主题。</translation>
    </message>
    <message>
        <source>By overlap threshold</source>
        <translation>按重叠阈值</translation>
    </message>
    <message>
        <source>Across snapshots</source>
        <translation>跨快照</translation>
    </message>
    <message>
        <source>Code points %1</source>
        <translation>码位 %1</translation>
    </message>
    <message>
        <source>Overlap needed</source>
        <translation>所需重叠</translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) left out: still blinded for you</source>
        <translation>
            <numerusform>；已略去 %n 条记录：对你仍处于盲法状态</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dyad::ui::AgreementTableModel</name>
    <message>
        <source>a: both reviewers coded it</source>
        <translation>a：两位评审员都编码了</translation>
    </message>
    <message>
        <source>b: only reviewer A coded it</source>
        <translation>b：仅评审员 A 编码了</translation>
    </message>
    <message>
        <source>c: only reviewer B coded it</source>
        <translation>c：仅评审员 B 编码了</translation>
    </message>
    <message>
        <source>d: neither coded it</source>
        <translation>d：两位都未编码</translation>
    </message>
    <message>
        <source>Percent agreement (as a proportion)</source>
        <translation>一致百分比（以比例表示）</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen&apos;s kappa</translation>
    </message>
    <message>
        <source>95% confidence interval of kappa (Fleiss, Cohen &amp; Everitt 1969)</source>
        <translation>kappa 的 95% 置信区间（Fleiss, Cohen &amp; Everitt 1969）</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1: stable when prevalence is skewed</source>
        <translation>Gwet&apos;s AC1：在流行率偏斜时仍保持稳定</translation>
    </message>
    <message>
        <source>Prevalence- and bias-adjusted kappa</source>
        <translation>经流行率和偏倚校正的 kappa</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation>Krippendorff&apos;s alpha（名义尺度）</translation>
    </message>
    <message>
        <source>Landis &amp; Koch band of kappa (a convention, not a test)</source>
        <translation>kappa 的 Landis &amp; Koch 等级（一种惯例划分，并非检验）</translation>
    </message>
    <message>
        <source>Kappa paradox: high agreement but low kappa; read AC1 and PABAK</source>
        <translation>kappa 悖论：一致性高但 kappa 低；请参考 AC1 和 PABAK</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>A only</source>
        <translation>仅 A</translation>
    </message>
    <message>
        <source>B only</source>
        <translation>仅 B</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>αU</source>
        <translation>αU</translation>
    </message>
    <message>
        <source>Dₒ</source>
        <translation>Dₒ</translation>
    </message>
    <message>
        <source>Dₑ</source>
        <translation>Dₑ</translation>
    </message>
    <message>
        <source>pₒ</source>
        <translation>pₒ</translation>
    </message>
    <message>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>AC1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <source>PABAK</source>
        <translation>PABAK</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>paradox</source>
        <translation>悖论</translation>
    </message>
    <message>
        <source>High observed agreement (%1) with a low kappa (%2): prevalence index %3, bias index %4. AC1 %5 and PABAK %6 are less affected.</source>
        <translation>观察一致性高（%1）而 kappa 低（%2）：流行率指数 %3，偏倚指数 %4。AC1（%5）和 PABAK（%6）受影响较小。</translation>
    </message>
    <message>
        <source>(all codes pooled)</source>
        <translation>（全部编码合并）</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Only %1 applied this code: the reviewers disagree wherever it was used (not the kappa paradox).</source>
        <translation>只有 %1 应用了此编码：凡是使用之处，评审员的意见都不一致（这不是 kappa 悖论）。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::AssignRecordsDialog</name>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>仲裁员</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Assign Records to “%1”</source>
        <translation>为“%1”分配记录</translation>
    </message>
    <message>
        <source>Re&amp;viewers who code these records independently</source>
        <translation>独立编码这些记录的评审员(&amp;V)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;All records (%1)</source>
        <translation>全部记录（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>Records &amp;selected in the record list (%1)</source>
        <translation>记录列表中选中的记录（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>Records matching the record &amp;filter (%1)</source>
        <translation>符合记录筛选条件的记录（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>A random sa&amp;mple of</source>
        <translation>随机抽样(&amp;M)</translation>
    </message>
    <message>
        <source> records</source>
        <translation> 条记录</translation>
    </message>
    <message>
        <source>from all records</source>
        <translation>从全部记录中抽取</translation>
    </message>
    <message>
        <source>from the filtered records</source>
        <translation>从筛选出的记录中抽取</translation>
    </message>
    <message>
        <source>Ne&amp;w Seed</source>
        <translation>新种子(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Write the seed down: the same seed draws the same records again (also with dyad-cli rounds --assign … --sample N --seed S).</source>
        <translation>请记下种子：同一个种子会再次抽出相同的记录（dyad-cli rounds --assign … --sample N --seed S 也一样）。</translation>
    </message>
    <message>
        <source>&amp;Leave out records already assigned in another round (%1)</source>
        <translation>排除已分配到其他轮次的记录（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Tick at least one reviewer.</source>
        <translation>请至少勾选一位评审员。</translation>
    </message>
    <message>
        <source>No records to assign with this choice.</source>
        <translation>按此选择没有可分配的记录。</translation>
    </message>
    <message>
        <source>%1 will each code %2 record(s) in “%3” (%4 not in this round yet).%5</source>
        <translation>%1 将在“%3”中各自编码 %2 条记录（其中 %4 条尚未在此轮次中）。%5</translation>
    </message>
    <message>
        <source> A sample of %1 out of %2, drawn with seed %3.</source>
        <translation>从 %2 条中抽取 %1 条，种子为 %3。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodePicker</name>
    <message>
        <source>Apply Code</source>
        <translation>应用编码</translation>
    </message>
    <message>
        <source>Create code &quot;%1&quot;</source>
        <translation>新建编码“%1”</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Type to find a code; Enter applies it, or creates it when none matches</source>
        <translation>输入以查找编码；按 Enter 应用，无匹配时新建该编码</translation>
    </message>
    <message>
        <source>Type to find a code; Enter merges into it</source>
        <translation>输入以查找编码；按 Enter 合并到该编码</translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodebookActions</name>
    <message>
        <source>&amp;New Code</source>
        <translation>新建编码(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Sub-code</source>
        <translation>新建子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Rename Code</source>
        <translation>重命名编码(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>更改颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Codes</source>
        <translation>合并编码(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Delete Code</source>
        <translation>删除编码(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新编码</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>编码颜色</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Code(s) into %1</source>
        <translation>
            <numerusform>将 %n 个编码合并到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Delete %1? Codes still in use cannot be deleted: merge them into another code instead.</source>
        <translation>删除 %1？仍在使用的编码不能删除：请改为将其合并到另一个编码。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Code(s)</source>
        <translation>
            <numerusform>删除 %n 个编码</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to Selected Text</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <source>Show Coded &amp;Passages</source>
        <translation>查看编码段落(&amp;P)</translation>
    </message>
    <message>
        <source>Assign Quick Key</source>
        <translation>指定快捷键</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1（当前：%2）</translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodebookModel</name>
    <message>
        <source>(private while blinded)</source>
        <translation>（盲法期间仅自己可见）</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>适用情形：</translation>
    </message>
    <message>
        <source>Do not use when:</source>
        <translation>不适用情形：</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n time(s) by you.</source>
        <translation>
            <numerusform>您已应用 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 time(s) by you, %2 with its sub-codes.</source>
        <translation>您已应用 %1 次，含子编码共 %2 次。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Codes</source>
        <translation>
            <numerusform>移动 %n 个编码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodingActions</name>
    <message>
        <source>&amp;Apply Code…</source>
        <translation>应用编码(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Apply Code %1</source>
        <translation>应用编码 %1</translation>
    </message>
    <message>
        <source>Code All Search &amp;Hits…</source>
        <translation>为所有搜索结果编码(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Apply a code to every hit of the record search, in every listed record (one undo step)</source>
        <translation>在列出的每条记录中，将一个编码应用于记录搜索的每个结果（可一步撤销）</translation>
    </message>
    <message>
        <source>New Code from &amp;Selection (In Vivo)</source>
        <translation>用选中文字新建编码（原生编码）(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Remove Coding</source>
        <translation>移除编码标注(&amp;R)</translation>
    </message>
    <message>
        <source>Extend Coding End</source>
        <translation>延长编码标注结尾</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <source>Shrink Coding End</source>
        <translation>缩短编码标注结尾</translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+Left</translation>
    </message>
    <message>
        <source>Extend Coding Start</source>
        <translation>提前编码标注开头</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Shrink Coding Start</source>
        <translation>推后编码标注开头</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Set Coding Span to &amp;Selection</source>
        <translation>将编码标注范围设为选区(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Next Coding</source>
        <translation>下一个编码标注</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Previous Coding</source>
        <translation>上一个编码标注</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit Coding &amp;Memo</source>
        <translation>编辑编码标注备忘(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>S&amp;nap to Word Boundaries</source>
        <translation>对齐到词边界(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Select some text first, then apply a code.</source>
        <translation>请先选中一些文字，再应用编码。</translation>
    </message>
    <message>
        <source>Apply a code to “%1”:</source>
        <translation>为“%1”应用编码：</translation>
    </message>
    <message>
        <source>Search the records first (Ctrl+F), then code every hit.</source>
        <translation>请先搜索记录（Ctrl+F），再为每个结果编码。</translation>
    </message>
    <message>
        <source>Code All Hits of &quot;%1&quot; With</source>
        <translation>为“%1”的所有搜索结果编码</translation>
    </message>
    <message>
        <source>Every hit already carries %1.</source>
        <translation>每个搜索结果都已带有 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Code %n Search Hit(s)</source>
        <translation>
            <numerusform>为 %n 个搜索结果编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s) in %1 record(s) with %2; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>已用 %2 为 %1 条记录中的 %n 个搜索结果编码；按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the words to use as the code&apos;s name.</source>
        <translation>请选中用作编码名称的文字。</translation>
    </message>
    <message>
        <source>New Code “%1” from Selection</source>
        <translation>由所选文本新建编码“%1”</translation>
    </message>
    <message>
        <source>Click a coding (or its stripe) to select it first.</source>
        <translation>请先点击一个编码标注（或其色条）将其选中。</translation>
    </message>
    <message>
        <source>Select a coding, then select the text it should cover.</source>
        <translation>请先选择一个编码标注，再选中它应覆盖的文字。</translation>
    </message>
    <message>
        <source>Apply Code</source>
        <translation>应用编码</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>dyad::ui::CodingMargin</name>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ComparisonView</name>
    <message>
        <source>%1 %2 only &amp;nbsp; %3 %4 only &amp;nbsp; %5 both, same code &amp;nbsp; %6 both, different codes</source>
        <translation>%1 仅%2 &amp;nbsp; %3 仅%4 &amp;nbsp; %5 两者，相同编码 &amp;nbsp; %6 两者，不同编码</translation>
    </message>
</context>
<context>
    <name>dyad::ui::DecisionLogModel</name>
    <message>
        <source>(no round)</source>
        <translation>（无轮次）</translation>
    </message>
    <message>
        <source>(record removed)</source>
        <translation>（记录已删除）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Accept both</source>
        <translation>两者都接受</translation>
    </message>
    <message>
        <source>Accept neither</source>
        <translation>都不接受</translation>
    </message>
    <message>
        <source>Edited span</source>
        <translation>编辑范围</translation>
    </message>
    <message>
        <source>Codes merged</source>
        <translation>编码已合并</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation>已由 %1 撤销</translation>
    </message>
    <message>
        <source>stale (codings changed since)</source>
        <translation>已过时（编码标注此后有变动）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Codes (before → after)</source>
        <translation>编码（之前 → 之后）</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dyad::ui::DecisionLogView</name>
    <message>
        <source>Decision Log: %1</source>
        <translation>决定日志：%1</translation>
    </message>
    <message>
        <source>Filter: record, code, reviewer, outcome, rationale…</source>
        <translation>筛选：记录、编码、评审员、结果、理由…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>Show &amp;undone decisions</source>
        <translation>显示已撤销的决定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the record in the workbench</source>
        <translation>双击或按 Enter 在工作台中显示该记录</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>所有轮次</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decision(s)</source>
        <translation>
            <numerusform>%1 / %n 个决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Decision Log</source>
        <translation>导出决定日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>decision-log.csv</source>
        <translation>decision-log.csv</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个决定写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dyad::ui::DockLayout</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Search titles and abstracts (English or 中文)</source>
        <translation>搜索标题和摘要（英文或中文）</translation>
    </message>
    <message>
        <source>Show the records of one round</source>
        <translation>只显示某一轮的记录</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Coded or not</source>
        <translation>已编码或未编码</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>未编码</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
</context>
<context>
    <name>dyad::ui::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are still blinded for you, and this export would carry the other reviewers&apos; work on them. Export your Coded Segments or a Reviewer Copy instead, or export once the round has moved to reconciliation.</source>
        <translation>
            <numerusform>%n 条记录对你仍处于盲法状态，此导出会带出其他评审员在这些记录上的工作。请改为导出你的编码片段或评审员副本，或在本轮进入协调阶段后再导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file ending in %1.</source>
        <translation>请选择扩展名为 %1 的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, but %n coding(s) do not fit their text (a damaged file; &apos;dyad-cli check&apos; lists every problem):
%2</source>
        <translation>
            <numerusform>已导出 %1，但有 %n 个编码标注超出其文本范围（文件已损坏；&apos;dyad-cli check&apos; 会列出全部问题）：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>dyad::ui::HighlightFilterBar</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Layers: all</source>
        <translation>图层：全部</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全部编码</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>other reviewer</source>
        <translation>其他评审员</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <source>Highlight only one code (with its sub-codes)</source>
        <translation>只高亮一个编码（含其子编码）</translation>
    </message>
    <message numerus="yes">
        <source>Layers: %n hidden</source>
        <translation>
            <numerusform>图层：隐藏 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose codings to highlight: yours, another reviewer&apos;s (once you may see them), the Consensus</source>
        <translation>要高亮谁的编码标注：您的、其他评审员的（在您可以查看之后）、共识</translation>
    </message>
    <message>
        <source>Stripes beside the text: mine solid, another reviewer&apos;s hatched, the Consensus outlined.</source>
        <translation>文本旁的色条：我的为实心，其他评审员的为斜线填充，共识为空心轮廓。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ImportActions</name>
    <message>
        <source>Import Code&amp;book…</source>
        <translation>导入编码本(&amp;B)…</translation>
    </message>
    <message>
        <source>Add codes from a REFI-QDA codebook (.qdc) or a table (CSV, TSV, XLSX)</source>
        <translation>从 REFI-QDA 编码本（.qdc）或表格（CSV、TSV、XLSX）添加编码</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>已粘贴</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>Codebooks (*.qdc *.csv *.tsv *.xlsx);;REFI-QDA codebook (*.qdc);;Tables (*.csv *.tsv *.xlsx)</source>
        <translation>编码本 (*.qdc *.csv *.tsv *.xlsx);;REFI-QDA 编码本 (*.qdc);;表格 (*.csv *.tsv *.xlsx)</translation>
    </message>
    <message>
        <source>%1: %2 record(s) added, %3 updated, %4 skipped.</source>
        <translation>%1：添加 %2 条记录，更新 %3 条，跳过 %4 条。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ImportDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip (already in project)</source>
        <translation>跳过（已在项目中）</translation>
    </message>
    <message>
        <source>Skip (repeated in file)</source>
        <translation>跳过（文件中重复）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>期刊</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>PMID</source>
        <translation>PMID</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Keep as attribute</source>
        <translation>保留为属性</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add files or a folder, or drop them here.</source>
        <translation>添加文件或文件夹，或将其拖放到此处。</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Adds every file of a folder and its sub-folders. Files that are not a bibliographic export are read as plain text, one record per file (first line = title).</source>
        <translation>添加文件夹及其子文件夹中的所有文件。不是文献导出格式的文件按纯文本读取，每个文件一条记录（第一行为标题）。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>字符编码：</translation>
    </message>
    <message>
        <source>Malformed records</source>
        <translation>格式错误的记录</translation>
    </message>
    <message>
        <source>Skip malformed records (listed under Problems)</source>
        <translation>跳过格式错误的记录（列在“问题”中）</translation>
    </message>
    <message>
        <source>Refuse the whole import if any record is malformed</source>
        <translation>只要有记录格式错误，就拒绝整个导入</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be imported. Press Read Again to read the files.</source>
        <translation>读取已取消，不会导入任何内容。按“重新读取”可再次读取文件。</translation>
    </message>
    <message>
        <source>detected: %1, %2 % sure</source>
        <translation>检测结果：%1，置信度 %2%</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>%1 — recognised as %2</source>
        <translation>%1 — 识别为%2</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>尚无预览。</translation>
    </message>
    <message>
        <source>The first %1 of %2 records in %3:</source>
        <translation>%3 中 %2 条记录的前 %1 条：</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1:</source>
        <translation>
            <numerusform>%1 中的 %n 条记录：</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>尚无文件。</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 already in the project, %4 repeated in the files, %5 malformed (skipped).</source>
        <translation>将添加 %1 条，将更新 %2 条，%3 条已在项目中，%4 条在文件中重复，%5 条格式错误（已跳过）。</translation>
    </message>
    <message>
        <source>Nothing can be imported while %1 is refused: choose its format or encoding, or remove it (see Problems).</source>
        <translation>%1 被拒绝时无法导入任何内容：请为其选择格式或字符编码，或将其移除（参见“问题”）。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>正在导入 %n 条记录…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled and rolled back; nothing was added.</source>
        <translation>导入已取消并回滚，未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Select a coding in the text or a code in the codebook to see its details here.</source>
        <translation>在文本中选择一个编码标注，或在编码本中选择一个编码，即可在此查看详情。</translation>
    </message>
    <message>
        <source>Why this passage carries this code…</source>
        <translation>为什么这段文字使用此编码……</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Coded by:</source>
        <translation>编码者：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘：</translation>
    </message>
    <message>
        <source>Change the code&apos;s colour</source>
        <translation>更改编码颜色</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>定义：</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>适用情形：</translation>
    </message>
    <message>
        <source>Do not use when:</source>
        <translation>不适用情形：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Fill from Selected Quote</source>
        <translation>用选中的引文填写</translation>
    </message>
    <message>
        <source>Use the text selected in the record as this code&apos;s example</source>
        <translation>将记录中选中的文字用作此编码的示例</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>编码颜色</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Only %1 can change this memo.</source>
        <translation>只有 %1 可以更改此备忘。</translation>
    </message>
    <message>
        <source>No memo.</source>
        <translation>无备忘。</translation>
    </message>
    <message>
        <source>(a private code)</source>
        <translation>（私有编码）</translation>
    </message>
    <message>
        <source>its reviewer</source>
        <translation>其评审员</translation>
    </message>
</context>
<context>
    <name>dyad::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Records…</source>
        <translation>导入记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Paste Record…</source>
        <translation>粘贴记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>编码标注(&amp;C)</translation>
    </message>
    <message>
        <source>Apply Code by &amp;Key</source>
        <translation>按键应用编码(&amp;K)</translation>
    </message>
    <message>
        <source>Coding &amp;Boundaries</source>
        <translation>编码标注边界(&amp;B)</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>编码本(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation>评审(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Agreement Dashboard…</source>
        <translation>一致性面板(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Reconcile Disagreements…</source>
        <translation>协调分歧(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>&amp;Study: Rounds and Progress…</source>
        <translation>研究：轮次与进度(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Decision &amp;Log…</source>
        <translation>决定日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>应用编码</translation>
    </message>
    <message>
        <source>In vivo</source>
        <translation>原话编码</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Next uncoded</source>
        <translation>下一条未编码</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time Dyad starts.</source>
        <translation>新语言将在下次启动 Dyad 时生效。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::MainWindow</name>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>仲裁员</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>independent coding</source>
        <translation>独立编码</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Switch Re&amp;viewer…</source>
        <translation>切换评审员(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Dyad</source>
        <translation>关于 Dyad(&amp;A)</translation>
    </message>
    <message>
        <source>Choose who you are (File › Switch Reviewer) before coding.</source>
        <translation>编码前请先选择您的身份（文件 › 切换评审员）。</translation>
    </message>
    <message>
        <source>There is no reviewer called &quot;%1&quot; in %2. Choose one, or add yourself.</source>
        <translation>%2 中没有名为“%1”的评审员。请选择一位，或添加您自己。</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Dyad projects (*.dyad)</source>
        <translation>Dyad 项目 (*.dyad)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Dyad projects (*.dyad);;All files (*)</source>
        <translation>Dyad 项目 (*.dyad);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本……</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>About Dyad</source>
        <translation>关于 Dyad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dyad %1&lt;/h3&gt;&lt;p&gt;Dual independent qualitative coding of titles and abstracts, with agreement and reconciliation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dyad %1&lt;/h3&gt;&lt;p&gt;对标题和摘要进行双人独立定性编码，并计算一致性、协调分歧。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dyad</source>
        <translation>Dyad</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Reviewer: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>评审员：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Reviewer: &lt;i&gt;not chosen&lt;/i&gt;</source>
        <translation>评审员：&lt;i&gt;未选择&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Round: &lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>轮次：&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <source>, unblinded</source>
        <translation>，已揭盲</translation>
    </message>
    <message>
        <source>No open round</source>
        <translation>没有进行中的轮次</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>no reviewer</source>
        <translation>无评审员</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
</context>
<context>
    <name>dyad::ui::PasteDialog</name>
    <message>
        <source>New record: it will be added.</source>
        <translation>新记录：将被添加。</translation>
    </message>
    <message>
        <source>Already in the project but not yet coded: its metadata will be updated (%1).</source>
        <translation>已在项目中但尚未编码：将更新其元数据（%1）。</translation>
    </message>
    <message>
        <source>Already in the project (%1): nothing to import.</source>
        <translation>已在项目中（%1）：无需导入。</translation>
    </message>
    <message>
        <source>Repeats an earlier record of the paste (%1).</source>
        <translation>与粘贴内容中前面的一条记录重复（%1）。</translation>
    </message>
    <message>
        <source>Paste Record</source>
        <translation>粘贴记录</translation>
    </message>
    <message>
        <source>Paste a record copied from a publisher or database page (PubMed, a journal, CNKI…), or a RIS/PubMed export.</source>
        <translation>粘贴从出版商或数据库页面（PubMed、期刊网站、知网…）复制的记录，或 RIS/PubMed 导出内容。</translation>
    </message>
    <message>
        <source>&amp;Parse</source>
        <translation>解析(&amp;P)</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>粘贴的文本：</translation>
    </message>
    <message>
        <source>One author per line</source>
        <translation>每行一位作者</translation>
    </message>
    <message>
        <source>e.g. en, zh</source>
        <translation>例如 en、zh</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>期刊(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;DOI:</source>
        <translation>DOI(&amp;D)：</translation>
    </message>
    <message>
        <source>PM&amp;ID:</source>
        <translation>PMID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation>摘要(&amp;B)：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Paste text on the left, then press Parse.</source>
        <translation>请在左侧粘贴文本，然后按“解析”。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The text holds %1 records; they are imported as listed. To correct one, paste it alone.</source>
        <translation>文本中包含 %1 条记录，将按列表原样导入。如需修改其中一条，请单独粘贴它。</translation>
    </message>
    <message>
        <source>No record was found in the pasted text.</source>
        <translation>粘贴的文本中未找到记录。</translation>
    </message>
    <message>
        <source>Nothing parsed yet.</source>
        <translation>尚未解析任何内容。</translation>
    </message>
    <message>
        <source>The record needs a title or an abstract.</source>
        <translation>记录需要有标题或摘要。</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; is not a year between 1500 and 2100.</source>
        <translation>年份“%1”不在 1500 到 2100 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DOI (expected 10.NNNN/suffix).</source>
        <translation>“%1”不是有效的 DOI（格式应为 10.NNNN/后缀）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PMID (expected 1 to 9 digits).</source>
        <translation>“%1”不是有效的 PMID（应为 1 到 9 位数字）。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ProgressModel</name>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1
Done by %2 of %3 reviewers</source>
        <translation>%1
%3 位评审员中已有 %2 位完成</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>清空菜单</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ReconcileWindow</name>
    <message>
        <source>Reconciliation</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>One reviewer only</source>
        <translation>仅一位评审员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已提交仲裁</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Record title contains…</source>
        <translation>记录标题包含…</translation>
    </message>
    <message>
        <source>Text order</source>
        <translation>文本顺序</translation>
    </message>
    <message>
        <source>Largest impact first</source>
        <translation>影响最大的优先</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>%v of %m groups decided</source>
        <translation>已决定 %v / %m 组</translation>
    </message>
    <message>
        <source>Rationale (R to write, Enter to return to the queue)</source>
        <translation>理由（按 R 输入，按 Enter 返回队列）</translation>
    </message>
    <message>
        <source>Accept Reviewer 1  [1]</source>
        <translation>接受评审员 1  [1]</translation>
    </message>
    <message>
        <source>Accept %1  [A]</source>
        <translation>接受 %1  [A]</translation>
    </message>
    <message>
        <source>Accept Reviewer 2  [2]</source>
        <translation>接受评审员 2  [2]</translation>
    </message>
    <message>
        <source>Accept %1  [B]</source>
        <translation>接受 %1  [B]</translation>
    </message>
    <message>
        <source>Both  [Space]</source>
        <translation>两者都接受  [Space]</translation>
    </message>
    <message>
        <source>Neither  [N]</source>
        <translation>都不接受  [N]</translation>
    </message>
    <message>
        <source>Edited span  [E]</source>
        <translation>编辑后的片段  [E]</translation>
    </message>
    <message>
        <source>Merge codes  [M]</source>
        <translation>合并编码  [M]</translation>
    </message>
    <message>
        <source>Escalate  [X]</source>
        <translation>提交仲裁  [X]</translation>
    </message>
    <message>
        <source>Code for edit/merge:</source>
        <translation>编辑/合并使用的编码：</translation>
    </message>
    <message>
        <source>Undo  [U]</source>
        <translation>撤销  [U]</translation>
    </message>
    <message>
        <source>Accept all exact  [Ctrl+Shift+A]</source>
        <translation>接受所有完全一致项  [Ctrl+Shift+A]</translation>
    </message>
    <message>
        <source>Overlay  [O]</source>
        <translation>叠加视图  [O]</translation>
    </message>
    <message>
        <source>&lt;small&gt;&lt;b&gt;Keys:&lt;/b&gt; J/K next/previous · %1 · Space both · N neither · E edited span (select text first) · M merge codes · X escalate · U undo · O overlay · R rationale · Ctrl+Shift+A accept all exact agreements&lt;/small&gt;</source>
        <translation>&lt;small&gt;&lt;b&gt;按键：&lt;/b&gt;J/K 下一个/上一个 · %1 · Space 两者都接受 · N 都不接受 · E 编辑后的片段（先选中文字） · M 合并编码 · X 提交仲裁 · U 撤销 · O 叠加视图 · R 理由 · Ctrl+Shift+A 接受所有完全一致项&lt;/small&gt;</translation>
    </message>
    <message>
        <source>1/2 accept Reviewer 1/2</source>
        <translation>1/2 接受评审员 1/2</translation>
    </message>
    <message>
        <source>A/B accept A/B</source>
        <translation>A/B 接受 A/B</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有编码</translation>
    </message>
    <message>
        <source>Nothing to reconcile with these filters.</source>
        <translation>在当前筛选条件下没有需要协调的内容。</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>已提交仲裁：%1</translation>
    </message>
    <message>
        <source>The other reviewer&apos;s codebook does not have this code.</source>
        <translation>另一位评审员的编码本中没有此编码。</translation>
    </message>
    <message>
        <source>%1 of %2 records reconciled; %3 escalated; %4 stale</source>
        <translation>已协调 %1 / %2 条记录；%3 个已提交仲裁；%4 个已失效</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>请先选择一个组。</translation>
    </message>
    <message>
        <source>This group is decided already; undo (U) to decide again.</source>
        <translation>此组已经决定；撤销（U）后可重新决定。</translation>
    </message>
    <message>
        <source>Select the text of the edited span first (in the left text, or in the overlay).</source>
        <translation>请先选中编辑后片段的文字（在左侧文本或叠加视图中）。</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未能决定：%1</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>There are no open exact agreements to accept.</source>
        <translation>没有待接受的完全一致项。</translation>
    </message>
    <message>
        <source>Accepted %1 exact agreement(s); U undoes them together.</source>
        <translation>已接受 %1 个完全一致项；按 U 可一并撤销。</translation>
    </message>
    <message>
        <source>Escalated to the adjudicator.</source>
        <translation>已提交给仲裁员。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Characters coded differently by the two reviewers</source>
        <translation>两位评审员编码不同的字符数</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>same codes on the same text</source>
        <translation>同一文本上的编码相同</translation>
    </message>
    <message>
        <source>1 character coded differently</source>
        <translation>1 个字符编码不同</translation>
    </message>
    <message>
        <source>%1 characters coded differently</source>
        <translation>%1 个字符编码不同</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>采纳了%1</translation>
    </message>
    <message>
        <source>accepted both</source>
        <translation>两者都采纳</translation>
    </message>
    <message>
        <source>accepted neither</source>
        <translation>两者都不采纳</translation>
    </message>
    <message>
        <source>edited span</source>
        <translation>编辑了范围</translation>
    </message>
    <message>
        <source>codes merged</source>
        <translation>合并了编码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided:&lt;/b&gt; %1 by %2, %3</source>
        <translation>&lt;b&gt;已决定：&lt;/b&gt;%1（%2，%3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Consensus: %1</source>
        <translation>共识：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;none given&lt;/i&gt;</source>
        <translation>&lt;i&gt;未填写&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1&apos;s code</source>
        <translation>%1 的编码</translation>
    </message>
    <message>
        <source>&lt;i&gt;No definition.&lt;/i&gt;</source>
        <translation>&lt;i&gt;无定义。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Use when:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;适用情形：&lt;/i&gt;%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Do not use when:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;不适用情形：&lt;/i&gt;%1</translation>
    </message>
    <message>
        <source>%1 did not code this text: accept the other reviewer, or Neither (N).</source>
        <translation>%1 未对这段文本编码：请采纳另一位评审员，或选择“都不采纳”（N）。</translation>
    </message>
    <message>
        <source>Only one reviewer coded this text: accept that reviewer, or Neither (N).</source>
        <translation>只有一位评审员对这段文本编码：请采纳该评审员，或选择“都不采纳”（N）。</translation>
    </message>
    <message>
        <source>Merging codes is for groups where the reviewers used different codes.</source>
        <translation>合并编码仅适用于两位评审员使用了不同编码的组。</translation>
    </message>
    <message>
        <source>Previous group decided: %1.</source>
        <translation>上一组已决定：%1。</translation>
    </message>
    <message>
        <source>The group you were on (%1) was changed elsewhere: its codings are no longer the same. Showing the queue as it is now.</source>
        <translation>您所在的组（%1）已在别处被更改：其编码标注已不再相同。现在显示的是当前的队列。</translation>
    </message>
    <message>
        <source>decided elsewhere (%1 by %2)</source>
        <translation>已在别处决定（%1，决定人：%2）</translation>
    </message>
    <message>
        <source>escalated elsewhere</source>
        <translation>已在别处提交仲裁</translation>
    </message>
    <message>
        <source>reopened elsewhere (its decision was undone)</source>
        <translation>已在别处重新打开（其决定已被撤销）</translation>
    </message>
    <message>
        <source>The group you were on (%1) was %2. Nothing was decided here.</source>
        <translation>您所在的组（%1）%2。此处未作任何决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still in independent coding are not in the queue: they can be reconciled once both reviewers have marked them done, the round moves to reconciliation, or the lead unblinds it.</source>
        <translation>
            <numerusform>%n 条仍处于独立编码阶段的记录未列入队列：待两位评审员都将其标记为已完成、轮次进入协调阶段或负责人揭盲后，才能协调这些记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordListModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码标注</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordMemoDock</name>
    <message>
        <source>Record Memo</source>
        <translation>记录备忘</translation>
    </message>
    <message>
        <source>Your notes on this record: doubts, why it is out of scope, what to ask the team…</source>
        <translation>您对这条记录的笔记：疑问、为何不在范围内、要问团队的问题…</translation>
    </message>
    <message>
        <source>Open a record to write a memo about it.</source>
        <translation>打开一条记录即可为其写备忘。</translation>
    </message>
    <message>
        <source>Choose who you are to write memos.</source>
        <translation>请先选择您的身份再写备忘。</translation>
    </message>
    <message>
        <source>Your own memo on this record; each reviewer keeps their own.</source>
        <translation>您自己对这条记录的备忘；每位评审员各有自己的备忘。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordNavigator</name>
    <message>
        <source>&amp;Find Records…</source>
        <translation>查找记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark Record &amp;Done</source>
        <translation>标记记录为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Next &amp;Uncoded Record</source>
        <translation>下一条未编码记录(&amp;U)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Record</source>
        <translation>下一条记录(&amp;X)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous Record</source>
        <translation>上一条记录(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Edit Record M&amp;emo</source>
        <translation>编辑记录备忘(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Every record in the list is coded or done.</source>
        <translation>列表中的每条记录都已编码或已完成。</translation>
    </message>
    <message>
        <source>This record is not assigned to you in an open round.</source>
        <translation>在进行中的轮次里，这条记录没有分配给您。</translation>
    </message>
    <message>
        <source>Marked done. F8 goes to the next uncoded record.</source>
        <translation>已标记为完成。按 F8 转到下一条未编码记录。</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>无筛选</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordTextEdit</name>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RecordView</name>
    <message>
        <source>No record selected</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <source>(untitled record)</source>
        <translation>（无标题记录）</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>(hidden code)</source>
        <translation>（隐藏的编码）</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RetrievalDock</name>
    <message>
        <source>Coded Passages</source>
        <translation>编码段落</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Every layer</source>
        <translation>所有图层</translation>
    </message>
    <message>
        <source>With sub-codes</source>
        <translation>含子编码</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘：</translation>
    </message>
    <message>
        <source>(untitled record)</source>
        <translation>（无标题记录）</translation>
    </message>
    <message>
        <source>The code was removed.</source>
        <translation>该编码已被删除。</translation>
    </message>
    <message>
        <source>Export Coded Passages</source>
        <translation>导出编码段落</translation>
    </message>
    <message>
        <source>Double-click a code in the codebook to read every passage coded with it.</source>
        <translation>在编码本中双击一个编码，即可阅读用它编码的所有段落。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n passage(s)</source>
        <translation>
            <numerusform>%1：%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose coding to list: yours, another reviewer&apos;s (when you may see it), the Consensus, or every layer</source>
        <translation>要列出谁的编码标注：您的、其他评审员的（在您可以查看时）、共识，或所有图层</translation>
    </message>
    <message>
        <source>Save the listed passages as CSV or Excel</source>
        <translation>将列出的段落保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>The selected passage in its context</source>
        <translation>所选段落及其上下文</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ReviewLauncher</name>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Reconciliation needs two reviewers who coded independently.</source>
        <translation>协调需要两位独立编码的评审员。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>Reconcile Disagreements</source>
        <translation>协调分歧</translation>
    </message>
    <message>
        <source>Reconcile the codings of:</source>
        <translation>协调以下评审员的编码标注：</translation>
    </message>
    <message>
        <source>Reconcile: %1</source>
        <translation>协调：%1</translation>
    </message>
    <message>
        <source>Reconcile “%1”: %2</source>
        <translation>协调“%1”：%2</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ReviewerDialog</name>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>仲裁员</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <source>Choose the reviewer you code as in &lt;b&gt;%1&lt;/b&gt;. While a round is in its independent phase you will only see your own codings.</source>
        <translation>选择您在 &lt;b&gt;%1&lt;/b&gt; 中的评审员身份。轮次处于独立编码阶段时，您只能看到自己的编码标注。</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name</source>
        <translation>新评审员的姓名</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add Reviewer</source>
        <translation>添加评审员</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ReviewerProgressModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>dyad::ui::RoundListModel</name>
    <message>
        <source>independent coding</source>
        <translation>独立编码</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>%1, unblinded</source>
        <translation>%1，已揭盲</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>nothing assigned</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>%1 of %2 assignments (record × reviewer) marked done: %3 %</source>
        <translation>%2 项分配（记录 × 评审员）中已有 %1 项标记为完成：%3 %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评审员</translation>
    </message>
</context>
<context>
    <name>dyad::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>dyad::ui::StudyWindow</name>
    <message>
        <source>Independent coding, blinding lifted by the lead: everyone sees everyone&apos;s codings on this round&apos;s records.</source>
        <translation>独立编码，负责人已揭盲：每个人都能看到本轮次记录上所有人的编码标注。</translation>
    </message>
    <message>
        <source>Independent coding: each reviewer sees only their own codings on a record until both have marked it done.</source>
        <translation>独立编码：在双方都将记录标记为完成之前，每位评审员只能看到自己的编码标注。</translation>
    </message>
    <message>
        <source>Reconciliation: the reviewers see each other&apos;s codings; disagreements are decided into the Consensus layer, each decision logged.</source>
        <translation>协调：评审员能看到彼此的编码标注；分歧被裁定到共识层，每个决定都有记录。</translation>
    </message>
    <message>
        <source>Closed: new codings are no longer filed under this round. Its figures and decisions stay for the report.</source>
        <translation>已关闭：新的编码标注不再归入此轮次。其统计数字和决定保留用于报告。</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>研究：%1</translation>
    </message>
    <message>
        <source>&amp;New Round…</source>
        <translation>新建轮次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Assign Records…</source>
        <translation>分配记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Start &amp;Reconciliation…</source>
        <translation>开始协调(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close Round…</source>
        <translation>关闭轮次(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Unblind…</source>
        <translation>揭盲(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Open Reconciliation</source>
        <translation>打开协调(&amp;O)</translation>
    </message>
    <message>
        <source>Decision &amp;Log</source>
        <translation>决定日志(&amp;L)</translation>
    </message>
    <message>
        <source>Create a round (pilot, main, …) and assign records to it</source>
        <translation>新建轮次（预试验、正式…）并为其分配记录</translation>
    </message>
    <message>
        <source>Give records of the project to reviewers in the selected round</source>
        <translation>在所选轮次中把项目的记录分配给评审员</translation>
    </message>
    <message>
        <source>End independent coding: the reviewers see each other&apos;s work and reconcile</source>
        <translation>结束独立编码：评审员看到彼此的工作并进行协调</translation>
    </message>
    <message>
        <source>End the round once its disagreements are decided</source>
        <translation>分歧都裁定后结束该轮次</translation>
    </message>
    <message>
        <source>Lift blinding while the round is still in independent coding</source>
        <translation>在轮次仍处于独立编码时揭盲</translation>
    </message>
    <message>
        <source>Reconcile the disagreements of the selected round</source>
        <translation>协调所选轮次的分歧</translation>
    </message>
    <message>
        <source>Who decided what, when and why, in the selected round</source>
        <translation>所选轮次中谁在何时因何作出了什么决定</translation>
    </message>
    <message>
        <source>Filter records by title</source>
        <translation>按标题筛选记录</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the record in the workbench</source>
        <translation>双击或按 Enter 在工作台中显示该记录</translation>
    </message>
    <message>
        <source>Round&amp;s</source>
        <translation>轮次(&amp;S)</translation>
    </message>
    <message>
        <source>Progress per re&amp;viewer</source>
        <translation>各评审员进度(&amp;V)</translation>
    </message>
    <message>
        <source>Progress per recor&amp;d</source>
        <translation>各记录进度(&amp;D)</translation>
    </message>
    <message>
        <source>Choose who you are (File ▸ Switch Reviewer) to run the study.</source>
        <translation>请先选择您的身份（文件 ▸ 切换评审员）再管理研究。</translation>
    </message>
    <message>
        <source>You are %1, the lead: you create rounds, assign records and move rounds through their phases.</source>
        <translation>您是负责人 %1：您可以新建轮次、分配记录并推进轮次的阶段。</translation>
    </message>
    <message>
        <source>You are %1. Only the lead can create rounds, assign records or change a round&apos;s phase; here you follow the progress.</source>
        <translation>您是 %1。只有负责人可以新建轮次、分配记录或更改轮次阶段；您在这里可以查看进度。</translation>
    </message>
    <message>
        <source>Records are still blinded: move the round to reconciliation first</source>
        <translation>记录仍处于盲法中：请先把轮次推进到协调阶段</translation>
    </message>
    <message>
        <source>No round yet: start with New Round (a pilot of about 10 % of the records, then the rest).</source>
        <translation>还没有轮次：请从“新建轮次”开始（先用约 10 % 的记录做预试验，再做其余记录）。</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>预试验</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>New Round</source>
        <translation>新建轮次</translation>
    </message>
    <message>
        <source>Name of the round (e.g. Pilot, Main):</source>
        <translation>轮次名称（例如 预试验、正式）：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Created round “%1”. Now assign records to it.</source>
        <translation>已创建轮次“%1”。现在为其分配记录。</translation>
    </message>
    <message>
        <source>Assigned a random sample of %1 record(s) (seed %2) to %3 reviewer(s) in “%4”.</source>
        <translation>已在“%4”中把 %1 条随机抽样记录（种子 %2）分配给 %3 位评审员。</translation>
    </message>
    <message>
        <source>Assigned %1 record(s) to %2 reviewer(s) in “%3”.</source>
        <translation>已在“%3”中把 %1 条记录分配给 %2 位评审员。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n record(s) not marked done</source>
        <translation>
            <numerusform>%1 有 %n 条记录尚未标记为完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will see each other&apos;s codings on all %n record(s) of this round, and the Consensus coding of them.</source>
        <translation>
            <numerusform>%1 将看到彼此在本轮次全部 %n 条记录上的编码标注，以及这些记录的共识编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>That includes work not finished yet: %1.</source>
        <translation>其中包括尚未完成的工作：%1。</translation>
    </message>
    <message>
        <source>Private inductive codes become visible to everyone, unless another round is still in independent coding.</source>
        <translation>私有的归纳编码将对所有人可见，除非另有轮次仍处于独立编码阶段。</translation>
    </message>
    <message>
        <source>The round&apos;s disagreements can then be reconciled into the Consensus layer; every decision is logged with who took it and why.</source>
        <translation>之后可以把本轮次的分歧协调到共识层；每个决定都会记录决定人和理由。</translation>
    </message>
    <message>
        <source>What the reviewers have seen cannot be hidden again: the round will not be blind any more.</source>
        <translation>评审员看到的内容无法再隐藏：该轮次将不再处于盲法中。</translation>
    </message>
    <message numerus="yes">
        <source>New codings on its %n record(s) are no longer filed under this round.</source>
        <translation>
            <numerusform>其 %n 条记录上的新编码标注将不再归入此轮次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its agreement figures and decision log stay as they are, for the report.</source>
        <translation>其一致性数字和决定日志保持不变，用于报告。</translation>
    </message>
    <message>
        <source>Not everything is marked done: %1.</source>
        <translation>并非全部都已标记为完成：%1。</translation>
    </message>
    <message>
        <source>The change is written to the audit log under your name.</source>
        <translation>此更改将以您的名义写入审计日志。</translation>
    </message>
    <message>
        <source>Move “%1” from independent coding to &lt;b&gt;reconciliation&lt;/b&gt;?</source>
        <translation>将“%1”从独立编码推进到&lt;b&gt;协调&lt;/b&gt;阶段？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close&lt;/b&gt; the round “%1”?</source>
        <translation>&lt;b&gt;关闭&lt;/b&gt;轮次“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>%1 will at once see each other&apos;s codings, private codes and the Consensus coding on all %n record(s) of this round.</source>
        <translation>
            <numerusform>%1 将立即看到彼此在本轮次全部 %n 条记录上的编码标注、私有编码和共识编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>That includes work not finished yet: %1. From then on their coding is no longer independent, so agreement measured on those records is not agreement between blind coders.</source>
        <translation>其中包括尚未完成的工作：%1。此后他们的编码不再独立，因此在这些记录上测得的一致性不再是盲法编码者之间的一致性。</translation>
    </message>
    <message>
        <source>The round stays in independent coding; reviewers can keep coding.</source>
        <translation>该轮次仍处于独立编码阶段；评审员可以继续编码。</translation>
    </message>
    <message>
        <source>Blinding cannot be restored. The unblinding is written to the audit log under your name.</source>
        <translation>盲法无法恢复。揭盲将以您的名义写入审计日志。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lift blinding for “%1” now?&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;现在为“%1”揭盲？&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Start Reconciliation</source>
        <translation>开始协调</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>关闭轮次</translation>
    </message>
    <message>
        <source>&amp;Move to Reconciliation</source>
        <translation>推进到协调(&amp;M)</translation>
    </message>
    <message>
        <source>Close the &amp;Round</source>
        <translation>关闭轮次(&amp;R)</translation>
    </message>
    <message>
        <source>“%1” is now in the %2 phase.</source>
        <translation>“%1”现在处于%2阶段。</translation>
    </message>
    <message>
        <source>Unblind Round</source>
        <translation>为轮次揭盲</translation>
    </message>
    <message>
        <source>&amp;Lift Blinding</source>
        <translation>揭盲(&amp;L)</translation>
    </message>
    <message>
        <source>Blinding lifted for “%1”.</source>
        <translation>已为“%1”揭盲。</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::AgreementView</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Agreement per code</source>
        <translation>各编码的一致性</translation>
    </message>
    <message>
        <source>Across rounds</source>
        <translation>跨轮次</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML 报告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV (every figure)…</source>
        <translation>CSV（全部数值）…</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>保存数值</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Chart per code as PNG or SVG…</source>
        <translation>各编码图表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Chart across rounds as PNG or SVG…</source>
        <translation>跨轮次图表（PNG 或 SVG）…</translation>
    </message>
    <message numerus="yes">
        <source>%1 compared on %n record(s)</source>
        <translation>
            <numerusform>%1：比较了 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> 与 </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Agreement per theme and code (Cohen&apos;s κ)</source>
        <translation>各主题和编码的一致性（Cohen&apos;s κ）</translation>
    </message>
    <message>
        <source>Records κ</source>
        <translation>记录 κ</translation>
    </message>
    <message>
        <source>Characters κ</source>
        <translation>字符 κ</translation>
    </message>
    <message>
        <source>κ (undefined values shown as 0); Landis &amp; Koch bands at 0.2, 0.4, 0.6, 0.8</source>
        <translation>κ（未定义的值显示为 0）；Landis &amp; Koch 等级分界为 0.2、0.4、0.6、0.8</translation>
    </message>
    <message>
        <source>Agreement across rounds: needs two or more rounds with codings</source>
        <translation>跨轮次一致性：需要两个或更多含编码标注的轮次</translation>
    </message>
    <message>
        <source>Agreement across rounds (all codes pooled)</source>
        <translation>跨轮次一致性（全部编码合并）</translation>
    </message>
    <message>
        <source>Segment F1</source>
        <translation>片段 F1</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::AnalysisDocks</name>
    <message>
        <source>Frequencies</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::CooccurrenceModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2：%3</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::CooccurrenceView</name>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>重叠片段</translation>
    </message>
    <message>
        <source>Same record</source>
        <translation>同一记录</translation>
    </message>
    <message>
        <source>Rows and columns are top-level themes, each with everything below it</source>
        <translation>行和列为顶层主题，各自包含其下的所有内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>计数：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML 报告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV matrix…</source>
        <translation>CSV 矩阵…</translation>
    </message>
    <message>
        <source>Save matrix</source>
        <translation>保存矩阵</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::FrequencyModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Records where %1 applied the code (or, for a theme, any code below it)</source>
        <translation>%1 应用了此编码（对于主题，则为其下任一编码）的记录</translation>
    </message>
    <message>
        <source>Coded passages; a theme merges overlapping passages of its codes per record</source>
        <translation>已编码片段；对于主题，其各编码在同一记录中的重叠片段会合并计算</translation>
    </message>
    <message>
        <source>Applications of the code and the codes below it</source>
        <translation>此编码及其下级编码的应用次数</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 记录数</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 片段数</translation>
    </message>
    <message>
        <source>%1 codings</source>
        <translation>%1 编码标注数</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::FrequencyView</name>
    <message>
        <source>Filter codes</source>
        <translation>筛选编码</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML 报告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV table…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>保存表格</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Code-by-record matrix (CSV)…</source>
        <translation>编码 × 记录矩阵（CSV）…</translation>
    </message>
    <message>
        <source>Save matrix</source>
        <translation>保存矩阵</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Chart as PNG or SVG…</source>
        <translation>图表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Themes by frequency</source>
        <translation>主题频次</translation>
    </message>
    <message>
        <source>Themes by frequency (records)</source>
        <translation>主题频次（记录数）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::LayerPicker</name>
    <message>
        <source>Which coding layer to analyse</source>
        <translation>要分析的编码层</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>所有层</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::WordsModel</name>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation>每千词</translation>
    </message>
</context>
<context>
    <name>dyad::ui::analysis::WordsView</name>
    <message>
        <source>Hide stop words</source>
        <translation>隐藏停用词</translation>
    </message>
    <message>
        <source>Dyad&apos;s English and Chinese function-word lists</source>
        <translation>Dyad 内置的英文和中文虚词表</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Context on either side of the keyword</source>
        <translation>关键词两侧的上下文长度</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML 报告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Word list (CSV)…</source>
        <translation>词表（CSV）…</translation>
    </message>
    <message>
        <source>Save word list</source>
        <translation>保存词表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Keyword in context (CSV)…</source>
        <translation>上下文关键词（CSV）…</translation>
    </message>
    <message>
        <source>Save keyword in context</source>
        <translation>保存上下文关键词</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>All coded text</source>
        <translation>所有已编码文本</translation>
    </message>
    <message>
        <source>Whole records</source>
        <translation>完整记录</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dyad qualitative coding workbench</source>
        <translation>Dyad 定性编码工作台</translation>
    </message>
    <message>
        <source>Work as the reviewer called NAME.</source>
        <translation>以名为 NAME 的评审员身份工作。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The project file (.dyad) to open.</source>
        <translation>要打开的项目文件（.dyad）。</translation>
    </message>
</context>
</TS>
