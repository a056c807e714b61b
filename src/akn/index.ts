/** Akoma Ntoso 3.0 export and import (README "Akoma Ntoso"). */
export { toAkomaNtoso } from './export.js';
export { fromAkomaNtoso } from './import.js';
