<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agreement</name>
    <message>
        <source>(all codes pooled)</source>
        <translation>（全部编码合并）</translation>
    </message>
    <message>
        <source> of round &quot;%1&quot;</source>
        <translation>（轮次“%1”）</translation>
    </message>
    <message>
        <source>records%1 assigned to every chosen reviewer</source>
        <translation>分配给每位所选评审员的记录%1</translation>
    </message>
    <message>
        <source>records%1 every chosen reviewer marked done</source>
        <translation>每位所选评审员都已标记完成的记录%1</translation>
    </message>
    <message>
        <source>records%1 any chosen reviewer coded</source>
        <translation>任一所选评审员编码过的记录%1</translation>
    </message>
    <message>
        <source>records%1 every chosen reviewer coded</source>
        <translation>每位所选评审员都编码过的记录%1</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>all records%1</source>
        <translation>全部记录%1</translation>
    </message>
    <message>
        <source>record: code present in the record or not, every compared record</source>
        <translation>记录: 编码是否出现在记录中，计入每条比较的记录</translation>
    </message>
    <message>
        <source>record (coded only): as record, leaving out records nobody coded</source>
        <translation>记录（仅已编码）: 同“记录”，但不计无人编码的记录</translation>
    </message>
    <message>
        <source>character: every code point of the texts, covered or not</source>
        <translation>字符: 文本的每个码位，无论是否被覆盖</translation>
    </message>
    <message>
        <source>character (coded only): code points somebody coded with any code</source>
        <translation>字符（仅已编码）: 有人以任一编码标注过的码位</translation>
    </message>
    <message>
        <source>token: ICU word tokens, coded when at least half covered</source>
        <translation>词元: ICU 分词得到的词元，至少一半被覆盖即算已编码</translation>
    </message>
    <message>
        <source>token (coded only): tokens somebody coded with any code</source>
        <translation>词元（仅已编码）: 有人以任一编码标注过的词元</translation>
    </message>
    <message>
        <source>segment: codings matched one-to-one at the overlap threshold</source>
        <translation>片段: 按重叠阈值一一匹配的编码标注</translation>
    </message>
    <message>
        <source>unitizing: Krippendorff&apos;s alpha_U over the concatenated texts</source>
        <translation>单元化: 在拼接后的文本上计算 Krippendorff 的 alpha_U</translation>
    </message>
    <message>
        <source>%1 records (%2); codings compared: %3
</source>
        <translation>%1 条记录（%2）；比较的编码标注：%3
</translation>
    </message>
    <message>
        <source>
%1 vs %2, unit %3: not computed (no word tokens).
</source>
        <translation>
%1 与 %2，单位 %3：未计算（没有词元）。
</translation>
    </message>
    <message>
        <source>
%1 (A) vs %2 (B), unit %3
</source>
        <translation>
%1 (A) 与 %2 (B)，单位 %3
</translation>
    </message>
    <message>
        <source>threshold: overlap &gt;= %1 of the longer span
</source>
        <translation>阈值：重叠 &gt;= 较长片段的 %1
</translation>
    </message>
    <message>
        <source>
All %1 reviewers at once: Krippendorff&apos;s alpha, Fleiss&apos; kappa and Gwet&apos;s AC1 with its SE (record unit), alpha_U per code
</source>
        <translation>
全部 %1 位评审员一起：Krippendorff 的 alpha、Fleiss 的 kappa 以及 Gwet 的 AC1 及其标准误（记录单位），每个编码的 alpha_U
</translation>
    </message>
    <message>
        <source>
Notes:
</source>
        <translation>
说明：
</translation>
    </message>
    <message>
        <source>- a = both coded, b = A only, c = B only, d = neither; kappa with the 95% CI of Fleiss, Cohen &amp; Everitt (1969); band after Landis &amp; Koch (1977).
</source>
        <translation>- a = 双方都编码，b = 仅 A，c = 仅 B，d = 双方都未编码；kappa 的 95% 置信区间按 Fleiss, Cohen &amp; Everitt (1969) 计算；等级按 Landis &amp; Koch (1977) 划分。
</translation>
    </message>
    <message>
        <source>- &quot;paradox&quot;: high observed agreement but low kappa, from skewed prevalence or bias (Feinstein &amp; Cicchetti 1990); read AC1 and PABAK next to kappa.
</source>
        <translation>- “悖论”：观察一致性高但 kappa 低，源于患病率（出现率）偏斜或偏倚 (Feinstein &amp; Cicchetti 1990)；请结合 AC1 和 PABAK 解读 kappa。
</translation>
    </message>
    <message>
        <source>- %1 of B&apos;s codes were renamed to A&apos;s codes before comparing (code mapping).
</source>
        <translation>- 比较前，B 的 %1 个编码已改名为 A 的编码（编码映射）。
</translation>
    </message>
    <message>
        <source>- Codes only %1 used (unmapped): %2
</source>
        <translation>- 仅 %1 使用的编码（未映射）：%2
