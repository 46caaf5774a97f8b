"""Rebuilds dev.json from /work/shared/data/allsides/articles.jsonl.gz (selection + mention counting).
Assembled from the working scripts used to build the set; the people list, forms, notes and per-article
overrides in it were decided by reading the articles. Run: python3 build_dev.py  (writes dev.json next to it)."""
import os


# ---- load
import gzip,json,re
A=[json.loads(l) for l in gzip.open('/work/shared/data/allsides/articles.jsonl.gz','rt')]
def win(a,b): return [x for x in A if x.get('published') and a<=x['published'][:10]<=b]
def kw(xs,pats,field='both'):
    r=[]
    for x in xs:
        t=(x['title'] or '')+' '+(x['text'] or '')
        if all(re.search(p,t,re.I) for p in pats): r.append(x)
    return r

# ---- event + distractor selection
import re, random
EV = {
 'floyd': ('2020-05-26','2020-06-04', r'George Floyd|Floyd|Chauvin|Minneapolis', 3),
 'soleimani': ('2020-01-02','2020-01-11', r'Soleimani|Suleimani|Soleimany|Iran', 4),
 'parkland': ('2018-02-14','2018-03-03', r'Parkland|Nikolas Cruz|Stoneman Douglas|Florida (high )?school shooting|Florida shooting|Broward', 2),
}
SEL={}
seen_titles=set()
for k,(a,b,p,n) in EV.items():
    r=[]
    for x in sorted(win(a,b), key=lambda x:(x['published'],x['id'])):
        t=(x['title'] or '')+' '+(x['text'] or '')
        if len(x['text'] or '')<800: continue
        key=(x['title'] or '').strip().lower()
        if key in seen_titles: continue
        c=len(re.findall(p,t,re.I))
        if k=='soleimani' and not re.search(r'Soleimani|Suleimani|Soleimany',t,re.I): continue
        if c>=n:
            r.append(x); seen_titles.add(key)
    SEL[k]=r
EV['floyd']=EV['floyd'][:3]+(4,); EV['soleimani']=EV['soleimani'][:3]+(6,)
for k in SEL:
    a,b,p,n=EV[k]
    SEL[k]=[x for x in SEL[k] if len(re.findall(p,x['title']+' '+x['text'],re.I))>=n]
chosen={x['id'] for v in SEL.values() for x in v}
EXCL=r'Floyd|Chauvin|Minneapolis|Iran|Soleimani|Suleimani|Parkland|Broward|Stoneman|Nikolas Cruz|school shooting|Kavanaugh|Boston Marathon|Tsarnaev|Snowden|protest|Florida high school|Florida shooting'
rng=random.Random(20240601)
DIS=[]
for a,b,m in [('2018-02-14','2018-03-03',13),('2020-01-02','2020-01-11',13),('2020-05-26','2020-06-04',14)]:
    pool=[x for x in win(a,b) if x['id'] not in chosen and len(x['text'] or '')>=1500
          and not re.search(EXCL,(x['title'] or '')+' '+(x['text'] or ''),re.I)
          and (x['title'] or '').strip().lower() not in seen_titles and x['topic'] not in ('gun_control_and_gun_rights','violence_in_america')]
    pool.sort(key=lambda x:x['id'])
    pick=[]; topics=set()
    rng.shuffle(pool)
    for x in pool:
        if len(pick)>=m: break
        if list(topics).count(x['topic'])>=1 and len(topics)<8 and x['topic'] in topics: continue
        pick.append(x); topics.add(x['topic'])
    DIS+=pick
    print(a,len(pool),[(x['topic'],x['title'][:50]) for x in pick])
BYID={x['id']:x for x in A}
import json as _j

ids={'events':{k:[x['id'] for x in v] for k,v in SEL.items()},'distractors':[x['id'] for x in DIS]}


# ---- helpers
import json,gzip,re,collections
A={x['id']:x for x in A}
EVOF={i:k for k,v in ids['events'].items() for i in v}
for i in ids['distractors']: EVOF[i]='dis'
ALL=list(EVOF)
def T(i): return A[i]['title']+'\n'+A[i]['text']
def grep(pat, ctx=60, limit=30, flags=0):
    n=0
    for i in ALL:
        t=T(i)
        for m in re.finditer(pat,t,flags):
            if n<limit: print(EVOF[i][:4],i,'…'+t[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' ')+'…')
            n+=1
    print('TOTAL',n)
