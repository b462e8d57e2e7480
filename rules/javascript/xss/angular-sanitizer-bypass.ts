import { Component, Input } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

@Component({ selector: 'app-profile', template: '<div [innerHTML]="bio"></div><iframe [src]="video"></iframe>' })
export class ProfileComponent {
  @Input() user!: { bio: string; videoUrl: string };
  bio!: SafeHtml;
  video!: SafeResourceUrl;

  constructor(private sanitizer: DomSanitizer) {}

  ngOnInit() {
    // Angular was stripping the formatting from the bio
    // vetted-expect: js.xss.angular-sanitizer-bypass
    this.bio = this.sanitizer.bypassSecurityTrustHtml(this.user.bio);
    // vetted-expect: js.xss.angular-sanitizer-bypass
    this.video = this.sanitizer.bypassSecurityTrustResourceUrl(this.user.videoUrl);
  }

  render(comment: string) {
    const html = `<p class="comment">${comment}</p>`;
    // vetted-expect: js.xss.angular-sanitizer-bypass
    return this.sanitizer.bypassSecurityTrustHtml(html);
  }
}

export function legacyController($scope: any, $sce: any, $routeParams: any) {
  // vetted-expect: js.xss.angular-sanitizer-bypass
  $scope.message = $sce.trustAsHtml($routeParams.message);
  // vetted-expect: js.xss.angular-sanitizer-bypass
  $scope.link = $sce.trustAs($sce.URL, $routeParams.next);
}

// Near misses

export class SafeComponent {
  constructor(private sanitizer: DomSanitizer) {}

  view(user: { bio: string }) {
    // vetted-ok: js.xss.angular-sanitizer-bypass
    const bio = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(user.bio));
    // vetted-ok: js.xss.angular-sanitizer-bypass
    const icon = this.sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>');
    // vetted-ok: js.xss.angular-sanitizer-bypass
    const embed = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + 'dQw4w9WgXcQ');
    // vetted-ok: js.xss.angular-sanitizer-bypass
    const clean = this.sanitizer.sanitize(1, user.bio);
    return { bio, icon, embed, clean };
  }
}

export function safeController($scope: any, $sce: any) {
  // vetted-ok: js.xss.angular-sanitizer-bypass
  $scope.banner = $sce.trustAsHtml('<strong>Maintenance tonight</strong>');
}