</translation>
    </message>
    <message>
        <source>the other reviewers</source>
        <translation>其他评审员</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>几乎完全一致</translation>
    </message>
    <message>
        <source>skewed prevalence or bias</source>
        <translation>出现率偏斜或偏倚</translation>
    </message>
    <message>
        <source>skewed prevalence (PI %1) or bias (BI %2)</source>
        <translation>出现率偏斜（PI %1）或偏倚（BI %2）</translation>
    </message>
    <message>
        <source>High observed agreement (%1 %) with a much lower kappa (%2): the kappa paradox of %3. Read Gwet&apos;s AC1 (%4) and PABAK (%5) alongside kappa.</source>
        <translation>观察一致性很高（%1 %），kappa 却低得多（%2）：这是由%3造成的 kappa 悖论。请将 Gwet 的 AC1（%4）和 PABAK（%5）与 kappa 一并解读。</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha needs finite values.</source>
        <translation>Krippendorff 的 alpha 需要有限数值。</translation>
    </message>
    <message>
        <source>Ratio-level alpha needs non-negative values; found %1.</source>
        <translation>比率尺度的 alpha 需要非负数值；发现 %1。</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs at least one subject.</source>
        <translation>Fleiss 的 kappa 至少需要一个对象。</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: subject %1 has %2 categories, expected %3.</source>
        <translation>Fleiss 的 kappa：对象 %1 有 %2 个类别，应为 %3 个。</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: subject %1 has a negative count.</source>
        <translation>Fleiss 的 kappa：对象 %1 的计数为负。</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs the same number of raters for every subject: subject %1 has %2, subject 1 has %3 (use Krippendorff&apos;s alpha for missing ratings).</source>
        <translation>Fleiss 的 kappa 要求每个对象的评分者人数相同：对象 %1 有 %2 人，对象 1 有 %3 人（评分有缺失时请使用 Krippendorff 的 alpha）。</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs at least two raters per subject.</source>
        <translation>Fleiss 的 kappa 要求每个对象至少有两位评分者。</translation>
    </message>
    <message>
        <source>The weights are %1 values; %2 categories need %3.</source>
        <translation>权重有 %1 个值；%2 个类别需要 %3 个。</translation>
    </message>
    <message>
        <source>Agreement needs at least two categories; %1 used.</source>
        <translation>计算一致性至少需要两个类别；实际使用了 %1 个。</translation>
    </message>
    <message>
        <source>A count of ratings is negative or not a number.</source>
        <translation>某个评分计数为负数或不是数字。</translation>
    </message>
    <message>
        <source>Agreement needs at least two subjects rated twice or more; %1 found.</source>
        <translation>计算一致性至少需要两个被评分两次及以上的对象；只找到 %1 个。</translation>
    </message>
    <message>
        <source>The round to compare does not exist.</source>
        <translation>要比较的轮次不存在。</translation>
    </message>
    <message>
        <source>Agreement needs two reviewers who coded%1; found %2. Choose the reviewers.</source>
        <translation>计算一致性需要两位%1做过编码的评审员；只找到 %2 位。请选择评审员。</translation>
    </message>
    <message>
        <source> in round &quot;%1&quot;</source>
        <translation>在轮次“%1”中</translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers; %1 chosen.</source>
        <translation>计算一致性至少需要两位评审员；当前选择了 %1 位。</translation>
    </message>
    <message>
        <source>Reviewer %1 does not exist in this project.</source>
        <translation>此项目中不存在评审员 %1。</translation>
    </message>
    <message>
        <source>Reviewer &quot;%1&quot; is chosen twice.</source>
        <translation>评审员“%1”被选择了两次。</translation>
    </message>
    <message>
        <source>Code %1 does not exist in this project.</source>
        <translation>此项目中不存在编码 %1。</translation>
    </message>
    <message>
        <source>The code mapping names a code that does not exist (%1).</source>
        <translation>编码映射中指定的编码不存在（%1）。</translation>
    </message>
    <message>
        <source>The code mapping links &quot;%1&quot; to two codes (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>编码映射把“%1”对应到了两个编码（“%2”和“%3”）。</translation>
    </message>
    <message>
        <source>%1 coding(s) refer to a record or code that does not exist; run &apos;dyad-cli check&apos;.</source>
        <translation>%1 个编码标注引用了不存在的记录或编码；请运行“dyad-cli check”。</translation>
    </message>
    <message>
        <source>Choosing records by assignment (&quot;%1&quot;) needs a round.</source>
        <translation>按分配选择记录（“%1”）需要指定轮次。</translation>
    </message>
    <message>
        <source>The records changed while agreement was being prepared; try again.</source>
        <translation>准备一致性计算时记录发生了变化；请重试。</translation>
    </message>
    <message>
        <source>A code mapping is suggested for two reviewers; %1 are chosen.</source>
        <translation>编码映射只能为两位评审员建议；当前选择了 %1 位。</translation>
    </message>
    <message>
        <source>Cannot read the code mapping %1: %2</source>
        <translation>无法读取编码映射 %1：%2</translation>
    </message>
    <message>
        <source>%1: the code mapping is empty (expected a header row with code_a,code_b).</source>
        <translation>%1：编码映射为空（应有包含 code_a,code_b 的表头行）。</translation>
    </message>
    <message>
        <source>%1, line 1: expected the columns code_a and code_b in the header row.</source>
        <translation>%1，第 1 行：表头行应包含 code_a 和 code_b 两列。</translation>
    </message>
    <message>
        <source>%1, line %2: code_a: %3.</source>
        <translation>%1，第 %2 行：code_a：%3。</translation>
    </message>
    <message>
        <source>%1, line %2: code_b: %3.</source>
        <translation>%1，第 %2 行：code_b：%3。</translation>
    </message>
    <message>
        <source>%1 is empty; expected a header row with the columns unit, rater, value.</source>
        <translation>%1 为空；应有包含 unit、rater、value 列的表头行。</translation>
    </message>
    <message>
        <source>%1, line %2: the header must name the columns unit, rater and value; found: %3.</source>
        <translation>%1，第 %2 行：表头必须包含 unit、rater 和 value 列；实际为：%3。</translation>
    </message>
    <message>
        <source>%1, line %2: expected at least %3 fields (unit, rater, value), found %4.</source>
        <translation>%1，第 %2 行：应至少有 %3 个字段（unit、rater、value），实际为 %4 个。</translation>
    </message>
    <message>
        <source>%1, line %2: the unit is empty.</source>
        <translation>%1，第 %2 行：unit 为空。</translation>
    </message>
    <message>
        <source>%1, line %2: the rater is empty.</source>
        <translation>%1，第 %2 行：rater 为空。</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 raters; a ratings table Dyad reads has at most %3 (is the rater column the right one?).</source>
        <translation>%1，第 %2 行：评分者超过 %3 位；Dyad 读取的评分表最多 %3 位（rater 列是否选对了？）。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 units × %4 raters is more than %5 ratings; split the table.</source>
        <translation>%1，第 %2 行：%3 个单位 × %4 位评分者超过了 %5 个评分；请拆分该表。</translation>
    </message>
    <message>
        <source>%1, line %2: rater &apos;%3&apos; already rated unit &apos;%4&apos; on line %5.</source>
        <translation>%1，第 %2 行：评分者“%3”已在第 %5 行为单位“%4”评过分。</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 different values; Dyad compares at most %3 (the tables grow with their square; is the value column the right one?).</source>
        <translation>%1，第 %2 行：不同取值超过 %3 个；Dyad 最多比较 %3 个（表格大小随其平方增长；value 列是否选对了？）。</translation>
    </message>
    <message>
        <source>%1 has a header but no ratings.</source>
        <translation>%1 有表头但没有评分。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>The codebook lists code &apos;%1&apos; twice.</source>
        <translation>编码本中编码“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; names an unknown parent &apos;%2&apos;.</source>
        <translation>编码“%1”指定了未知的上级编码“%2”。</translation>
    </message>
    <message>
        <source>The code hierarchy has a cycle through &apos;%1&apos;.</source>
        <translation>编码层级中存在经过“%1”的循环。</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; has codings for %2 reviewers, but only %3 are named.</source>
        <translation>记录“%1”有 %2 位评审员的编码标注，但只列出了 %3 位评审员。</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos;: reviewer %2 applied code &apos;%3&apos;, which is not in the codebook.</source>
        <translation>记录“%1”：评审员 %2 使用了编码“%3”，但它不在编码本中。</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos;: reviewer %2 coded [%3, %4) with &apos;%5&apos;, outside the text of %6 code points (or empty).</source>
        <translation>记录“%1”：评审员 %2 用“%5”标注了 [%3, %4)，超出了长度为 %6 个码位的文本（或为空）。</translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers; %1 given.</source>
        <translation>计算一致性至少需要两位评审员；只提供了 %1 位。</translation>
    </message>
    <message>
        <source>The segment threshold must be in (0, 1]; %1 given.</source>
        <translation>片段阈值必须在 (0, 1] 内；给定值为 %1。</translation>
    </message>
    <message>
        <source>The project is open read-only; the snapshot was not saved.</source>
        <translation>项目以只读方式打开；快照未保存。</translation>
    </message>
    <message>
        <source>There is nothing to save: the report has no pair of reviewers.</source>
        <translation>没有可保存的内容：报告中没有评审员配对。</translation>
    </message>
    <message>
        <source>There is no agreement snapshot %1 in this project.</source>
        <translation>此项目中没有一致性快照 %1。</translation>
    </message>
</context>
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
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 × %2, %3, %4: %5</source>
        <translation>%1 × %2，%3，%4：%5</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Coding layers</source>
        <translation>编码层</translation>
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
        <source>; round %1</source>
        <translation>；轮次 %1</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>编码频次</translation>
    </message>
    <message>
        <source>Records in the project</source>
        <translation>项目中的记录</translation>
    </message>
    <message>
        <source>Records with codings in these layers</source>
        <translation>在这些层中有编码标注的记录</translation>
    </message>
    <message>
        <source>Records: records where the code was applied (share of all records in brackets). Segments: coded passages; for a code each application counts once; for a theme (in bold) the spans of the theme and every code below it are merged per record and layer where they overlap, and each merged passage counts once. Codings: applications of the code and the codes below it.</source>
        <translation>记录：使用了该编码的记录（括号内为占全部记录的比例）。片段：已编码的段落；对编码而言每次使用计一次；对主题（粗体）而言，主题及其下所有编码的片段按记录和层在重叠处合并，每个合并后的段落计一次。编码标注：该编码及其下级编码的使用次数。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>%1: records</source>
        <translation>%1：记录</translation>
    </message>
    <message>
        <source>%1: segments</source>
        <translation>%1：片段</translation>
    </message>
    <message>
        <source>%1: codings</source>
        <translation>%1：编码标注</translation>
    </message>
    <message>
        <source>The codebook is empty.</source>
        <translation>编码本为空。</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>编码共现</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数方式</translation>
    </message>
    <message>
        <source>codes applied to overlapping passages</source>
        <translation>用于重叠段落的编码</translation>
    </message>
    <message>
        <source>codes applied in the same record</source>
        <translation>用于同一记录的编码</translation>
    </message>
    <message>
        <source>Rows and columns</source>
        <translation>行和列</translation>
    </message>
    <message>
        <source>codes (each coding&apos;s own code)</source>
        <translation>编码（每个编码标注自身的编码）</translation>
    </message>
    <message>
        <source>themes (top-level codes with everything below)</source>
        <translation>主题（顶层编码及其下的全部内容）</translation>
    </message>
    <message>
        <source>A cell counts the pairs of passages, one of each code, that the same reviewer (layer) coded and that share at least one character. The diagonal counts each code&apos;s passages. Counts add up over layers.</source>
        <translation>每个单元格统计同一评审员（层）标注的、分属两个编码且至少共享一个字符的段落对数。对角线为各编码的段落数。计数按层累加。</translation>
    </message>
    <message>
        <source>A cell counts the records in which the same reviewer (layer) applied both codes; the diagonal counts the records with the code. Counts add up over layers.</source>
        <translation>每个单元格统计同一评审员（层）同时使用了这两个编码的记录数；对角线为使用该编码的记录数。计数按层累加。</translation>
    </message>
    <message>
        <source>No codings in these layers.</source>
        <translation>这些层中没有编码标注。</translation>
    </message>
    <message>
        <source>Strongest pairs</source>
        <translation>最强的编码对</translation>
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
        <translation>段落</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>词频</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>读取的记录</translation>
    </message>
    <message>
        <source>Words counted</source>
        <translation>统计的词数</translation>
    </message>
    <message>
        <source>Distinct words</source>
        <translation>不同词语数</translation>
    </message>
    <message>
        <source>Words are found with ICU word segmentation (Chinese is split into dictionary words), case-folded, and counted once per occurrence in the selected text; English and Chinese function words (Dyad&apos;s built-in stop-word lists) and numbers are left out unless asked for.</source>
        <translation>词语由 ICU 分词得到（中文按词典切分为词），统一大小写后，在所选文本中每出现一次计一次；除非另行要求，英文和中文虚词（Dyad 内置停用词表）以及数字不计入。</translation>
    </message>
    <message>
        <source>No words in the selected text.</source>
        <translation>所选文本中没有词语。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
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
        <source>Per 1,000 words</source>
        <translation>每千词</translation>
    </message>
    <message>
        <source>%1 less frequent words not shown.</source>
        <translation>另有 %1 个较低频的词语未显示。</translation>
    </message>
    <message>
        <source>Keyword in context: %1 (%2 lines)</source>
        <translation>上下文关键词：%1（%2 行）</translation>
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
        <source>There is no code with id %1 that you may see.</source>
        <translation>没有 id 为 %1 且你有权查看的编码。</translation>
    </message>
    <message>
        <source>There is no reviewer &quot;%1&quot; in the project; expected &quot;consensus&quot;, &quot;all&quot;, &quot;reviewers&quot; or one of: %2.</source>
        <translation>项目中没有评审员“%1”；应为“consensus”、“all”、“reviewers”或以下之一：%2。</translation>
    </message>
    <message>
        <source>every reviewer (%1): the Consensus has no codings yet</source>
        <translation>全体评审员（%1）：共识层还没有编码标注</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of the language reports are written in (HTML lang)</comment>
        <translation>zh-CN</translation>
    </message>
</context>
<context>
    <name>CodeAllHits</name>
    <message>
        <source>Finding the search hits…</source>
        <translation>正在查找搜索命中…</translation>
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
    <name>Export</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>只写入了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The file was not changed.</source>
        <translation>无法写入 %1：%2。文件未被更改。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>the file was never opened</source>
        <translation>文件从未打开</translation>
    </message>
    <message>
        <source>Unknown output format.</source>
        <translation>未知的输出格式。</translation>
    </message>
    <message>
        <source>There is no such reviewer in this project.</source>
        <translation>此项目中没有该评审员。</translation>
    </message>
    <message>
        <source>The Consensus layer is not a person: make copies for reviewers.</source>
        <translation>共识层不是一个人：请为评审员制作副本。</translation>
    </message>
    <message>
        <source>Choose another file than the open project for the copy.</source>
        <translation>请为副本选择一个不同于当前打开项目的文件。</translation>
    </message>
    <message>
        <source>Cannot write the reviewer copy %1: %2</source>
        <translation>无法写入评审副本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the reviewer copy %1.</source>
        <translation>无法写入评审副本 %1。</translation>
    </message>
    <message>
        <source>%1 is not a reviewer copy (it was not made with &apos;export reviewer-copy&apos;).</source>
        <translation>%1 不是评审副本（它不是用“export reviewer-copy”制作的）。</translation>
    </message>
    <message>
        <source>%1 is a reviewer copy of another project (%2), not of this one.</source>
        <translation>%1 是另一个项目（%2）的评审副本，不属于本项目。</translation>
    </message>
    <message>
        <source>%1 belongs to a reviewer who is no longer in this project.</source>
        <translation>%1 属于一位已不在本项目中的评审员。</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; is in the copy but not in the project; its codings were not merged.</source>
        <translation>记录“%1”在副本中但不在项目中；其编码标注未合并。</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot;: the text differs between the copy and the project; new or moved codings on it were not merged.</source>
        <translation>记录“%1”：副本与项目中的文本不同；其上新增或移动的编码标注未合并。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; was removed or merged away in the project but edited in the copy; it was not brought back.</source>
        <translation>编码“%1”在项目中已被删除或合并，但在副本中被编辑过；它没有被恢复。</translation>
    </message>
    <message>
        <source>New code &quot;%1&quot;: its parent is not in the project; added at the top level.</source>
        <translation>新编码“%1”：其上级编码不在项目中；已添加到顶层。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2 was changed both in the project (&quot;%3&quot;) and in the copy (&quot;%4&quot;); the project&apos;s kept.</source>
        <translation>编码“%1”：%2 在项目（“%3”）和副本（“%4”）中都被更改；保留项目中的值。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; was moved in the copy under a code the project does not have; it stays where it is.</source>
        <translation>编码“%1”在副本中被移到了项目中不存在的编码之下；它保持原位。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; was deleted or merged in the copy; it is kept in the project (shared codes change only through the lead).</source>
        <translation>编码“%1”在副本中被删除或合并；项目中仍保留它（共享编码只能由负责人更改）。</translation>
    </message>
    <message>
        <source>Coding %1 was removed in the project but edited in the copy; it was not brought back.</source>
        <translation>编码标注 %1 在项目中已被删除，但在副本中被编辑过；它没有被恢复。</translation>
    </message>
    <message>
        <source>Coding %1 has the id of another reviewer&apos;s coding; skipped.</source>
        <translation>编码标注 %1 的 id 属于另一位评审员的编码标注；已跳过。</translation>
    </message>
    <message>
        <source>Coding %1 uses a code that is not in the project; skipped.</source>
        <translation>编码标注 %1 使用了项目中没有的编码；已跳过。</translation>
    </message>
    <message>
        <source>Coding %1: its %2 was changed both in the project and in the copy; the project&apos;s kept.</source>
        <translation>编码标注 %1：其 %2 在项目和副本中都被更改；保留项目中的值。</translation>
    </message>
    <message>
        <source>Coding %1 was moved in the copy on a text that differs; not moved.</source>
        <translation>编码标注 %1 在副本中于不同的文本上被移动；未移动。</translation>
    </message>
    <message>
        <source>Coding %1 was recoded in the copy to a code the project does not have.</source>
        <translation>编码标注 %1 在副本中被改为项目中没有的编码。</translation>
    </message>
    <message>
        <source>A coding removed in the copy was changed in the project; it was kept.</source>
        <translation>一个在副本中被删除的编码标注在项目中被更改过；已保留。</translation>
    </message>
    <message>
        <source>The memo on &quot;%1&quot; was changed both in the project and in the copy; the project&apos;s kept.</source>
        <translation>“%1”上的备忘在项目和副本中都被更改；保留项目中的版本。</translation>
    </message>
    <message>
        <source>A record&apos;s status was changed both in the project (%1) and in the copy (%2); the project&apos;s kept.</source>
        <translation>某条记录的状态在项目（%1）和副本（%2）中都被更改；保留项目中的状态。</translation>
    </message>
    <message>
        <source>Merging %1 failed, nothing was changed: %2</source>
        <translation>合并 %1 失败，未做任何更改：%2</translation>
    </message>
    <message>
        <source>%1 contains a DTD, which Dyad refuses to process.</source>
        <translation>%1 包含 DTD，Dyad 拒绝处理。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (it has no worksheet).</source>
        <translation>%1 不是 Excel 工作簿（没有工作表）。</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2).</source>
        <translation>%1：共享字符串已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1, cell %2: refers to a shared string that does not exist.</source>
        <translation>%1，单元格 %2：引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2).</source>
        <translation>%1：工作表已损坏（%2）。</translation>
    </message>
    <message>
        <source>code memos are not part of a REFI-QDA codebook (.qdc); a project export (.qdpx) keeps them as notes</source>
        <translation>编码备忘不属于 REFI-QDA 编码本（.qdc）；导出项目（.qdpx）时会将其保留为笔记</translation>
    </message>
    <message>
        <source>The codebook is empty: a REFI-QDA codebook needs at least one code.</source>
        <translation>编码本为空：REFI-QDA 编码本至少需要一个编码。</translation>
    </message>
    <message>
        <source>%1 source(s) contain characters outside the Basic Multilingual Plane (emoji, rare CJK), e.g. %2: their offsets were written in UTF-16 units for NVivo; programs that follow REFI-QDA (code points) will place those codings too far on.</source>
        <translation>%1 个来源包含基本多文种平面以外的字符（表情符号、生僻汉字），例如 %2：其偏移量按 UTF-16 单元写出以适配 NVivo；遵循 REFI-QDA（码位）的程序会把这些编码标注放得过于靠后。</translation>
    </message>
    <message>
        <source>%1 source(s) contain characters outside the Basic Multilingual Plane (emoji, rare CJK), e.g. %2: their offsets are in code points as REFI-QDA requires; NVivo counts UTF-16 units and will place codings after such characters too early. Export with NVivo offsets (dyad-cli export qdpx … --offsets utf16) for NVivo.</source>
        <translation>%1 个来源包含基本多文种平面以外的字符（表情符号、生僻汉字），例如 %2：其偏移量按 REFI-QDA 的要求以码位计；NVivo 按 UTF-16 单元计数，会把这些字符之后的编码标注放得过于靠前。如需用于 NVivo，请按 NVivo 偏移导出（dyad-cli export qdpx … --offsets utf16）。</translation>
    </message>
    <message>
        <source>%1 source name(s) were changed so that programs can use them as file names (e.g. %2); the exact titles are in the variable &quot;Title&quot;.</source>
        <translation>%1 个来源名称已被修改，以便程序将其用作文件名（例如 %2）；准确的标题保存在变量“Title”中。</translation>
    </message>
    <message>
        <source>reviewer roles (lead, adjudicator) are not part of REFI-QDA</source>
        <translation>评审员角色（负责人、仲裁员）不属于 REFI-QDA</translation>
    </message>
    <message>
        <source>rounds, assignments, reconciliation decisions and the audit log are not exported</source>
        <translation>轮次、分配、协调决定和审计日志不会导出</translation>
    </message>
    <message>
        <source>coding %1 has the span [%2, %3), which does not fit the text of its record %4 (%5 characters)</source>
        <translation>编码标注 %1 的片段 [%2, %3) 超出了其记录 %4 的文本（%5 个字符）</translation>
    </message>
    <message>
        <source>; nothing of it lies in the text, so it is left out.</source>
        <translation>；它没有任何部分落在文本内，因此被略去。</translation>
    </message>
    <message>
        <source>; exported as [%1, %2).</source>
        <translation>；导出为 [%1, %2)。</translation>
    </message>
    <message>
        <source>%1 record(s) are still blinded for this reviewer, and export %2 would carry the other reviewers&apos; work on them.</source>
        <translation>%1 条记录对该评审员仍处于盲法状态，导出 %2 会带出其他评审员在这些记录上的工作。</translation>
    </message>
    <message>
        <source>export %1 needs the reviewer whose copy it is.</source>
        <translation>导出 %1 需要指定副本所属的评审员。</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>电子表格 (*.xlsx);;CSV (*.csv);;Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This program cannot write PDF; choose another format.</source>
        <translation>本程序无法写入 PDF；请选择其他格式。</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv, .xlsx, .md, .html or .pdf.</source>
        <translation>请选择扩展名为 .csv、.xlsx、.md、.html 或 .pdf 的文件。</translation>
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
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>sub-theme</source>
        <translation>子主题</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Codebook: %1</source>
        <translation>编码本：%1</translation>
    </message>
    <message>
        <source>Theme: </source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Sub-theme: </source>
        <translation>子主题：</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>not yet applied</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>%1 record(s), %2 coding(s) (%3)</source>
        <translation>%1 条记录，%2 个编码标注（%3）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reviewers&apos; counts of a code</comment>
        <translation>，</translation>
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
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Do not use when</source>
        <translation>不适用情形</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>major</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>次要</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Sub-theme</source>
        <translation>子主题</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>A theme (or sub-theme) is &lt;b&gt;major&lt;/b&gt; when it has more coded segments than the average of its level, &lt;b&gt;minor&lt;/b&gt; otherwise.</source>
        <translation>主题（或子主题）的已编码片段多于同一层级的平均数时为&lt;b&gt;主要&lt;/b&gt;，否则为&lt;b&gt;次要&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <source>Code path</source>
        <translation>编码路径</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>Coding ID</source>
        <translation>编码标注 ID</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>Coded segments: %1</source>
        <translation>已编码片段：%1</translation>
    </message>
    <message>
        <source>%1 coded segment(s)</source>
        <translation>共 %1 个已编码片段</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>(untitled record)</source>
        <translation>（无标题记录）</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s reviewer copy: only %2, a lead or an adjudicator can merge it, not %3.</source>
        <translation>%1 是 %2 的评审副本：只有 %2、负责人或仲裁员可以合并它，%3 不可以。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1, line %2: more than %3 columns in one row; a table Dyad reads has at most %3.</source>
        <translation>%1，第 %2 行：一行超过 %3 列；Dyad 读取的表格最多 %3 列。</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 characters.</source>
        <translation>%1，第 %2 行：某个字段超过 %3 个字符。</translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted field; quote the whole field and double inner quotes (&quot;&quot;).</source>
        <translation>%1，第 %2 行：未加引号的字段中出现了引号；请给整个字段加引号，并把其中的引号写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>%1, line %2: text after a closing quote.</source>
        <translation>%1，第 %2 行：右引号之后还有文本。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1，第 %2 行：带引号的字段没有闭合（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: too large for a codebook.</source>
        <translation>无法读取 %1：文件太大，不像是编码本。</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row with at least a &quot;name&quot; column.</source>
        <translation>%1 为空：应有至少包含“name”列的表头行。</translation>
    </message>
    <message>
        <source>%1, line 1: no &quot;name&quot; column (found: %2).</source>
        <translation>%1，第 1 行：没有“name”列（实际为：%2）。</translation>
    </message>
    <message>
        <source>%1, line %2: no code name; row skipped.</source>
        <translation>%1，第 %2 行：没有编码名称；已跳过该行。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2: created the parent &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：已创建上级编码“%3”。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a colour (#rrggbb); a default was used.</source>
        <translation>%1，第 %2 行：“%3”不是颜色（#rrggbb）；已使用默认颜色。</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1: %2 Example cell(s) held the code&apos;s first coded quote, which the codebook export shows when a code has no example of its own; not copied into Example.</source>
        <translation>%1：有 %2 个 Example 单元格中是该编码的第一条已编码引文（编码没有自己的示例时，编码本导出会显示它）；未复制到“示例”。</translation>
    </message>
    <message>
        <source>the input ended inside a field value</source>
        <translation>输入在字段值内部结束</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is never closed (expected &apos;}&apos;)</source>
        <translation>“{”没有闭合（应有“}”）</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; is never closed (expected a closing &apos;&quot;&apos;)</source>
        <translation>“&quot;”没有闭合（应有闭合的“&quot;”）</translation>
    </message>
    <message>
        <source>undefined @string macro &quot;%1&quot;; its name was used as the value</source>
        <translation>未定义的 @string 宏“%1”；已用其名称作为值</translation>
    </message>
    <message>
        <source>expected a value ({…}, &quot;…&quot;, a number or a macro) but found &apos;%1&apos;</source>
        <translation>应为一个值（{…}、&quot;…&quot;、数字或宏），但发现的是“%1”</translation>
    </message>
    <message>
        <source>the input ended inside the entry (expected &apos;%1&apos;)</source>
        <translation>输入在条目内部结束（应有“%1”）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; after a field value but found &apos;%2&apos;</source>
        <translation>字段值之后应为“,”或“%1”，但发现的是“%2”</translation>
    </message>
    <message>
        <source>malformed @string (expected @string{name = value}); ignored</source>
        <translation>@string 格式错误（应为 @string{name = value}）；已忽略</translation>
    </message>
    <message>
        <source>malformed @string &quot;%1&quot;: %2; ignored</source>
        <translation>@string“%1”格式错误：%2；已忽略</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot; at line %1</source>
        <translation>第 %1 行应为“name = value”</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2 (the braces do not balance%3); the entry was ended %4, and kept with %5 field(s): check it</source>
        <translation>条目“%1”：%2（花括号不配对%3）；该条目在%4结束，保留了 %5 个字段：请检查</translation>
    </message>
    <message>
        <source> in the value starting at line %1</source>
        <translation>，位于从第 %1 行开始的值中</translation>
    </message>
    <message>
        <source>before line %1, where the next entry starts</source>
        <translation>第 %1 行（下一条目开始处）之前</translation>
    </message>
    <message>
        <source>at the end of the input</source>
        <translation>输入末尾</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; could not be read: %2; it was skipped</source>
        <translation>无法读取条目“%1”：%2；已跳过</translation>
    </message>
    <message>
        <source>BibTeX entries such as @article{key, title = {…}, …}</source>
        <translation>BibTeX 条目，例如 @article{key, title = {…}, …}</translation>
    </message>
    <message>
        <source>BibTeX files (*.bib *.bibtex)</source>
        <translation>BibTeX 文件 (*.bib *.bibtex)</translation>
    </message>
    <message>
        <source>tab-separated values with a header row naming the columns (Title, Abstract, Authors, Year, Journal, DOI, PMID...)</source>
        <translation>制表符分隔的数据，带有列名表头行（Title、Abstract、Authors、Year、Journal、DOI、PMID……）</translation>
    </message>
    <message>
        <source>comma-separated values with a header row naming the columns (Title, Abstract, Authors, Year, Journal, DOI, PMID...)</source>
        <translation>逗号分隔的数据，带有列名表头行（Title、Abstract、Authors、Year、Journal、DOI、PMID……）</translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv *.tab *.txt)</source>
        <translation>制表符分隔文件 (*.tsv *.tab *.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>the header row could not be read; expected a first row naming the columns (Title, Abstract, ...)</source>
        <translation>无法读取表头行；第一行应为列名（Title、Abstract……）</translation>
    </message>
    <message>
        <source>the header row has %1 columns; a table Dyad imports has at most %2 (is this a bibliographic export?)</source>
        <translation>表头行有 %1 列；Dyad 导入的表格最多 %2 列（这是文献导出文件吗？）</translation>
    </message>
    <message>
        <source>no column holds a title or an abstract (header: %1); expected a header row with a column named Title or Abstract, or a column mapping that names one</source>
        <translation>没有包含标题或摘要的列（表头：%1）；表头行应有名为 Title 或 Abstract 的列，或由列映射指定其中之一</translation>
    </message>
    <message>
        <source>the delimiter was detected as &quot;%1&quot;</source>
        <translation>检测到的分隔符为“%1”</translation>
    </message>
    <message>
        <source>a quoted field opened at line %1 is never closed (expected a closing &quot;); the rest of the file could not be read and this record was skipped</source>
        <translation>第 %1 行开始的带引号字段没有闭合（应有闭合的 &quot;）；文件其余部分无法读取，该记录已跳过</translation>
    </message>
    <message>
        <source>the row has %1 cells, more than the %2 a record may have; the record was skipped</source>
        <translation>该行有 %1 个单元格，超过一条记录最多允许的 %2 个；该记录已跳过</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2; missing cells were left empty and extra cells kept as &quot;column N&quot; (reported once)</source>
        <translation>该行有 %1 个单元格，而表头有 %2 个；缺少的单元格留空，多出的单元格保留为“column N”（只报告一次）</translation>
    </message>
    <message>
        <source>the columns kept as attributes hold %1 characters, more than the %2 a record may carry; the record was skipped</source>
        <translation>保留为属性的列共有 %1 个字符，超过一条记录最多允许的 %2 个；该记录已跳过</translation>
    </message>
    <message>
        <source>the file is %1, not text</source>
        <translation>该文件是 %1，不是文本</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at offset %1 (line %2), so it is binary data, not %3 text</source>
        <translation>文件在偏移量 %1（第 %2 行）处含有 NUL 字节，因此是二进制数据，而不是 %3 文本</translation>
    </message>
    <message>
        <source>%1 of the first %2 bytes are control characters, so the file is binary data, not text</source>
        <translation>前 %2 个字节中有 %1 个是控制字符，因此该文件是二进制数据，而不是文本</translation>
    </message>
    <message>
        <source>unknown text encoding &quot;%1&quot;; expected an ICU converter name such as UTF-8, UTF-16LE, GB18030 or windows-1252</source>
        <translation>未知的文本编码“%1”；应为 ICU 转换器名称，例如 UTF-8、UTF-16LE、GB18030 或 windows-1252</translation>
    </message>
    <message>
        <source>EndNote XML (&lt;xml&gt;&lt;records&gt;&lt;record&gt;…)</source>
        <translation>EndNote XML（&lt;xml&gt;&lt;records&gt;&lt;record&gt;…）</translation>
    </message>
    <message>
        <source>EndNote XML files (*.xml)</source>
        <translation>EndNote XML 文件 (*.xml)</translation>
    </message>
    <message>
        <source>the XML is not well-formed (%1, column %2); the record there and everything after it could not be read</source>
        <translation>XML 格式不正确（%1，第 %2 列）；该处的记录及其后的全部内容无法读取</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: not imported, it is not a regular file (%2).</source>
        <translation>%1：未导入，它不是普通文件（%2）。</translation>
    </message>
    <message>
        <source>a link whose target is missing or not a file</source>
        <translation>目标不存在或不是文件的链接</translation>
    </message>
    <message>
        <source>a device, pipe or socket</source>
        <translation>设备、管道或套接字</translation>
    </message>
    <message>
        <source>%1: the folder holds no files to import.</source>
        <translation>%1：该文件夹中没有可导入的文件。</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, pipe or socket); Dyad imports files and folders of files.</source>
        <translation>%1：不是普通文件（设备、管道或套接字）；Dyad 只导入文件和包含文件的文件夹。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permissions).</source>
        <translation>%1：无法读取该文件（权限不足）。</translation>
    </message>
    <message>
        <source>the %1 field is %2 characters long, more than the limit of %3; the record was skipped (a runaway quote or a damaged file?)</source>
        <translation>%1字段长 %2 个字符，超过上限 %3；该记录已跳过（引号未闭合或文件已损坏？）</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>the record has neither a title nor an abstract, so there is nothing to code; it was skipped</source>
        <translation>该记录既无标题也无摘要，没有可编码的内容；已跳过</translation>
    </message>
    <message>
        <source>no title found; the record was kept with its abstract only</source>
        <translation>未找到标题；该记录仅以摘要保留</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; holds no four-digit year between 1500 and 2100; the year was left empty</source>
        <translation>年份“%1”中没有 1500 至 2100 之间的四位数年份；年份留空</translation>
    </message>
    <message>
        <source>the input is empty (or only blank lines); expected bibliographic records such as RIS, PubMed, CSV, BibTeX or pasted text</source>
        <translation>输入为空（或只有空行）；应为 RIS、PubMed、CSV、BibTeX 或粘贴文本等文献记录</translation>
    </message>
    <message>
        <source>the text contains a NUL character at line %1, so it is binary data or the wrong encoding (detected %2)</source>
        <translation>文本第 %1 行含有 NUL 字符，因此是二进制数据或编码有误（检测到 %2）</translation>
    </message>
    <message>
        <source>more than a tenth of the characters are control, unassigned or undecodable characters, so this is binary data or the wrong encoding (detected %1); expected text</source>
        <translation>超过十分之一的字符是控制字符、未分配字符或无法解码的字符，因此这是二进制数据或编码有误（检测到 %1）；应为文本</translation>
    </message>
    <message>
        <source>the format could not be recognised; expected one of: %1 (choose it by hand if the file is one of them)</source>
        <translation>无法识别格式；应为以下之一：%1（如果文件属于其中一种，请手动选择）</translation>
    </message>
    <message>
        <source>the format was guessed as %1 with low confidence (%2); choose it by hand if the records look wrong</source>
        <translation>格式被推测为 %1，但置信度较低（%2）；如果记录看起来不对，请手动选择格式</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was read</source>
        <translation>导入已取消；未读取任何内容</translation>
    </message>
    <message>
        <source>strict mode: the whole input was refused because of %1 error(s) listed above</source>
        <translation>严格模式：由于上面列出的 %1 个错误，整个输入被拒绝</translation>
    </message>
    <message>
        <source>no records were found; expected %1</source>
        <translation>未找到记录；应为 %1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); expected bibliographic records</source>
        <translation>文件为空（0 字节）；应为文献记录</translation>
    </message>
    <message>
        <source>; expected a text export such as RIS, PubMed, CSV or BibTeX</source>
        <translation>；应为 RIS、PubMed、CSV 或 BibTeX 等文本导出文件</translation>
    </message>
    <message>
        <source>%1 byte sequences (first at line %2) are not valid %3, so this is the wrong encoding or not text; choose the encoding by hand</source>
        <translation>有 %1 个字节序列（首个在第 %2 行）不是有效的 %3，因此编码有误或不是文本；请手动选择编码</translation>
    </message>
    <message>
        <source>%1 byte sequence(s) are not valid %2 and were replaced by U+FFFD (first at line %3); choose the encoding by hand if the text looks wrong</source>
        <translation>有 %1 个字节序列不是有效的 %2，已替换为 U+FFFD（首个在第 %3 行）；如果文本看起来不对，请手动选择编码</translation>
    </message>
    <message>
        <source>the encoding was guessed as %1 with confidence %2/100; choose it by hand if accents or Chinese characters look wrong</source>
        <translation>编码被推测为 %1，置信度 %2/100；如果重音字母或汉字显示不对，请手动选择编码</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot; for reading: %2</source>
        <translation>无法打开“%1”进行读取：%2</translation>
    </message>
    <message>
        <source>JSON: an array of objects, one object or JSON Lines, with keys such as title, abstract, authors, year, journal, doi</source>
        <translation>JSON：对象数组、单个对象或 JSON Lines，键名如 title、abstract、authors、year、journal、doi</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl)</source>
        <translation>JSON 文件 (*.json *.jsonl)</translation>
    </message>
    <message>
        <source>the JSON array is not closed (expected &apos;]&apos;); the file may be truncated</source>
        <translation>JSON 数组没有闭合（应有“]”）；文件可能不完整</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) but found &apos;%1&apos;; the rest of the input was not read</source>
        <translation>应为 JSON 对象（“{”），但发现的是“%1”；输入的其余部分未读取</translation>
    </message>
    <message>
        <source>the JSON value starting here never closes (expected &apos;}&apos;); the file may be truncated, the record was skipped</source>
        <translation>从此处开始的 JSON 值没有闭合（应有“}”）；文件可能不完整，该记录已跳过</translation>
    </message>
    <message>
        <source>invalid JSON (%1); the record was skipped</source>
        <translation>JSON 无效（%1）；该记录已跳过</translation>
    </message>
    <message>
        <source>expected a JSON object for each record; skipped</source>
        <translation>每条记录应为一个 JSON 对象；已跳过</translation>
    </message>
    <message>
        <source>PubMed/MEDLINE records (lines such as &quot;PMID- 12345678&quot;, &quot;TI  - …&quot;, &quot;AB  - …&quot;)</source>
        <translation>PubMed/MEDLINE 记录（如“PMID- 12345678”“TI  - …”“AB  - …”这样的行）</translation>
    </message>
    <message>
        <source>PubMed/MEDLINE files (*.nbib *.txt *.medline)</source>
        <translation>PubMed/MEDLINE 文件 (*.nbib *.txt *.medline)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;PMID- &quot;; it was read anyway</source>
        <translation>该记录不是以“PMID- ”开头；仍已读取</translation>
    </message>
    <message>
        <source>line is neither a tag (&quot;XXXX- value&quot;) nor an indented continuation; ignored</source>
        <translation>该行既不是标签（“XXXX- value”）也不是缩进的续行；已忽略</translation>
    </message>
    <message>
        <source>text copied from a publisher or database page (one record)</source>
        <translation>从出版商或数据库页面复制的文本（一条记录）</translation>
    </message>
    <message>
        <source>Pasted text (*.txt)</source>
        <translation>粘贴的文本 (*.txt)</translation>
    </message>
    <message>
        <source>no title or abstract could be found in the pasted text (expected a title line and an abstract paragraph)</source>
        <translation>粘贴的文本中找不到标题或摘要（应有一行标题和一段摘要）</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1 was refused, so nothing was imported: %2</source>
        <translation>%1 被拒绝，因此未导入任何内容：%2</translation>
    </message>
    <message>
        <source>PubMed XML (&lt;PubmedArticleSet&gt;&lt;PubmedArticle&gt;…)</source>
        <translation>PubMed XML（&lt;PubmedArticleSet&gt;&lt;PubmedArticle&gt;…）</translation>
    </message>
    <message>
        <source>PubMed XML files (*.xml)</source>
        <translation>PubMed XML 文件 (*.xml)</translation>
    </message>
    <message>
        <source>the XML is not well-formed (%1, column %2); the article there and everything after it could not be read</source>
        <translation>XML 格式不正确（%1，第 %2 列）；该处的文章及其后的全部内容无法读取</translation>
    </message>
    <message>
        <source>RIS records (TY  - … ER  - ) from EndNote, Zotero, Mendeley, Covidence, Rayyan, Scopus, Web of Science, Ovid or ProQuest</source>
        <translation>来自 EndNote、Zotero、Mendeley、Covidence、Rayyan、Scopus、Web of Science、Ovid 或 ProQuest 的 RIS 记录（TY  - … ER  - ）</translation>
    </message>
    <message>
        <source>RIS files (*.ris *.txt)</source>
        <translation>RIS 文件 (*.ris *.txt)</translation>
    </message>
    <message>
        <source>the record starting at line %1 has no closing &quot;ER  - &quot; line before the next TY at line %2; it was closed there</source>
        <translation>从第 %1 行开始的记录在第 %2 行的下一个 TY 之前没有结束行“ER  - ”；已在该处结束</translation>
    </message>
    <message>
        <source>the record does not start with &quot;TY  - &quot; (found %1); it was read anyway</source>
        <translation>该记录不是以“TY  - ”开头（实际为 %1）；仍已读取</translation>
    </message>
    <message>
        <source>text outside any record (expected a &quot;TY  - &quot; line); ignored up to the next record</source>
        <translation>文本不在任何记录内（应有“TY  - ”行）；已忽略至下一条记录</translation>
    </message>
    <message>
        <source>the last record (starting at line %1) has no closing &quot;ER  - &quot; line; the file may be truncated, but the record was kept</source>
        <translation>最后一条记录（从第 %1 行开始）没有结束行“ER  - ”；文件可能不完整，但该记录已保留</translation>
    </message>
    <message>
        <source>plain text, one record per file (first line = title)</source>
        <translation>纯文本，每个文件一条记录（第一行为标题）</translation>
    </message>
    <message>
        <source>Text files (*.txt *.text *.md)</source>
        <translation>文本文件 (*.txt *.text *.md)</translation>
    </message>
    <message>
        <source>the first line is %1 characters long, too long for a title (expected a short first line); the whole text became the body and the title was left empty</source>
        <translation>第一行长 %1 个字符，作为标题太长（第一行应较短）；全部文本作为正文，标题留空</translation>
    </message>
    <message>
        <source>Web of Science plain text (FN/VR header, records PT … ER, end EF)</source>
        <translation>Web of Science 纯文本（FN/VR 文件头，记录 PT … ER，以 EF 结尾）</translation>
    </message>
    <message>
        <source>Web of Science plain text (*.txt *.ciw)</source>
        <translation>Web of Science 纯文本 (*.txt *.ciw)</translation>
    </message>
    <message>
        <source>expected a two-letter tag or a line indented by three spaces; the line was ignored</source>
        <translation>应为两个字母的标签或缩进三个空格的行；该行已忽略</translation>
    </message>
    <message>
        <source>the record starting at line %1 has no closing &quot;ER&quot; before the next PT at line %2; it was closed there</source>
        <translation>从第 %1 行开始的记录在第 %2 行的下一个 PT 之前没有结束行“ER”；已在该处结束</translation>
    </message>
    <message>
        <source>the record does not start with &quot;PT&quot; (found %1); it was read anyway</source>
        <translation>该记录不是以“PT”开头（实际为 %1）；仍已读取</translation>
    </message>
    <message>
        <source>the last record (starting at line %1) has no closing &quot;ER&quot; line; the file may be truncated, but the record was kept</source>
        <translation>最后一条记录（从第 %1 行开始）没有结束行“ER”；文件可能不完整，但该记录已保留</translation>
    </message>
    <message>
        <source>the file has no closing &quot;EF&quot; line; it may be truncated</source>
        <translation>文件没有结束行“EF”；可能不完整</translation>
    </message>
    <message>
        <source>the entity &amp;%1; refers to an outside file (%2), which Dyad does not read; its %3 reference(s) were left out of the text</source>
        <translation>实体 &amp;%1; 引用了外部文件（%2），Dyad 不读取外部文件；文本中略去了它的 %3 处引用</translation>
    </message>
    <message>
        <source>the document&apos;s entities would expand to more than %1 million characters (&amp;%2; alone is used %3 times); Dyad refuses such a file</source>
        <translation>文档中的实体展开后将超过 %1 百万个字符（仅 &amp;%2; 就使用了 %3 次）；Dyad 拒绝此类文件</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1 declares a DTD; Dyad does not process DTDs or external entities in exchange files.</source>
        <translation>%1 声明了 DTD；Dyad 不处理交换文件中的 DTD 或外部实体。</translation>
    </message>
    <message>
        <source>%1: not well-formed XML (%2).</source>
        <translation>%1：XML 格式不正确（%2）。</translation>
    </message>
    <message>
        <source>%1 is empty: expected a &lt;%2&gt; document.</source>
        <translation>%1 为空：应为 &lt;%2&gt; 文档。</translation>
    </message>
    <message>
        <source>%1 uses the namespace &quot;%2&quot; instead of &quot;%3&quot;; read it anyway.</source>
        <translation>%1 使用了命名空间“%2”而不是“%3”；仍已读取。</translation>
    </message>
    <message>
        <source>%1 declares a DTD; Dyad does not process DTDs.</source>
        <translation>%1 声明了 DTD；Dyad 不处理 DTD。</translation>
    </message>
    <message>
        <source>%1 GUID(s) were written in braces {…}; read without them.</source>
        <translation>有 %1 个 GUID 写在花括号 {…} 中；已去掉花括号读取。</translation>
    </message>
    <message>
        <source>%1 GUID(s) were in lower case; Dyad keeps them as the same UUIDs.</source>
        <translation>有 %1 个 GUID 为小写；Dyad 将其视为相同的 UUID。</translation>
    </message>
    <message>
        <source>%1 element(s) had a missing or invalid GUID and got a new one.</source>
        <translation>有 %1 个元素缺少 GUID 或 GUID 无效，已为其分配新的 GUID。</translation>
    </message>
    <message>
        <source>%1: the document is a &lt;%2&gt;, not a REFI-QDA &lt;Project&gt;.</source>
        <translation>%1：该文档是 &lt;%2&gt;，不是 REFI-QDA 的 &lt;Project&gt;。</translation>
    </message>
    <message>
        <source>%1 is a project document; only its codebook was read.</source>
        <translation>%1 是项目文档；只读取了其中的编码本。</translation>
    </message>
    <message>
        <source>%1: the document is a &lt;%2&gt;, not a REFI-QDA &lt;CodeBook&gt;.</source>
        <translation>%1：该文档是 &lt;%2&gt;，不是 REFI-QDA 的 &lt;CodeBook&gt;。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import into %1: the file exists already. Choose a new file name.</source>
        <translation>无法导入到 %1：该文件已存在。请选择新的文件名。</translation>
    </message>
    <message>
        <source>the archive has no .qde project document, so it is not a REFI-QDA project export.</source>
        <translation>压缩包中没有 .qde 项目文档，因此它不是 REFI-QDA 项目导出文件。</translation>
    </message>
    <message>
        <source>The project document is &quot;%1&quot;, not &quot;project.qde&quot;; read it anyway.</source>
        <translation>项目文档是“%1”，而不是“project.qde”；仍已读取。</translation>
    </message>
    <message>
        <source>The archive holds %1 .qde files; only &quot;%2&quot; was read.</source>
        <translation>压缩包中有 %1 个 .qde 文件；只读取了“%2”。</translation>
    </message>
    <message>
        <source>The project document is named &quot;%1&quot;; read it as project.qde.</source>
        <translation>项目文档名为“%1”；已将其作为 project.qde 读取。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not imported (Dyad has no equivalent).</source>
        <translation>&lt;%1&gt; 未导入（Dyad 中没有对应内容）。</translation>
    </message>
    <message>
        <source>User %1 is listed twice; kept once.</source>
        <translation>用户 %1 被列出了两次；只保留一次。</translation>
    </message>
    <message>
        <source>Two users are called &quot;%1&quot;; one was renamed &quot;%2&quot;.</source>
        <translation>有两个用户都叫“%1”；其中一个已改名为“%2”。</translation>
    </message>
    <message>
        <source>User %1 is referred to but not listed under &lt;Users&gt;; added as &quot;%2&quot;.</source>
        <translation>用户 %1 被引用，但未在 &lt;Users&gt; 中列出；已添加为“%2”。</translation>
    </message>
    <message>
        <source>Some codings name no user; they belong to the reviewer &quot;Imported&quot;.</source>
        <translation>部分编码标注没有指明用户；它们归入评审员“Imported”。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; (%2) appears twice; the second was ignored.</source>
        <translation>编码“%1”（%2）出现了两次；第二个已忽略。</translation>
    </message>
    <message>
        <source>%1 code folder(s) (isCodable=&quot;false&quot;) were imported as ordinary codes.</source>
        <translation>%1 个编码文件夹（isCodable=&quot;false&quot;）已作为普通编码导入。</translation>
    </message>
    <message>
        <source>Cannot import %1: its %2 sources add up to more than %3 MB of text (several may name the same text file), more than Dyad imports from one archive. Nothing was imported.</source>
        <translation>无法导入 %1：其 %2 个来源的文本合计超过 %3 MB（可能有多个来源指向同一个文本文件），超出了 Dyad 从一个压缩包导入的上限。未导入任何内容。</translation>
    </message>
    <message>
        <source>Source %1 is a %2; Dyad imports text sources only.</source>
        <translation>来源 %1 是 %2；Dyad 只导入文本来源。</translation>
    </message>
    <message>
        <source>Source %1 appears twice; the second was ignored.</source>
        <translation>来源 %1 出现了两次；第二个已忽略。</translation>
    </message>
    <message>
        <source>Source %1: its text file &quot;%2&quot; is not in the archive.</source>
        <translation>来源 %1：其文本文件“%2”不在压缩包中。</translation>
    </message>
    <message>
        <source>Source %1 has both a text file and inline text; the file was used.</source>
        <translation>来源 %1 既有文本文件又有内嵌文本；已使用文件。</translation>
    </message>
    <message>
        <source>Source %1 refers to an external file (%2); only embedded text is imported.</source>
        <translation>来源 %1 引用了外部文件（%2）；只导入内嵌的文本。</translation>
    </message>
    <message>
        <source>Source %1 has no text (neither plainTextPath nor PlainTextContent).</source>
        <translation>来源 %1 没有文本（既无 plainTextPath 也无 PlainTextContent）。</translation>
    </message>
    <message>
        <source>Source %1: %2.</source>
        <translation>来源 %1：%2。</translation>
    </message>
    <message>
        <source>Source %1 is empty.</source>
        <translation>来源 %1 为空。</translation>
    </message>
    <message>
        <source>an application that does not name itself</source>
        <translation>一个未注明名称的应用程序</translation>
    </message>
    <message>
        <source>Source %1 (written by %2): offsets read as %3, because %4.</source>
        <translation>来源 %1（由 %2 写入）：偏移量按 %3 读取，因为%4。</translation>
    </message>
    <message>
        <source> Check a few of its codings against the original.</source>
        <translation>请对照原文检查其中几个编码标注。</translation>
    </message>
    <message>
        <source>A coding on source %1 refers to code %2, which is not in the codebook.</source>
        <translation>来源 %1 上的一个编码标注引用了编码 %2，但它不在编码本中。</translation>
    </message>
    <message>
        <source>Coding %1 appears twice; the second got a new GUID.</source>
        <translation>编码标注 %1 出现了两次；第二个已分配新的 GUID。</translation>
    </message>
    <message>
        <source>Source %1: a duplicate coding of the same passage with the same code by the same user was merged.</source>
        <translation>来源 %1：同一用户以同一编码对同一段落的重复编码标注已合并。</translation>
    </message>
    <message>
        <source>Source %1: selection %2 has unreadable positions.</source>
        <translation>来源 %1：选区 %2 的位置无法读取。</translation>
    </message>
    <message>
        <source>Source %1: selection [%2, %3) does not fit the text (%4 characters); its %5 coding(s) were not imported, so that nothing is placed on the wrong passage.</source>
        <translation>来源 %1：选区 [%2, %3) 超出了文本范围（%4 个字符）；其 %5 个编码标注未导入，以免标注到错误的段落上。</translation>
    </message>
    <message>
        <source>Source %1: selection [%2, %3) is named &quot;%4&quot; but covers &quot;%5&quot;; the text differs from the one the offsets were made on, so its coding(s) were not imported.</source>
        <translation>来源 %1：选区 [%2, %3) 名为“%4”，实际覆盖的却是“%5”；文本与生成偏移量时的文本不同，因此其编码标注未导入。</translation>
    </message>
    <message>
        <source>Source %1: a selection without coding was not imported.</source>
        <translation>来源 %1：一个没有编码标注的选区未导入。</translation>
    </message>
    <message>
        <source>%1 source file(s) were found under another folder or letter case than &quot;sources/&quot; (e.g. &quot;Sources/&quot;).</source>
        <translation>有 %1 个来源文件位于“sources/”以外的文件夹或大小写不同的路径下（例如“Sources/”）。</translation>
    </message>
    <message>
        <source>%1 source(s) name their text file without &quot;internal://&quot; (e.g. &quot;%2&quot;); the file of that name in the archive was used.</source>
        <translation>有 %1 个来源在指明文本文件时没有使用“internal://”（例如“%2”）；已使用压缩包中同名的文件。</translation>
    </message>
    <message>
        <source>%1 source(s) had CRLF line ends; stored with LF and offsets moved to match%2.</source>
        <translation>有 %1 个来源使用 CRLF 换行；已按 LF 保存，并相应移动了偏移量%2。</translation>
    </message>
    <message>
        <source> (%1 counted their offsets as if CRLF were one character)</source>
        <translation>（其中 %1 个在计算偏移量时把 CRLF 当作一个字符）</translation>
    </message>
    <message>
        <source>%1 source(s) had offsets counted in UTF-16 units (as NVivo writes), not in code points as REFI-QDA requires; converted.</source>
        <translation>有 %1 个来源的偏移量按 UTF-16 单元计数（NVivo 的写法），而不是 REFI-QDA 要求的码位；已转换。</translation>
    </message>
    <message>
        <source>%1 coding(s) applied to a whole source became codings of its whole text.</source>
        <translation>%1 个作用于整个来源的编码标注已转为对其全文的编码标注。</translation>
    </message>
    <message>
        <source>%1 note(s) not attached to a code, coding or source were not imported.</source>
        <translation>%1 条未附加到编码、编码标注或来源的笔记未导入。</translation>
    </message>
    <message>
        <source>%1 note reference(s) point to notes that are not in the file.</source>
        <translation>%1 个笔记引用指向文件中不存在的笔记。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: %2</source>
        <translation>用户“%1”：%2</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2</source>
        <translation>编码“%1”：%2</translation>
    </message>
    <message>
        <source>Coding %1: %2</source>
        <translation>编码标注 %1：%2</translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot import into %1: another program created that file while this import ran; it was left as it is and nothing was imported here.</source>
        <translation>无法导入到 %1：导入过程中另一个程序创建了该文件；该文件保持原样，此处未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: a codebook of %2 bytes is too large.</source>
        <translation>无法读取 %1：%2 字节的编码本太大。</translation>
    </message>
    <message>
        <source>%1 holds no codes.</source>
        <translation>%1 中没有编码。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; has another GUID in the project; matched by name.</source>
        <translation>编码“%1”在项目中的 GUID 不同；已按名称匹配。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2 Nothing was changed.</source>
        <translation>无法导入 %1：%2 未做任何更改。</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>某个条目的名称为空</translation>
    </message>
    <message>
        <source>the entry name contains a NUL character</source>
        <translation>条目名称中含有 NUL 字符</translation>
    </message>
    <message>
        <source>the entry has an absolute path</source>
        <translation>条目使用了绝对路径</translation>
    </message>
    <message>
        <source>the entry has a drive letter</source>
        <translation>条目带有驱动器号</translation>
    </message>
    <message>
        <source>the entry points outside the archive (&quot;..&quot;)</source>
        <translation>条目指向压缩包之外（“..”）</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a zip archive, or it is damaged (error %2).</source>
        <translation>无法读取 %1：它不是 zip 压缩包，或已损坏（错误 %2）。</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds %2 entries, more than the limit of %3.</source>
        <translation>无法读取 %1：它包含 %2 个条目，超过上限 %3。</translation>
    </message>
    <message>
        <source>Cannot read %1: an entry header is damaged.</source>
        <translation>无法读取 %1：某个条目头已损坏。</translation>
    </message>
    <message>
        <source>Cannot read %1: entry &quot;%2&quot; was refused: %3.</source>
        <translation>无法读取 %1：条目“%2”被拒绝：%3。</translation>
    </message>
    <message>
        <source>Cannot read %1: entry &quot;%2&quot; appears twice.</source>
        <translation>无法读取 %1：条目“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Cannot read %1: entry &quot;%2&quot; unpacks to %3 bytes, more than the limit of %4 for one entry.</source>
        <translation>无法读取 %1：条目“%2”解压后为 %3 字节，超过单个条目的上限 %4。</translation>
    </message>
    <message>
        <source>Cannot read %1: the archive unpacks to more than %2 bytes in total.</source>
        <translation>无法读取 %1：压缩包解压后总计超过 %2 字节。</translation>
    </message>
    <message>
        <source>Cannot read %1: entry &quot;%2&quot; is compressed %3 times, which looks like a zip bomb.</source>
        <translation>无法读取 %1：条目“%2”的压缩比为 %3 倍，看起来像 zip 炸弹。</translation>
    </message>
    <message>
        <source>Cannot read %1: the archive directory is damaged.</source>
        <translation>无法读取 %1：压缩包目录已损坏。</translation>
    </message>
    <message>
        <source>%1 has no entry &quot;%2&quot;.</source>
        <translation>%1 中没有条目“%2”。</translation>
    </message>
    <message>
        <source>Cannot read entry &quot;%1&quot; of %2.</source>
        <translation>无法读取 %2 中的条目“%1”。</translation>
    </message>
    <message>
        <source>Cannot read entry &quot;%1&quot; of %2 (damaged or encrypted).</source>
        <translation>无法读取 %2 中的条目“%1”（已损坏或已加密）。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; of %2 is damaged.</source>
        <translation>%2 中的条目“%1”已损坏。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; of %2 unpacks to more data than its header declares.</source>
        <translation>%2 中的条目“%1”解压后的数据多于其条目头声明的大小。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; of %2 is damaged (checksum error).</source>
        <translation>%2 中的条目“%1”已损坏（校验和错误）。</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>无法写入 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2.</source>
        <translation>无法将 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Cannot finish %1 (zip error %2).</source>
        <translation>无法完成 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <source>removed a UTF-8 byte-order mark</source>
        <translation>已去除 UTF-8 字节顺序标记</translation>
    </message>
    <message>
        <source>read as UTF-16 (the standard asks for UTF-8)</source>
        <translation>按 UTF-16 读取（标准要求 UTF-8）</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>不是有效的 UTF-8；已按 Latin-1 读取</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>UTF-16 代码单元</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>码位</translation>
    </message>
    <message>
        <source>a line break counted as one</source>
        <translation>换行计为一个字符</translation>
    </message>
    <message>
        <source>CRLF counted as two</source>
        <translation>CRLF 计为两个字符</translation>
    </message>
    <message>
        <source>; this is not how the writing application is known to count (%1)</source>
        <translation>；这与已知的写入程序计数方式不同（%1）</translation>
    </message>
    <message>
        <source>%1 of %2 selection names quote the text under this reading</source>
        <translation>按这种读法，%2 个选区名称中有 %1 个与文本相符</translation>
    </message>
    <message>
        <source>only this reading keeps all %1 selections inside the text</source>
        <translation>只有这种读法能让全部 %1 个选区都落在文本内</translation>
    </message>
    <message>
        <source>%1 of %2 selections start and end on word boundaries under this reading, at most %3 under another</source>
        <translation>按这种读法，%2 个选区中有 %1 个的起止点落在词边界上，其他读法最多 %3 个</translation>
    </message>
    <message>
        <source>its selections do not tell the readings apart (%1 of %2 on word boundaries under the best reading%3)</source>
        <translation>其选区无法区分各种读法（最佳读法下 %2 个中有 %1 个落在词边界上%3）</translation>
    </message>
    <message>
        <source>, %1 under the next</source>
        <translation>，次佳读法下为 %1 个</translation>
    </message>
    <message>
        <source>; the project&apos;s other sources were counted this way</source>
        <translation>；项目中的其他来源是按这种方式计数的</translation>
    </message>
    <message>
        <source>; the writing application is known to count this way</source>
        <translation>；已知写入程序按这种方式计数</translation>
    </message>
    <message>
        <source>; REFI-QDA&apos;s unit (code points) was assumed</source>
        <translation>；按 REFI-QDA 的单位（码位）处理</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1，第 %2 条记录</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>same DOI %1</source>
        <translation>相同的 DOI %1</translation>
    </message>
    <message>
        <source>same PMID %1</source>
        <translation>相同的 PMID %1</translation>
    </message>
    <message>
        <source>same title and year (%1)</source>
        <translation>相同的标题和年份（%1）</translation>
    </message>
    <message>
        <source>same title (one of the two has no year)</source>
        <translation>相同的标题（其中一条没有年份）</translation>
    </message>
    <message>
        <source>same text (no DOI or PMID on either)</source>
        <translation>相同的文本（两者都没有 DOI 或 PMID）</translation>
    </message>
    <message>
        <source>repeats input record %1: %2</source>
        <translation>与输入中的第 %1 条记录重复：%2</translation>
    </message>
    <message>
        <source>%1 as an existing record that already has codings, so it is left unchanged</source>
        <translation>%1，与项目中一条已有编码标注的记录相同，因此保持不变</translation>
    </message>
    <message>
        <source>%1 as an existing uncoded record whose metadata differ; it may be updated</source>
        <translation>%1，与项目中一条尚未编码的已有记录相同，但元数据不同；可以更新</translation>
    </message>
    <message>
        <source>%1 as an existing record with the same metadata</source>
        <translation>%1，与项目中已有记录相同，且元数据一致</translation>
    </message>
    <message>
        <source>%1 as an existing uncoded record whose abstract, authors, journal or other metadata differ; it may be updated</source>
        <translation>%1，与项目中一条尚未编码的已有记录相同，但其摘要、作者、期刊或其他元数据不同；可以更新</translation>
    </message>
    <message>
        <source>the entry is not closed (expected &apos;%1&apos;); the file may be truncated</source>
        <translation>条目没有闭合（应有“%1”）；文件可能不完整</translation>
    </message>
    <message>
        <source>&quot;ER  - &quot; without a record before it; ignored</source>
        <translation>“ER  - ”之前没有记录；已忽略</translation>
    </message>
    <message>
        <source>users, codebook or variables follow the sources.</source>
        <translation>用户、编码本或变量位于来源之后。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: the archive is not open.</source>
        <translation>无法写入 %1：压缩包未打开。</translation>
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
    <name>Open</name>
    <message>
        <source>%1 is a team project on a server, and this program cannot open team projects. Use dyad or dyad-cli.</source>
        <translation>%1 是服务器上的团队项目，本程序无法打开团队项目。请使用 dyad 或 dyad-cli。</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>无法写入 PDF %1：%2</translation>
    </message>
    <message>
        <source>PDF output needs Qt&apos;s GUI module to lay out the text.</source>
        <translation>输出 PDF 需要 Qt 的 GUI 模块来排版文本。</translation>
    </message>
    <message>
        <source>nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3.</source>
        <translation>%1：第 %2 字节处的 JSON 无效：%3。</translation>
    </message>
    <message>
        <source>codebook.json: code &quot;%1&quot; names an unknown parent &quot;%2&quot;.</source>
        <translation>codebook.json：编码“%1”指定了未知的上级编码“%2”。</translation>
    </message>
    <message>
        <source>codings.json entry %1: unknown record &quot;%2&quot; or code &quot;%3&quot;.</source>
        <translation>codings.json 第 %1 项：未知的记录“%2”或编码“%3”。</translation>
    </message>
    <message>
        <source>codings.json entry %1: the quote &quot;%2&quot; is not in record %3.</source>
        <translation>codings.json 第 %1 项：引文“%2”不在记录 %3 中。</translation>
    </message>
    <message>
        <source>codings.json entry %1: %2</source>
        <translation>codings.json 第 %1 项：%2</translation>
    </message>
    <message>
        <source>there is no code &quot;%1&quot; in the codebook</source>
        <translation>编码本中没有编码“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 codes; give the path (&quot;Theme &gt; Code&quot;; quote a name that holds &apos;&gt;&apos; like &quot;Costs &gt; \&quot;cost &gt; benefit\&quot;&quot;) or the code&apos;s id</source>
        <translation>“%1”对应 %2 个编码；请给出路径（“主题 &gt; 编码”；名称中含有“&gt;”时请加引号，如 &quot;Costs &gt; \&quot;cost &gt; benefit\&quot;&quot;）或编码的 id</translation>
    </message>
    <message>
        <source>Cannot open %1: the project is incomplete (it has no project id).</source>
        <translation>无法打开 %1：项目不完整（缺少项目 id）。</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>评审员需要有名称。</translation>
    </message>
    <message>
        <source>There is only one Consensus reviewer, and every project has it already.</source>
        <translation>共识评审员只有一个，而且每个项目都已经有了。</translation>
    </message>
    <message>
        <source>There is already a reviewer called &quot;%1&quot;.</source>
        <translation>已经有名为“%1”的评审员。</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 records; nothing was added.</source>
        <translation>在 %2 条记录中处理了 %1 条后已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>Record %1 (%2) has neither a title nor a text.</source>
        <translation>记录 %1（%2）既没有标题也没有文本。</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>记录 %1：%2</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>The text was not changed: the correction touches %1 coded passage(s): %2. Remove or adjust those codings first.</source>
        <translation>文本未更改：此修正涉及 %1 处已编码段落：%2。请先删除或调整这些编码标注。</translation>
    </message>
    <message>
        <source>Choose who you are before writing a memo.</source>
        <translation>写备忘前请先选择你的身份。</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>编码需要有名称。</translation>
    </message>
    <message>
        <source>The parent code of &quot;%1&quot; does not exist.</source>
        <translation>“%1”的上级编码不存在。</translation>
    </message>
    <message>
        <source>There is already a code &quot;%1&quot; at that place in your codebook.</source>
        <translation>你的编码本中该位置已有编码“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #rrggbb (six hexadecimal digits).</source>
        <translation>“%1”不是颜色：请使用 #rrggbb（六位十六进制数字）。</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>The new parent code does not exist.</source>
        <translation>新的上级编码不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved under itself or one of its own sub-codes.</source>
        <translation>“%1”不能移到它自身或其下级编码之下。</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>编码不能合并到自身。</translation>
    </message>
    <message>
        <source>Both codes must exist to merge them.</source>
        <translation>两个编码都必须存在才能合并。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into its own sub-code &quot;%2&quot;.</source>
        <translation>“%1”不能合并到它自己的下级编码“%2”中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is applied %2 time(s). Merge it into another code, or remove those codings first.</source>
        <translation>“%1”已被使用 %2 次。请将其合并到另一个编码，或先删除这些编码标注。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-codes. Move or delete them first.</source>
        <translation>“%1”有下级编码。请先移动或删除它们。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; exists already.</source>
        <translation>编码“%1”已存在。</translation>
    </message>
    <message>
        <source>The parent of &quot;%1&quot; no longer exists.</source>
        <translation>“%1”的上级编码已不存在。</translation>
    </message>
    <message>
        <source>That code is private to another reviewer while the round is in independent coding; you cannot see or change it.</source>
        <translation>在该轮次的独立编码阶段，这个编码是另一位评审员的私有编码；你不能查看或更改它。</translation>
    </message>
    <message>
        <source>The record to code does not exist.</source>
        <translation>要编码的记录不存在。</translation>
    </message>
    <message>
        <source>The span [%1, %2) lies outside the record&apos;s text (%3 characters).</source>
        <translation>片段 [%1, %2) 超出了记录文本的范围（%3 个字符）。</translation>
    </message>
    <message>
        <source>Select some text to code: the span [%1, %2) is empty.</source>
        <translation>请选择要编码的文本：片段 [%1, %2) 为空。</translation>
    </message>
    <message>
        <source>The code to apply does not exist.</source>
        <translation>要使用的编码不存在。</translation>
    </message>
    <message>
        <source>Choose who you are before coding: the reviewer does not exist.</source>
        <translation>编码前请先选择你的身份：该评审员不存在。</translation>
    </message>
    <message>
        <source>You can only change your own codings.</source>
        <translation>你只能更改自己的编码标注。</translation>
    </message>
    <message>
        <source>This passage already carries that code.</source>
        <translation>这段文本已经标注了该编码。</translation>
    </message>
    <message>
        <source>A coding with this id exists already.</source>
        <translation>已存在具有此 id 的编码标注。</translation>
    </message>
    <message>
        <source>Coding %1: </source>
        <translation>编码标注 %1：</translation>
    </message>
    <message>
        <source>the record to code does not exist.</source>
        <translation>要编码的记录不存在。</translation>
    </message>
    <message>
        <source>the span [%1, %2) is empty or outside the record&apos;s text (%3 characters).</source>
        <translation>片段 [%1, %2) 为空或超出了记录文本的范围（%3 个字符）。</translation>
    </message>
    <message>
        <source>the code to apply does not exist.</source>
        <translation>要使用的编码不存在。</translation>
    </message>
    <message>
        <source>the reviewer does not exist.</source>
        <translation>该评审员不存在。</translation>
    </message>
    <message>
        <source>you can only add your own codings.</source>
        <translation>你只能添加自己的编码标注。</translation>
    </message>
    <message>
        <source>this passage already carries that code.</source>
        <translation>这段文本已经标注了该编码。</translation>
    </message>
    <message>
        <source>The coding no longer exists.</source>
        <translation>该编码标注已不存在。</translation>
    </message>
    <message>
        <source>You can only remove your own codings.</source>
        <translation>你只能删除自己的编码标注。</translation>
    </message>
    <message>
        <source>Only the lead can create a round.</source>
        <translation>只有负责人可以创建轮次。</translation>
    </message>
    <message>
        <source>A round needs a name.</source>
        <translation>轮次需要有名称。</translation>
    </message>
    <message>
        <source>There is already a round called &quot;%1&quot;.</source>
        <translation>已经有名为“%1”的轮次。</translation>
    </message>
    <message>
        <source>The round does not exist.</source>
        <translation>该轮次不存在。</translation>
    </message>
    <message>
        <source>Only the lead can assign records to reviewers.</source>
        <translation>只有负责人可以把记录分配给评审员。</translation>
    </message>
    <message>
        <source>A reviewer to assign does not exist.</source>
        <translation>要分配的评审员不存在。</translation>
    </message>
    <message>
        <source>Could not assign a record: %1</source>
        <translation>无法分配记录：%1</translation>
    </message>
    <message>
        <source>You can only change the status of your own work.</source>
        <translation>你只能更改自己工作的状态。</translation>
    </message>
    <message>
        <source>That record is not assigned to this reviewer in this round.</source>
        <translation>在本轮次中，这条记录没有分配给该评审员。</translation>
    </message>
    <message>
        <source>Only the lead can move a round to another phase.</source>
        <translation>只有负责人可以把轮次转到另一阶段。</translation>
    </message>
    <message>
        <source>Only the lead can lift blinding.</source>
        <translation>只有负责人可以揭盲。</translation>
    </message>
    <message>
        <source>the project has no id</source>
        <translation>项目没有 id</translation>
    </message>
    <message>
        <source>there should be exactly one Consensus reviewer, found %1</source>
        <translation>应当恰好有一个共识评审员，实际有 %1 个</translation>
    </message>
    <message>
        <source>Choose another file than the open project for the copy.</source>
        <translation>请为副本选择一个不同于当前打开项目的文件。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>There are no records to assign.</source>
        <translation>没有可分配的记录。</translation>
    </message>
    <message>
        <source>Choose at least one reviewer to assign the records to.</source>
        <translation>请至少选择一位评审员来分配这些记录。</translation>
    </message>
    <message>
        <source>A reviewer needs an id and a name.</source>
        <translation>评审员需要 id 和名称。</translation>
    </message>
    <message>
        <source>Reviewer &quot;%1&quot;: %2</source>
        <translation>评审员“%1”：%2</translation>
    </message>
    <message>
        <source>A code needs an id and a name.</source>
        <translation>编码需要 id 和名称。</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot;: %2</source>
        <translation>轮次“%1”：%2</translation>
    </message>
    <message>
        <source>The coding&apos;s reviewer does not exist.</source>
        <translation>该编码标注的评审员不存在。</translation>
    </message>
    <message>
        <source>The project&apos;s own &quot;%1&quot; is not written by a bulk write.</source>
        <translation>项目自身的“%1”不通过批量写入保存。</translation>
    </message>
    <message>
        <source>You removed your memo on &quot;%1&quot; in another window or program after this one read it. Your text was not saved.</source>
        <translation>你在另一个窗口或程序中删除了你在“%1”上的备忘，晚于本窗口读取它之后。你的文字未保存。</translation>
    </message>
    <message>
        <source>You changed your memo on &quot;%1&quot; in another window or program at %2, after this one read it. Your text was not saved.</source>
        <translation>你于 %2 在另一个窗口或程序中更改了你在“%1”上的备忘，晚于本窗口读取它之后。你的文字未保存。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Someone else removed the coding after you read it. Your change was not saved.</source>
        <translation>在你读取之后，其他人删除了该编码标注。你的更改未保存。</translation>
    </message>
    <message>
        <source>the memo of the coding &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>“%2”上编码标注“%1”的备忘</translation>
    </message>
    <message>
        <source>the span of the coding &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>“%2”上编码标注“%1”的范围</translation>
    </message>
    <message>
        <source>the code of the coding &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>“%2”上编码标注“%1”的编码</translation>
    </message>
    <message>
        <source>the coding &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>“%2”上的编码标注“%1”</translation>
    </message>
    <message>
        <source>You changed %1 in another window or program at %2, after this one read it.</source>
        <translation>你于 %2 在另一个窗口或程序中更改了%1，晚于本窗口读取它之后。</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you read it.</source>
        <translation>%1 于 %3 更改了%2，晚于你读取之后。</translation>
    </message>
    <message>
        <source>Someone else changed %1 at %2, after you read it.</source>
        <translation>其他人于 %2 更改了%1，晚于你读取之后。</translation>
    </message>
    <message>
        <source>Your text was not saved.</source>
        <translation>你的文字未保存。</translation>
    </message>
    <message>
        <source>Your change was not saved.</source>
        <translation>你的更改未保存。</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>&quot;use when&quot;</source>
        <translation>“适用情形”</translation>
    </message>
    <message>
        <source>&quot;do not use when&quot;</source>
        <translation>“不适用情形”</translation>
    </message>
    <message>
        <source>the example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>the sharing</source>
        <translation>共享设置</translation>
    </message>
    <message>
        <source>%1 of the code &quot;%2&quot;</source>
        <translation>编码“%2”的%1</translation>
    </message>
    <message>
        <source>Someone else removed the code after you read it. Your change was not saved.</source>
        <translation>在你读取之后，其他人删除了该编码。你的更改未保存。</translation>
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
    <name>Reconcile</name>
    <message>
        <source>%1  decided by %2  (%3)