def count(pat):
    c=collections.Counter(); arts=collections.Counter()
    for i in ALL:
        f=re.findall(pat,T(i))
        if f: arts[EVOF[i]]+=1
        for z in f: c[z]+=1
    return c,arts

# ---- people spec
# name, forms (unambiguous candidates), ambiguous forms
SPEC = [
 ("George Floyd", ["George Floyd","George Perry Floyd","Floyd"], []),
 ("Philonise Floyd", ["Philonise Floyd","Philonise"], []),
 ("Derek Chauvin", ["Derek Chauvin","Derek Michael Chauvin","Chauvin"], []),
 ("Tou Thao", ["Tou Thao","Tou Thoa","Thao"], []),
 ("Thomas Lane", ["Thomas Lane","Thomas K. Lane","Lane"], []),
 ("J. Alexander Kueng", ["J. Alexander Kueng","J Alexander Kueng","Alexander Kueng","J.K. Kueng","J.A. Kueng","J. Kueng","Kueng"], []),
 ("Keith Ellison", ["Keith Ellison","Keith Maurice Ellison","Ellison","Elison"], []),
 ("Tim Walz", ["Tim Walz","Timothy (Tim) James Walz","Walz"], []),
 ("Jacob Frey", ["Jacob Frey","Frey"], []),
 ("Benjamin Crump", ["Benjamin Crump","Ben Crump","Crump"], []),
 ("Keisha Lance Bottoms", ["Keisha Lance Bottoms","Lance Bottoms","Bottoms"], []),
 ("Amy Cooper", ["Amy Cooper"], ["Cooper"]),
 ("Christian Cooper", ["Christian Cooper"], ["Cooper"]),
 ("William Barr", ["William Barr","William P. Barr","Bill Barr","Barr"], []),
 ("Qassem Soleimani", ["Qassem Soleimani","Qasem Soleimani","Qassim Suleimani","Qassem Suleimani","Qasem Suleimani","Qassim Soleimani","Qassam Soleimani","Soleimani","Suleimani","Soleimany","Qassem","Qasem"], []),
 ("Zeinab Soleimani", ["Zeinab Soleimani","Zeinab"], []),
 ("Ali Khamenei", ["Ali Khamenei","Ali Hosseini Khamenei","Khamenei"], []),
 ("Mohammad Javad Zarif", ["Mohammad Javad Zarif","Mohammed Javad Zarif","Javad Zarif","Mohammad Zarif","Zarif"], []),
 ("Abu Mahdi al-Muhandis", ["Abu Mahdi al-Muhandis","al-Muhandis","Al-Muhandis","Muhandis"], []),
 ("Esmail Qaani", ["Esmail Qaani","Esmail Ghaani","Ismail Qaani","Ismail Qani","Qaani","Ghaani"], []),
 ("Adel Abdul Mahdi", ["Adel Abdul Mahdi","Adel Abdul-Mahdi","Adil Abdul-Mahdi","Adil Abdul Mahdi","Adil Abdul al-Mahdi","Abdul Mahdi","Abdul-Mahdi","Mahdi"], []),
 ("Mike Pompeo", ["Mike Pompeo","Michael (Mike) Richard Pompeo","Pompeo"], []),
 ("Mark Esper", ["Mark Esper","Mark T. Esper","Esper"], []),
 ("Nancy Pelosi", ["Nancy Pelosi","Pelosi"], []),
 ("Chuck Schumer", ["Chuck Schumer","Charles Schumer","Charles E. Schumer","Charles (Chuck) Ellis Schumer","Schumer"], []),
 ("Bernie Sanders", ["Bernie Sanders","Bernard Sanders"], ["Sanders"]),
 ("Mike Lee", ["Mike Lee","Michael (Mike) Shumway Lee","Lee"], []),
 ("Rand Paul", ["Rand Paul","Randal (Rand) Howard Paul","Paul"], []),
 ("Robert O'Brien", ["Robert O'Brien","Robert O’Brien","Robert C. O'Brien","Robert C. O’Brien","O'Brien","O’Brien"], []),
 ("Nikolas Cruz", ["Nikolas Cruz","Nikolas Jacob Cruz","Nikloas Cruz","Nicholas Cruz","Nikolas"], ["Cruz"]),
 ("Lynda Cruz", ["Lynda Cruz","Lynda"], ["Cruz"]),
 ("Ted Cruz", ["Ted Cruz","Rafael Edward (Ted) Cruz"], ["Cruz"]),
 ("Scott Israel", ["Scott Israel","Israel"], []),
 ("Rick Scott", ["Rick Scott","Richard Scott","Scott"], []),
 ("Scot Peterson", ["Scot Peterson","Scott Peterson","Peterson"], []),
 ("Marco Rubio", ["Marco Rubio","Marco Antonio Rubio","Rubio"], []),
 ("Sarah Huckabee Sanders", ["Sarah Huckabee Sanders","Huckabee Sanders","Sarah Sanders"], ["Sanders"]),
 ("Emma González", ["Emma González","Emma Gonzalez","González","Gonzalez"], []),
 ("Donald Trump", ["Donald Trump","Donald J. Trump","Donald John Trump"], ["Trump"]),
 ("Ivanka Trump", ["Ivanka Trump","Ivanka"], ["Trump"]),
]
# longer strings that contain a listed form but are NOT that person (masked before counting)
BLOCK = ["St. Paul","Minneapolis-St. Paul","Paul Schnell","Paul Selman","Paul Brand","Paul Mirengoff","Paul Scoggin","Paul Connerton","Paul Ryan","Paul Manafort","Paul John Manafort",
 "Robert E. Lee","Barbara Lee","Barbara Jean Lee","Matthew Lee","Hedwig Lee","Jonathan Lee Riches","Lee's Pawn","Lee’s Pawn","Lee Pawn",
 "Helene Cooper","Thomas Cooper","Carlos Gonzalez","Roger P. Cruz","Roger","Melania Trump","Donald Trump Jr.","Donald (Don) John Trump","Don Jr.","Eric Trump","Trump Jr.",
 "Walter Scott","Dylan Scott","Tim Scott","Scott Perry","Scott Jennings","Scott Bandle","Peterson Institute","Connor O’Brien","Connor O'Brien","Terrence Floyd","Lake Street"]

