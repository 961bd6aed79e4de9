export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** Saves text as a file through the browser's download, from this page (no permission needed). */
export function download(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