</source>
        <translation>%1  由 %2 裁定  （%3）
</translation>
    </message>
    <message>
        <source>  Record:    %1
</source>
        <translation>  记录：    %1
</translation>
    </message>
    <message>
        <source>(untitled record)</source>
        <translation>（无标题记录）</translation>
    </message>
    <message>
        <source>  Reviewers: %1 (A) and %2 (B)%3
</source>
        <translation>  评审员：  %1 (A) 和 %2 (B)%3
</translation>
    </message>
    <message>
        <source>, round %1</source>
        <translation>，轮次 %1</translation>
    </message>
    <message>
        <source>  Group:     %1 -&gt; %2
</source>
        <translation>  分组：    %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>  Before:    %1
</source>
        <translation>  之前：    %1
</translation>
    </message>
    <message>
        <source>  After:     %1
</source>
        <translation>  之后：    %1
</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>  Rationale: %1
</source>
        <translation>  理由：    %1
</translation>
    </message>
    <message>
        <source>  Undone:    %1 by %2
</source>
        <translation>  已撤销：  %1，由 %2 撤销
</translation>
    </message>
    <message>
        <source>%1 decision(s).
</source>
        <translation>共 %1 个决定。
</translation>
    </message>
    <message>
        <source>No group with key &quot;%1&quot; in this queue (it may have changed: list the queue again).</source>
        <translation>此队列中没有键为“%1”的分组（队列可能已变化：请重新列出队列）。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is ambiguous (%2 groups start with it); give more characters.</source>
        <translation>键“%1”不唯一（有 %2 个分组以它开头）；请多输入几个字符。</translation>
    </message>
    <message>
        <source>Reconciliation needs two different reviewers.</source>
        <translation>协调需要两位不同的评审员。</translation>
    </message>
    <message>
        <source>A reviewer to reconcile does not exist.</source>
        <translation>要协调的评审员不存在。</translation>
    </message>
    <message>
        <source>The Consensus layer is the result of reconciliation, not one of its sides.</source>
        <translation>共识层是协调的结果，不能作为协调的一方。</translation>
    </message>
    <message>
        <source>%1 is neither of the two reviewers; only they, a lead or an adjudicator can reconcile their codings.</source>
        <translation>%1 不是这两位评审员之一；只有他们本人、负责人或仲裁员可以协调他们的编码标注。</translation>
    </message>
    <message>
        <source>The round does not exist.</source>
        <translation>该轮次不存在。</translation>
    </message>
    <message>
        <source>This record is still in independent coding: it can be reconciled once both reviewers have marked it done, the round moves to reconciliation, or the lead unblinds the round.</source>
        <translation>这条记录仍处于独立编码阶段：需在两位评审员都将其标记为完成、该轮次进入协调阶段，或负责人为该轮次揭盲之后，才能协调。</translation>
    </message>
    <message>
        <source>Choose who you are before deciding (the decision log records who decided).</source>
        <translation>裁定前请先选择你的身份（决定日志会记录由谁裁定）。</translation>
    </message>
    <message>
        <source>Decisions are taken by people, not by the Consensus layer.</source>
        <translation>决定只能由人做出，而不是由共识层做出。</translation>
    </message>
    <message>
        <source>%1 is neither of the two reviewers; only they, a lead or an adjudicator can decide.</source>
        <translation>%1 不是这两位评审员之一；只有他们本人、负责人或仲裁员可以裁定。</translation>
    </message>
    <message>
        <source>The codings of group %1 changed since the queue was built; refresh the queue and decide again.</source>
        <translation>队列建立后，分组 %1 的编码标注已发生变化；请刷新队列后重新裁定。</translation>
    </message>
    <message>
        <source>Reviewer A has no coding in this group; choose &quot;neither&quot; or &quot;B&quot;.</source>
        <translation>评审员 A 在此分组中没有编码标注；请选择“都不接受”或“B”。</translation>
    </message>
    <message>
        <source>Reviewer B has no coding in this group; choose &quot;neither&quot; or &quot;A&quot;.</source>
        <translation>评审员 B 在此分组中没有编码标注；请选择“都不接受”或“A”。</translation>
    </message>
    <message>
        <source>An edited decision needs at least one span (start:end).</source>
        <translation>编辑后的决定至少需要一个片段（起点:终点）。</translation>
    </message>
    <message>
        <source>An edited decision needs the code to apply.</source>
        <translation>编辑后的决定需要指定要使用的编码。</translation>
    </message>
    <message>
        <source>Codes can be merged only where the two reviewers applied different codes (a code conflict or codebook mismatch).</source>
        <translation>只有两位评审员使用了不同编码的地方（编码冲突或编码本不一致）才能合并编码。</translation>
    </message>
    <message>
        <source>The code for the merged coding must be one of the codes in the group.</source>
        <translation>合并后编码标注所用的编码必须是该分组中的编码之一。</translation>
    </message>
    <message>
        <source>The project has no Consensus reviewer; run a check of the project.</source>
        <translation>项目中没有共识评审员；请对项目运行检查。</translation>
    </message>
    <message>
        <source>Could not write the consensus coding &quot;%1&quot; [%2, %3): %4</source>
        <translation>无法写入共识编码标注“%1” [%2, %3)：%4</translation>
    </message>
    <message>
        <source>Group %1 was decided already (%2 by %3, %4); undo that decision first.</source>
        <translation>分组 %1 已经裁定过（%3 于 %4 选择了%2）；请先撤销该决定。</translation>
    </message>
    <message>
        <source>There is no decision with that id.</source>
        <translation>没有该 id 的决定。</translation>
    </message>
    <message>
        <source>That decision was undone already.</source>
        <translation>该决定已被撤销。</translation>
    </message>
    <message>
        <source>Say in a note what the adjudicator should look at.</source>
        <translation>请在备注中说明仲裁员需要查看什么。</translation>
    </message>
    <message>
        <source>Group %1 is escalated already.</source>
        <translation>分组 %1 已经提交仲裁。</translation>
    </message>
    <message>
        <source>Choose who you are before withdrawing an escalation.</source>
        <translation>撤回仲裁申请前请先选择你的身份。</translation>
    </message>
    <message>
        <source>Reviewer 1</source>
        <translation>评审员 1</translation>
    </message>
    <message>
        <source>Reviewer 2</source>
        <translation>评审员 2</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Exact agreement</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>Boundary difference</source>
        <translation>边界差异</translation>
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
        <source>Code conflict</source>
        <translation>编码冲突</translation>
    </message>
    <message>
        <source>Codebook mismatch</source>
        <translation>编码本不一致</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>接受 A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>接受 B</translation>
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
</context>
<context>
    <name>Storage</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Another program is writing to %1 and did not finish within %2 seconds; nothing was changed. Try again once it is done.</source>
        <translation>另一个程序正在写入 %1，且在 %2 秒内没有完成；未做任何更改。请等它完成后再试。</translation>
    </message>
    <message>
        <source>Cannot create %1: a file with that name already exists.</source>
        <translation>无法创建 %1：同名文件已存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file.</source>
        <translation>无法打开 %1：这是一个文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open %1: the full-text tokenizer could not be registered.</source>
        <translation>无法打开 %1：无法注册全文检索分词器。</translation>
    </message>
    <message>
        <source>%1 is not a Dyad project (it is not an SQLite database, or it is damaged): %2</source>
        <translation>%1 不是 Dyad 项目（不是 SQLite 数据库，或已损坏）：%2</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database: %1.</source>
        <translation>无法打开内存数据库：%1。</translation>
    </message>
    <message>
        <source>SQL error: %1</source>
        <translation>SQL 错误：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot copy to %1: %2.</source>
        <translation>无法复制到 %1：%2。</translation>
    </message>
    <message>
        <source>Copying to %1 failed: %2. Nothing was written.</source>
        <translation>复制到 %1 失败：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>bind failed: %1</source>
        <translation>绑定失败：%1</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>项目以只读方式打开；无法保存更改。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot start a savepoint: %1</source>
        <translation>无法创建保存点：%1</translation>
    </message>
    <message>
        <source>The transaction is no longer active.</source>
        <translation>该事务已不再有效。</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>it is not a Dyad project (not an SQLite database, or damaged).</source>
        <translation>它不是 Dyad 项目（不是 SQLite 数据库，或已损坏）。</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Dyad project.</source>
        <translation>它是 SQLite 数据库，但不是 Dyad 项目。</translation>
    </message>
    <message>
        <source>it was written by a newer version of Dyad (schema %1; this version reads up to %2). Please update Dyad.</source>
        <translation>它由更新版本的 Dyad 写入（结构版本 %1；当前版本最多可读取 %2）。请更新 Dyad。</translation>
    </message>
    <message>
        <source>it needs an upgrade to this version of Dyad, but it is open read-only.</source>
        <translation>它需要升级到当前版本的 Dyad，但它以只读方式打开。</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1 failed: %2</source>
        <translation>从版本 %1 升级数据库结构失败：%2</translation>
    </message>
    <message>
        <source>Could not read the codings: %1</source>
        <translation>无法读取编码标注：%1</translation>
    </message>
    <message>
        <source>Could not read the record texts: %1</source>
        <translation>无法读取记录文本：%1</translation>
    </message>
    <message>
        <source>This project&apos;s storage does not keep agreement snapshots.</source>
        <translation>此项目的存储不保存一致性快照。</translation>
    </message>
    <message>
        <source>The decision does not exist or was undone already.</source>
        <translation>该决定不存在或已被撤销。</translation>
    </message>
    <message>
        <source>This project&apos;s storage does not keep a reconciliation log.</source>
        <translation>此项目的存储不保存协调日志。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty, not a Dyad project.</source>
        <translation>无法打开 %1：文件为空，不是 Dyad 项目。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it needs an upgrade to this version of Dyad, but it is read-only.</source>
        <translation>无法打开 %1：它需要升级到当前版本的 Dyad，但它是只读的。</translation>
    </message>
    <message>
        <source>Cannot create an in-memory project: %1</source>
        <translation>无法创建内存项目：%1</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>无法执行搜索：%1</translation>
    </message>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>无法运行完整性检查：%1</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>表 %1 的第 %2 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>coding %1 [%2, %3) ends beyond the text of record %4 (%5 characters)</source>
        <translation>编码标注 %1 [%2, %3) 的终点超出了记录 %4 的文本（%5 个字符）</translation>
    </message>
    <message>
        <source>coding %1 [%2, %3) on record %4 starts before the text (a negative start)</source>
        <translation>记录 %4 上的编码标注 %1 [%2, %3) 起点在文本之前（起点为负）</translation>
    </message>
    <message>
        <source>coding %1 [%2, %3) on record %4 ends where or before it starts</source>
        <translation>记录 %4 上的编码标注 %1 [%2, %3) 的终点不在起点之后</translation>
    </message>
    <message>
        <source>codings %1 are duplicates: the same reviewer put the same code on [%2, %3) of record %4</source>
        <translation>编码标注 %1 重复：同一评审员在记录 %4 的 [%2, %3) 上使用了同一个编码</translation>
    </message>
    <message>
        <source>code %1 has a missing parent %2</source>
        <translation>编码 %1 的上级编码 %2 不存在</translation>
    </message>
    <message>
        <source>code %1 is its own ancestor (a cycle in the codebook)</source>
        <translation>编码 %1 是它自己的祖先（编码本中存在循环）</translation>
    </message>
    <message>
        <source>coding %1 refers to an older text version of record %2</source>
        <translation>编码标注 %1 引用的是记录 %2 的旧版本文本</translation>
    </message>
    <message>
        <source>record %1 has a stale text length</source>
        <translation>记录 %1 的文本长度已过时</translation>
    </message>
    <message>
        <source>consistency check could not run: %1</source>
        <translation>无法运行一致性检查：%1</translation>
    </message>
    <message>
        <source>round %1 has an unknown phase &quot;%2&quot; (expected independent, reconciliation or closed)</source>
        <translation>轮次 %1 的阶段“%2”未知（应为 independent、reconciliation 或 closed）</translation>
    </message>
    <message>
        <source>reviewer %1 has an unknown role &quot;%2&quot; (expected reviewer, adjudicator, lead or consensus)</source>
        <translation>评审员 %1 的角色“%2”未知（应为 reviewer、adjudicator、lead 或 consensus）</translation>
    </message>
    <message>
        <source>the assignment (round / record / reviewer) %1 has an unknown status &quot;%2&quot; (expected not-started, in-progress or done)</source>
        <translation>分配（轮次 / 记录 / 评审员）%1 的状态“%2”未知（应为 not-started、in-progress 或 done）</translation>
    </message>
    <message>
        <source>agreement snapshot</source>
        <translation>一致性快照</translation>
    </message>
    <message>
        <source>agreement snapshot row</source>
        <translation>一致性快照行</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>audit log entry</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>code deletion</source>
        <translation>编码删除</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>编码标注</translation>
    </message>
    <message>
        <source>coding removal</source>
        <translation>编码标注移除</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>decision&apos;s consensus codings</source>
        <translation>决定的共识编码标注</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>仲裁申请</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>removal of the snapshot</source>
        <translation>快照删除</translation>
    </message>
    <message>
        <source>removal of the snapshot&apos;s rows</source>
        <translation>快照各行的删除</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>text version</source>
        <translation>文本版本</translation>
    </message>
    <message>
        <source>undo of the decision</source>
        <translation>决定的撤销</translation>
    </message>
    <message>
        <source>Could not save the %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2.</source>
        <translation>无法将 %1 写入磁盘：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk (the sync failed).</source>
        <translation>无法将 %1 写入磁盘（同步失败）。</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for the import: it is in use.</source>
        <translation>无法为导入准备 %1：该文件正在被使用。</translation>
    </message>
    <message>
        <source>Cannot switch %1 back to write-ahead logging.</source>
        <translation>无法将 %1 切换回预写日志（WAL）模式。</translation>
    </message>
    <message>
        <source>The coding was changed by someone else; your change was not saved.</source>
        <translation>该编码标注已被其他人更改；你的更改未保存。</translation>
    </message>
    <message>
        <source>The memo was changed by someone else; your text was not saved.</source>
        <translation>该备忘已被其他人更改；你的文字未保存。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>read the codings</source>
        <translation>读取编码标注</translation>
    </message>
    <message>
        <source>read the record texts</source>
        <translation>读取记录文本</translation>
    </message>
    <message>
        <source>save the agreement snapshot</source>
        <translation>保存一致性快照</translation>
    </message>
    <message>
        <source>remove the snapshot&apos;s rows</source>
        <translation>删除快照的各行</translation>
    </message>
    <message>
        <source>remove the snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Could not %1 on the team server: %2</source>
        <translation>无法在团队服务器上%1：%2</translation>
    </message>
    <message>
        <source>Cannot reach the team server: out of memory.</source>
        <translation>无法连接团队服务器：内存不足。</translation>
    </message>
    <message>
        <source>Cannot set up the connection to the team server: %1</source>
        <translation>无法设置与团队服务器的连接：%1</translation>
    </message>
    <message>
        <source>The team server refused the copy: %1</source>
        <translation>团队服务器拒绝了复制：%1</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the team server: %1</source>
        <translation>无法在团队服务器上开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot start a savepoint on the team server: %1</source>
        <translation>无法在团队服务器上设置保存点：%1</translation>
    </message>
    <message>
        <source>There is no transaction to commit.</source>
        <translation>没有可提交的事务。</translation>
    </message>
    <message>
        <source>The team server did not save the change: %1</source>
        <translation>团队服务器未保存此更改：%1</translation>
    </message>
    <message>
        <source>The team server rolled the change back.</source>
        <translation>团队服务器已回滚此更改。</translation>
    </message>
    <message>
        <source>Could not save the %1 on the team server: %2</source>
        <translation>无法在团队服务器上保存%1：%2</translation>
    </message>
    <message>
        <source>The decision does not exist or was undone already.</source>
        <translation>该决定不存在或已被撤销。</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>该事务已经结束。</translation>
    </message>
    <message>
        <source>Cannot open the team project: %1</source>
        <translation>无法打开团队项目：%1</translation>
    </message>
    <message>
        <source>Cannot open the team project: the database holds no Dyad team project (create one with &quot;dyad-cli team create&quot;).</source>
        <translation>无法打开团队项目：该数据库中没有 Dyad 团队项目（请用“dyad-cli team create”创建）。</translation>
    </message>
    <message>
        <source>Cannot open the team project: it was created by a newer version of Dyad (server schema %1; this version reads up to %2). Please update Dyad.</source>
        <translation>无法打开团队项目：它由更新版本的 Dyad 创建（服务器架构版本 %1；本版本最高可读取 %2）。请更新 Dyad。</translation>
    </message>
    <message>
        <source>Cannot open the team project read-only: %1</source>
        <translation>无法以只读方式打开团队项目：%1</translation>
    </message>
    <message>
        <source>Cannot create the team project: %1</source>
        <translation>无法创建团队项目：%1</translation>
    </message>
    <message>
        <source>Cannot create the team project: the database is not empty (it has %1 tables). Use a new database.</source>
        <translation>无法创建团队项目：该数据库不是空的（其中有 %1 个表）。请使用新的数据库。</translation>
    </message>
    <message>
        <source>Cannot create the team project&apos;s tables: %1</source>
        <translation>无法创建团队项目的表：%1</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>无法执行搜索：%1</translation>
    </message>
    <message>
        <source>Someone else changed the code &quot;%1&quot; while you were working (it is now called &quot;%2&quot;). Your change was not saved; the codebook now shows theirs, so you can make yours again on top of it.</source>
        <translation>在你工作期间，其他人更改了编码“%1”（现在名为“%2”）。你的更改未保存；编码本现在显示的是对方的更改，你可以在此基础上重新进行你的更改。</translation>
    </message>
    <message>
        <source>Could not save the code: the team server did not let you change it (it is not yours, or no longer there).</source>
        <translation>无法保存编码：团队服务器不允许你更改它（它不属于你，或已不存在）。</translation>
    </message>
    <message>
        <source>consistency check could not run: %1</source>
        <translation>无法执行一致性检查：%1</translation>
    </message>
    <message>
        <source>The server location contains a password. Leave it out and put it in ~/.pgpass (or PGPASSWORD), or use peer or certificate authentication.</source>
        <translation>服务器位置中包含密码。请将密码去掉，改放在 ~/.pgpass（或 PGPASSWORD）中，或使用 peer 认证或证书认证。</translation>
    </message>
    <message>
        <source>A team member needs a database role name.</source>
        <translation>团队成员需要一个数据库角色名。</translation>
    </message>
    <message>
        <source>The Consensus is not a person and cannot sign in.</source>
        <translation>“共识”不是一个人，不能登录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 in this project; give them that role.</source>
        <translation>“%1”在此项目中的角色是 %2；请授予其该角色。</translation>
    </message>
    <message>
        <source>Cannot link &quot;%1&quot; to the role &quot;%2&quot;: %3</source>
        <translation>无法将“%1”关联到角色“%2”：%3</translation>
    </message>
    <message>
        <source>Cannot move %1 to the team server: there is no such file.</source>
        <translation>无法将 %1 迁移到团队服务器：该文件不存在。</translation>
    </message>
    <message>
        <source>Cannot move the project to the team server: %1</source>
        <translation>无法将项目迁移到团队服务器：%1</translation>
    </message>
    <message>
        <source>Cannot move the project to the team server: the team project there is not empty. Use a new database.</source>
        <translation>无法将项目迁移到团队服务器：服务器上的团队项目不是空的。请使用新的数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3</source>
        <translation>无法从 %2 读取 %1：%3</translation>
    </message>
    <message>
        <source>Cannot move the %1 to the team server: %2</source>
        <translation>无法将 %1 迁移到团队服务器：%2</translation>
    </message>
    <message>
        <source>A snapshot cannot be taken in the middle of a change.</source>
        <translation>不能在更改进行期间创建快照。</translation>
    </message>
    <message>
        <source>Cannot read the team project: %1</source>
        <translation>无法读取团队项目：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the %1 from the team server: %2</source>
        <translation>无法从团队服务器读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the %1 to %2: %3</source>
        <translation>无法将 %1 写入 %2：%3</translation>
    </message>
    <message>
        <source>Cannot write the snapshot to %1.</source>
        <translation>无法将快照写入 %1。</translation>
    </message>
    <message>
        <source>The team server refused the statement: %1</source>
        <translation>团队服务器拒绝了该语句：%1</translation>
    </message>
    <message>
        <source>Cannot send a batch to the team server: %1</source>
        <translation>无法将批量数据发送到团队服务器：%1</translation>
    </message>
    <message>
        <source>%1, not linked to a reviewer of this project</source>
        <translation>%1，未关联到本项目的评审员</translation>
    </message>
    <message>
        <source>write another reviewer&apos;s codings, or the Consensus on a record that is still blinded for you (a reviewer writes only their own codings)</source>
        <translation>写入其他评审员的编码标注，或写入对你仍处于盲法状态的记录上的共识（评审员只能写入自己的编码标注）</translation>
    </message>
    <message>
        <source>write another reviewer&apos;s memo</source>
        <translation>写入其他评审员的备忘</translation>
    </message>
    <message>
        <source>change rounds: only leads create rounds, change their phase and lift blinding</source>
        <translation>更改轮次：只有负责人可以创建轮次、更改其阶段并解除盲法</translation>
    </message>
    <message>
        <source>assign records or change another reviewer&apos;s assignment: only leads assign records, and a reviewer marks only their own records done</source>
        <translation>分配记录或更改其他评审员的分配：只有负责人可以分配记录，评审员只能将自己的记录标为完成</translation>
    </message>
    <message>
        <source>add or change records: only leads and adjudicators import or correct records</source>
        <translation>添加或更改记录：只有负责人和仲裁员可以导入或更正记录</translation>
    </message>
    <message>
        <source>change the project&apos;s settings: only leads do</source>
        <translation>更改项目设置：只有负责人可以</translation>
    </message>
    <message>
        <source>change the list of reviewers: only leads do</source>
        <translation>更改评审员名单：只有负责人可以</translation>
    </message>
    <message>
        <source>change this code: it is another reviewer&apos;s private code while a round is blinded</source>
        <translation>更改此编码：在盲法轮次中它是其他评审员的私有编码</translation>
    </message>
    <message>
        <source>reconcile a record that is still blinded for you</source>
        <translation>协调对你仍处于盲法状态的记录</translation>
    </message>
    <message>
        <source>change the audit trail: no one may</source>
        <translation>更改审计记录：任何人都不可以</translation>
    </message>
    <message>
        <source>save agreement figures without being a reviewer of this project</source>
        <translation>在不是本项目评审员的情况下保存一致性数据</translation>
    </message>
    <message>
        <source>make this change</source>
        <translation>进行此更改</translation>
    </message>
    <message>
        <source>a code with this identity</source>
        <translation>具有此标识的编码</translation>
    </message>
    <message>
        <source>a round of this name</source>
        <translation>同名的轮次</translation>
    </message>
    <message>
        <source>a reviewer of this name or sign-in role</source>
        <translation>同名或同一登录角色的评审员</translation>
    </message>
    <message>
        <source>this coding</source>
        <translation>此编码标注</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>此条目</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The team server refused this: your role (%1) may not %2.</source>
        <translation>团队服务器拒绝了此操作：你的角色（%1）不可以%2。</translation>
    </message>
    <message>
        <source>The team server already has %1 (someone added it at the same moment, or before): the %2 was not saved.</source>
        <translation>团队服务器上已有%1（有人在同一时刻或更早添加了它）：%2未保存。</translation>
    </message>
    <message>
        <source>The team server stopped this change because another session&apos;s change crossed it at the same moment: the %1 was not saved. Try again.</source>
        <translation>团队服务器中止了此更改，因为另一个会话的更改在同一时刻与之冲突：%1未保存。请重试。</translation>
    </message>
    <message>
        <source>Offline: the team server cannot be reached (the network, or the server restarted). The %1 was not saved; Dyad connects again at your next change.</source>
        <translation>离线：无法连接团队服务器（网络问题，或服务器已重启）。%1未保存；Dyad 会在你下一次更改时重新连接。</translation>
    </message>
    <message>
        <source>The team server has no room for another connection (too many connections): the %1 was not saved. Close other Dyad windows or ask the server&apos;s administrator to raise max_connections, then try again.</source>
        <translation>团队服务器已无法接受更多连接（连接过多）：%1未保存。请关闭其他 Dyad 窗口，或请服务器管理员调高 max_connections，然后重试。</translation>
    </message>
    <message>
        <source>The project is open read-only: the %1 was not saved.</source>
        <translation>项目以只读方式打开：%1未保存。</translation>
    </message>
    <message>
        <source>Could not save the %1 on the team server.</source>
        <translation>无法在团队服务器上保存%1。</translation>
    </message>
    <message>
        <source>The server wants a password for this role. Dyad never takes one on the command line or in the location: put a line &quot;host:port:database:role:password&quot; in ~/.pgpass (mode 0600), or set PGPASSWORD for a script.</source>
        <translation>服务器要求此角色提供密码。Dyad 从不在命令行或位置中接受密码：请在 ~/.pgpass（权限 0600）中写入一行“host:port:database:role:password”，或为脚本设置 PGPASSWORD。</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in. Check the role name (user=... in the location) and ask the server&apos;s administrator whether pg_hba.conf lets that role in from here (peer, scram-sha-256 with ~/.pgpass, or a client certificate).</source>
        <translation>服务器未接受此登录。请检查角色名（位置中的 user=...），并询问服务器管理员 pg_hba.conf 是否允许该角色从此处登录（peer、配合 ~/.pgpass 的 scram-sha-256，或客户端证书）。</translation>
    </message>
    <message>
        <source>The server has no room for another connection: close other Dyad windows or ask its administrator to raise max_connections.</source>
        <translation>服务器已无法接受更多连接：请关闭其他 Dyad 窗口，或请其管理员调高 max_connections。</translation>
    </message>
    <message>
        <source>Check the database and role names in the location.</source>
        <translation>请检查位置中的数据库名和角色名。</translation>
    </message>
    <message>
        <source>Check the location and that the server is running and reachable from here.</source>
        <translation>请检查位置，并确认服务器正在运行且可从此处访问。</translation>
    </message>
    <message>
        <source>Cannot connect to the team server. %1</source>
        <translation>无法连接团队服务器。%1</translation>
    </message>
    <message>
        <source>Cannot open the team project: it needs a one-time upgrade from server schema %1 to %2, which only the database&apos;s owner may make. Ask them to open it once with this version of Dyad (for example &quot;dyad-cli list URL&quot;).