# ---- counting
def occurrences(text):
    """Longest-match, non-overlapping, case-sensitive occurrences of all listed forms (and BLOCK strings).
    Left: no letter/digit before. Right: single-token forms need no letter/digit after (so 'Floyds',
    'LeeAnn', 'Cruzes' do not match; "Floyd's"/"Floyd’s" do); multi-token forms may be followed by an
    uppercase letter (The Hill hover-card concatenations like 'Randal (Rand) Howard PaulPaul')."""
    owners=collections.defaultdict(set)
    for name,forms,amb in SPEC:
        for f in forms+amb: owners[f].add(name)
    cands=[]
    for s in set(list(owners)+BLOCK):
        multi=' ' in s
        for m in re.finditer(re.escape(s),text):
            a,b=m.start(),m.end()
            if a>0 and text[a-1].isalnum(): continue
            if b<len(text):
                c=text[b]
                if c.isdigit() or c.islower(): continue
                if c.isupper() and not multi: continue
            cands.append((a,b,s))
    cands.sort(key=lambda x:(-(x[1]-x[0]),x[0]))
    taken=[];res=[]
    for a,b,s in cands:
        if any(not(b<=x or a>=y) for x,y in taken): continue
        taken.append((a,b))
        if s in owners: res.append((a,b,s,owners[s]))
    return sorted(res)

# ---- article assignment
OCC={i:occurrences(T(i)) for i in ALL}
def with_forms(fs, within=None):
    return {i for i in ALL if (within is None or EVOF[i] in within) and any(s in fs for a,b,s,o in OCC[i])}
spec={n:(f,a) for n,f,a in SPEC}
full=lambda n:[f for f in spec[n][0] if ' ' in f]
ARTS={}
for n,(forms,amb) in spec.items():
    ARTS[n]=with_forms(set(forms))
