import { detectClaims } from '../src/core/detect';
import { newsLikeText } from '../test/bench/suites/detect';
const t = newsLikeText('.txt', 2_000_000);
for (let i=0;i<3;i++) detectClaims(t);
const times:number[]=[];
for (let i=0;i<7;i++){const s=performance.now(); detectClaims(t); times.push(performance.now()-s);}
times.sort((a,b)=>a-b); console.log('median', times[3].toFixed(0), 'ms', t.length);
const m=/["“”„«»‘’]/g; const ft:number[]=[];
for (let i=0;i<9;i++){const s=performance.now(); let c=0; m.lastIndex=0; while(m.exec(t)!==null)c++; ft.push(performance.now()-s);} ft.sort((a,b)=>a-b); console.log('floor', ft[4].toFixed(2));