The server said: %3</source>
        <translation>无法打开团队项目：它需要从服务器架构 %1 一次性升级到 %2，只有数据库的所有者可以执行。请他们用此版本的 Dyad 打开一次（例如“dyad-cli list URL”）。
服务器返回：%3</translation>
    </message>
    <message>
        <source>(Or the %1 is no longer there.)</source>
        <translation>（或者%1已不存在。）</translation>
    </message>
    <message>
        <source>The coding was changed by someone else; your change was not saved.</source>
        <translation>该编码标注已被其他人更改；你的更改未保存。</translation>
    </message>
    <message>
        <source>The memo was changed by someone else; your text was not saved.</source>
        <translation>该备忘已被其他人更改；你的文字未保存。</translation>
    </message>
    <message>
        <source>Then add it with: dyad-cli team add-reviewer %1 %2 --role %3 --existing %4</source>
        <translation>然后用以下命令添加：dyad-cli team add-reviewer %1 %2 --role %3 --existing %4</translation>
    </message>
    <message>
        <source>The database role &quot;%1&quot; exists already. To let it sign in as %2, add it with --existing %1.</source>
        <translation>数据库角色“%1”已存在。若要让它以 %2 的身份登录，请用 --existing %1 添加。</translation>
    </message>
    <message>
        <source>There is no database role &quot;%1&quot; on the server. Leave out --existing to create it.</source>
        <translation>服务器上没有数据库角色“%1”。去掉 --existing 即可创建它。</translation>
    </message>
    <message>
        <source>Cannot create the database role &quot;%1&quot;: your role (%2) may not create roles (that needs the CREATEROLE privilege). A database administrator can create it in psql:
