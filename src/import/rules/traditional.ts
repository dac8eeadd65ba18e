/**
 * Traditional characters a plan table may be written in (a Hong Kong, Macao or Taiwan copy, or a
 * page set in 繁體): the one home of the mapping the importer uses. Only characters that matter for
 * reading a table are listed (header words, attributes, operators, units and the common words of
 * indicator names); a character not listed is kept as written.
 */
const PAIRS =
  "指指標标屬属億亿噸吨預预約约規规劃划單单數数實实際际現现狀状備备註注說说項项號号總总計计績绩價价質质環环態态綠绿" +
  "養养醫医療疗衛卫學学業业經经濟济會会區区縣县鎮镇鄉乡農农門门張张萬万畝亩頃顷個个歲岁於于達达爭争內内為为與与蓋盖齡龄" +
  "務务發发護护險险參参體体長长強强產产積积進进礎础設设機机構构兒儿貧贫殘残濃浓氣气優优條条類类級级園园戶户間间場场處处" +
  "廠厂車车輛辆鐵铁線线網网電电圖图書书館馆運运動动員员師师職职專专導导範范圍围減减損损廢废棄弃資资節节復复擴扩擁拥診诊" +
  "問问題题並并從从後后來来對对時时當当將将應应這这們们過过還还邊边點点驗验證证識识讀读課课試试補补貼贴勞劳聯联係系願愿" +
  "殯殡婦妇託托層层續续鞏巩齊齐擇择適适壽寿標标覆覆蓋盖準准題题監监測测評评價价級级總总額额積积糧粮穩稳綫线鏈链區区縣县" +
  "幣币貨货銷销購购稅税費费營营雙双壓压積积臺台灣湾龍龙醫医藥药衞卫厲厉勵励歷历紀纪國国畫画廣广鄰邻誌志獎奖壩坝灘滩濕湿" +
  "漁渔築筑樓楼爐炉燈灯煙烟熱热溫温礦矿碼码確确禮礼種种稱称穀谷窩窝競竞筆笔範范簡简約约紅红納纳紙纸級级細细終终組组結结" +
  "絕绝給给統统絲丝綜综維维網网緊紧編编縮缩總总織织繁繁罰罚羅罗習习聖圣聲声聽听肅肃脫脱腦脑臨临與与舉举艱艰藝艺蘇苏蟲虫" +
  "衝冲補补裝装製制複复見见規规視视親亲覺觉觀观訂订計计討讨訓训記记設设許许診诊詞词試试詳详認认語语誤误說说調调請请論论" +
  "諮咨譽誉變变讓让貝贝負负財财責责質质貸贷費费資资賽赛贊赞趕赶跡迹躍跃軍军較较輕轻載载輸输轄辖農农運运違违遠远適适遷迁" +
  "選选遺遗邊边鄉乡配配醫医釋释針针鋼钢錢钱鍵键鎖锁長长門门閉闭開开閒闲關关陸陆陽阳隊队際际隨随險险雜杂離离雞鸡難难電电" +
  "露露靜静響响頂顶項项順顺須须預预領领頭头題题額额顧顾風风飛飞飲饮飯饭餘余館馆首首馬马駐驻驗验體体髮发鬥斗魚鱼鳥鸟麥麦" +
  "黃黄點点齒齿齡龄龜龟別别顆颗於于";

/** Traditional → simplified, character by character. */
export const TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i] ?? "";
    const s = chars[i + 1] ?? "";
    if (t !== s && !m.has(t)) m.set(t, s);
  }
  return m;
})();

/** The text with the listed traditional characters in their simplified form, and how many were changed. */
export function toSimplified(text: string): { text: string; changed: number } {
  let changed = 0;
  let out = "";
  for (const ch of text) {
    const s = TRADITIONAL.get(ch);
    if (s !== undefined) {
      changed++;
      out += s;
    } else out += ch;
  }
  return { text: out, changed };
}