ARTS['Scott Israel']=with_forms({'Scott Israel','Israel'},{'parkland'})
ARTS['Mike Lee']=with_forms(set(full('Mike Lee')))|{'AWDuB6fsk68XDycX'}
ARTS['Rand Paul']=with_forms(set(full('Rand Paul')))|{'SR7ixjfaupQLGIq8'}
ARTS['Rick Scott']=with_forms(set(full('Rick Scott')))|{'hkKkLWLaUjOPgJEY'}
ARTS['Nikolas Cruz']=with_forms(set(spec['Nikolas Cruz'][0]))|with_forms({'Cruz'},{'parkland'})
ARTS['Bernie Sanders']=with_forms(set(spec['Bernie Sanders'][0]))|with_forms({'Sanders'},{'soleimani','floyd','dis'})
ARTS['Donald Trump']=with_forms(set(spec['Donald Trump'][0])|{'Trump'})
ARTS['Ivanka Trump']=with_forms(set(spec['Ivanka Trump'][0]))|{'DXklvV5CNgp9jDoY'}
MENT={}
for n,(forms,amb) in spec.items():
    c=collections.Counter(); ca=collections.Counter()
    for i in ARTS[n]:
        for a,b,s,o in OCC[i]:
            if s in forms: c[s]+=1
            elif s in amb: ca[s]+=1
    MENT[n]=(c,ca)