%3%4</source>
        <translation>无法创建数据库角色“%1”：你的角色（%2）不可以创建角色（需要 CREATEROLE 权限）。数据库管理员可以在 psql 中创建：
%3%4</translation>
    </message>
    <message>
        <source>Cannot prepare the password for the role &quot;%1&quot;.</source>
        <translation>无法为角色“%1”准备密码。</translation>
    </message>
    <message>
        <source>Cannot create the database role &quot;%1&quot;.
The server said: %2</source>
        <translation>无法创建数据库角色“%1”。
服务器返回：%2</translation>
    </message>
    <message>
        <source>Cannot give &quot;%1&quot; the group role %2: your role (%3) may not grant it. A database administrator can, in psql:
%4%5</source>
        <translation>无法授予“%1”组角色 %2：你的角色（%3）不可以授予它。数据库管理员可以在 psql 中执行：
%4%5</translation>
    </message>
    <message>
        <source>Cannot change the group roles of &quot;%1&quot;.
The server said: %2</source>
        <translation>无法更改“%1”的组角色。
服务器返回：%2</translation>
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
    <message>
        <source>The memo of this coding was changed in another window or program since; it was not overwritten.</source>
        <translation>此编码标注的备忘此后已在另一个窗口或程序中被更改；未被覆盖。</translation>
    </message>
    <message>
        <source>Your memo on this record was changed in another window or program since; it was not overwritten.</source>
        <translation>你在此记录上的备忘此后已在另一个窗口或程序中被更改；未被覆盖。</translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; on %2, &apos;%3&apos; %4</source>
        <translation>在 %2“%3”%4 上标注编码“%1”</translation>
    </message>
    <message>
        <source>Remove code &apos;%1&apos; from %2, &apos;%3&apos; %4</source>
        <translation>从 %2“%3”%4 移除编码“%1”</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged at byte %2: %3</source>
        <translation>%1 在第 %2 字节处损坏：%3</translation>
    </message>
    <message>
        <source>%1 is not a file of changes kept by this version of Dyad (expected format %2 with a list of changes).</source>
        <translation>%1 不是此版本 Dyad 保存的更改文件（应为格式 %2，并带有更改列表）。</translation>
    </message>
    <message>
        <source>%1, change %2: %3</source>
        <translation>%1，第 %2 项更改：%3</translation>
    </message>
    <message>
        <source>expected the kind &quot;add&quot; or &quot;remove&quot;, found &quot;%1&quot;</source>
        <translation>应为类型“add”或“remove”，实际为“%1”</translation>
    </message>
    <message>
        <source>a coding without an id, record, code or span</source>
        <translation>缺少标识、记录、编码或范围的编码标注</translation>
    </message>
    <message>
        <source>expected at least one coding</source>
        <translation>应至少有一条编码标注</translation>
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
    <message>
        <source>Cancelled: no hit was coded.</source>
        <translation>已取消：没有为任何搜索命中编码。</translation>
    </message>
    <message>
        <source>The code was not applied: choose who you are (File › Switch Reviewer) before coding.</source>
        <translation>未应用编码：编码前请先选择您的身份（文件 › 切换评审员）。</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
            <numerusform>有 %n 条记录对你仍处于盲法状态，此次导出会带出其他评审员在这些记录上的工作。请改为导出你的已编码片段或评审副本，或等该轮次进入协调阶段后再导出。</numerusform>
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
    <message>
        <source>What you typed is still in the field, so you can copy it; leaving the field again saves it over the memo as it is now.</source>
        <translation>你输入的内容仍在字段中，可以复制；再次离开该字段会将其保存并覆盖当前的备忘。</translation>
    </message>
    <message>
        <source>The name you typed was &quot;%1&quot;.</source>
        <translation>你输入的名称是“%1”。</translation>
    </message>
    <message>
        <source>What you typed is still in the field, so you can copy it; leaving the field again saves it over the text as it is now.</source>
        <translation>你输入的内容仍在字段中，可以复制；再次离开该字段会将其保存并覆盖当前的文字。</translation>
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
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>打开团队项目(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open Team Project</source>
        <translation>打开团队项目</translation>
    </message>
    <message>
        <source>Server location, e.g. postgresql://server/review?sslmode=verify-full
(no password here: use ~/.pgpass, PGPASSWORD or a certificate)</source>
        <translation>服务器位置，例如 postgresql://server/review?sslmode=verify-full
（此处不要填写密码：请使用 ~/.pgpass、PGPASSWORD 或证书）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server location: it starts with postgresql://.</source>
        <translation>“%1”不是服务器位置：服务器位置以 postgresql:// 开头。</translation>
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
    <message>
        <source>Use Theirs</source>
        <translation>使用对方的</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Show the memo as it is saved now; the text typed here is replaced</source>
        <translation>显示当前已保存的备忘；此处输入的文字将被替换</translation>
    </message>
    <message>
        <source>Save the text typed here over the memo as it is saved now</source>
        <translation>用此处输入的文字覆盖当前已保存的备忘</translation>
    </message>
    <message>
        <source>What you typed is kept below, to copy.</source>
        <translation>你输入的内容保留在下方，可以复制。</translation>
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
    <name>dyad::ui::TeamStatusLabel</name>
    <message>
        <source>Click to list the changes not saved yet.</source>
        <translation>点击列出尚未保存的更改。</translation>
    </message>
    <message>
        <source>Reconnected to the team server</source>
        <translation>已重新连接到团队服务器</translation>
    </message>
    <message>
        <source>Offline: the team server cannot be reached. Changes are not saved until it is back; Dyad connects again by itself.</source>
        <translation>离线：无法连接团队服务器。在它恢复前更改不会保存；Dyad 会自动重新连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved.</source>
        <translation>
            <numerusform>%n 项更改未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>The team server refused %n change(s) made while it could not be reached. They were dropped; the other changes were saved.</source>
        <translation>
            <numerusform>团队服务器拒绝了在无法连接期间做出的 %n 项更改。它们已被丢弃；其他更改已保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is saved on the team server.</source>
        <translation>所有更改都已保存到团队服务器。</translation>
    </message>
    <message>
        <source>These changes wait for the team server and are sent, in this order, as soon as it can be reached:</source>
        <translation>这些更改正在等待团队服务器，一旦可以连接，将按此顺序发送：</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while the team server could not be reached are not saved yet.</source>
        <translation>
            <numerusform>在无法连接团队服务器期间做出的 %n 项更改尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings can be kept in a file and sent by the next session; these other changes cannot and are lost unless you keep waiting: %1</source>
        <translation>编码标注可以保存在文件中，由下一次会话发送；以下其他更改不能保存，除非你继续等待，否则将丢失：%1</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>继续等待</translation>
    </message>
    <message>
        <source>Keep in a File</source>
        <translation>保存到文件</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>The changes could not be kept: %1</source>
        <translation>无法保存这些更改：%1</translation>
    </message>
    <message>
        <source>Changes Kept from an Earlier Session</source>
        <translation>先前会话保留的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made in an earlier session while the team server could not be reached were kept to be sent. Send them now, in the order they were made?</source>
        <translation>
            <numerusform>先前会话在无法连接团队服务器期间做出的 %n 项更改已保留待发送。现在按其做出的顺序发送吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation>全部放弃</translation>
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
    <message>
        <source>&amp;Frequencies</source>
        <translation>频次(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Co-occurrence</source>
        <translation>共现(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>词语(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
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