# ---- write
NOTES={
"George Floyd":"Victim; 'Floyd' alone is the dominant form. Brother Philonise Floyd (listed) and brother Terrence Floyd (not listed, 1 mention) share the surname; 'Floyd family attorney' / 'Floyd's son' are modifiers of George. Bare 'Floyd' never refers to a brother in these articles.",
"Philonise Floyd":"Brother of George Floyd; one full-name mention in 9XVIhUaF9Spyw3g2 ('George Floyd's brother Philonise Floyd'). Must not be merged into George Floyd.",
"Derek Chauvin":"Officer charged with murder. 'Mr. Chauvin' (NYT) and 'Officer Chauvin' reduce to 'Chauvin'.",
"Tou Thao":"Officer; Hmong name. AP/Reason text misspells it 'Tou Thoa' (79n5nv2qxkHO9LSF, 899QdmiQXitoVtwo). Surname-only 'Thao'.",
"Thomas Lane":"Officer; surname is a common word ('Lane'); also 'Thomas K. Lane'. Surname-only uses are frequent in 899QdmiQXitoVtwo.",
"J. Alexander Kueng":"Officer; goes by his middle name: 'J. Alexander Kueng', 'J Alexander Kueng' (no period), 'Alexander Kueng', 'J.K. Kueng', 'J.A. Kueng', 'J. Kueng', 'Kueng'. Initial variants must fold together.",
"Keith Ellison":"Minnesota Attorney General. The Hill hover-card gives the legal name 'Keith Maurice Ellison'; AP misspells 'Elison' once (INc7mFQWqmaE6GRy).",
"Tim Walz":"Minnesota governor; formal 'Timothy (Tim) James Walz' in The Hill hover-card (nickname vs formal).",
"Jacob Frey":"Minneapolis mayor. '@MayorFrey' Twitter handle is not counted as a name form.",
"Benjamin Crump":"Floyd family attorney; 'Ben Crump' nickname vs 'Benjamin Crump'. '@AttorneyCrump' handle not counted.",
"Keisha Lance Bottoms":"Atlanta mayor; two-word surname ('Lance Bottoms') that is also shortened to 'Bottoms' (a common word). 'Lance' is a first name elsewhere.",
"Amy Cooper":"Central Park 911 caller; shares surname with Christian Cooper ('who is no relation'). 'Ms. Cooper'/'Cooper' ambiguous. Other unrelated Coopers in the set: Helene Cooper (NYT reporter), Thomas Cooper (mail carrier, distractor article).",
"Christian Cooper":"Birdwatcher filmed by Amy Cooper; 'Mr. Cooper'/'Cooper' ambiguous with her. Title 'George Floyds and Christian Coopers' uses plural generics (not counted).",
"William Barr":"US Attorney General; 'Bill Barr' nickname vs 'William Barr'. Several mentions are in The Hill sidebar headlines ('Apple, Barr clash ...') that are part of the stored text.",
"Qassem Soleimani":"Transliteration: 'Qassem/Qasem/Qassim/Qassam' x 'Soleimani/Suleimani'; NYT uses 'Suleimani', most others 'Soleimani'. Daughter Zeinab Soleimani (listed) shares the surname. 'Operation Martyr Soleimani' and 'the Soleimani strike' are counted as mentions of him.",
"Zeinab Soleimani":"Daughter of Qassem Soleimani; only full-name mentions (gJ3FMPfRX9MdpeDg). Must not be merged into her father.",
"Ali Khamenei":"Supreme Leader; title 'Ayatollah' is stripped ('Ayatollah Khamenei' -> 'Khamenei'). Also in two Floyd-period articles (tweets).",
"Mohammad Javad Zarif":"Iranian foreign minister: 'Mohammad'/'Mohammed' spelling variants, 'Javad Zarif' (middle+surname), 'Mohammad Zarif' (first+surname, skipping Javad), 'Zarif'.",
"Abu Mahdi al-Muhandis":"Iraqi militia leader killed with Soleimani; kunya-style name with article 'al-'/'Al-'. Contains 'Mahdi', which is also the surname of Adel Abdul Mahdi (listed).",
"Esmail Qaani":"Soleimani's successor; transliterated 'Esmail Qaani' and 'Esmail Ghaani' in the same article (v6U9oEaWBYVAZs3R).",
"Adel Abdul Mahdi":"Iraqi prime minister: 'Adel Abdul Mahdi', 'Adil Abdul-Mahdi', 'Adil Abdul al-Mahdi', 'Abdul Mahdi', and once just 'Mahdi' (\"Mahdi's office\", bwp1Bpe53IKbcevf). Not the same person as Abu Mahdi al-Muhandis.",
"Mike Pompeo":"Secretary of State; The Hill hover-card 'Michael (Mike) Richard Pompeo' (formal vs nickname). Floyd-period mentions are sidebar headlines.",
"Mark Esper":"Defense Secretary; 'Mark T. Esper' (middle initial) vs 'Mark Esper'; appears in Soleimani and Floyd events. Another 'Mark' (Mark Milley, not listed) is often adjacent.",
"Nancy Pelosi":"House Speaker; appears in all periods; 'Mrs. Pelosi'/'Speaker Pelosi' reduce to 'Pelosi'.",
"Chuck Schumer":"Senate minority leader: 'Chuck Schumer' vs 'Charles Schumer' vs 'Charles E. Schumer' vs hover-card 'Charles (Chuck) Ellis Schumer'.",
"Bernie Sanders":"'Bernie'/'Bernard' Sanders. 'Sanders' is ambiguous with Sarah Huckabee Sanders (listed; Parkland period). Many bare 'Sanders' are in The Hill sidebars ('Warren-Sanders fight').",
"Mike Lee":"Utah senator; hover-card 'Michael (Mike) Shumway Lee'. Bare 'Lee' elsewhere in the set refers to Robert E. Lee (statues), Rep. Barbara Lee, AP reporter Matthew Lee, 'Lee's Pawn & Jewelry' - none are him. In AWDuB6fsk68XDycX only 'Mr. Lee' occurs (identified by reading).",
"Rand Paul":"Kentucky senator; surname is a common first name ('Paul'): St. Paul, Paul Ryan, Paul Brand, etc. elsewhere. Hover-card 'Randal (Rand) Howard Paul'. In SR7ixjfaupQLGIq8 only 'Paul of Kentucky' occurs.",
"Robert O'Brien":"National security adviser; straight vs curly apostrophe ('O'Brien' / 'O’Brien'), middle initial 'Robert C. O’Brien'. Connor O’Brien (reporter) is a different person.",
"Nikolas Cruz":"Parkland shooter; surname shared with Sen. Ted Cruz and with his adoptive mother Lynda Cruz (both listed) and father Roger P. Cruz. Misspelled 'Nikloas Cruz' (5r9UjnYEg3aCEwMS); first name alone 'Nikolas' in NYT profile. Bare 'Cruz'/'Mr. Cruz' in Parkland articles is him (by reading).",
"Lynda Cruz":"Adoptive mother of Nikolas Cruz (deceased); 'Lynda Cruz', 'Lynda', and 'Ms. Cruz' (hkKkLWLaUjOPgJEY) - the last is ambiguous by string.",
"Ted Cruz":"Texas senator; only two full-name mentions, in a Floyd-period and a distractor article. Must not be merged with Nikolas Cruz across documents.",
"Scott Israel":"Broward County sheriff; surname is a country name ('Israel' is the country in every Soleimani/Floyd-period article) and first name equals Rick Scott's surname. Only Parkland articles count.",
"Rick Scott":"Florida governor; 'Scott' alone (and 'Mr. Scott' in hkKkLWLaUjOPgJEY). 'Scott' is also the first name of Scott Israel and of the misspelled 'Scott Peterson'; other Scotts (Tim Scott, Walter Scott, Dylan Scott, Scott Jennings) elsewhere. Also a 2020 distractor ('Florida Sen. Rick Scott').",
"Scot Peterson":"Broward school resource deputy; 'Scot Peterson' misspelled 'Scott Peterson' in KygAa6Xy8fskYYPE (also the name of an unrelated famous murderer). 'Peterson Institute' in a distractor is not him.",
"Marco Rubio":"Florida senator, CNN town hall; frequent bare 'Rubio'.",
"Sarah Huckabee Sanders":"White House press secretary; 'Mrs. Sanders'/'Sanders' ambiguous with Bernie Sanders. Compound surname 'Huckabee Sanders'; her father Mike Huckabee is not mentioned.",
"Emma González":"Parkland student; accented 'González' vs unaccented 'Gonzalez'. Carlos Gonzalez (Star Tribune photographer, Floyd article) is a different person.",
"Donald Trump":"President; 'Donald J. Trump', 'Donald John Trump' (The Hill hover-card, often glued to following headline text), 'Donald Trump'. Bare 'Trump'/'Mr. Trump' is ambiguous in this set because 'Ms. Trump' is Ivanka (DXklvV5CNgp9jDoY); Melania Trump and Donald Trump Jr. also appear (not listed).",
"Ivanka Trump":"Daughter/adviser of Donald Trump: 'Ivanka Trump', 'Ivanka', and 'Ms. Trump' (3x in DXklvV5CNgp9jDoY, ambiguous by string).",
}
pub=lambda i:(A[i]['published'] or '')[:10]
srt=lambda s:sorted(s,key=lambda i:(pub(i),i))
EVMETA={
 'floyd':("George Floyd killing and protests (Minneapolis, May-June 2020)",'2020-05-26','2020-06-04',"regex George Floyd|Floyd|Chauvin|Minneapolis, >=4 matches in title+text"),
 'soleimani':("US killing of Qassem Soleimani and aftermath (Jan 2020)",'2020-01-02','2020-01-11',"must match Soleimani|Suleimani|Soleimany; regex Soleimani|Suleimani|Soleimany|Iran >=6 matches"),
 'parkland':("Parkland (Marjory Stoneman Douglas) school shooting and gun debate (Feb 2018)",'2018-02-14','2018-03-03',"regex Parkland|Nikolas Cruz|Stoneman Douglas|Florida (high )?school shooting|Florida shooting|Broward >=2 matches"),
}
events=[]
for k in ['floyd','soleimani','parkland']:
    nm,a,b,q=EVMETA[k]
    events.append({"name":nm,"key":k,"window":[a,b],"query":q,"ids":srt(ids['events'][k])})
allart=srt([i for e in events for i in e['ids']]+ids['distractors'])
people=[]
for n,(forms,amb) in spec.items():
    c,ca=MENT[n]
    used=[f for f in forms if c[f]>0]
    people.append({"name":n,"type":"PERSON","forms":used,"ambiguous_forms":[f for f in amb if ca[f]>0 or True],
        "articles":srt(ARTS[n]),"note":NOTES[n],
        "mention_counts":{f:c[f] for f in used},"ambiguous_mention_counts":{f:ca[f] for f in amb}})
out={"description":"Development gold set for PERSON canonicalisation on real AllSides articles (ids refer to /work/shared/data/allsides/articles.jsonl.gz). See README.md.",
     "articles":allart,"events":events,"mask_strings":sorted(set(BLOCK)),"distractors":srt(ids['distractors']),"people":people}
assert len(people)==40 and len(allart)==len(set(allart))==248
for p in people: assert set(p['articles'])<=set(allart) and p['articles']
json.dump(out,open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'dev.json'),'w'),ensure_ascii=False,indent=1)
print(len(allart),len(people),sum(sum(p['mention_counts'].values()) for p in people))
for p in people: print(p['name'],len(p['articles']),sum(p['mention_counts'].values()),p['forms'],p['ambiguous_forms'])
